/* rs-kernels-sparse.h — the product C = A·B when many entries of A are exactly zero.
 *
 * Behind ReLU units about half of δ is exactly 0 (every example on which a unit is off), so
 * the gradient product ∂W = (1/m) Dᵀ X spends about half of its multiply-adds on zeros. Here
 * A is first gathered row by row with a bit mask of where its nonzero entries are, and each
 * row of C is then summed over those rows of B only. Leaving out terms that are exactly 0·b
 * changes no sum (as long as B is finite: the training inputs are), so the result is the
 * dense product's up to the order of the additions.
 */
#pragma once

#include <stdint.h>

/* A row by row, with where its nonzero entries are. */
typedef struct
{
  int rows, depth;  /* M × P as last gathered */
  int words;        /* ⌈P / 64⌉: the 64-bit words of one row's mask */
  int max_rows, max_depth;
  uint64_t *mask;   /* rows × words: bit p % 64 of word p / 64 set when A(i, p) ≠ 0 */
  double *values;   /* rows × depth: A itself, row-major (only the entries the mask marks
                       are read) */
} RsSparseRows;

/* Room for A of up to max_rows × max_depth. NULL when memory runs out. */
RsSparseRows *rs_sparse_rows_new (int max_rows, int max_depth);
void rs_sparse_rows_free (RsSparseRows *sparse);

/* Gathers A(i, p) = a[i·a_row + p·a_col] (M × P, within the maximum). Returns the number of
 * nonzero entries (NaN counts as nonzero). */
long rs_sparse_rows_gather (RsSparseRows *sparse, int M, int P, const double *a, long a_row,
                            long a_col);

/* C := beta·C + alpha · A·B (beta 0 or 1), A as gathered (M × P) and B (P × N) packed by
 * rs_kernel_pack_b (P, N, …); C(i, n) = c[i·ldc + n]. */
void rs_kernel_gemm_sparse_packed (const RsSparseRows *a, int N, double alpha,
                                   const double *packed_b, double beta, double *c, long ldc);
