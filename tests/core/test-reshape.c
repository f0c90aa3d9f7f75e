/* test-reshape.c — rebuilding a model with other layers or another initialization. */
#include <glib.h>
#include <math.h>
#include <string.h>

#include "core/rs-init.h"
#include "core/rs-reshape.h"
#include "test-support.h"

static const RsActivation question_activations[] = { RS_ACTIVATION_RELU, RS_ACTIVATION_RELU,
                                                     RS_ACTIVATION_LINEAR };

/* A hidden layer grows from 3 to 5 units: the new shape, the given activations, Θ exactly as
 * rs_network_init() draws them for that shape, and everything else kept. */
static void
test_resize_keeps_the_rest (void)
{
  static const int units[] = { 2, 5, 2 };
  static const RsActivation activations[] = { RS_ACTIVATION_RELU, RS_ACTIVATION_TANH,
                                              RS_ACTIVATION_SIGMOID };
  RsModel *model = test_question_model ();
  model->net->act_params.relu_prime_at_zero = 0.5;
  model->net->act_params.leaky_slope = 0.2;
  model->learning_rate = 0.3;
  model->mode = RS_MODE_STOCHASTIC;
  model->step = 17;
  rs_model_set_name (model, "Question");
  double *before = g_memdup2 (model->net->params, model->net->n_params * sizeof (double));
  RsInitSpec spec = { .scheme = RS_INIT_HE, .seed = 7, .bias = 0.1, .range = 0.5 };

  RsModel *rebuilt = rs_model_rebuilt (model, 3, units, activations, &spec);
  g_assert_nonnull (rebuilt);
  const RsNetwork *net = rebuilt->net;
  g_assert_cmpint (net->n_layers, ==, 3);
  g_assert_cmpint (net->units[2], ==, 5);
  g_assert_cmpuint (net->n_params, ==, 5 * 3 + 2 * 6);
  g_assert_cmpint (net->activation[2], ==, RS_ACTIVATION_TANH);
  g_assert_cmpint (net->activation[3], ==, RS_ACTIVATION_SIGMOID);
  g_assert_cmpfloat (net->act_params.relu_prime_at_zero, ==, 0.5);
  g_assert_cmpfloat (net->act_params.leaky_slope, ==, 0.2);
  g_assert_cmpfloat (rebuilt->learning_rate, ==, 0.3);
  g_assert_cmpint (rebuilt->mode, ==, RS_MODE_STOCHASTIC);
  g_assert_cmpuint (rebuilt->step, ==, 17);
  g_assert_cmpstr (rebuilt->name, ==, "Question");
  g_assert_cmpint (rebuilt->init.seed, ==, 7);
  g_assert_cmpfloat (rebuilt->init.bias, ==, 0.1);
  g_assert_cmpmem (rebuilt->data->x, 2 * sizeof (double), model->data->x, 2 * sizeof (double));
  g_assert_cmpmem (rebuilt->data->y, 2 * sizeof (double), model->data->y, 2 * sizeof (double));

  /* Θ is what the spec draws for this shape, bit for bit. */
  RsNetwork *expected = rs_network_new (3, units);
  rs_network_init (expected, &spec);
  g_assert_cmpmem (net->params, net->n_params * sizeof (double), expected->params,
                   expected->n_params * sizeof (double));
  for (size_t i = 0; i < net->n_params; i++)
    g_assert_cmpfloat (net->grads[i], ==, 0.0);
  g_assert_cmpfloat (rs_network_theta (net, 2)[0], ==, 0.1);

  /* The original is untouched. */
  g_assert_cmpint (model->net->units[2], ==, 3);
  g_assert_cmpmem (model->net->params, model->net->n_params * sizeof (double), before,
                   model->net->n_params * sizeof (double));

  rs_network_free (expected);
  g_free (before);
  rs_model_free (rebuilt);
  rs_model_free (model);
}

