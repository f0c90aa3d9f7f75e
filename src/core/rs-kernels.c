/* rs-kernels.c — a register-tiled matrix product.
 *
 * The micro-kernel keeps a 6 × 8 block of C in twelve 4-wide accumulators and, for each p,
 * loads one 8-wide row of a packed panel of B and broadcasts six values of A: 48
 * multiply-adds per 8 loads, so the FMA units rather than the loads set the pace (with
 * AVX-512's 32 registers, an 8 × 8 block: see MR_WIDE). Rows left
 * over at the bottom go through narrower forms of the same loop; columns left over at the
 * right go through the same loop with a zero-padded panel. Tiny products never reach this
 * code (see SMALL_PRODUCT in rs-propagate.c).
 */
#include "rs-kernels.h"

#include "rs-simd.h"

#define MR 6
/* With AVX-512 there are 32 vector registers instead of 16, enough for blocks of 8 rows (16
 * accumulators): fewer blocks, so less set-up and write-out per product, and each value of
 * B loaded once per 8 rows. (12 rows would fit the vector registers, but their addresses
 * then take more general registers than there are, and GCC spills an accumulator.) */
#define MR_WIDE 8
#define NR RS_KERNEL_PANEL

/* R rows × 8 columns of C from a packed panel of B (8 values per p, contiguous). R is a
 * constant at every call site, so after inlining the loops over r unroll and the 2R
 * accumulators live in registers. Only the first `width` columns are stored: a panel at the
 * right edge is padded with zeros, and its extra columns are computed but not written. */
RS_INLINE void
block_rx8 (const bool wide, const int R, int width, int P, double alpha, const double *a, long a_row,
           long a_col, const double *panel, double beta, double *c, long ldc)
{
  v4d acc[MR_WIDE][2];
  for (int r = 0; r < R; r++)
    acc[r][0] = acc[r][1] = splat (wide, 0.0);
  for (int p = 0; p < P; p++)
    {
      v4d b0 = load4 (panel + p * NR), b1 = load4 (panel + p * NR + 4);
      const double *ap = a + p * a_col;
      for (int r = 0; r < R; r++)
        {
          v4d ar = splat (wide, ap[r * a_row]);
          acc[r][0] += ar * b0;
          acc[r][1] += ar * b1;
        }
    }
  v4d va = splat (wide, alpha);
  for (int r = 0; r < R; r++)
    {
      store8_tile (c + r * ldc, acc[r][0] * va, acc[r][1] * va, beta, width);
    }
}

/* One panel, all rows: mr (MR_WIDE or MR) at a time, then 6, 4, 2, 1. */
RS_INLINE void
panel_rows (const bool wide, const int mr, int M, int width, int P, double alpha,
            const double *a, long a_row, long a_col, const double *panel, double beta, double *c,
            long ldc)
{
  int i0 = 0;
  for (; i0 + mr <= M; i0 += mr)
    block_rx8 (wide, mr, width, P, alpha, a + i0 * a_row, a_row, a_col, panel, beta,
               c + i0 * ldc, ldc);
  if (mr > MR && i0 + MR <= M)
    {
      block_rx8 (wide, MR, width, P, alpha, a + i0 * a_row, a_row, a_col, panel, beta,
                 c + i0 * ldc, ldc);
      i0 += MR;
    }
  if (i0 + 4 <= M)
    {
      block_rx8 (wide, 4, width, P, alpha, a + i0 * a_row, a_row, a_col, panel, beta,
                 c + i0 * ldc, ldc);
      i0 += 4;
    }
  if (i0 + 2 <= M)
    {
      block_rx8 (wide, 2, width, P, alpha, a + i0 * a_row, a_row, a_col, panel, beta,
                 c + i0 * ldc, ldc);
      i0 += 2;
    }
  if (i0 < M)
    block_rx8 (wide, 1, width, P, alpha, a + i0 * a_row, a_row, a_col, panel, beta,
               c + i0 * ldc, ldc);
}

/* Products over at most KC terms: one KC × 8 panel of B (16 KiB) stays in the L1 cache
 * while every row of A passes over it. */
#define KC 256

