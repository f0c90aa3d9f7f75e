/* test-kernels.c — the product that leaves A's zeros out, against the plain sum. */
#include <glib.h>
#include <math.h>
#include <stdlib.h>

#include "core/rs-kernels-sparse.h"
#include "core/rs-kernels.h"
#include "core/rs-rng.h"

/* A (M × P) with about `fill` of its entries nonzero, every other one exactly 0 or −0;
 * row 0 is all zeros, like the δ of a unit that is off on every example. */
static double *
random_sparse (RsRng *rng, int M, int P, double fill)
{
  double *a = g_new (double, (gsize) M * P);
  for (int i = 0; i < M * P; i++)
    {
      double u = rs_rng_uniform_range (rng, 0, 1);
      a[i] = u < fill && i >= P ? rs_rng_uniform_range (rng, -1, 1) : (i % 2 ? -0.0 : 0.0);
    }
  return a;
}

/* C := beta·C + alpha·A·B through the sparse kernel with A read transposed (as the gradient
 * product reads δ), against the plain sum: within 1e-14 of Σ|alpha·a·b|, columns past N
 * untouched, and a zero row of A giving exactly 0.0 over C := A·B. */
static void
check_product (int M, int N, int P, double fill, double beta, guint64 seed)
{
  RsRng rng;
  rs_rng_seed (&rng, seed);
  double alpha = 0.25;
  double *a = random_sparse (&rng, M, P, fill);
  double *at = g_new (double, (gsize) M * P); /* Aᵀ, P × M, as δ is m × s */
  for (int i = 0; i < M; i++)
    for (int p = 0; p < P; p++)
      at[p * M + i] = a[i * P + p];
  double *b = g_new (double, (gsize) P * N);
  for (int i = 0; i < P * N; i++)
    b[i] = rs_rng_uniform_range (&rng, -1, 1);
  double *packed = aligned_alloc (64, (rs_kernel_packed_size (P, N) * sizeof (double) + 63)
                                        / 64 * 64);
  rs_kernel_pack_b (P, N, b, N, 1, packed);

  long ldc = N + 3;
  double *c = g_new (double, (gsize) M * ldc), *start = g_new (double, (gsize) M * ldc);
  for (int i = 0; i < M * ldc; i++)
    start[i] = c[i] = beta != 0 ? rs_rng_uniform_range (&rng, -1, 1) : NAN;

  RsSparseRows *sparse = rs_sparse_rows_new (M + 2, P + 5);
  long nonzero = rs_sparse_rows_gather (sparse, M, P, at, 1, M);
  long expected_nonzero = 0;
  for (int i = 0; i < M * P; i++)
    expected_nonzero += a[i] != 0;
  g_assert_cmpint (nonzero, ==, expected_nonzero);
  rs_kernel_gemm_sparse_packed (sparse, N, alpha, packed, beta, c, ldc);

  for (int i = 0; i < M; i++)
    {
      for (int n = 0; n < N; n++)
        {
          double sum = 0, scale = 0;
          for (int p = 0; p < P; p++)
            {
              sum += a[i * P + p] * b[p * N + n];
              scale += fabs (alpha * a[i * P + p] * b[p * N + n]);
            }
          double expected = alpha * sum + (beta != 0 ? start[i * ldc + n] : 0.0);
          g_assert_cmpfloat (fabs (c[i * ldc + n] - expected), <=, 1e-14 * (scale + 1e-300));
          if (i == 0 && beta == 0)
            g_assert_true (c[n] == 0.0 && !signbit (c[n]));
        }
      for (long n = N; n < ldc; n++)
        g_assert_cmpmem (&c[i * ldc + n], sizeof (double), &start[i * ldc + n], sizeof (double));
    }
  rs_sparse_rows_free (sparse);
  free (packed);
  g_free (a);
  g_free (at);
  g_free (b);
  g_free (c);
  g_free (start);
}

/* Widths that fill the kernel's blocks of 48 columns exactly, partly and with a partial
 * panel; depths within one 64-bit mask word, exactly one, and over several. */
static void
test_sparse_product_equals_sum (void)
{
  static const int rows[] = { 1, 3, 8, 13 };
  static const int depths[] = { 1, 5, 64, 65, 130 };
  static const int widths[] = { 1, 7, 8, 9, 16, 24, 33, 41, 47, 48, 49, 57, 64, 95, 100 };
  static const double fills[] = { 0.0, 0.1, 0.5, 1.0 };
  guint64 seed = 1;
  for (unsigned r = 0; r < G_N_ELEMENTS (rows); r++)
    for (unsigned d = 0; d < G_N_ELEMENTS (depths); d++)
      for (unsigned w = 0; w < G_N_ELEMENTS (widths); w++)
        for (unsigned f = 0; f < G_N_ELEMENTS (fills); f++)
          for (int beta = 0; beta <= 1; beta++)
            check_product (rows[r], widths[w], depths[d], fills[f], beta, seed++);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/kernels/sparse-product", test_sparse_product_equals_sum);
  return g_test_run ();
}
