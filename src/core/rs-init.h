/* rs-init.h — initialization of Θ from a scheme and a seed. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include "rs-network.h"

typedef enum
{
  RS_INIT_HE,      /* normal, std √(2 / sₗ₋₁) */
  RS_INIT_XAVIER,  /* uniform in ±√(6 / (sₗ₋₁ + sₗ)) */
  RS_INIT_UNIFORM, /* uniform in ±range */
  RS_INIT_ZEROS,   /* all weights 0 */
  RS_N_INIT_SCHEMES
} RsInitScheme;

typedef struct
{
  RsInitScheme scheme;
  uint64_t seed;
  double bias;  /* every bias weight Θ⁽ˡ⁾ⱼ₀ is set to this */
  double range; /* r of RS_INIT_UNIFORM, default 0.5 */
} RsInitSpec;

/* he, seed 1, bias 0, range 0.5. */
RsInitSpec rs_init_spec_default (void);

const char *rs_init_scheme_name (RsInitScheme scheme);
bool rs_init_scheme_from_name (const char *name, RsInitScheme *out);
/* "he, xavier, uniform, zeros" */
const char *rs_init_scheme_all_names (void);

/* Overwrites every Θ from the spec. The same spec and shape give the same Θ on every
 * machine. Layers are filled from l = 2 upwards, row by row, weights before moving on. */
void rs_network_init (RsNetwork *net, const RsInitSpec *spec);