/* out[i] = column i of the 4 × 4 matrix with rows r0 … r3. */
RS_INLINE void
transpose4 (v4d r0, v4d r1, v4d r2, v4d r3, v4d out[4])
{
  v4d t0 = shuffle4 (r0, r1, 0, 4, 2, 6);
  v4d t1 = shuffle4 (r0, r1, 1, 5, 3, 7);
  v4d t2 = shuffle4 (r2, r3, 0, 4, 2, 6);
  v4d t3 = shuffle4 (r2, r3, 1, 5, 3, 7);
  out[0] = shuffle4 (t0, t2, 0, 1, 4, 5);
  out[1] = shuffle4 (t1, t3, 0, 1, 4, 5);
  out[2] = shuffle4 (t0, t2, 2, 3, 6, 7);
  out[3] = shuffle4 (t1, t3, 2, 3, 6, 7);
}

/* Copies B(p, n0 … n0+width) for p < kc into panel rows of 8, zero-padded. Copying first
 * costs one pass over B but pays for itself: the kernel then reads 64 contiguous bytes per
 * p instead of rows spread over memory, which would fall into the same few L1 cache sets
 * whenever B's rows are a multiple of 1 KiB apart; and B may be a transpose (b_row = 1), as
 * Θ is in the forward pass, without a separate transposing pass. */
RS_INLINE void
pack_panel (int kc, int width, const double *b, long b_row, long b_col, double *panel)
{
  if (b_col == 1 && width == NR)
    for (int p = 0; p < kc; p++)
      {
        store4 (panel + p * NR, load4 (b + p * b_row));
        store4 (panel + p * NR + 4, load4 (b + p * b_row + 4));
      }
  else if (b_col == 1)
    for (int p = 0; p < kc; p++)
      for (int n = 0; n < NR; n++)
        panel[p * NR + n] = n < width ? b[p * b_row + n] : 0.0;
  else
    {
      int p = 0;
      if (b_row == 1 && width == NR)
        /* B is a transpose with contiguous columns (Θ in the forward pass): four values down
         * each of the 8 columns, turned into four panel rows by two 4 × 4 transposes in
         * registers, instead of one scattered store per value */
        for (; p + 4 <= kc; p += 4)
          for (int half = 0; half < 2; half++)
            {
              const double *col = b + p + 4 * half * b_col;
              v4d out[4];
              transpose4 (load4 (col), load4 (col + b_col), load4 (col + 2 * b_col),
                          load4 (col + 3 * b_col), out);
              for (int q = 0; q < 4; q++)
                store4 (panel + (p + q) * NR + 4 * half, out[q]);
            }
      for (int n = 0; n < NR; n++)
        for (int q = p; q < kc; q++)
          panel[q * NR + n] = n < width ? b[q * b_row + n * b_col] : 0.0;
    }
}

/* Chunk p0 (kc terms) of a product whose B was packed ahead (rs_kernel_pack_b()). Nothing is
 * copied per panel here, so the loops turn round: each block of mr rows of A stays in the L1
 * cache while all the panels pass under it, instead of A's rows being fetched again for
 * every panel; the panels are read front to back, which the prefetcher follows. */
RS_INLINE void
blocks_over_panels (const bool wide, const int mr, int M, int N, int P, int p0, int kc,
                    double alpha, const double *a, long a_row, long a_col, const double *packed,
                    double beta, double *c, long ldc)
{
  int i0 = 0;
  for (; i0 + mr <= M; i0 += mr)
    for (int n0 = 0; n0 < N; n0 += NR)
      block_rx8 (wide, mr, N - n0 < NR ? N - n0 : NR, kc, alpha, a + i0 * a_row, a_row, a_col,
                 packed + (long) n0 * P + (long) p0 * NR, beta, c + i0 * ldc + n0, ldc);
  if (i0 < M) /* the rows left over, panel by panel in narrower blocks */
    for (int n0 = 0; n0 < N; n0 += NR)
      panel_rows (wide, mr, M - i0, N - n0 < NR ? N - n0 : NR, kc, alpha, a + i0 * a_row,
                  a_row, a_col, packed + (long) n0 * P + (long) p0 * NR, beta,
                  c + i0 * ldc + n0, ldc);
}

/* With `packed` (from rs_kernel_pack_b()) the panels are read from there instead of being
 * packed from b (see blocks_over_panels()). */
