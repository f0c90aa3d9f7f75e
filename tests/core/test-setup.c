/* test-setup.c — random numbers, initialization, data sets and shapes. */
#include <glib.h>
#include <math.h>

#include "core/rs-dataset.h"
#include "core/rs-init.h"
#include "core/rs-network.h"
#include "core/rs-rng.h"

static void
test_rng_known_sequence (void)
{
  /* Pinned values: any change to the generator changes every seeded run. */
  RsRng rng;
  rs_rng_seed (&rng, 1);
  guint64 first = rs_rng_next (&rng);
  RsRng again;
  rs_rng_seed (&again, 1);
  g_assert_cmpuint (rs_rng_next (&again), ==, first);
  g_assert_cmphex (first, ==, 0xb3f2af6d0fc710c5ULL);

  double sum = 0, sum2 = 0;
  const int n = 200000;
  for (int i = 0; i < n; i++)
    {
      double z = rs_rng_normal (&rng);
      sum += z, sum2 += z * z;
    }
  g_assert_cmpfloat (fabs (sum / n), <, 0.01);
  g_assert_cmpfloat (fabs (sum2 / n - 1.0), <, 0.02);
}

static void
test_he_init (void)
{
  static const int units[] = { 200, 300, 10 };
  RsNetwork *net = rs_network_new (3, units);
  RsInitSpec spec = rs_init_spec_default ();
  spec.bias = 0.25;
  rs_network_init (net, &spec);
  const double *theta = rs_network_theta (net, 2);
  double sum2 = 0;
  for (int j = 0; j < 300; j++)
    {
      g_assert_cmpfloat (theta[j * 201], ==, 0.25);
      for (int k = 1; k <= 200; k++)
        sum2 += theta[j * 201 + k] * theta[j * 201 + k];
    }
  /* He: variance 2 / fan_in. */
  g_assert_cmpfloat (fabs (sum2 / (300 * 200) / (2.0 / 200) - 1.0), <, 0.03);
  rs_network_free (net);
}

static void
test_other_schemes (void)
{
  static const int units[] = { 4, 6, 2 };
  RsNetwork *net = rs_network_new (3, units);
  RsInitSpec spec = { .scheme = RS_INIT_XAVIER, .seed = 3 };
  rs_network_init (net, &spec);
  double limit = sqrt (6.0 / (4 + 6));
  for (int j = 0; j < 6; j++)
    for (int k = 1; k <= 4; k++)
      g_assert_cmpfloat (fabs (rs_network_theta (net, 2)[j * 5 + k]), <=, limit);
  spec = (RsInitSpec){ .scheme = RS_INIT_UNIFORM, .seed = 3, .range = 0.1 };
  rs_network_init (net, &spec);
  for (size_t i = 0; i < net->n_params; i++)
    g_assert_cmpfloat (fabs (net->params[i]), <=, 0.1);
  spec = (RsInitSpec){ .scheme = RS_INIT_ZEROS, .bias = 0.5 };
  rs_network_init (net, &spec);
  g_assert_cmpfloat (rs_network_theta (net, 3)[0], ==, 0.5);
  g_assert_cmpfloat (rs_network_theta (net, 3)[1], ==, 0.0);
  RsInitScheme scheme;
  g_assert_true (rs_init_scheme_from_name ("xavier", &scheme) && scheme == RS_INIT_XAVIER);
  g_assert_false (rs_init_scheme_from_name ("glorot", &scheme));
  rs_network_free (net);
}

static void
test_shapes (void)
{
  int ok[] = { 1, 1 };
  int too_wide[] = { 2, 1025, 2 };
  g_assert_null (rs_network_new (3, too_wide));
  int empty[] = { 2, 0, 2 };
  g_assert_null (rs_network_new (3, empty));
  int deep[13];
  for (int i = 0; i < 13; i++)
    deep[i] = 2;
  g_assert_null (rs_network_new (13, deep));
  g_assert_null (rs_network_new (1, deep));
  RsNetwork *net = rs_network_new (12, deep);
  g_assert_nonnull (net);
  int l, j, k;
  rs_network_locate (net, rs_network_index (net, 7, 2, 1), &l, &j, &k);
  g_assert_cmpint (l, ==, 7);
  g_assert_cmpint (j, ==, 2);
  g_assert_cmpint (k, ==, 1);
  rs_network_free (net);
  RsNetwork *tiny = rs_network_new (2, ok);
  g_assert_nonnull (tiny);
  g_assert_cmpuint (tiny->n_params, ==, 2);
  rs_network_free (tiny);
}

static void
test_datasets (void)
{
  for (int kind = 0; kind < RS_N_DATASETS; kind++)
    {
      RsData *a = rs_dataset_generate (kind, 40, 2, 1, 9);
      RsData *b = rs_dataset_generate (kind, 40, 2, 1, 9);
      g_assert_nonnull (a);
      g_assert_cmpmem (a->x, 80 * sizeof (double), b->x, 80 * sizeof (double));
      g_assert_true (rs_data_is_finite (a));
      if (kind != RS_DATASET_PLANE)
        for (int t = 0; t < 40; t++)
          g_assert_true (a->y[t] == 1.0 || a->y[t] == -1.0);
      rs_data_free (a);
      rs_data_free (b);
    }
  /* One-hot with several outputs; the exact XOR corners first. */
  RsData *xor = rs_dataset_generate (RS_DATASET_XOR, 4, 2, 2, 1);
  g_assert_cmpfloat (xor->x[0], ==, -1.0);
  g_assert_cmpfloat (xor->y[0] + xor->y[1], ==, 1.0);
  g_assert_cmpfloat (rs_data_y (xor, 1)[1], ==, 1.0); /* (−1, 1) is class 1 */
  rs_data_free (xor);
  RsData *spiral = rs_dataset_generate (RS_DATASET_SPIRAL, 30, 2, 3, 1);
  for (int t = 0; t < 30; t++)
    g_assert_cmpfloat (rs_data_y (spiral, t)[t % 3], ==, 1.0);
  rs_data_free (spiral);
  g_assert_null (rs_dataset_generate (RS_DATASET_XOR, 4, 3, 1, 1));
  RsData *plane = rs_dataset_generate (RS_DATASET_PLANE, 10, 5, 3, 1);
  g_assert_nonnull (plane);
  rs_data_free (plane);
  RsDatasetKind kind;
  g_assert_true (rs_dataset_from_name ("spiral", &kind) && kind == RS_DATASET_SPIRAL);
  g_assert_false (rs_dataset_from_name ("moons", &kind));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/setup/rng", test_rng_known_sequence);
  g_test_add_func ("/setup/he", test_he_init);
  g_test_add_func ("/setup/schemes", test_other_schemes);
  g_test_add_func ("/setup/shapes", test_shapes);
  g_test_add_func ("/setup/datasets", test_datasets);
  return g_test_run ();
}
