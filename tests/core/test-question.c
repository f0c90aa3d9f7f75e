/* test-question.c — the question's network, every number worked by hand.
 *
 * x = (1, 0.5), y = (1, 0).
 * z⁽²⁾ = (0.1 + 0.4 − 0.1, −0.3 + 0.2 + 0.15, 0.2 − 0.5 − 0.2) = (0.4, 0.05, −0.5)
 * a⁽²⁾ = (0.4, 0.05, 0)                               unit 3 is inactive (and dead: m = 1)
 * a⁽³⁾ = z⁽³⁾ = (0.05 + 0.24 − 0.005, −0.1 + 0.08 + 0.025) = (0.285, 0.005)
 * δ⁽³⁾ = a⁽³⁾ − y = (−0.715, 0.005);  J = ½ (0.715² + 0.005²) = 0.255625
 * δ⁽²⁾ = (0.6·(−0.715) + 0.2·0.005, −0.1·(−0.715) + 0.5·0.005, 0) = (−0.428, 0.074, 0)
 * ∂J/∂Θ⁽²⁾ = δ⁽²⁾ [1, 1, 0.5]ᵀ row by row; ∂J/∂Θ⁽³⁾ = δ⁽³⁾ [1, 0.4, 0.05, 0].
 */
#include <glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/rs-census.h"
#include "core/rs-derivation.h"
#include "core/rs-propagate.h"
#include "core/rs-trace.h"
#include "core/rs-trainer.h"
#include "test-support.h"

static const double expected_grad2[] = { -0.428, -0.428, -0.214, 0.074, 0.074, 0.037, 0, 0, 0 };
static const double expected_grad3[] = { -0.715, -0.286, -0.03575, 0, 0.005, 0.002, 0.00025, 0 };

static void
assert_gradients (const RsNetwork *net, const double *grads)
{
  for (int i = 0; i < 9; i++)
    g_assert_cmpfloat_with_epsilon (grads[net->theta_offset[2] + i], expected_grad2[i], 1e-15);
  for (int i = 0; i < 8; i++)
    g_assert_cmpfloat_with_epsilon (grads[net->theta_offset[3] + i], expected_grad3[i], 1e-15);
}

static void
test_trace (void)
{
  RsModel *model = test_question_model ();
  RsTrace *trace = rs_trace_new (model->net);
  rs_trace_run (model->net, trace, model->data->x, model->data->y);

  const double z2[] = { 0.4, 0.05, -0.5 }, a2[] = { 0.4, 0.05, 0 }, g2[] = { 1, 1, 0 };
  const double z3[] = { 0.285, 0.005 }, d3[] = { -0.715, 0.005 }, d2[] = { -0.428, 0.074, 0 };
  for (int j = 0; j < 3; j++)
    {
      g_assert_cmpfloat_with_epsilon (trace->z[2][j], z2[j], 1e-15);
      g_assert_cmpfloat_with_epsilon (trace->a[2][j], a2[j], 1e-15);
      g_assert_cmpfloat (trace->gprime[2][j], ==, g2[j]);
      g_assert_cmpfloat_with_epsilon (trace->delta[2][j], d2[j], 1e-15);
    }
  for (int i = 0; i < 2; i++)
    {
      g_assert_cmpfloat_with_epsilon (trace->z[3][i], z3[i], 1e-15);
      g_assert_cmpfloat_with_epsilon (trace->delta[3][i], d3[i], 1e-15);
    }
  g_assert_cmpfloat_with_epsilon (trace->cost, 0.255625, 1e-15);
  rs_trace_free (trace);
  rs_model_free (model);
}

static void
test_reference_and_batched_gradients (void)
{
  RsModel *model = test_question_model ();
  RsNetwork *net = model->net;
  double *grads = calloc (net->n_params, sizeof (double));
  double cost = rs_reference_gradient (net, model->data, grads);
  g_assert_cmpfloat_with_epsilon (cost, 0.255625, 1e-15);
  assert_gradients (net, grads);

  RsWorkspace *ws = rs_workspace_new (net, 1);
  rs_network_zero_grad (net);
  rs_forward (net, ws, model->data->x, 1);
  g_assert_cmpfloat_with_epsilon (rs_cost (net, ws, model->data->y), 0.255625, 1e-15);
  rs_backward (net, ws, model->data->y);
  assert_gradients (net, net->grads);
  /* The dead unit's row is exactly zero, not merely small. */
  for (int k = 0; k < 3; k++)
    g_assert_true (rs_network_grad (net, 2)[2 * 3 + k] == 0.0);

  rs_workspace_free (ws);
  free (grads);
  rs_model_free (model);
}

static void
test_census (void)
{
  RsModel *model = test_question_model ();
  RsCensus *census = rs_census_new (model->net, model->data);
  g_assert_cmpint (census->n_hidden, ==, 3);
  g_assert_cmpint (census->n_dead_hidden, ==, 1);
  g_assert_true (rs_census_is_dead (census, 2, 3));
  g_assert_false (rs_census_is_dead (census, 2, 1));
  g_assert_cmpint (census->active[2][0], ==, 1);
  g_assert_cmpint (census->n_dead_output, ==, 0);
  rs_census_free (census);
  rs_model_free (model);
}

