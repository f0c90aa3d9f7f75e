/* rs-activation.c — gₗ and g′ₗ. */
#include "rs-activation.h"

#include <math.h>
#include <string.h>

static const char *const activation_names[RS_N_ACTIVATIONS] = {
  [RS_ACTIVATION_RELU] = "relu",
  [RS_ACTIVATION_LEAKY_RELU] = "leaky_relu",
  [RS_ACTIVATION_LINEAR] = "linear",
  [RS_ACTIVATION_SIGMOID] = "sigmoid",
  [RS_ACTIVATION_TANH] = "tanh",
};

const char *
rs_activation_name (RsActivation activation)
{
  if ((unsigned) activation >= RS_N_ACTIVATIONS)
    return "unknown";
  return activation_names[activation];
}

bool
rs_activation_from_name (const char *name, RsActivation *out)
{
  if (name == NULL)
    return false;
  for (int i = 0; i < RS_N_ACTIVATIONS; i++)
    if (strcmp (name, activation_names[i]) == 0)
      {
        *out = (RsActivation) i;
        return true;
      }
  return false;
}

const char *
rs_activation_all_names (void)
{
  return "relu, leaky_relu, linear, sigmoid, tanh";
}

static double
sigmoid (double z)
{
  /* Written so that neither branch overflows exp() for large |z|. */
  if (z >= 0)
    return 1.0 / (1.0 + exp (-z));
  double e = exp (z);
  return e / (1.0 + e);
}

double
rs_activation_value (RsActivation activation, const RsActivationParams *params, double z)
{
  switch (activation)
    {
    case RS_ACTIVATION_RELU:
      return z > 0 ? z : 0.0;
    case RS_ACTIVATION_LEAKY_RELU:
      return z > 0 ? z : params->leaky_slope * z;
    case RS_ACTIVATION_LINEAR:
      return z;
    case RS_ACTIVATION_SIGMOID:
      return sigmoid (z);
    case RS_ACTIVATION_TANH:
      return tanh (z);
    case RS_N_ACTIVATIONS:
    default:
      return NAN;
    }
}

double
rs_activation_derivative (RsActivation activation, const RsActivationParams *params, double z)
{
  switch (activation)
    {
    case RS_ACTIVATION_RELU:
      if (z > 0)
        return 1.0;
      return z < 0 ? 0.0 : params->relu_prime_at_zero;
    case RS_ACTIVATION_LEAKY_RELU:
      if (z > 0)
        return 1.0;
      return z < 0 ? params->leaky_slope : params->relu_prime_at_zero;
    case RS_ACTIVATION_LINEAR:
      return 1.0;
    case RS_ACTIVATION_SIGMOID:
      {
        double s = sigmoid (z);
        return s * (1.0 - s);
      }
    case RS_ACTIVATION_TANH:
      {
        double t = tanh (z);
        return 1.0 - t * t;
      }
    case RS_N_ACTIVATIONS:
    default:
      return NAN;
    }
}

bool
rs_activation_is_piecewise (RsActivation activation)
{
  return activation == RS_ACTIVATION_RELU || activation == RS_ACTIVATION_LEAKY_RELU;
}

RsBranch
rs_activation_branch (RsActivation activation, double z)
{
  if (!rs_activation_is_piecewise (activation))
    return RS_BRANCH_SMOOTH;
  if (z > 0)
    return RS_BRANCH_POSITIVE;
  return z < 0 ? RS_BRANCH_NEGATIVE : RS_BRANCH_ZERO;
}
