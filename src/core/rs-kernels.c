/* rs-kernels.c — a register-tiled matrix product.
 *
 * The micro-kernel keeps a 6 × 8 block of C in twelve 4-wide accumulators and, for each p,
 * loads one 8-wide row of B and broadcasts six values of A: 48 multiply-adds per 8 loads, so
 * the FMA units rather than the loads set the pace. Rows and columns left over at the edges
 * go through narrower forms of the same loop. Tiny products (the 2-2-2 network) never reach
 * the vector code, so their cost stays a few plain loops.
 */
#include "rs-kernels.h"

#include <string.h>

/* The always-inlined helpers pass 4-wide vectors by value; in the baseline clone GCC warns
 * that this ABI differs without AVX, which cannot matter for calls that are all inlined. */
#pragma GCC diagnostic ignored "-Wpsabi"

typedef double v4d __attribute__ ((vector_size (32), aligned (8)));

#define MR 6
#define NR 8

#define INLINE static inline __attribute__ ((always_inline))

INLINE v4d
load4 (const double *p)
{
  v4d v;
  memcpy (&v, p, sizeof v);
  return v;
}

INLINE void
store4 (double *p, v4d v)
{
  memcpy (p, &v, sizeof v);
}

/* A macro, not an inline function: a helper compiled for the baseline target and inlined
 * into the AVX2 clone makes GCC build the splat from two 128-bit halves (vmovddup +
 * vinsertf128, two instructions in the hottest loop) instead of one vbroadcastsd. */
#define splat4(x) ((v4d){ (x), (x), (x), (x) })

/* R rows × 8 columns of C. R is a constant at every call site, so after inlining the loops
 * over r unroll and the 2R accumulators live in registers. */
INLINE void
block_rx8 (const int R, int P, double alpha, const double *a, long a_row, long a_col,
           const double *b, long ldb, double beta, double *c, long ldc)
{
  v4d acc[MR][2];
  for (int r = 0; r < R; r++)
    acc[r][0] = acc[r][1] = splat4 (0.0);
  for (int p = 0; p < P; p++)
    {
      const double *brow = b + p * ldb;
      v4d b0 = load4 (brow), b1 = load4 (brow + 4);
      const double *ap = a + p * a_col;
      for (int r = 0; r < R; r++)
        {
          v4d ar = splat4 (ap[r * a_row]);
          acc[r][0] += ar * b0;
          acc[r][1] += ar * b1;
        }
    }
  v4d va = splat4 (alpha);
  for (int r = 0; r < R; r++)
    {
      double *crow = c + r * ldc;
      v4d c0 = acc[r][0] * va, c1 = acc[r][1] * va;
      if (beta != 0)
        {
          c0 += load4 (crow);
          c1 += load4 (crow + 4);
        }
      store4 (crow, c0);
      store4 (crow + 4, c1);
    }
}

/* Up to MR rows of C, columns [n0 … n0+4). */
INLINE void
block_rows_x4 (int rows, int P, double alpha, const double *a, long a_row, long a_col,
               const double *b, long ldb, double beta, double *c, long ldc)
{
  v4d acc[MR];
  for (int r = 0; r < MR; r++)
    acc[r] = splat4 (0.0);
  for (int p = 0; p < P; p++)
    {
      v4d bv = load4 (b + p * ldb);
      for (int r = 0; r < rows; r++)
        acc[r] += splat4 (a[r * a_row + p * a_col]) * bv;
    }
  for (int r = 0; r < rows; r++)
    {
      v4d v = acc[r] * splat4 (alpha);
      if (beta != 0)
        v += load4 (c + r * ldc);
      store4 (c + r * ldc, v);
    }
}

/* The plain loop for the last < 4 columns. */
INLINE void
block_scalar (int rows, int cols, int P, double alpha, const double *a, long a_row, long a_col,
              const double *b, long ldb, double beta, double *c, long ldc)
{
  for (int r = 0; r < rows; r++)
    for (int n = 0; n < cols; n++)
      {
        double sum = 0;
        for (int p = 0; p < P; p++)
          sum += a[r * a_row + p * a_col] * b[p * ldb + n];
        double *cell = c + r * ldc + n;
        *cell = alpha * sum + (beta != 0 ? *cell : 0.0);
      }
}

/* One 8-wide column panel, all rows: six at a time, then 4, 2, 1. */
INLINE void
panel_x8 (int M, int P, double alpha, const double *a, long a_row, long a_col, const double *b,
          long ldb, double beta, double *c, long ldc)
{
  int i0 = 0;
  for (; i0 + MR <= M; i0 += MR)
    block_rx8 (MR, P, alpha, a + i0 * a_row, a_row, a_col, b, ldb, beta, c + i0 * ldc, ldc);
  if (i0 + 4 <= M)
    {
      block_rx8 (4, P, alpha, a + i0 * a_row, a_row, a_col, b, ldb, beta, c + i0 * ldc, ldc);
      i0 += 4;
    }
  if (i0 + 2 <= M)
    {
      block_rx8 (2, P, alpha, a + i0 * a_row, a_row, a_col, b, ldb, beta, c + i0 * ldc, ldc);
      i0 += 2;
    }
  if (i0 < M)
    block_rx8 (1, P, alpha, a + i0 * a_row, a_row, a_col, b, ldb, beta, c + i0 * ldc, ldc);
}

/* Products over at most KC terms: one KC × 8 panel of B (16 KiB) stays in the L1 cache
 * while every row of A passes over it. */
#define KC 256

RS_CLONES
void
rs_kernel_gemm (int M, int N, int P, double alpha, const double *a, long a_row, long a_col,
                const double *b, long ldb, double beta, double *c, long ldc)
{
  if (P == 0)
    {
      for (int i = 0; i < M; i++)
        for (int n = 0; n < N; n++)
          c[i * ldc + n] = beta != 0 ? c[i * ldc + n] : 0.0;
      return;
    }
  int n_full = N - N % NR;
  for (int p0 = 0; p0 < P; p0 += KC)
    {
      int kc = P - p0 < KC ? P - p0 : KC;
      /* Later chunks add to what the first one wrote. */
      double chunk_beta = p0 == 0 ? beta : 1.0;
      const double *ak = a + p0 * a_col, *bk = b + p0 * ldb;
      for (int n0 = 0; n0 < n_full; n0 += NR)
        panel_x8 (M, kc, alpha, ak, a_row, a_col, bk + n0, ldb, chunk_beta, c + n0, ldc);

      int n0 = n_full;
      if (N - n0 >= 4)
        {
          for (int i0 = 0; i0 < M; i0 += MR)
            {
              int rows = M - i0 < MR ? M - i0 : MR;
              block_rows_x4 (rows, kc, alpha, ak + i0 * a_row, a_row, a_col, bk + n0, ldb,
                             chunk_beta, c + i0 * ldc + n0, ldc);
            }
          n0 += 4;
        }
      if (n0 < N)
        block_scalar (M, N - n0, kc, alpha, ak, a_row, a_col, bk + n0, ldb, chunk_beta,
                      c + n0, ldc);
    }
}
