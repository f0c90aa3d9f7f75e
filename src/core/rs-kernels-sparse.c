/* rs-kernels-sparse.c — the product with A's zeros left out.
 *
 * One row of C at a time, over a block of QB panels of B (QB · 8 columns): 2·QB 4-wide
 * accumulators, and for each nonzero A(i, p) one broadcast and 2·QB loads of B's row p. With
 * no row of A to share B's loads with, this does about one load per multiply-add where the
 * dense kernel does less than one per two, but it only visits the nonzero entries. The block
 * of B (QB · 8 columns × 64 rows, 24 KiB) stays in the L1 cache while every row of A passes
 * over it; A (its masks and rows) is read once per block. Of blocks of 4 to 7 panels, 6 was
 * the fastest (784-128-10, batch 64: 156 µs, 166 µs with 4).
 */
#include "rs-kernels-sparse.h"

#include <stdlib.h>

#include "rs-kernels.h"
#include "rs-simd.h"

#define PANEL RS_KERNEL_PANEL
#define QB 6

RsSparseRows *
rs_sparse_rows_new (int max_rows, int max_depth)
{
  RsSparseRows *sparse = calloc (1, sizeof *sparse);
  if (sparse == NULL)
    return NULL;
  int words = (max_depth + 63) / 64;
  sparse->max_rows = max_rows;
  sparse->max_depth = max_depth;
  sparse->mask = malloc ((size_t) max_rows * words * sizeof (uint64_t));
  sparse->values = malloc ((size_t) max_rows * max_depth * sizeof (double));
  if (sparse->mask == NULL || sparse->values == NULL)
    {
      rs_sparse_rows_free (sparse);
      return NULL;
    }
  return sparse;
}

void
rs_sparse_rows_free (RsSparseRows *sparse)
{
  if (sparse == NULL)
    return;
  free (sparse->mask);
  free (sparse->values);
  free (sparse);
}

/* Rows i0 … i0 + R − 1 of A over the examples of word w, R a constant at the call site: with
 * a_row = 1 (δ read as Dᵀ) the R values of one p share a cache line. */
RS_INLINE void
gather_rows (const int R, RsSparseRows *sparse, int i0, int w, const double *a, long a_row,
             long a_col)
{
  int P = sparse->depth, p0 = 64 * w, p_end = P - p0 < 64 ? P : p0 + 64;
  uint64_t bits[4] = { 0 };
  double *values = sparse->values + (long) i0 * P;
  for (int p = p0; p < p_end; p++)
    for (int r = 0; r < R; r++)
      {
        double v = a[(i0 + r) * a_row + p * a_col];
        values[(long) r * P + p] = v;
        bits[r] |= (uint64_t) (v != 0) << (p - p0);
      }
  for (int r = 0; r < R; r++)
    sparse->mask[(long) (i0 + r) * sparse->words + w] = bits[r];
}

long
rs_sparse_rows_gather (RsSparseRows *sparse, int M, int P, const double *a, long a_row,
                       long a_col)
{
  sparse->rows = M;
  sparse->depth = P;
  sparse->words = (P + 63) / 64;
  for (int w = 0; w < sparse->words; w++)
    {
      int i0 = 0;
      for (; i0 + 4 <= M; i0 += 4)
        gather_rows (4, sparse, i0, w, a, a_row, a_col);
      for (; i0 < M; i0++)
        gather_rows (1, sparse, i0, w, a, a_row, a_col);
    }
  long count = 0;
  for (long k = 0; k < (long) M * sparse->words; k++)
    count += __builtin_popcountll (sparse->mask[k]);
  return count;
}

/* One row of C over Q panels of B (Q ≤ QB, a constant at every call site, so that the 2Q
 * accumulators live in registers) and the 64 rows of B that one word of the row's mask covers;
 * `width` of the last panel's columns are stored. */
