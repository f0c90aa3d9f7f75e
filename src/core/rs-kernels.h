/* rs-kernels.h — the dense kernels behind the batched forward and backward passes.
 *
 * One register-tiled matrix product serves all three products of a step (see
 * rs-propagate.c). The vector width is chosen at run time: on x86-64 the code is compiled
 * for AVX-512, AVX2 + FMA and the baseline, and the form the CPU runs is picked, so a
 * portable build is still fast.
 */
#pragma once

#include <stdbool.h>
#include <stddef.h>

/* The kernels below are compiled once per vector width and picked at run time (GCC and
 * clang both take `target` attributes and __builtin_cpu_supports). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(RS_NO_CLONES)
#define RS_RUNTIME_DISPATCH 1
#endif

/* Compile a function for AVX2 + FMA and for the baseline, picked when the program loads.
 * GCC only: clang 14 emits the clones of an exported function but not the symbol that picks
 * one, so there the element-wise loops run in the baseline form (the products, where the time
 * goes, still dispatch through rs_kernel_level()). */
#if defined(RS_RUNTIME_DISPATCH) && !defined(__clang__)
#define RS_CLONES __attribute__ ((target_clones ("arch=x86-64-v3", "default")))
#else
#define RS_CLONES
#endif

/* The widest compiled form of the kernels that the CPU running the program can take. The
 * kernels are compiled once per form with `target` attributes rather than through RS_CLONES:
 * the forms differ in more than the instructions (see splat() in rs-simd.h, MR_WIDE in
 * rs-kernels.c), and a target_clones function cannot tell which clone it is. */
typedef enum
{
  RS_KERNEL_BASELINE,
  RS_KERNEL_AVX2,   /* AVX2 + FMA */
  RS_KERNEL_AVX512, /* also AVX-512F and VL: 32 vector registers */
} RsKernelLevel;

RsKernelLevel rs_kernel_level (void);

/* C := beta·C + alpha · A·B, where
 *   A(i, p) = a[i·a_row + p·a_col]   (M × P)
 *   B(p, n) = b[p·b_row + n·b_col]   (P × N)
 *   C(i, n) = c[i·ldc + n]           (M × N, rows contiguous)
 * Any strides: either operand may be a transpose for free. beta is 0 (overwrite; C is not
 * read) or 1 (accumulate). */
void rs_kernel_gemm (int M, int N, int P, double alpha, const double *a, long a_row, long a_col,
                     const double *b, long b_row, long b_col, double beta, double *c, long ldc);

/* B packed the way the product reads it, for a B used by many products (the training
 * inputs): panels of RS_KERNEL_PANEL columns, each P rows of RS_KERNEL_PANEL values, the last
 * panel zero-padded. rs_kernel_packed_size() doubles. */
#define RS_KERNEL_PANEL 8
size_t rs_kernel_packed_size (int P, int N);
void rs_kernel_pack_b (int P, int N, const double *b, long b_row, long b_col, double *packed);

/* rs_kernel_gemm() with B given packed by rs_kernel_pack_b (P, N, …). */
void rs_kernel_gemm_packed (int M, int N, int P, double alpha, const double *a, long a_row,
                            long a_col, const double *packed_b, double beta, double *c,
                            long ldc);
