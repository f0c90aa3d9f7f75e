/* rs-rng.h — the core's own random numbers: explicit state, a seed, the same sequence on
 * every machine (xoshiro256** seeded through splitmix64). Never rand(). */
#pragma once

#include <stdint.h>

typedef struct
{
  uint64_t s[4];
} RsRng;

/* Seeds the generator. Equal seeds give equal sequences everywhere. */
void rs_rng_seed (RsRng *rng, uint64_t seed);

/* The next 64 random bits. */
uint64_t rs_rng_next (RsRng *rng);

/* Uniform in [0, 1), 53 bits. */
double rs_rng_uniform (RsRng *rng);

/* Uniform in [lo, hi). */
double rs_rng_uniform_range (RsRng *rng, double lo, double hi);

/* Standard normal (mean 0, variance 1), Box–Muller without caching, so one call consumes
 * exactly two uniforms and sequences never depend on earlier odd/even calls. */
double rs_rng_normal (RsRng *rng);