RS_INLINE void
row_over_panels (const bool wide, const int Q, int width, uint64_t mask, const double *values,
                 const double *b, long panel_stride, double alpha, double beta, double *c)
{
  v4d acc[QB][2];
  for (int q = 0; q < Q; q++)
    acc[q][0] = acc[q][1] = splat (wide, 0.0);
  for (uint64_t bits = mask; bits != 0; bits &= bits - 1)
    {
      long t = __builtin_ctzll (bits);
      const double *bp = b + t * PANEL;
      v4d d = splat (wide, values[t]);
      for (int q = 0; q < Q; q++)
        {
          acc[q][0] += d * load4 (bp + q * panel_stride);
          acc[q][1] += d * load4 (bp + q * panel_stride + 4);
        }
    }
  v4d va = splat (wide, alpha);
  for (int q = 0; q < Q; q++)
    {
      store8_tile (c + q * PANEL, acc[q][0] * va, acc[q][1] * va, beta,
                   q < Q - 1 ? PANEL : width);
    }
}

/* Every row of C over the block of Q panels starting at column n0, for the rows of B from
 * 64·w on. */
RS_INLINE void
rows_over_block (const bool wide, const int Q, const RsSparseRows *a, int w, int N, int n0,
                 double alpha, const double *packed_b, double beta, double *c, long ldc)
{
  int P = a->depth, last = n0 + (Q - 1) * PANEL;
  int width = N - last < PANEL ? N - last : PANEL;
  const double *b = packed_b + (long) n0 * P + (long) w * 64 * PANEL;
  for (int i = 0; i < a->rows; i++)
    row_over_panels (wide, Q, width, a->mask[(long) i * a->words + w],
                     a->values + (long) i * P + 64 * w, b, (long) P * PANEL, alpha, beta,
                     c + i * ldc + n0);
}

/* 64 rows of B at a time (one word of every mask), so that a block of QB panels stays in the
 * L1 cache however large P is; later words add to what the first one wrote. The panels left
 * at the right go two at a time, then one. */
RS_INLINE void
gemm_sparse (const bool wide, const RsSparseRows *a, int N, double alpha,
             const double *packed_b, double beta, double *c, long ldc)
{
  for (int w = 0; w < a->words; w++)
    {
      double word_beta = w == 0 ? beta : 1.0;
      int n0 = 0;
      for (; n0 + QB * PANEL <= N; n0 += QB * PANEL)
        rows_over_block (wide, QB, a, w, N, n0, alpha, packed_b, word_beta, c, ldc);
      int left = (N - n0 + PANEL - 1) / PANEL;
      for (; left >= 2; left -= 2, n0 += 2 * PANEL)
        rows_over_block (wide, 2, a, w, N, n0, alpha, packed_b, word_beta, c, ldc);
      if (left == 1)
        rows_over_block (wide, 1, a, w, N, n0, alpha, packed_b, word_beta, c, ldc);
    }
}

/* Compiled for AVX2 + FMA and for the baseline (see rs_kernel_level()). The 2·QB
 * accumulators fit AVX2's 16 registers, and AVX-512's 32 would allow larger blocks of B than
 * the L1 cache holds: no third form. */
#ifdef RS_RUNTIME_DISPATCH
__attribute__ ((target ("avx2,fma"))) static void
gemm_sparse_avx2 (const RsSparseRows *a, int N, double alpha, const double *packed_b,
                  double beta, double *c, long ldc)
{
  gemm_sparse (true, a, N, alpha, packed_b, beta, c, ldc);
}
#endif

void
rs_kernel_gemm_sparse_packed (const RsSparseRows *a, int N, double alpha,
                              const double *packed_b, double beta, double *c, long ldc)
{
#ifdef RS_RUNTIME_DISPATCH
  if (rs_kernel_level () >= RS_KERNEL_AVX2)
    {
      gemm_sparse_avx2 (a, N, alpha, packed_b, beta, c, ldc);
      return;
    }
#endif
  gemm_sparse (false, a, N, alpha, packed_b, beta, c, ldc);
}
