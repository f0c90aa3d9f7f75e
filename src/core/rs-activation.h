/* rs-activation.h — the activation functions gₗ and their derivatives.
 *
 * Part of the numeric core: C11 + libm only.
 */
#pragma once

#include <stdbool.h>

typedef enum
{
  RS_ACTIVATION_RELU,
  RS_ACTIVATION_LEAKY_RELU,
  RS_ACTIVATION_LINEAR,
  RS_ACTIVATION_SIGMOID,
  RS_ACTIVATION_TANH,
  RS_N_ACTIVATIONS
} RsActivation;

/* Which side of the kink a piecewise-linear activation was evaluated on. Smooth activations
 * (linear, sigmoid, tanh) have no kink and report RS_BRANCH_SMOOTH. */
typedef enum
{
  RS_BRANCH_SMOOTH,
  RS_BRANCH_POSITIVE, /* z > 0: slope 1 */
  RS_BRANCH_NEGATIVE, /* z < 0: slope 0 (relu) or the leaky slope */
  RS_BRANCH_ZERO      /* z == 0 exactly: the ReLU′(0) convention decides */
} RsBranch;

/* The parameters shared by all activations of one network. */
typedef struct
{
  double leaky_slope;        /* leaky_relu's slope for z < 0, default 0.01 */
  double relu_prime_at_zero; /* g′(0) for relu and leaky_relu, in [0, 1], default 0 */
} RsActivationParams;

/* "relu", "leaky_relu", "linear", "sigmoid", "tanh". */
const char *rs_activation_name (RsActivation activation);

/* Parses a name as above. Returns false (and leaves *out alone) for an unknown name. */
bool rs_activation_from_name (const char *name, RsActivation *out);

/* The names joined by ", ", for error messages: "relu, leaky_relu, linear, sigmoid, tanh". */
const char *rs_activation_all_names (void);

/* g(z). */
double rs_activation_value (RsActivation activation, const RsActivationParams *params, double z);

/* g′(z). For relu and leaky_relu, g′(0) = params->relu_prime_at_zero; for leaky_relu with
 * z < 0 it is params->leaky_slope. */
double rs_activation_derivative (RsActivation activation, const RsActivationParams *params,
                                 double z);

/* The branch taken at z (see RsBranch). */
RsBranch rs_activation_branch (RsActivation activation, double z);

/* True for relu and leaky_relu: the activations whose derivative depends on a branch. */
bool rs_activation_is_piecewise (RsActivation activation);
