/* rs-edge-scale.h — what range of values the edge colours span, shared by the diagram and
 * its legend so both always agree.
 */
#pragma once

#include <glib.h>

#include "core/rs-network.h"

G_BEGIN_DECLS

typedef enum
{
  RS_COLOURING_WEIGHTS,   /* Θ */
  RS_COLOURING_GRADIENTS, /* |∂J/∂Θ|, log scale */
  RS_COLOURING_CHANGE,    /* ΔΘ = Θ − Θ_before, or the pending −α ∂J/∂Θ */
  RS_N_COLOURINGS
} RsColouring;

/* "weights", "gradients", "change". */
const char *rs_colouring_name (RsColouring colouring);
gboolean rs_colouring_from_name (const char *name, RsColouring *out);

typedef struct
{
  RsColouring colouring;
  double max_abs; /* weights, change: |value| at the ends of the scale, > 0, a "nice" number */
  gboolean clipped; /* weights, change: some |value| lies beyond max_abs (drawn at the ends) */
  gboolean pending; /* change: the values are the update the next step will make (there is
                       no last step to compare with) */
  int log_lo;     /* gradients: the scale spans 10^log_lo … 10^log_hi, log_lo < log_hi */
  int log_hi;
} RsEdgeScale;

/* Where the edge values come from. The arrays hold n_params values laid out like
 * net->params. */
typedef struct
{
  const RsNetwork *net;
  RsColouring colouring;
  const double *before;     /* change: the parameters before the last step, or NULL */
  double alpha;             /* change without `before`: the pending update −α·g … */
  const double *next_grads; /* … with g the gradient the next step applies; NULL: net->grads
                               (a batch step's mean; a stochastic step uses one example's) */
} RsEdgeSource;

/* What the diagram colours each edge Θ⁽ˡ⁾ⱼₖ by under source->colouring:
 *   weights    Θ⁽ˡ⁾ⱼₖ
 *   gradients  ∂J/∂Θ⁽ˡ⁾ⱼₖ (net->grads, as the caller last computed them)
 *   change     Θ⁽ˡ⁾ⱼₖ − before[i] when `before` is given, else the pending update −α·g[i]
 * `i` is the flat index (rs_network_index). */
double rs_edge_value (const RsEdgeSource *source, size_t i);

/* A scale fitted to every edge value of the source (bias weights included
 * when include_bias). Non-finite values are ignored. Weights and change use a symmetric
 * range that holds 99 % of the |values| (all of them when there are fewer than 100), rounded
 * up to 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10ⁿ: a few outliers must not wash every other
 * edge out to grey. Gradients use a range of whole decades ending at the decade above the
 * largest |∂J/∂Θ|, at most 6 decades deep. All-zero gives a unit range. */
void rs_edge_scale_fit (RsEdgeScale *scale, const RsEdgeSource *source, gboolean include_bias);

/* The position of `value` on the scale: t ∈ [−1, 1] for weights and change (sign kept),
 * t ∈ [0, 1] for gradients (by log₁₀|value|; 0 for zero). Clamped; non-finite → the end. */
double rs_edge_scale_position (const RsEdgeScale *scale, double value);

G_END_DECLS
