/* rs-init.c — initial Θ from a scheme and a seed. */
#include "rs-init.h"

#include <math.h>
#include <string.h>

#include "rs-rng.h"

static const char *const scheme_names[RS_N_INIT_SCHEMES] = {
  [RS_INIT_HE] = "he",
  [RS_INIT_XAVIER] = "xavier",
  [RS_INIT_UNIFORM] = "uniform",
  [RS_INIT_ZEROS] = "zeros",
};

RsInitSpec
rs_init_spec_default (void)
{
  return (RsInitSpec){ .scheme = RS_INIT_HE, .seed = 1, .bias = 0.0, .range = 0.5 };
}

const char *
rs_init_scheme_name (RsInitScheme scheme)
{
  if ((unsigned) scheme >= RS_N_INIT_SCHEMES)
    return "unknown";
  return scheme_names[scheme];
}

bool
rs_init_scheme_from_name (const char *name, RsInitScheme *out)
{
  if (name == NULL)
    return false;
  for (int i = 0; i < RS_N_INIT_SCHEMES; i++)
    if (strcmp (name, scheme_names[i]) == 0)
      {
        *out = (RsInitScheme) i;
        return true;
      }
  return false;
}

const char *
rs_init_scheme_all_names (void)
{
  return "he, xavier, uniform, zeros";
}

static double
draw_weight (const RsInitSpec *spec, RsRng *rng, int fan_in, int fan_out)
{
  switch (spec->scheme)
    {
    case RS_INIT_HE:
      return sqrt (2.0 / fan_in) * rs_rng_normal (rng);
    case RS_INIT_XAVIER:
      {
        double limit = sqrt (6.0 / (fan_in + fan_out));
        return rs_rng_uniform_range (rng, -limit, limit);
      }
    case RS_INIT_UNIFORM:
      return rs_rng_uniform_range (rng, -spec->range, spec->range);
    case RS_INIT_ZEROS:
    case RS_N_INIT_SCHEMES:
    default:
      return 0.0;
    }
}

void
rs_network_init (RsNetwork *net, const RsInitSpec *spec)
{
  RsRng rng;
  rs_rng_seed (&rng, spec->seed);
  for (int l = 2; l <= net->n_layers; l++)
    {
      /* Θ⁽ˡ⁾ is sₗ × (sₗ₋₁ + 1) */
      double *theta = rs_network_theta (net, l);
      int cols = rs_network_theta_cols (net, l);
      for (int j = 0; j < net->units[l]; j++)
        {
          theta[j * cols] = spec->bias;
          for (int k = 1; k < cols; k++)
            theta[j * cols + k] = draw_weight (spec, &rng, net->units[l - 1], net->units[l]);
        }
    }
}