/* The same seed gives the same Θ; another seed other Θ. */
static void
test_same_seed_same_theta (void)
{
  static const int units[] = { 2, 4, 4, 2 };
  static const RsActivation activations[] = { 0, RS_ACTIVATION_RELU, RS_ACTIVATION_RELU,
                                              RS_ACTIVATION_LINEAR };
  RsModel *model = test_question_model ();
  RsInitSpec spec = { .scheme = RS_INIT_XAVIER, .seed = 42 };
  RsModel *a = rs_model_rebuilt (model, 4, units, activations, &spec);
  RsModel *b = rs_model_rebuilt (model, 4, units, activations, &spec);
  spec.seed = 43;
  RsModel *c = rs_model_rebuilt (model, 4, units, activations, &spec);

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_nonnull (c);
  g_assert_cmpint (a->net->n_layers, ==, 4);
  g_assert_cmpmem (a->net->params, a->net->n_params * sizeof (double), b->net->params,
                   b->net->n_params * sizeof (double));
  g_assert_true (memcmp (a->net->params, c->net->params, a->net->n_params * sizeof (double))
                 != 0);
  rs_model_free (a);
  rs_model_free (b);
  rs_model_free (c);
  rs_model_free (model);
}

/* Shapes that do not fit, bad activations and bad specs give NULL. */
static void
test_refusals (void)
{
  RsModel *model = test_question_model ();
  RsInitSpec spec = rs_init_spec_default ();
  static const int zero[] = { 2, 0, 2 };
  static const int huge[] = { 2, 2000, 2 };
  static const int wrong_input[] = { 3, 3, 2 };
  static const int wrong_output[] = { 2, 3, 1 };
  static const int many[13] = { 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2 };
  static const int two[] = { 2, 2 };
  RsActivation activations[13];

  for (int i = 0; i < 13; i++)
    activations[i] = RS_ACTIVATION_RELU;
  g_assert_null (rs_model_rebuilt (model, 3, zero, activations, &spec));
  g_assert_null (rs_model_rebuilt (model, 3, huge, activations, &spec));
  g_assert_null (rs_model_rebuilt (model, 3, wrong_input, activations, &spec));
  g_assert_null (rs_model_rebuilt (model, 3, wrong_output, activations, &spec));
  g_assert_null (rs_model_rebuilt (model, 13, many, activations, &spec));
  g_assert_null (rs_model_rebuilt (model, 1, two, activations, &spec));

  /* No hidden layer at all is a network too. */
  RsModel *direct = rs_model_rebuilt (model, 2, two, activations, &spec);
  g_assert_nonnull (direct);
  g_assert_cmpuint (direct->net->n_params, ==, 2 * 3);
  rs_model_free (direct);

  activations[2] = RS_N_ACTIVATIONS;
  g_assert_null (rs_model_rebuilt (model, 3, (const int[]) { 2, 3, 2 }, activations, &spec));
  spec.bias = NAN;
  g_assert_false (rs_init_spec_is_valid (&spec));
  g_assert_null (rs_model_rebuilt (model, 3, (const int[]) { 2, 3, 2 }, question_activations,
                                   &spec));
  spec = rs_init_spec_default ();
  spec.scheme = RS_INIT_UNIFORM;
  spec.range = INFINITY;
  g_assert_false (rs_init_spec_is_valid (&spec));
  spec.range = 0.25;
  g_assert_true (rs_init_spec_is_valid (&spec));
  g_assert_true (rs_shape_fits_data (3, (const int[]) { 2, 3, 2 }, model->data));
  g_assert_false (rs_shape_fits_data (3, wrong_output, model->data));
  rs_model_free (model);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/reshape/resize-keeps-the-rest", test_resize_keeps_the_rest);
  g_test_add_func ("/reshape/same-seed-same-theta", test_same_seed_same_theta);
  g_test_add_func ("/reshape/refusals", test_refusals);
  return g_test_run ();
}
