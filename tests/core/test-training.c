/* test-training.c — steps, determinism and divergence. */
#include <stdlib.h>
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

/* What the app shows as the pending update of a stochastic step is what the step then does,
 * and asking leaves the model's own (mean) gradient alone. */
static void
test_step_example_gradient_predicts_step (void)
{
  RsModel *model = xor_model (11);
  RsTrainer *trainer = rs_trainer_new (model);
  RsNetwork *net = model->net;

  g_assert_null (rs_model_step_example_gradient (model));
  model->mode = RS_MODE_STOCHASTIC;
  for (int n = 0; n < 20; n++)
    {
      double *predicted = rs_model_step_example_gradient (model);
      double *grads_before = g_memdup2 (net->grads, net->n_params * sizeof (double));
      double *params_before = g_memdup2 (net->params, net->n_params * sizeof (double));

      g_assert_nonnull (predicted);
      g_assert_cmpmem (net->grads, net->n_params * sizeof (double), grads_before,
                       net->n_params * sizeof (double));
      g_assert_true (rs_trainer_step (trainer, 0.3, NULL));
      for (size_t i = 0; i < net->n_params; i++)
        g_assert_cmpfloat_with_epsilon (net->params[i], params_before[i] - 0.3 * predicted[i],
                                        1e-12);
      free (predicted);
      g_free (grads_before);
      g_free (params_before);
    }
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

/* One batch step through the trainer: net->grads hold ∂J/∂Θ at the old parameters (to
 * 1e-12 of the reference) and the parameters are Θ − α·∂J/∂Θ of those very gradients. */
static void
check_one_step (RsModel *model, RsTrainer *trainer, double alpha)
{
  RsNetwork *net = model->net;
  double *before = g_memdup2 (net->params, net->n_params * sizeof (double));
  double *reference = g_new0 (double, net->n_params);
  rs_reference_gradient (net, model->data, reference);
  g_assert_true (rs_trainer_step (trainer, alpha, NULL));
  g_assert_cmpfloat (test_worst_layer_difference (net, net->grads, reference), <=, 1e-12);
  for (size_t i = 0; i < net->n_params; i++)
    {
      double expected = before[i] - alpha * net->grads[i];
      /* one rounding of the product more or less, with or without a fused multiply-add */
      g_assert_cmpfloat (fabs (net->params[i] - expected), <=,
                         2.3e-16 * (fabs (before[i]) + fabs (alpha * net->grads[i])));
    }
  g_free (before);
  g_free (reference);
}

/* The trainer's own paths: the one pass of small networks that writes the new parameters
 * with the gradient, and batch steps on inputs packed once (8 inputs or more; batches that
 * fill the kernel's panels exactly, partly, and over more than one chunk). */
static void
test_step_paths_equal_reference (void)
{
  static const int shapes[][5] = {
    { 3, 2, 2, 2 }, { 4, 2, 8, 8, 2 }, { 3, 8, 5, 2 }, { 4, 13, 20, 9, 3 }, { 3, 40, 16, 4 },
  };
  static const int batches[] = { 1, 8, 13, 64, 300 };
  for (unsigned s = 0; s < G_N_ELEMENTS (shapes); s++)
    for (unsigned b = 0; b < G_N_ELEMENTS (batches); b++)
      {
        RsModel *model = test_random_model (shapes[s][0], shapes[s] + 1, RS_ACTIVATION_RELU,
                                            RS_ACTIVATION_LINEAR, batches[b], s + 10 * b);
        RsTrainer *trainer = rs_trainer_new (model);
        for (int step = 0; step < 3; step++)
          check_one_step (model, trainer, 0.05);
        rs_trainer_free (trainer);
        rs_model_free (model);
      }
}

/* Batch steps from packed inputs behind relu units leave δ's zeros out of the gradient
 * product (more than one 64-example mask word here); a unit that is off on every example gets
 * a gradient row of exact zeros. With every unit on (no zeros to leave out) or sigmoid units,
 * the dense product takes over. */
static void
test_sparse_gradient_paths (void)
{
  static const int units[] = { 70, 24, 3 };
  for (int variant = 0; variant < 3; variant++)
    {
      RsActivation hidden = variant == 2 ? RS_ACTIVATION_SIGMOID : RS_ACTIVATION_RELU;
      RsModel *model = test_random_model (3, units, hidden, RS_ACTIVATION_LINEAR, 150, 9);
      RsTrainer *trainer = rs_trainer_new (model);
      double *theta = rs_network_theta (model->net, 2);
      int cols = rs_network_theta_cols (model->net, 2), dead = 5;
      if (variant == 0)
        theta[dead * cols] = -100.0; /* |Σ| ≤ 70·0.8 on inputs in [−1, 1]: off everywhere */
      else
        for (int j = 0; j < units[1]; j++)
          theta[j * cols] = 100.0; /* on everywhere */
      for (int step = 0; step < 3; step++)
        {
          check_one_step (model, trainer, variant == 1 ? 1e-4 : 0.05);
          const double *row = rs_network_grad (model->net, 2) + dead * cols;
          for (int k = 0; variant == 0 && k < cols; k++)
            g_assert_true (row[k] == 0.0);
        }
      rs_trainer_free (trainer);
      rs_model_free (model);
    }
}

/* The packed inputs follow the data: values changed in place after
 * rs_trainer_forget_data(), and a data set replaced by another. */
static void
test_packed_inputs_follow_the_data (void)
{
  static const int units[] = { 12, 9, 3 };
  RsModel *model = test_random_model (3, units, RS_ACTIVATION_RELU, RS_ACTIVATION_LINEAR, 20, 5);
  RsTrainer *trainer = rs_trainer_new (model);
  check_one_step (model, trainer, 0.05);
  for (int i = 0; i < 20 * 12; i++)
    model->data->x[i] = -model->data->x[i] * 0.5;
  rs_trainer_forget_data (trainer);
  check_one_step (model, trainer, 0.05);

  RsModel *other = test_random_model (3, units, RS_ACTIVATION_RELU, RS_ACTIVATION_LINEAR, 20, 6);
  RsData *old = model->data;
  model->data = other->data;
  other->data = old;
  check_one_step (model, trainer, 0.05);
  rs_trainer_free (trainer);
  rs_model_free (other);
  rs_model_free (model);
}

/* A refused step through the packed batch path leaves the parameters bit for bit. */
static void
test_packed_divergence_leaves_network_untouched (void)
{
  static const int units[] = { 10, 16, 2 };
  RsModel *model = test_random_model (3, units, RS_ACTIVATION_RELU, RS_ACTIVATION_LINEAR, 16, 3);
  RsTrainer *trainer = rs_trainer_new (model);
  RsNetwork *net = model->net;
  gsize size = net->n_params * sizeof (double);
  /* inputs of a thousand make gradients far above 1 while J stays finite */
  for (int i = 0; i < 16 * 10; i++)
    model->data->x[i] *= 1000;
  double *before = g_memdup2 (net->params, size);
  RsStepReport report;
  g_assert_false (rs_trainer_step (trainer, 1e308, &report));
  g_assert_cmpint (report.status, ==, RS_STEP_DIVERGED_PARAMETER);
  g_assert_false (isfinite (report.bad_value));
  g_assert_cmpmem (before, size, net->params, size);
  g_assert_cmpuint (model->step, ==, 0);
  g_free (before);
  rs_trainer_free (trainer);
  rs_model_free (model);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/training/cost-decreases", test_cost_decreases);
  g_test_add_func ("/training/same-seed-same-run", test_same_seed_same_run);
  g_test_add_func ("/training/stochastic-cycles", test_stochastic_cycles_examples);
  g_test_add_func ("/training/step-example-gradient", test_step_example_gradient_predicts_step);
  g_test_add_func ("/training/divergence-untouched", test_divergence_leaves_network_untouched);
  g_test_add_func ("/training/cost-divergence-undone", test_cost_divergence_is_undone);
  g_test_add_func ("/training/step-refuses-nonfinite", test_step_refuses_nonfinite);
  g_test_add_func ("/training/step-paths", test_step_paths_equal_reference);
  g_test_add_func ("/training/sparse-gradient-paths", test_sparse_gradient_paths);
  g_test_add_func ("/training/packed-inputs-follow-data", test_packed_inputs_follow_the_data);
  g_test_add_func ("/training/packed-divergence-untouched",
                   test_packed_divergence_leaves_network_untouched);
  return g_test_run ();
}