RS_INLINE void
gemm (const bool wide, const int mr, int M, int N, int P, double alpha, const double *a,
      long a_row, long a_col, const double *b, long b_row, long b_col, const double *packed,
      double beta, double *c, long ldc)
{
  if (P == 0)
    {
      for (int i = 0; i < M; i++)
        for (int n = 0; n < N; n++)
          c[i * ldc + n] = beta != 0 ? c[i * ldc + n] : 0.0;
      return;
    }
  double panel[KC * NR] __attribute__ ((aligned (64)));
  for (int p0 = 0; p0 < P; p0 += KC)
    {
      int kc = P - p0 < KC ? P - p0 : KC;
      /* Later chunks add to what the first one wrote. */
      double chunk_beta = p0 == 0 ? beta : 1.0;
      const double *ak = a + p0 * a_col, *bk = packed == NULL ? b + p0 * b_row : NULL;
      if (packed != NULL)
        {
          blocks_over_panels (wide, mr, M, N, P, p0, kc, alpha, ak, a_row, a_col, packed,
                              chunk_beta, c, ldc);
          continue;
        }
      for (int n0 = 0; n0 < N; n0 += NR)
        {
          int width = N - n0 < NR ? N - n0 : NR;
          pack_panel (kc, width, bk + n0 * b_col, b_row, b_col, panel);
          panel_rows (wide, mr, M, width, kc, alpha, ak, a_row, a_col, panel, chunk_beta,
                      c + n0, ldc);
        }
    }
}

/* The product compiled three times: with AVX-512's registers, with AVX2 + FMA, and for the
 * baseline (see rs_kernel_level()). */
#ifdef RS_RUNTIME_DISPATCH
__attribute__ ((target ("avx2,fma"))) static void
gemm_avx2 (int M, int N, int P, double alpha, const double *a, long a_row, long a_col,
           const double *b, long b_row, long b_col, const double *packed, double beta,
           double *c, long ldc)
{
  gemm (true, MR, M, N, P, alpha, a, a_row, a_col, b, b_row, b_col, packed, beta, c, ldc);
}

/* The same 4-wide vectors, but with AVX-512's 32 registers: blocks of MR_WIDE rows. */
__attribute__ ((target ("avx2,fma,avx512f,avx512vl"))) static void
gemm_avx512 (int M, int N, int P, double alpha, const double *a, long a_row, long a_col,
             const double *b, long b_row, long b_col, const double *packed, double beta,
             double *c, long ldc)
{
  gemm (true, MR_WIDE, M, N, P, alpha, a, a_row, a_col, b, b_row, b_col, packed, beta, c, ldc);
}
#endif

RsKernelLevel
rs_kernel_level (void)
{
#ifdef RS_RUNTIME_DISPATCH
  if (__builtin_cpu_supports ("avx2") && __builtin_cpu_supports ("fma"))
    return __builtin_cpu_supports ("avx512f") && __builtin_cpu_supports ("avx512vl")
             ? RS_KERNEL_AVX512
             : RS_KERNEL_AVX2;
#endif
  return RS_KERNEL_BASELINE;
}

static void
gemm_dispatch (int M, int N, int P, double alpha, const double *a, long a_row, long a_col,
               const double *b, long b_row, long b_col, const double *packed, double beta,
               double *c, long ldc)
{
  switch (rs_kernel_level ())
    {
#ifdef RS_RUNTIME_DISPATCH
    case RS_KERNEL_AVX512:
      gemm_avx512 (M, N, P, alpha, a, a_row, a_col, b, b_row, b_col, packed, beta, c, ldc);
      return;
    case RS_KERNEL_AVX2:
      gemm_avx2 (M, N, P, alpha, a, a_row, a_col, b, b_row, b_col, packed, beta, c, ldc);
      return;
#endif
    default:
      gemm (false, MR, M, N, P, alpha, a, a_row, a_col, b, b_row, b_col, packed, beta, c, ldc);
    }
}

void
rs_kernel_gemm (int M, int N, int P, double alpha, const double *a, long a_row, long a_col,
                const double *b, long b_row, long b_col, double beta, double *c, long ldc)
{
  gemm_dispatch (M, N, P, alpha, a, a_row, a_col, b, b_row, b_col, NULL, beta, c, ldc);
}

size_t
rs_kernel_packed_size (int P, int N)
{
  return (size_t) P * (size_t) ((N + NR - 1) / NR * NR);
}

RS_CLONES
void
rs_kernel_pack_b (int P, int N, const double *b, long b_row, long b_col, double *packed)
{
  for (int n0 = 0; n0 < N; n0 += NR)
    {
      int width = N - n0 < NR ? N - n0 : NR;
      pack_panel (P, width, b + n0 * b_col, b_row, b_col, packed + (long) n0 * P);
    }
}

void
rs_kernel_gemm_packed (int M, int N, int P, double alpha, const double *a, long a_row,
                       long a_col, const double *packed_b, double beta, double *c, long ldc)
{
  gemm_dispatch (M, N, P, alpha, a, a_row, a_col, NULL, 0, 0, packed_b, beta, c, ldc);
}
