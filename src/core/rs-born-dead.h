/* rs-born-dead.h — how often a freshly initialized deep ReLU network is born dead.
 *
 * A network with d inputs, H hidden ReLU layers of N units and one output is "born dead" at
 * a set of inputs when its last hidden layer is all zero at every one of them: the output is
 * then constant and no gradient reaches any hidden weight. Lu, Shin, Su & Karniadakis (2020,
 * "Dying ReLU and initialization: theory and numerical examples") show that with symmetric
 * weights and zero biases the probability at one input is
 *
 *   1 − (1 − 2⁻ᴺ)ᴴ
 *
 * since each layer, fed a nonzero vector, is all zero with probability 2⁻ᴺ independently of
 * the layers before it. This module estimates the probability by drawing networks (He
 * initialization, std √(2 / fan_in); biases N(0, s²)) and K inputs uniform in [−1, 1]^d.
 *
 * Part of the numeric core: C11 + libm only.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include "rs-network.h"

#define RS_BORN_DEAD_MAX_DEPTH  (RS_MAX_LAYERS - 2) /* hidden layers of a network we allow */
#define RS_BORN_DEAD_MAX_INPUTS 10000
#define RS_BORN_DEAD_MAX_TRIALS 100000000LL

typedef struct
{
  int width;        /* N, units per hidden layer, 1 … RS_MAX_UNITS */
  int depth;        /* H, hidden layers, 1 … RS_BORN_DEAD_MAX_DEPTH */
  int input_dim;    /* d, 1 … RS_MAX_UNITS */
  int n_inputs;     /* K, random inputs per network, 1 … RS_BORN_DEAD_MAX_INPUTS */
  double bias_std;  /* s ≥ 0: biases are N(0, s²); 0 means every bias is exactly 0 */
  uint64_t seed;    /* the whole experiment is one RsRng stream from this seed */
  long long trials; /* T, networks drawn, 1 … RS_BORN_DEAD_MAX_TRIALS */
} RsBornDeadSpec;

typedef struct
{
  long long trials;    /* T */
  long long born_dead; /* how many of them were born dead */
  double fraction;     /* p = born_dead / T */
  double std_error;    /* √(p (1 − p) / T) */
  double formula;      /* 1 − (1 − 2⁻ᴺ)ᴴ, exact for K = 1 with s = 0 */
} RsBornDeadResult;

/* N 3, H 4, d 2, K 1, s 0, seed 1, T 10000. */
RsBornDeadSpec rs_born_dead_spec_default (void);

/* True when every field is inside the limits above (and bias_std is finite). */
bool rs_born_dead_spec_is_valid (const RsBornDeadSpec *spec);

/* 1 − (1 − 2⁻ᴺ)ᴴ, computed without cancellation for large N. */
double rs_born_dead_formula (int width, int depth);

/* Draws spec->trials networks and counts the born-dead ones. Per trial the stream is used in
 * this order: the K inputs (d uniforms each), then layer by layer the weights row by row and,
 * when s > 0, the N biases (normals drawn in Box–Muller pairs). With s = 0 a trial stops
 * drawing as soon as a layer is all zero at every input, since it stays zero from there on.
 * The output layer is never drawn: it cannot change whether the last hidden layer is zero.
 * Returns false (and leaves *result alone) for an invalid spec or when memory runs out. */
bool rs_born_dead_run (const RsBornDeadSpec *spec, RsBornDeadResult *result);
