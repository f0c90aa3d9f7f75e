/* rs-network.h — a feed-forward network: layers, Θ with its bias column, gradients.
 *
 * Notation (README.md, "Notation"): layers l = 1 … L, layer l has sₗ units. Θ⁽ˡ⁾ (l ≥ 2)
 * maps layer l−1 into layer l and is sₗ × (sₗ₋₁ + 1), row-major; column 0 holds the bias weights Θ⁽ˡ⁾ⱼ₀,
 * column k ≥ 1 the weight from unit k of layer l−1. Units are numbered from 1 as in the
 * notation: the accessors taking (l, j, k) use j = 1 … sₗ and k = 0 … sₗ₋₁.
 *
 * All Θ live in one contiguous buffer `params`, all ∂J/∂Θ in `grads` with the same layout;
 * rs_network_theta() and rs_network_grad() give per-layer views into them.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rs-activation.h"

#define RS_MIN_LAYERS 2
#define RS_MAX_LAYERS 12
#define RS_MAX_UNITS  1024

typedef struct
{
  int n_layers;                              /* L, RS_MIN_LAYERS … RS_MAX_LAYERS */
  int units[RS_MAX_LAYERS + 1];              /* units[l] = sₗ for l = 1 … L; units[0] = 0 */
  RsActivation activation[RS_MAX_LAYERS + 1]; /* activation[l] = gₗ for l = 2 … L */
  RsActivationParams act_params;              /* leaky slope and ReLU′(0), for every layer */
  size_t n_params;                           /* Σₗ sₗ (sₗ₋₁ + 1) */
  size_t theta_offset[RS_MAX_LAYERS + 1];    /* where Θ⁽ˡ⁾ starts in params, l = 2 … L */
  double *params;                            /* every Θ, contiguous, owned */
  double *grads;                             /* every ∂J/∂Θ, same layout, owned */
} RsNetwork;

/* Creates a network with `n_layers` layers of units[0] … units[n_layers − 1] units
 * (that is s₁ … s_L), hidden layers relu, output linear, Θ = 0, gradients 0, leaky slope
 * 0.01, ReLU′(0) = 0. Returns NULL when a size is outside the limits above or memory runs
 * out. Free with rs_network_free(). */
RsNetwork *rs_network_new (int n_layers, const int *units);

/* True when rs_network_new() would accept these sizes. */
bool rs_network_shape_is_valid (int n_layers, const int *units);

void rs_network_free (RsNetwork *net);

/* A deep copy (parameters, gradients, settings). NULL when memory runs out. */
RsNetwork *rs_network_copy (const RsNetwork *net);

/* True when both have the same layer sizes (so parameters can be copied across). */
bool rs_network_same_shape (const RsNetwork *a, const RsNetwork *b);

/* The number of columns of Θ⁽ˡ⁾: sₗ₋₁ + 1. */
static inline int
rs_network_theta_cols (const RsNetwork *net, int l)
{
  return net->units[l - 1] + 1;
}

/* Θ⁽ˡ⁾ as a row-major sₗ × (sₗ₋₁ + 1) view into params, for l = 2 … L. */
static inline double *
rs_network_theta (const RsNetwork *net, int l)
{
  return net->params + net->theta_offset[l];
}

/* ∂J/∂Θ⁽ˡ⁾, the same shape as Θ⁽ˡ⁾, a view into grads. */
static inline double *
rs_network_grad (const RsNetwork *net, int l)
{
  return net->grads + net->theta_offset[l];
}

/* The flat index of Θ⁽ˡ⁾ⱼₖ in params/grads (j = 1 … sₗ, k = 0 … sₗ₋₁). */
static inline size_t
rs_network_index (const RsNetwork *net, int l, int j, int k)
{
  return net->theta_offset[l] + (size_t) (j - 1) * (size_t) rs_network_theta_cols (net, l)
         + (size_t) k;
}

/* True when (l, j, k) names a weight of this network. */
bool rs_network_weight_is_valid (const RsNetwork *net, int l, int j, int k);

/* The inverse of rs_network_index(): which (l, j, k) a flat index is. */
void rs_network_locate (const RsNetwork *net, size_t index, int *l, int *j, int *k);

/* Sets every ∂J/∂Θ to 0. */
void rs_network_zero_grad (RsNetwork *net);

/* The number of hidden units, Σ sₗ for l = 2 … L−1. */
int rs_network_n_hidden_units (const RsNetwork *net);

/* The largest sₗ. */
int rs_network_max_units (const RsNetwork *net);

/* True when every parameter is finite. */
bool rs_network_params_are_finite (const RsNetwork *net);
