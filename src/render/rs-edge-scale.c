/* rs-edge-scale.c — the value range the edge colours span. */
#include "rs-edge-scale.h"

#include <math.h>
#include <string.h>

/* Gradients deeper than this below the largest are all drawn as "small": the eye cannot
 * tell more decades apart in one colour map anyway. */
#define MAX_DECADES 6

static const char *const colouring_names[RS_N_COLOURINGS] = { "weights", "gradients", "change" };

const char *
rs_colouring_name (RsColouring colouring)
{
  g_return_val_if_fail (colouring < RS_N_COLOURINGS, NULL);
  return colouring_names[colouring];
}

gboolean
rs_colouring_from_name (const char *name, RsColouring *out)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (int c = 0; c < RS_N_COLOURINGS; c++)
    if (strcmp (name, colouring_names[c]) == 0)
      {
        if (out)
          *out = (RsColouring) c;
        return TRUE;
      }
  return FALSE;
}

double
rs_edge_value (const RsEdgeSource *source, size_t i)
{
  const RsNetwork *net = source->net;

  switch (source->colouring)
    {
    case RS_COLOURING_GRADIENTS:
      return net->grads[i];
    case RS_COLOURING_CHANGE:
      if (source->before != NULL)
        return net->params[i] - source->before[i];
      return -source->alpha * (source->next_grads != NULL ? source->next_grads[i]
                                                          : net->grads[i]);
    case RS_COLOURING_WEIGHTS:
    case RS_N_COLOURINGS:
    default:
      return net->params[i];
    }
}

/* The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ that is ≥ v, so the legend's end
 * numbers are short and the largest edge is close to full strength. */
static double
nice_ceiling (double v)
{
  static const double steps[] = { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 };
  double p = pow (10, floor (log10 (v)));

  for (size_t s = 0; s < G_N_ELEMENTS (steps); s++)
    if (steps[s] * p >= v * (1 - 1e-12))
      return steps[s] * p;
  return 10 * p;
}

/* Calls fn (|value|, data) for every finite, non-zero edge value. */
typedef void (*ValueFunc) (double magnitude, gpointer data);

static void
for_each_magnitude (const RsEdgeSource *source, gboolean include_bias, ValueFunc fn,
                    gpointer data)
{
  const RsNetwork *net = source->net;

  for (int l = 2; l <= net->n_layers; l++)
    for (int j = 1; j <= net->units[l]; j++)
      {
        size_t row = rs_network_index (net, l, j, 0);

        for (int k = include_bias ? 0 : 1; k <= net->units[l - 1]; k++)
          {
            double v = fabs (rs_edge_value (source, row + (size_t) k));

            if (isfinite (v) && v != 0)
              fn (v, data);
          }
      }
}

typedef struct
{
  double max, min;
  int n;
} Extent;

static void
add_to_extent (double v, gpointer data)
{
  Extent *e = data;

  e->max = MAX (e->max, v);
  e->min = MIN (e->min, v);
  e->n++;
}

#define N_BINS 2048

typedef struct
{
  double max;
  int counts[N_BINS];
} Histogram;

static void
add_to_histogram (double v, gpointer data)
{
  Histogram *h = data;

  h->counts[MIN ((int) (v / h->max * N_BINS), N_BINS - 1)]++;
}

/* The |value| below which 99 % of them lie, to within 1/N_BINS of the largest: a histogram
 * rather than a sort, so a million weights cost one pass. */
static double
percentile_99 (const RsEdgeSource *source, gboolean include_bias, const Extent *extent)
{
  g_autofree Histogram *h = g_new0 (Histogram, 1);
  int wanted = (int) ceil (0.99 * extent->n), seen = 0;

  h->max = extent->max;
  for_each_magnitude (source, include_bias, add_to_histogram, h);
  for (int b = 0; b < N_BINS; b++)
    {
      seen += h->counts[b];
      if (seen >= wanted)
        return extent->max * (b + 1) / N_BINS;
    }
  return extent->max;
}

void
rs_edge_scale_fit (RsEdgeScale *scale, const RsEdgeSource *source, gboolean include_bias)
{
  Extent extent = { 0, INFINITY, 0 };

  g_return_if_fail (scale != NULL && source != NULL && source->net != NULL);

  for_each_magnitude (source, include_bias, add_to_extent, &extent);

  memset (scale, 0, sizeof *scale);
  scale->colouring = source->colouring;
  scale->pending = source->colouring == RS_COLOURING_CHANGE && source->before == NULL;
  if (source->colouring == RS_COLOURING_GRADIENTS)
    {
      if (extent.n == 0)
        {
          scale->log_hi = 0;
          scale->log_lo = -MAX_DECADES / 2;
          return;
        }
      scale->log_hi = (int) ceil (log10 (extent.max) - 1e-9);
      scale->log_lo = (int) floor (log10 (extent.min) + 1e-9);
      scale->log_lo = CLAMP (scale->log_lo, scale->log_hi - MAX_DECADES, scale->log_hi - 1);
      return;
    }

  if (extent.n == 0)
    {
      scale->max_abs = 1;
      return;
    }
  scale->max_abs = nice_ceiling (extent.n < 100 ? extent.max
                                                : percentile_99 (source, include_bias,
                                                                 &extent));
  scale->clipped = extent.max > scale->max_abs;
}

double
rs_edge_scale_position (const RsEdgeScale *scale, double value)
{
  if (scale->colouring == RS_COLOURING_GRADIENTS)
    {
      double a = fabs (value);

      if (a == 0)
        return 0;
      if (!isfinite (a))
        return 1;
      return CLAMP ((log10 (a) - scale->log_lo) / (scale->log_hi - scale->log_lo), 0.0, 1.0);
    }
  if (isnan (value))
    return 1;
  return CLAMP (value / scale->max_abs, -1.0, 1.0);
}
