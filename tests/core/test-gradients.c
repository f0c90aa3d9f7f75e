/* test-gradients.c — backprop against central differences, the fast batched path and the
 * one-pass path for small layers against the straightforward one, and the ReLU′(0)
 * convention at z = 0 exactly. */
#include <glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/rs-gradcheck.h"
#include "core/rs-propagate.h"
#include "core/rs-small.h"
#include "core/rs-trace.h"
#include "test-support.h"

static void
check_against_finite_differences (RsActivation hidden, RsActivation output, double at_zero)
{
  static const int shapes[][5] = { { 3, 2, 3, 2 }, { 4, 3, 5, 4, 2 }, { 3, 1, 1, 1 } };
  for (unsigned s = 0; s < G_N_ELEMENTS (shapes); s++)
    for (unsigned long long seed = 1; seed <= 3; seed++)
      {
        RsModel *model = test_random_model (shapes[s][0], shapes[s] + 1, hidden, output, 5,
                                            seed);
        model->net->act_params.relu_prime_at_zero = at_zero;
        model->net->act_params.leaky_slope = 0.05;
        RsGradCheck check;
        rs_gradient_check (model->net, model->data, 1e-6, 1e-6, &check);
        g_assert_cmpuint (check.n_checked, ==, model->net->n_params);
        if (check.worst_relative_error > 1e-5)
          g_error ("%s/%s shape %u seed %llu: worst relative error %g at Θ(%d)%d,%d "
                   "(backprop %g, numeric %g)",
                   rs_activation_name (hidden), rs_activation_name (output), s, seed,
                   check.worst_relative_error, check.layer, check.row, check.col,
                   check.backprop, check.numeric);
        rs_model_free (model);
      }
}

static void
test_finite_differences (void)
{
  static const RsActivation all[] = { RS_ACTIVATION_RELU, RS_ACTIVATION_LEAKY_RELU,
                                      RS_ACTIVATION_LINEAR, RS_ACTIVATION_SIGMOID,
                                      RS_ACTIVATION_TANH };
  for (unsigned h = 0; h < G_N_ELEMENTS (all); h++)
    for (unsigned o = 0; o < G_N_ELEMENTS (all); o++)
      for (int convention = 0; convention <= 1; convention++)
        check_against_finite_differences (all[h], all[o], convention);
}

/* A 1-1-1 network whose hidden z is exactly 0: Θ⁽²⁾ = [−0.5, 0.5] with x = 1.
 * J(w) depends on the hidden weight w through z = −0.5 + w, so the one-sided derivative on
 * the positive side is Θ⁽³⁾₁₁ (a⁽³⁾ − y) · 1 and on the negative side 0 (relu) or the leaky
 * slope times it. ReLU′(0) = c must give exactly c times the positive-side value. */
static void
test_kink_convention (void)
{
  static const int units[] = { 1, 1, 1 };
  static const double conventions[] = { 0.0, 1.0, 0.5 };
  for (int act = 0; act < 2; act++)
    for (unsigned c = 0; c < G_N_ELEMENTS (conventions); c++)
      {
        RsNetwork *net = rs_network_new (3, units);
        net->activation[2] = act == 0 ? RS_ACTIVATION_RELU : RS_ACTIVATION_LEAKY_RELU;
        net->act_params.relu_prime_at_zero = conventions[c];
        double *t2 = rs_network_theta (net, 2), *t3 = rs_network_theta (net, 3);
        t2[0] = -0.5, t2[1] = 0.5;
        t3[0] = 0.25, t3[1] = 2.0;
        RsData *data = rs_data_new (1, 1, 1);
        data->x[0] = 1.0, data->y[0] = 1.0;

        RsTrace *trace = rs_trace_new (net);
        rs_trace_run (net, trace, data->x, data->y);
        g_assert_true (trace->z[2][0] == 0.0);

        double *grads = calloc (net->n_params, sizeof (double));
        rs_reference_gradient (net, data, grads);
        /* a⁽³⁾ = 0.25 (hidden a is 0), so a⁽³⁾ − y = −0.75, and the positive side is
         * Θ⁽³⁾₁₁ · (−0.75) · x = −1.5. */
        double positive_side = 2.0 * -0.75 * 1.0;
        g_assert_cmpfloat (grads[1], ==, conventions[c] * positive_side);

        /* The one-sided difference on the positive side agrees with convention 1. */
        double h = 1e-7, w = t2[1];
        t2[1] = w + h;
        double up = rs_reference_cost (net, data);
        t2[1] = w;
        double here = rs_reference_cost (net, data);
        g_assert_cmpfloat_with_epsilon ((up - here) / h, positive_side, 1e-5);

        free (grads);
        rs_trace_free (trace);
        rs_data_free (data);
        rs_network_free (net);
      }
}

