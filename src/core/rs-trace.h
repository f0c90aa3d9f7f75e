/* rs-trace.h — the straightforward one-example forward and backward pass.
 *
 * Every value of one example, per unit, computed with plain loops exactly as the formulas
 * read. It is what the derivation and the displays read, and the reference the fast batched
 * path is tested against.
 */
#pragma once

#include "rs-data.h"
#include "rs-network.h"

typedef struct
{
  int n_layers;
  int units[RS_MAX_LAYERS + 1];
  double *z[RS_MAX_LAYERS + 1];      /* sₗ values, l = 2 … L (z[1] is NULL) */
  double *a[RS_MAX_LAYERS + 1];      /* sₗ values, l = 1 … L */
  double *gprime[RS_MAX_LAYERS + 1]; /* sₗ values, l = 2 … L */
  double *delta[RS_MAX_LAYERS + 1];  /* sₗ values, l = 2 … L */
  double cost;                       /* Σᵢ ½ (aᵢ⁽ᴸ⁾ − yᵢ)² of this example */
  double *block;
} RsTrace;

/* A trace sized for `net`. NULL when memory runs out. Unit j of layer l is index j − 1. */
RsTrace *rs_trace_new (const RsNetwork *net);
void rs_trace_free (RsTrace *trace);

/* Forward and backward for one example (x of s₁ values, y of s_L values): fills z, a, g′,
 * δ and cost. The network is not changed. */
void rs_trace_run (const RsNetwork *net, RsTrace *trace, const double *x, const double *y);

/* Adds δ⁽ˡ⁾ⱼ a⁽ˡ⁻¹⁾ₖ · scale (a₀ = 1) of the traced example to `grads` (laid out like
 * net->params). */
void rs_trace_accumulate (const RsNetwork *net, const RsTrace *trace, double scale,
                          double *grads);

/* The reference gradient: ∂J/∂Θ as the mean over all examples of `data`, computed one
 * example at a time with rs_trace_run(), written to `grads` (n_params values). Returns J. */
double rs_reference_gradient (const RsNetwork *net, const RsData *data, double *grads);

/* The mean cost over all examples, one at a time. */
double rs_reference_cost (const RsNetwork *net, const RsData *data);
