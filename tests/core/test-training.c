/* test-training.c — steps, determinism and divergence. */
#include <glib.h>
#include <math.h>
#include <string.h>

#include "core/rs-dataset.h"
#include "core/rs-init.h"
#include "core/rs-trace.h"
#include "core/rs-trainer.h"
#include "test-support.h"

static void
test_cost_decreases (void)
{
  RsModel *model = test_question_model ();
  RsTrainer *trainer = rs_trainer_new (model);
  double previous = rs_reference_cost (model->net, model->data);
  for (int i = 0; i < 20; i++)
    {
      g_assert_true (rs_trainer_step (trainer, 0.05, NULL));
      double cost = rs_reference_cost (model->net, model->data);
      g_assert_cmpfloat (cost, <, previous);
      previous = cost;
    }
  rs_trainer_free (trainer);
  rs_model_free (model);
}

static RsModel *
xor_model (uint64_t seed)
{
  static const int units[] = { 2, 8, 8, 1 };
  RsNetwork *net = rs_network_new (4, units);
  RsInitSpec spec = rs_init_spec_default ();
  spec.seed = seed;
  rs_network_init (net, &spec);
  RsModel *model = rs_model_new (net, rs_dataset_generate (RS_DATASET_XOR, 16, 2, 1, seed));
  model->init = spec;
  return model;
}

static void
test_same_seed_same_run (void)
{
  RsModel *a = xor_model (42), *b = xor_model (42), *c = xor_model (43);
  g_assert_cmpmem (a->net->params, a->net->n_params * sizeof (double), b->net->params,
                   b->net->n_params * sizeof (double));
  g_assert_true (memcmp (a->net->params, c->net->params, a->net->n_params * sizeof (double)));
  RsTrainer *ta = rs_trainer_new (a), *tb = rs_trainer_new (b);
  for (int i = 0; i < 200; i++)
    {
      g_assert_true (rs_trainer_step (ta, 0.05, NULL));
      g_assert_true (rs_trainer_step (tb, 0.05, NULL));
    }
  g_assert_cmpmem (a->net->params, a->net->n_params * sizeof (double), b->net->params,
                   b->net->n_params * sizeof (double));
  /* And it learned something. */
  double cost = 0;
  g_assert_true (rs_trainer_evaluate (ta, &cost, NULL));
  g_assert_cmpfloat (cost, <, rs_reference_cost (c->net, c->data));
  rs_trainer_free (ta);
  rs_trainer_free (tb);
  rs_model_free (a);
  rs_model_free (b);
  rs_model_free (c);
}

static void
test_stochastic_cycles_examples (void)
{
  RsModel *model = xor_model (7);
  model->mode = RS_MODE_STOCHASTIC;
  RsTrainer *trainer = rs_trainer_new (model);
  RsNetwork *net = model->net;
  RsTrace *trace = rs_trace_new (net);
  for (int n = 0; n < 40; n++)
    {
      /* Step n uses example n mod m: the gradient applied equals that example's alone. */
      int t = n % model->data->n_examples;
      double *before = g_memdup2 (net->params, net->n_params * sizeof (double));
      double *expected = g_new0 (double, net->n_params);
      rs_trace_run (net, trace, rs_data_x (model->data, t), rs_data_y (model->data, t));
      rs_trace_accumulate (net, trace, 1.0, expected);
      g_assert_true (rs_trainer_step (trainer, 0.1, NULL));
      for (size_t i = 0; i < net->n_params; i++)
        g_assert_cmpfloat_with_epsilon (net->params[i], before[i] - 0.1 * expected[i], 1e-12);
      g_free (before);
      g_free (expected);
    }
  g_assert_cmpuint (model->step, ==, 40);
  rs_trace_free (trace);
  rs_trainer_free (trainer);
  rs_model_free (model);
}