static void
test_batched_equals_reference (void)
{
  /* Shapes that reach every edge path of the tiled kernel: widths 1, 3, 5, 8, 13, 64, batch
   * sizes 1, 7, 64, 256. */
  static const int shapes[][6] = {
    { 3, 2, 2, 2 }, { 4, 2, 8, 8, 2 }, { 5, 2, 64, 64, 64, 2 }, { 5, 3, 13, 7, 5, 1 },
    { 3, 1, 1, 1 }, { 4, 9, 12, 17, 4 },
  };
  static const int batches[] = { 1, 7, 64, 256 };
  for (unsigned s = 0; s < G_N_ELEMENTS (shapes); s++)
    for (unsigned b = 0; b < G_N_ELEMENTS (batches); b++)
      {
        RsModel *model = test_random_model (shapes[s][0], shapes[s] + 1, RS_ACTIVATION_RELU,
                                            RS_ACTIVATION_LINEAR, batches[b], s + 10 * b);
        RsNetwork *net = model->net;
        double *reference = calloc (net->n_params, sizeof (double));
        double ref_cost = rs_reference_gradient (net, model->data, reference);

        RsWorkspace *ws = rs_workspace_new (net, batches[b]);
        rs_network_zero_grad (net);
        rs_forward (net, ws, model->data->x, batches[b]);
        double cost = rs_cost (net, ws, model->data->y);
        rs_backward (net, ws, model->data->y);

        g_assert_cmpfloat (fabs (cost - ref_cost) / ref_cost, <=, 1e-12);
        g_assert_cmpfloat (test_worst_layer_difference (net, net->grads, reference), <=, 1e-12);

        /* Overwriting backward gives the same as zero_grad + accumulating backward. */
        double *saved = g_memdup2 (net->grads, net->n_params * sizeof (double));
        rs_backward_into (net, ws, model->data->y, false);
        g_assert_cmpmem (saved, net->n_params * sizeof (double), net->grads,
                         net->n_params * sizeof (double));
        g_free (saved);
        rs_workspace_free (ws);
        free (reference);
        rs_model_free (model);
      }
}

/* The one-pass path for small layers: every width up to 8 (padded to 2, 4 or run over the
 * real sizes), every activation, and batches that fill four lanes exactly, partly and not
 * at all past the first group. */
static void
test_small_equals_reference (void)
{
  static const int shapes[][6] = {
    { 3, 2, 2, 2 }, { 3, 1, 1, 1 }, { 4, 2, 8, 8, 2 }, { 5, 3, 4, 3, 4, 2 },
    { 4, 8, 5, 7, 1 }, { 3, 2, 3, 2 },
  };
  static const RsActivation hidden[] = { RS_ACTIVATION_RELU, RS_ACTIVATION_LEAKY_RELU,
                                         RS_ACTIVATION_LINEAR, RS_ACTIVATION_SIGMOID,
                                         RS_ACTIVATION_TANH };
  static const int batches[] = { 1, 3, 4, 5, 64, 257 };
  for (unsigned s = 0; s < G_N_ELEMENTS (shapes); s++)
    for (unsigned h = 0; h < G_N_ELEMENTS (hidden); h++)
      for (unsigned b = 0; b < G_N_ELEMENTS (batches); b++)
        {
          RsActivation output = h % 2 ? RS_ACTIVATION_SIGMOID : RS_ACTIVATION_LINEAR;
          RsModel *model = test_random_model (shapes[s][0], shapes[s] + 1, hidden[h], output,
                                              batches[b], s + 10 * h + 100 * b);
          RsNetwork *net = model->net;
          net->act_params.relu_prime_at_zero = 0.5;
          g_assert_true (rs_small_fits (net));
          double *reference = calloc (net->n_params, sizeof (double));
          double ref_cost = rs_reference_gradient (net, model->data, reference);

          double cost = rs_small_cost_and_gradient (net, model->data->x, model->data->y,
                                                    batches[b]);
          g_assert_cmpfloat (fabs (cost - ref_cost) / ref_cost, <=, 1e-12);
          g_assert_cmpfloat (test_worst_layer_difference (net, net->grads, reference), <=, 1e-12);
          free (reference);
          rs_model_free (model);
        }

  /* Wider layers are not taken; a non-finite J leaves the gradients alone. */
  static const int wide[] = { 2, 9, 2 };
  RsModel *model = test_random_model (3, wide, RS_ACTIVATION_RELU, RS_ACTIVATION_LINEAR, 4, 1);
  g_assert_false (rs_small_fits (model->net));
  rs_model_free (model);
  model = test_random_model (3, shapes[0] + 1, RS_ACTIVATION_RELU, RS_ACTIVATION_LINEAR, 4, 1);
  model->data->x[0] = 1e300;
  for (size_t i = 0; i < model->net->n_params; i++)
    model->net->grads[i] = 7.0;
  g_assert_false (isfinite (rs_small_cost_and_gradient (model->net, model->data->x,
                                                        model->data->y, 4)));
  for (size_t i = 0; i < model->net->n_params; i++)
    g_assert_cmpfloat (model->net->grads[i], ==, 7.0);
  rs_model_free (model);
}

