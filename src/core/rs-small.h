/* rs-small.h — cost and gradient of a network whose layers are all small, in one pass.
 *
 * For networks like 2-2-2 or 2-8-8-2 the batched path (rs-propagate.h) spends its time on
 * dispatch, loop set-up and passes over the workspace rather than on arithmetic. Here a
 * layer's values stay in vector registers, every example goes forward and backward in one go,
 * and nothing is written to memory but the gradient at the end. The results are the sums of
 * rs_forward() + rs_cost() + rs_backward_into(), up to rounding: the examples are summed in
 * four interleaved partial sums (tests/core/test-gradients.c holds them to 1e-12 of the
 * straightforward form).
 */
#pragma once

#include <stdbool.h>

#include "rs-network.h"

/* The largest layer this path takes. */
#define RS_SMALL_MAX_UNITS 8

/* True when every layer of `net` has at most RS_SMALL_MAX_UNITS units. */
bool rs_small_fits (const RsNetwork *net);

/* J = (1/m) Σₜ Σᵢ ½ (aᵢ⁽ᴸ⁾ − yᵢ)² over the m examples x (m × s₁) and y (m × s_L). When J is
 * finite, also writes ∂J/∂Θ over those examples to net->grads (overwriting them); otherwise
 * leaves net->grads alone. Only for networks that rs_small_fits(). */
double rs_small_cost_and_gradient (RsNetwork *net, const double *x, const double *y, int m);

/* rs_small_cost_and_gradient() that, when J is finite, also writes the updated parameters
 * Θ − α ∂J/∂Θ to `out` (n_params values, laid out as net->params; net->params itself is not
 * touched) while the gradient is still in registers, and sets *finite to whether all of them
 * are finite: the trainer's whole step in one pass (rs_step_into() without its own pass). */
double rs_small_step (RsNetwork *net, const double *x, const double *y, int m, double alpha,
                      double *out, bool *finite);