static void
test_divergence_leaves_network_untouched (void)
{
  RsModel *model = test_question_model ();
  RsTrainer *trainer = rs_trainer_new (model);
  RsNetwork *net = model->net;
  gsize size = net->n_params * sizeof (double);
  RsStepReport report;
  gboolean diverged = FALSE;
  double *before = NULL;
  for (int i = 0; i < 200 && !diverged; i++)
    {
      g_free (before);
      before = g_memdup2 (net->params, size);
      diverged = !rs_trainer_step (trainer, 1e3, &report);
    }
  g_assert_true (diverged);
  g_assert_true (report.status == RS_STEP_DIVERGED_PARAMETER
                 || report.status == RS_STEP_DIVERGED_COST);
  g_assert_false (isfinite (report.bad_value));
  g_assert_true (rs_network_params_are_finite (net));
  if (report.status == RS_STEP_DIVERGED_PARAMETER)
    {
      /* Refused before anything changed. */
      g_assert_cmpmem (before, size, net->params, size);
      g_assert_cmpuint (report.step, ==, model->step + 1);
    }
  g_free (before);
  rs_trainer_free (trainer);
  rs_model_free (model);
}

static void
test_cost_divergence_is_undone (void)
{
  /* One step of α = 1e200 gives finite parameters (≈ 1e199) whose J overflows: the next
   * evaluation undoes that step and says so. */
  RsModel *model = test_question_model ();
  RsTrainer *trainer = rs_trainer_new (model);
  RsNetwork *net = model->net;
  gsize size = net->n_params * sizeof (double);
  double *start = g_memdup2 (net->params, size);
  RsStepReport report;
  g_assert_true (rs_trainer_step (trainer, 1e200, &report));
  g_assert_true (rs_network_params_are_finite (net));
  g_assert_cmpuint (model->step, ==, 1);

  double cost;
  g_assert_false (rs_trainer_evaluate (trainer, &cost, &report));
  g_assert_cmpint (report.status, ==, RS_STEP_DIVERGED_COST);
  g_assert_cmpuint (report.step, ==, 1);
  g_assert_false (isfinite (report.bad_value));
  g_assert_cmpuint (model->step, ==, 0);
  g_assert_cmpmem (start, size, net->params, size);
  g_assert_cmpfloat_with_epsilon (cost, 0.255625, 1e-15);

  /* The same through the next step instead of an evaluation. */
  g_assert_true (rs_trainer_step (trainer, 1e200, &report));
  g_assert_false (rs_trainer_step (trainer, 0.1, &report));
  g_assert_cmpint (report.status, ==, RS_STEP_DIVERGED_COST);
  g_assert_cmpmem (start, size, net->params, size);
  g_free (start);
  rs_trainer_free (trainer);
  rs_model_free (model);
}

static void
test_step_refuses_nonfinite (void)
{
  RsModel *model = test_question_model ();
  RsNetwork *net = model->net;
  gsize size = net->n_params * sizeof (double);
  double *start = g_memdup2 (net->params, size);
  rs_network_zero_grad (net);
  net->grads[5] = INFINITY;
  RsStepFailure failure;
  g_assert_false (rs_step (net, 0.1, &failure));
  g_assert_cmpmem (start, size, net->params, size);
  g_assert_cmpint (failure.layer, ==, 2);
  g_assert_cmpint (failure.row, ==, 2);
  g_assert_cmpint (failure.col, ==, 2);
  net->grads[5] = NAN;
  g_assert_false (rs_step (net, 0.1, NULL));
  g_assert_cmpmem (start, size, net->params, size);
  net->grads[5] = 1.0;
  g_assert_true (rs_step (net, 0.1, NULL));
  g_assert_cmpfloat_with_epsilon (net->params[5], 0.3 - 0.1, 1e-15);
  g_free (start);
  rs_model_free (model);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/training/cost-decreases", test_cost_decreases);
  g_test_add_func ("/training/same-seed-same-run", test_same_seed_same_run);
  g_test_add_func ("/training/stochastic-cycles", test_stochastic_cycles_examples);
  g_test_add_func ("/training/divergence-untouched", test_divergence_leaves_network_untouched);
  g_test_add_func ("/training/cost-divergence-undone", test_cost_divergence_is_undone);
  g_test_add_func ("/training/step-refuses-nonfinite", test_step_refuses_nonfinite);
  return g_test_run ();
}