static void
test_dead_unit_row_is_exactly_zero (void)
{
  static const int units[] = { 3, 6, 4, 2 };
  RsModel *model = test_random_model (4, units, RS_ACTIVATION_RELU, RS_ACTIVATION_LINEAR, 32, 5);
  RsNetwork *net = model->net;
  /* Kill hidden unit 4 of layer 2: a very negative bias keeps z < 0 on every input in
   * [−1, 1]³ whatever its weights (|Σ| ≤ 3·0.8). */
  rs_network_theta (net, 2)[3 * 4 + 0] = -10.0;
  RsWorkspace *ws = rs_workspace_new (net, 32);
  rs_network_zero_grad (net);
  rs_forward (net, ws, model->data->x, 32);
  rs_backward (net, ws, model->data->y);
  const double *row = rs_network_grad (net, 2) + 3 * 4;
  for (int k = 0; k < 4; k++)
    g_assert_true (row[k] == 0.0);
  /* …while its live neighbours' rows are not. */
  g_assert_true (rs_network_grad (net, 2)[0] != 0.0 || rs_network_grad (net, 2)[4] != 0.0);
  rs_workspace_free (ws);
  rs_model_free (model);
}

static void
test_gradcheck_notices_a_kink (void)
{
  /* At z = 0 exactly the central difference straddles the kink and sees the mean slope,
   * while backprop uses ReLU′(0) = 0: the check must report it, at that weight. */
  static const int units[] = { 1, 1, 1 };
  RsNetwork *net = rs_network_new (3, units);
  double *t2 = rs_network_theta (net, 2), *t3 = rs_network_theta (net, 3);
  t2[0] = -0.5, t2[1] = 0.5, t3[0] = 0.25, t3[1] = 2.0;
  RsData *data = rs_data_new (1, 1, 1);
  data->x[0] = 1.0, data->y[0] = 1.0;
  RsGradCheck check;
  rs_gradient_check (net, data, 1e-6, 1e-8, &check);
  g_assert_cmpfloat (check.worst_relative_error, >, 0.1);
  g_assert_cmpint (check.layer, ==, 2);
  g_assert_cmpint (check.row, ==, 1);
  /* And the parameters are restored bit for bit. */
  g_assert_cmpfloat (t2[0], ==, -0.5);
  g_assert_cmpfloat (t2[1], ==, 0.5);
  rs_data_free (data);
  rs_network_free (net);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gradients/finite-differences", test_finite_differences);
  g_test_add_func ("/gradients/kink-convention", test_kink_convention);
  g_test_add_func ("/gradients/batched-equals-reference", test_batched_equals_reference);
  g_test_add_func ("/gradients/small-equals-reference", test_small_equals_reference);
  g_test_add_func ("/gradients/dead-row-zero", test_dead_unit_row_is_exactly_zero);
  g_test_add_func ("/gradients/gradcheck-kink", test_gradcheck_notices_a_kink);
  return g_test_run ();
}
