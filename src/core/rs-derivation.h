/* rs-derivation.h — the chain rule of one gradient ∂J/∂Θ⁽ˡ⁾ⱼₖ as structured data.
 *
 * Every factor with its value, so the app's inspector and the CLI format the same truth:
 *
 *   ∂J/∂Θ⁽ˡ⁾ⱼₖ = δ⁽ˡ⁾ⱼ · a⁽ˡ⁻¹⁾ₖ                     (a₀ = 1 for the bias)
 *   output layer (l = L):  δ⁽ᴸ⁾ⱼ = (aⱼ − yⱼ) · g′(zⱼ)
 *   hidden layer (l < L):  δ⁽ˡ⁾ⱼ = (Σᵢ Θ⁽ˡ⁺¹⁾ᵢⱼ δ⁽ˡ⁺¹⁾ᵢ) · g′(z⁽ˡ⁾ⱼ)
 */
#pragma once

#include <stdbool.h>

#include "rs-activation.h"
#include "rs-data.h"
#include "rs-network.h"

/* One term Θ⁽ˡ⁺¹⁾ᵢⱼ δ⁽ˡ⁺¹⁾ᵢ of the sum over the next layer, with how δ⁽ˡ⁺¹⁾ᵢ came about. */
typedef struct
{
  double theta;    /* Θ⁽ˡ⁺¹⁾ᵢⱼ */
  double delta;    /* δ⁽ˡ⁺¹⁾ᵢ */
  double z;        /* z⁽ˡ⁺¹⁾ᵢ */
  double gprime;   /* g′(z⁽ˡ⁺¹⁾ᵢ) */
  double upstream; /* what δ⁽ˡ⁺¹⁾ᵢ multiplies g′ with: (aᵢ − yᵢ) when l + 1 = L, else the
                      sum over layer l + 2 */
  double a;        /* a⁽ˡ⁺¹⁾ᵢ */
  double y;        /* yᵢ when l + 1 = L, else 0 */
} RsDerivationTerm;

typedef struct
{
  /* Which gradient. */
  int layer, row, col; /* l (2 … L), j (1 … sₗ), k (0 … sₗ₋₁; 0 is the bias) */
  int n_layers;        /* L */
  int example;         /* the example t (0-based) the factors are of */
  int n_examples;      /* m */

  /* The weight. */
  double theta;                 /* Θ⁽ˡ⁾ⱼₖ */
  RsActivation activation;      /* gₗ */
  RsActivation next_activation; /* gₗ₊₁ when l < L */
  RsActivationParams act_params;

  /* The factors on example t. */
  double a_prev; /* a⁽ˡ⁻¹⁾ₖ, 1 for the bias */
  double z;      /* z⁽ˡ⁾ⱼ */
  double a;      /* a⁽ˡ⁾ⱼ */
  double y;      /* yⱼ when l = L */
  double gprime; /* g′(z⁽ˡ⁾ⱼ) */
  RsBranch branch;
  double upstream;         /* l = L: aⱼ − yⱼ; l < L: Σᵢ Θ⁽ˡ⁺¹⁾ᵢⱼ δ⁽ˡ⁺¹⁾ᵢ */
  int n_terms;             /* sₗ₊₁ when l < L, else 0 */
  RsDerivationTerm *terms; /* n_terms, owned */
  double delta;            /* δ⁽ˡ⁾ⱼ = upstream · gprime */
  double grad_example;     /* δ⁽ˡ⁾ⱼ · a⁽ˡ⁻¹⁾ₖ on example t */

  /* Over all examples. */
  double *grad_per_example; /* n_examples values δ⁽ˡ⁾ⱼ a⁽ˡ⁻¹⁾ₖ, owned */
  double grad_mean;         /* ∂J/∂Θ⁽ˡ⁾ⱼₖ, the mean of them: what a batch step uses */
  int n_active;             /* on how many examples g′(z⁽ˡ⁾ⱼ) ≠ 0 */
  bool dead;                /* n_active == 0 */
} RsDerivation;

/* Derives ∂J/∂Θ⁽ˡ⁾ⱼₖ on example t of `data` (0 ≤ t < m) and as the mean over all examples.
 * Returns NULL when (l, j, k) or t is out of range, the data does not fit the network, or
 * memory runs out. Free with rs_derivation_free(). */
RsDerivation *rs_derivation_new (const RsNetwork *net, const RsData *data, int l, int j, int k,
                                 int t);
void rs_derivation_free (RsDerivation *derivation);
