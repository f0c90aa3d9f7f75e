/* rs-packed-inputs.h — training inputs packed once for the products of many steps.
 *
 * The inputs a⁽¹⁾ = X are the same on every batch step, and both products of a step that
 * read them (forward Z⁽²⁾ᵀ = W⁽²⁾ Xᵀ, gradient ∂W⁽²⁾ = (1/m) D⁽²⁾ᵀ X) take them as the
 * operand the kernel copies into panels (rs_kernel_pack_b()). Packing them once instead of
 * on every step saves two passes over X per step. The packed copies take about twice the
 * memory of X; whoever holds them makes them again when X changes.
 */
#pragma once

typedef struct
{
  const double *x;     /* what was packed: m × n, row-major (not owned) */
  int m, n;
  double *by_example;  /* Xᵀ as B (n × m): panels of 8 examples, for the forward product */
  double *by_input;    /* X as B (m × n): panels of 8 inputs, for the gradient product */
} RsPackedInputs;

/* Packs m examples of n inputs. NULL when memory runs out. */
RsPackedInputs *rs_packed_inputs_new (const double *x, int m, int n);

void rs_packed_inputs_free (RsPackedInputs *packed);