static void
test_derivation_hidden (void)
{
  RsModel *model = test_question_model ();
  RsDerivation *d = rs_derivation_new (model->net, model->data, 2, 2, 1, 0);
  g_assert_nonnull (d);
  g_assert_cmpfloat (d->theta, ==, 0.2);
  g_assert_cmpfloat (d->a_prev, ==, 1.0);
  g_assert_cmpfloat_with_epsilon (d->z, 0.05, 1e-15);
  g_assert_cmpint (d->branch, ==, RS_BRANCH_POSITIVE);
  g_assert_cmpfloat (d->gprime, ==, 1.0);
  g_assert_cmpint (d->n_terms, ==, 2);
  g_assert_cmpfloat (d->terms[0].theta, ==, -0.1);
  g_assert_cmpfloat_with_epsilon (d->terms[0].delta, -0.715, 1e-15);
  g_assert_cmpfloat_with_epsilon (d->terms[0].upstream, -0.715, 1e-15);
  g_assert_cmpfloat (d->terms[1].theta, ==, 0.5);
  g_assert_cmpfloat_with_epsilon (d->upstream, 0.074, 1e-15);
  g_assert_cmpfloat_with_epsilon (d->delta, 0.074, 1e-15);
  g_assert_cmpfloat_with_epsilon (d->grad_example, 0.074, 1e-15);
  g_assert_cmpfloat_with_epsilon (d->grad_mean, 0.074, 1e-15);
  g_assert_false (d->dead);
  rs_derivation_free (d);

  /* Through the inactive unit: ReLU′ = 0, δ = 0, the gradient exactly 0. */
  d = rs_derivation_new (model->net, model->data, 2, 3, 1, 0);
  g_assert_cmpint (d->branch, ==, RS_BRANCH_NEGATIVE);
  g_assert_cmpfloat (d->gprime, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (d->upstream, -0.2165, 1e-15);
  g_assert_true (d->delta == 0.0 && d->grad_mean == 0.0);
  g_assert_true (d->dead);
  g_assert_cmpint (d->n_active, ==, 0);
  rs_derivation_free (d);
  rs_model_free (model);
}

static void
test_derivation_output_and_bias (void)
{
  RsModel *model = test_question_model ();
  RsDerivation *d = rs_derivation_new (model->net, model->data, 3, 1, 2, 0);
  g_assert_cmpint (d->n_terms, ==, 0);
  g_assert_cmpint (d->branch, ==, RS_BRANCH_SMOOTH);
  g_assert_cmpfloat_with_epsilon (d->upstream, -0.715, 1e-15);
  g_assert_cmpfloat_with_epsilon (d->a_prev, 0.05, 1e-15);
  g_assert_cmpfloat_with_epsilon (d->grad_mean, -0.03575, 1e-15);
  g_assert_cmpfloat (d->y, ==, 1.0);
  rs_derivation_free (d);

  d = rs_derivation_new (model->net, model->data, 2, 1, 0, 0);
  g_assert_cmpfloat (d->a_prev, ==, 1.0);
  g_assert_cmpfloat_with_epsilon (d->grad_mean, -0.428, 1e-15);
  rs_derivation_free (d);

  /* Out of range: l, j, k and t. */
  g_assert_null (rs_derivation_new (model->net, model->data, 1, 1, 0, 0));
  g_assert_null (rs_derivation_new (model->net, model->data, 2, 4, 0, 0));
  g_assert_null (rs_derivation_new (model->net, model->data, 2, 1, 3, 0));
  g_assert_null (rs_derivation_new (model->net, model->data, 2, 1, 0, 1));
  rs_model_free (model);
}

static void
test_one_step (void)
{
  RsModel *model = test_question_model ();
  RsTrainer *trainer = rs_trainer_new (model);
  RsStepReport report;
  g_assert_true (rs_trainer_step (trainer, 0.1, &report));
  g_assert_cmpint (report.status, ==, RS_STEP_OK);
  g_assert_cmpuint (report.step, ==, 1);
  g_assert_cmpfloat_with_epsilon (report.cost_before, 0.255625, 1e-15);
  /* Θ⁽²⁾₂₁ ← 0.2 − 0.1 · 0.074 = 0.1926; Θ⁽²⁾₃ₖ unchanged (dead unit). */
  const double *theta2 = rs_network_theta (model->net, 2);
  g_assert_cmpfloat_with_epsilon (theta2[1 * 3 + 1], 0.1926, 1e-15);
  g_assert_cmpfloat (theta2[2 * 3 + 0], ==, 0.2);
  g_assert_cmpfloat (theta2[2 * 3 + 1], ==, -0.5);
  g_assert_cmpfloat (theta2[2 * 3 + 2], ==, -0.4);
  /* Θ⁽³⁾₁₀ ← 0.05 + 0.1 · 0.715 */
  g_assert_cmpfloat_with_epsilon (rs_network_theta (model->net, 3)[0], 0.1215, 1e-15);
  g_assert_cmpuint (model->step, ==, 1);
  rs_trainer_free (trainer);
  rs_model_free (model);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/question/trace", test_trace);
  g_test_add_func ("/question/gradients", test_reference_and_batched_gradients);
  g_test_add_func ("/question/census", test_census);
  g_test_add_func ("/question/derivation-hidden", test_derivation_hidden);
  g_test_add_func ("/question/derivation-output-and-bias", test_derivation_output_and_bias);
  g_test_add_func ("/question/one-step", test_one_step);
  return g_test_run ();
}
