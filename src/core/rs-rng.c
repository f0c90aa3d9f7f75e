/* rs-rng.c — xoshiro256** (Blackman & Vigna), seeded through splitmix64. */
#include "rs-rng.h"

#include <math.h>

static uint64_t
splitmix64 (uint64_t *state)
{
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

void
rs_rng_seed (RsRng *rng, uint64_t seed)
{
  uint64_t state = seed;
  for (int i = 0; i < 4; i++)
    rng->s[i] = splitmix64 (&state);
}

static inline uint64_t
rotl (uint64_t x, int k)
{
  return (x << k) | (x >> (64 - k));
}

uint64_t
rs_rng_next (RsRng *rng)
{
  uint64_t *s = rng->s;
  uint64_t result = rotl (s[1] * 5, 7) * 9;
  uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);
  return result;
}

double
rs_rng_uniform (RsRng *rng)
{
  return (double) (rs_rng_next (rng) >> 11) * 0x1.0p-53;
}

double
rs_rng_uniform_range (RsRng *rng, double lo, double hi)
{
  return lo + (hi - lo) * rs_rng_uniform (rng);
}

double
rs_rng_normal (RsRng *rng)
{
  /* 1 − u lies in (0, 1], so the logarithm is finite. */
  double u1 = 1.0 - rs_rng_uniform (rng);
  double u2 = rs_rng_uniform (rng);
  return sqrt (-2.0 * log (u1)) * cos (2.0 * M_PI * u2);
}
