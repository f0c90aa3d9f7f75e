/* test-presets.c — every preset loads through the resource and the model loader, and really
 * shows what its hint promises when the user does what it says. */
#include <math.h>
#include <string.h>

#include <glib.h>

#include "core/rs-census.h"
#include "core/rs-trace.h"
#include "core/rs-trainer.h"
#include "io/rs-presets.h"

static RsModel *
load (const char *id)
{
  g_autoptr (GError) error = NULL;
  RsModel *model = rs_preset_load (id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

/* n steps at the preset's own α; none may diverge. */
static void
run (RsModel *model, RsTrainer *trainer, int n)
{
  for (int i = 0; i < n; i++)
    {
      RsStepReport report;

      g_assert_true (rs_trainer_step (trainer, model->learning_rate, &report));
    }
}

/* On how many examples unit j of layer l has z > 0. */
static int
positive_on (const RsModel *model, int l, int j)
{
  RsTrace *trace = rs_trace_new (model->net);
  int n = 0;

  for (int t = 0; t < model->data->n_examples; t++)
    {
      rs_trace_run (model->net, trace, rs_data_x (model->data, t), rs_data_y (model->data, t));
      n += trace->z[l][j - 1] > 0.0;
    }
  rs_trace_free (trace);
  return n;
}

static int
dead_hidden (const RsModel *model)
{
  RsCensus *census = rs_census_new (model->net, model->data);
  int n = census->n_dead_hidden;

  rs_census_free (census);
  return n;
}

static gboolean
is_dead (const RsModel *model, int l, int j)
{
  RsCensus *census = rs_census_new (model->net, model->data);
  gboolean dead = rs_census_is_dead (census, l, j);

  rs_census_free (census);
  return dead;
}

static double
cost (const RsModel *model)
{
  return rs_reference_cost (model->net, model->data);
}

static void
test_all_load (void)
{
  int n = 0;

  for (const char *const *id = rs_presets_get_ids (); *id != NULL; id++, n++)
    {
      RsModel *model = load (*id);

      g_test_message ("%s: %s — %s", *id, model->name, model->hint);
      g_assert_nonnull (model->name);
      g_assert_nonnull (model->hint);
      g_assert_cmpuint (strlen (model->hint), >, 20);
      g_assert_null (strchr (model->hint, '\n'));
      g_assert_cmpfloat (model->learning_rate, >, 0.0);
      g_assert_cmpfloat (model->learning_rate, <=, 10.0);
      g_assert_true (isfinite (cost (model)));
      rs_model_free (model);
    }
  g_assert_cmpint (n, ==, 6);
  g_assert_cmpstr (rs_presets_get_ids ()[0], ==, RS_PRESET_DEFAULT);
}

static void
test_unknown (void)
{
  g_autoptr (GError) error = NULL;

  g_assert_null (rs_preset_load ("no-such-preset", &error));
  g_assert_nonnull (error);
}

/* The hidden unit that one step at the preset's α kills. */
static int
killed_unit (void)
{
  RsModel *model = load ("large-step");
  RsTrainer *trainer = rs_trainer_new (model);
  int killed = 0;

  run (model, trainer, 1);
  for (int j = 1; j <= model->net->units[2]; j++)
    if (is_dead (model, 2, j))
      killed = j;
  rs_trainer_free (trainer);
  rs_model_free (model);
  return killed;
}

/* One step at the preset's large α kills a hidden unit, and it stays dead: its weights never
 * move again. At a tenth of that α, the same start loses no unit. */
static void
test_large_step (void)
{
  RsModel *model = load ("large-step");
  RsTrainer *trainer = rs_trainer_new (model);
  int u = killed_unit ();
  const double *row;
  g_autofree double *dead_row = NULL;
  int cols = rs_network_theta_cols (model->net, 2);
  double j_dead;

  g_assert_cmpint (model->net->activation[2], ==, RS_ACTIVATION_RELU);
  g_assert_cmpfloat (model->learning_rate, >=, 0.5);
  g_assert_cmpint (dead_hidden (model), ==, 0);
  for (int j = 1; j <= model->net->units[2]; j++)
    g_assert_cmpint (positive_on (model, 2, j), ==, model->data->n_examples);

  run (model, trainer, 1);
  g_assert_cmpint (u, >, 0);
  g_assert_cmpint (dead_hidden (model), ==, 1);
  g_assert_cmpint (positive_on (model, 2, u), ==, 0);
  row = rs_network_theta (model->net, 2) + (u - 1) * cols;
  dead_row = g_memdup2 (row, cols * sizeof (double));

  run (model, trainer, 300);
  g_assert_true (is_dead (model, 2, u));
  g_assert_cmpint (dead_hidden (model), ==, 1);
  row = rs_network_theta (model->net, 2) + (u - 1) * cols;
  g_assert_cmpmem (row, cols * sizeof (double), dead_row, cols * sizeof (double));
  /* Without the unit the network cannot fit the data: J stays up. */
  j_dead = cost (model);
  g_assert_cmpfloat (j_dead, >, 0.05);
  rs_trainer_free (trainer);
  rs_model_free (model);

  /* The same start with a tenth of the step keeps every unit and fits the data. */
  model = load ("large-step");
  trainer = rs_trainer_new (model);
  model->learning_rate /= 10.0;
  for (int i = 0; i < 3000; i++)
    {
      run (model, trainer, 1);
      g_assert_cmpint (dead_hidden (model), ==, 0);
    }
  g_assert_cmpfloat (cost (model), <, j_dead / 5.0);
  rs_trainer_free (trainer);
  rs_model_free (model);
}

/* The same network with leaky ReLU: the big step pushes the unit below zero on every example
 * just the same, but a little gradient still flows and brings it back. */
static void
test_leaky_comeback (void)
{
  RsModel *relu = load ("large-step");
  RsModel *leaky = load ("leaky-comeback");
  RsTrainer *relu_trainer = rs_trainer_new (relu);
  RsTrainer *trainer = rs_trainer_new (leaky);
  int u = killed_unit ();
  int back = 0;

  /* The same network, data and α; only the hidden activation differs. */
  g_assert_true (rs_network_same_shape (relu->net, leaky->net));
  g_assert_cmpmem (relu->net->params, relu->net->n_params * sizeof (double), leaky->net->params,
                   leaky->net->n_params * sizeof (double));
  g_assert_cmpint (relu->data->n_examples, ==, leaky->data->n_examples);
  g_assert_cmpmem (relu->data->x, sizeof (double) * relu->data->n_examples * 2, leaky->data->x,
                   sizeof (double) * leaky->data->n_examples * 2);
  g_assert_cmpfloat (relu->learning_rate, ==, leaky->learning_rate);
  g_assert_cmpint (leaky->net->activation[2], ==, RS_ACTIVATION_LEAKY_RELU);

  run (leaky, trainer, 1);
  g_assert_cmpint (positive_on (leaky, 2, u), ==, 0);

  for (int step = 2; step <= 300 && back == 0; step++)
    {
      run (leaky, trainer, 1);
      if (positive_on (leaky, 2, u) > 0)
        back = step;
    }
  g_test_message ("leaky unit %d is back at step %d", u, back);
  g_assert_cmpint (back, >, 1);
  g_assert_cmpint (back, <=, 100);

  /* And it pays: after the same number of steps J is far below the ReLU network's. */
  run (relu, relu_trainer, 301);
  run (leaky, trainer, 301 - back);
  g_assert_cmpint (positive_on (leaky, 2, u), >, 0);
  g_assert_cmpfloat (cost (leaky), <, cost (relu) / 10.0);

  rs_trainer_free (relu_trainer);
  rs_trainer_free (trainer);
  rs_model_free (relu);
  rs_model_free (leaky);
}

/* The output ReLU has z < 0 on every example: δ⁽ᴸ⁾ = 0, so every gradient is exactly zero and
 * stepping changes nothing, although J is far from 0. */
static void
test_dead_output (void)
{
  RsModel *model = load ("dead-output");
  RsTrainer *trainer = rs_trainer_new (model);
  RsCensus *census = rs_census_new (model->net, model->data);
  int L = model->net->n_layers;
  g_autofree double *before = g_memdup2 (model->net->params,
                                         model->net->n_params * sizeof (double));
  double j0 = cost (model);
  double j;

  g_assert_cmpint (model->net->activation[L], ==, RS_ACTIVATION_RELU);
  g_assert_cmpint (census->n_dead_output, ==, model->net->units[L]);
  /* The hidden layer itself is alive: the output alone blocks the error. */
  g_assert_cmpint (census->n_dead_hidden, ==, 0);
  rs_census_free (census);
  g_assert_cmpfloat (j0, >, 0.1);

  g_assert_true (rs_trainer_evaluate (trainer, &j, NULL));
  for (size_t i = 0; i < model->net->n_params; i++)
    g_assert_cmpfloat (model->net->grads[i], ==, 0.0);

  run (model, trainer, 100);
  g_assert_cmpmem (model->net->params, model->net->n_params * sizeof (double), before,
                   model->net->n_params * sizeof (double));
  g_assert_cmpfloat (cost (model), ==, j0);
  rs_trainer_free (trainer);
  rs_model_free (model);
}

/* Seeded so that the last hidden layer is zero on every example: no gradient reaches any
 * hidden weight, and only the output bias learns. */
static void
test_born_dead (void)
{
  RsModel *model = load ("born-dead");
  RsNetwork *net = model->net;
  RsTrainer *trainer = rs_trainer_new (model);
  RsTrace *trace = rs_trace_new (net);
  int L = net->n_layers;
  g_autofree double *before = g_memdup2 (net->params, net->n_params * sizeof (double));
  size_t output_bias = rs_network_index (net, L, 1, 0);
  double j0 = cost (model);

  g_assert_cmpint (L, >=, 6);
  g_assert_cmpint (net->units[L], ==, 1);
  for (int l = 2; l < L; l++)
    g_assert_cmpint (net->units[l], <=, 3);
  for (int t = 0; t < model->data->n_examples; t++)
    {
      rs_trace_run (net, trace, rs_data_x (model->data, t), rs_data_y (model->data, t));
      for (int j = 0; j < net->units[L - 1]; j++)
        g_assert_cmpfloat (trace->a[L - 1][j], ==, 0.0);
    }
  rs_trace_free (trace);
  /* The first hidden layer still lives: the network dies on its way up. */
  g_assert_cmpint (positive_on (model, 2, 1) + positive_on (model, 2, 2), >, 0);

  run (model, trainer, 100);
  net = model->net;
  for (size_t i = 0; i < net->n_params; i++)
    if (i != output_bias)
      g_assert_cmpfloat (net->params[i], ==, before[i]);
  g_assert_cmpfloat (net->params[output_bias], !=, before[output_bias]);
  g_assert_cmpfloat (cost (model), <, j0);
  rs_trainer_free (trainer);
  rs_model_free (model);
}

/* XOR of four examples: learned with the preset's (default) α. */
static void
test_xor (void)
{
  RsModel *model = load ("xor");
  RsTrainer *trainer = rs_trainer_new (model);
  RsTrace *trace;

  g_assert_cmpint (model->data->n_examples, ==, 4);
  g_assert_cmpfloat (model->learning_rate, ==, 0.1);
  g_assert_cmpint (dead_hidden (model), ==, 0);
  g_assert_cmpfloat (cost (model), >, 0.05);

  run (model, trainer, 500);
  g_assert_cmpfloat (cost (model), <, 1e-3);
  trace = rs_trace_new (model->net);
  for (int t = 0; t < 4; t++)
    {
      const double *x = rs_data_x (model->data, t);
      double expected = (x[0] > 0.5) != (x[1] > 0.5);

      g_assert_cmpfloat (rs_data_y (model->data, t)[0], ==, expected);
      rs_trace_run (model->net, trace, x, rs_data_y (model->data, t));
      g_assert_cmpfloat (fabs (trace->a[model->net->n_layers][0] - expected), <, 0.1);
    }
  rs_trace_free (trace);
  rs_trainer_free (trainer);
  rs_model_free (model);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/presets/all-load", test_all_load);
  g_test_add_func ("/presets/unknown", test_unknown);
  g_test_add_func ("/presets/large-step", test_large_step);
  g_test_add_func ("/presets/leaky-comeback", test_leaky_comeback);
  g_test_add_func ("/presets/dead-output", test_dead_output);
  g_test_add_func ("/presets/born-dead", test_born_dead);
  g_test_add_func ("/presets/xor", test_xor);

  return g_test_run ();
}
