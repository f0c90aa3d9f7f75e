/* rs-propagate.h — forward, cost, backward and step: the separate calls of one gradient
 * descent step (llm.c's shape), so a caller can show gradients before applying them.
 *
 * These are the fast, batched forms (register-tiled kernels, vector width chosen at run
 * time). rs-trace.h holds the straightforward one-example form they are tested against.
 */
#pragma once

#include <stdbool.h>

#include "rs-network.h"
#include "rs-workspace.h"

/* Forward pass of m examples x (m × s₁, row-major): for l = 2 … L,
 * z⁽ˡ⁾ = Θ⁽ˡ⁾ [1; a⁽ˡ⁻¹⁾], a⁽ˡ⁾ = gₗ(z⁽ˡ⁾), and g′(z⁽ˡ⁾), all into ws. */
void rs_forward (const RsNetwork *net, RsWorkspace *ws, const double *x, int m);

/* rs_forward() on inputs packed once by rs_packed_inputs_new() (all of their examples): the
 * same values, with the product of layer 2 reading X's panels ready-made; the rs_backward()
 * that follows does the same. The packed inputs must stay alive until then. */
void rs_forward_packed (const RsNetwork *net, RsWorkspace *ws, const RsPackedInputs *inputs);

/* J = (1/m) Σₜ Σᵢ ½ (aᵢ⁽ᴸ⁾ − yᵢ)² of the last forward pass, y being m × s_L. */
double rs_cost (const RsNetwork *net, const RsWorkspace *ws, const double *y);

/* Backward pass after rs_forward() on the same examples: δ⁽ᴸ⁾ = (a⁽ᴸ⁾ − y) ⊙ g′(z⁽ᴸ⁾),
 * δ⁽ˡ⁾ = (Θ⁽ˡ⁺¹⁾ without column 0)ᵀ δ⁽ˡ⁺¹⁾ ⊙ g′(z⁽ˡ⁾), and ADDS
 * (1/m) Σₜ δ⁽ˡ⁾ⱼ a⁽ˡ⁻¹⁾ₖ (a₀ = 1) to net->grads. Call rs_network_zero_grad() first. */
void rs_backward (RsNetwork *net, RsWorkspace *ws, const double *y);

/* rs_backward() that overwrites net->grads instead of adding to them (accumulate = false),
 * which saves the zero_grad pass in a training loop. */
void rs_backward_into (RsNetwork *net, RsWorkspace *ws, const double *y, bool accumulate);

/* Where a step went wrong. */
typedef struct
{
  int layer, row, col; /* the first parameter that would leave the finite range */
  double value;        /* what it would have become (NaN or ±∞) */
} RsStepFailure;

/* Θ := Θ − α ∂J/∂Θ, but only when every new Θ is finite. Otherwise nothing is changed and
 * *failure (when given) says where. Returns whether the step was applied. */
bool rs_step (RsNetwork *net, double alpha, RsStepFailure *failure);

/* Writes Θ − α ∂J/∂Θ for every parameter to `out` (n_params values) without touching the
 * network, in one pass. Returns whether all of them are finite; if not, *failure (when given)
 * says where the first one is. */
bool rs_step_into (const RsNetwork *net, double alpha, double *out, RsStepFailure *failure);
