/* rs-trace.c — one example, plain loops, exactly as the formulas read. */
#include "rs-trace.h"

#include <math.h>
#include <stdlib.h>

RsTrace *
rs_trace_new (const RsNetwork *net)
{
  RsTrace *trace = calloc (1, sizeof *trace);
  if (trace == NULL)
    return NULL;
  size_t total = 0;
  for (int l = 1; l <= net->n_layers; l++)
    total += 4 * (size_t) net->units[l];
  trace->block = calloc (total, sizeof (double));
  if (trace->block == NULL)
    {
      free (trace);
      return NULL;
    }
  trace->n_layers = net->n_layers;
  double *p = trace->block;
  for (int l = 1; l <= net->n_layers; l++)
    {
      int s = net->units[l];
      trace->units[l] = s;
      trace->a[l] = p, p += s;
      if (l == 1)
        continue;
      trace->z[l] = p, p += s;
      trace->gprime[l] = p, p += s;
      trace->delta[l] = p, p += s;
    }
  return trace;
}

void
rs_trace_free (RsTrace *trace)
{
  if (trace == NULL)
    return;
  free (trace->block);
  free (trace);
}

void
rs_trace_run (const RsNetwork *net, RsTrace *trace, const double *x, const double *y)
{
  int L = net->n_layers;
  for (int k = 0; k < net->units[1]; k++)
    trace->a[1][k] = x[k];

  /* z⁽ˡ⁾ = Θ⁽ˡ⁾ [1; a⁽ˡ⁻¹⁾], a⁽ˡ⁾ = g(z⁽ˡ⁾) */
  for (int l = 2; l <= L; l++)
    {
      const double *theta = rs_network_theta (net, l); /* sₗ × (sₗ₋₁ + 1) */
      int cols = rs_network_theta_cols (net, l);
      for (int j = 0; j < net->units[l]; j++)
        {
          const double *row = theta + (size_t) j * cols;
          double z = row[0];
          for (int k = 1; k < cols; k++)
            z += row[k] * trace->a[l - 1][k - 1];
          trace->z[l][j] = z;
          trace->a[l][j] = rs_activation_value (net->activation[l], &net->act_params, z);
          trace->gprime[l][j] = rs_activation_derivative (net->activation[l], &net->act_params, z);
        }
    }

  /* J = Σᵢ ½ (aᵢ − yᵢ)², δ⁽ᴸ⁾ = (a − y) ⊙ g′(z⁽ᴸ⁾) */
  trace->cost = 0;
  for (int i = 0; i < net->units[L]; i++)
    {
      double error = trace->a[L][i] - y[i];
      trace->cost += 0.5 * error * error;
      trace->delta[L][i] = error * trace->gprime[L][i];
    }

  /* δ⁽ˡ⁾ = (Θ⁽ˡ⁺¹⁾ without column 0)ᵀ δ⁽ˡ⁺¹⁾ ⊙ g′(z⁽ˡ⁾) */
  for (int l = L - 1; l >= 2; l--)
    {
      const double *next = rs_network_theta (net, l + 1); /* sₗ₊₁ × (sₗ + 1) */
      int cols = rs_network_theta_cols (net, l + 1);
      for (int j = 0; j < net->units[l]; j++)
        {
          double sum = 0;
          for (int i = 0; i < net->units[l + 1]; i++)
            sum += next[(size_t) i * cols + j + 1] * trace->delta[l + 1][i];
          trace->delta[l][j] = sum * trace->gprime[l][j];
        }
    }
}

void
rs_trace_accumulate (const RsNetwork *net, const RsTrace *trace, double scale, double *grads)
{
  for (int l = 2; l <= net->n_layers; l++)
    {
      double *g = grads + net->theta_offset[l]; /* sₗ × (sₗ₋₁ + 1) */
      int cols = rs_network_theta_cols (net, l);
      for (int j = 0; j < net->units[l]; j++)
        {
          double d = trace->delta[l][j] * scale;
          g[(size_t) j * cols] += d;
          for (int k = 1; k < cols; k++)
            g[(size_t) j * cols + k] += d * trace->a[l - 1][k - 1];
        }
    }
}

double
rs_reference_gradient (const RsNetwork *net, const RsData *data, double *grads)
{
  RsTrace *trace = rs_trace_new (net);
  if (trace == NULL)
    return NAN;
  for (size_t i = 0; i < net->n_params; i++)
    grads[i] = 0;
  double cost = 0;
  double scale = 1.0 / data->n_examples;
  for (int t = 0; t < data->n_examples; t++)
    {
      rs_trace_run (net, trace, rs_data_x (data, t), rs_data_y (data, t));
      rs_trace_accumulate (net, trace, scale, grads);
      cost += trace->cost;
    }
  rs_trace_free (trace);
  return cost / data->n_examples;
}

double
rs_reference_cost (const RsNetwork *net, const RsData *data)
{
  RsTrace *trace = rs_trace_new (net);
  if (trace == NULL)
    return NAN;
  double cost = 0;
  for (int t = 0; t < data->n_examples; t++)
    {
      rs_trace_run (net, trace, rs_data_x (data, t), rs_data_y (data, t));
      cost += trace->cost;
    }
  rs_trace_free (trace);
  return cost / data->n_examples;
}
