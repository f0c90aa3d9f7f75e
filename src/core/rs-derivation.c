/* rs-derivation.c — the factors of one gradient, read off the straightforward trace. */
#include "rs-derivation.h"

#include <stdlib.h>

#include "rs-model.h"
#include "rs-trace.h"

void
rs_derivation_free (RsDerivation *derivation)
{
  if (derivation == NULL)
    return;
  free (derivation->terms);
  free (derivation->grad_per_example);
  free (derivation);
}

/* The factors of unit j (0-based) of layer l on the example just traced. */
static void
fill_factors (RsDerivation *d, const RsNetwork *net, const RsTrace *trace, const double *y)
{
  int l = d->layer, j = d->row - 1, k = d->col, L = net->n_layers;
  d->a_prev = k == 0 ? 1.0 : trace->a[l - 1][k - 1];
  d->z = trace->z[l][j];
  d->a = trace->a[l][j];
  d->gprime = trace->gprime[l][j];
  d->branch = rs_activation_branch (net->activation[l], d->z);
  d->delta = trace->delta[l][j];
  d->grad_example = d->delta * d->a_prev;

  if (l == L)
    {
      d->y = y[j];
      d->upstream = d->a - d->y;
      return;
    }

  const double *next = rs_network_theta (net, l + 1); /* sₗ₊₁ × (sₗ + 1) */
  int cols = rs_network_theta_cols (net, l + 1);
  double sum = 0;
  for (int i = 0; i < d->n_terms; i++)
    {
      RsDerivationTerm *term = &d->terms[i];
      term->theta = next[(size_t) i * cols + j + 1];
      term->delta = trace->delta[l + 1][i];
      term->z = trace->z[l + 1][i];
      term->a = trace->a[l + 1][i];
      term->gprime = trace->gprime[l + 1][i];
      term->y = l + 1 == L ? y[i] : 0.0;
      /* δ⁽ˡ⁺¹⁾ᵢ = upstream · g′; recover the upstream factor the way the trace formed it. */
      if (l + 1 == L)
        term->upstream = term->a - term->y;
      else
        {
          const double *after = rs_network_theta (net, l + 2);
          int after_cols = rs_network_theta_cols (net, l + 2);
          double u = 0;
          for (int h = 0; h < net->units[l + 2]; h++)
            u += after[(size_t) h * after_cols + i + 1] * trace->delta[l + 2][h];
          term->upstream = u;
        }
      sum += term->theta * term->delta;
    }
  d->upstream = sum;
}

RsDerivation *
rs_derivation_new (const RsNetwork *net, const RsData *data, int l, int j, int k, int t)
{
  if (!rs_network_weight_is_valid (net, l, j, k) || !rs_data_fits_network (data, net) || t < 0
      || t >= data->n_examples)
    return NULL;

  RsDerivation *d = calloc (1, sizeof *d);
  RsTrace *trace = rs_trace_new (net);
  if (d == NULL || trace == NULL)
    goto fail;
  d->layer = l, d->row = j, d->col = k;
  d->n_layers = net->n_layers;
  d->example = t;
  d->n_examples = data->n_examples;
  d->theta = rs_network_theta (net, l)[(size_t) (j - 1) * rs_network_theta_cols (net, l) + k];
  d->activation = net->activation[l];
  d->next_activation = l < net->n_layers ? net->activation[l + 1] : net->activation[l];
  d->act_params = net->act_params;
  d->n_terms = l < net->n_layers ? net->units[l + 1] : 0;
  if (d->n_terms > 0 && (d->terms = calloc ((size_t) d->n_terms, sizeof *d->terms)) == NULL)
    goto fail;
  if ((d->grad_per_example = calloc ((size_t) data->n_examples, sizeof (double))) == NULL)
    goto fail;

  /* Every example for the mean and the active count; example t's factors kept. */
  double sum = 0;
  for (int s = 0; s < data->n_examples; s++)
    {
      rs_trace_run (net, trace, rs_data_x (data, s), rs_data_y (data, s));
      double a_prev = k == 0 ? 1.0 : trace->a[l - 1][k - 1];
      double g = trace->delta[l][j - 1] * a_prev;
      d->grad_per_example[s] = g;
      sum += g;
      d->n_active += trace->gprime[l][j - 1] != 0.0;
    }
  d->grad_mean = sum / data->n_examples;
  d->dead = d->n_active == 0;

  rs_trace_run (net, trace, rs_data_x (data, t), rs_data_y (data, t));
  fill_factors (d, net, trace, rs_data_y (data, t));
  rs_trace_free (trace);
  return d;

fail:
  rs_trace_free (trace);
  rs_derivation_free (d);
  return NULL;
}
