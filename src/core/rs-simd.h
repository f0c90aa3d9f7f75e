/* rs-simd.h — the vector types and helpers shared by the fast kernels.
 *
 * GCC's generic vectors, which clang takes too: in a function compiled for AVX2 (see
 * rs-kernels.h) a v4d (four doubles) or v4l (four 64-bit masks, what comparing two v4d
 * gives) is one ymm register; in the baseline it becomes an SSE2 pair. Loads and stores go through memcpy so
 * that no alignment is assumed.
 */
#pragma once

#include <stdbool.h>
#include <string.h>

/* The always-inlined helpers pass vectors by value; in the baseline clone GCC warns that this
 * ABI differs without AVX, which cannot matter for calls that are all inlined. */
#pragma GCC diagnostic ignored "-Wpsabi"

typedef double v4d __attribute__ ((vector_size (32), aligned (8)));
typedef long long v4l __attribute__ ((vector_size (32), aligned (8)));

#define RS_INLINE static inline __attribute__ ((always_inline))

/* shuffle4(a, b, i0, i1, i2, i3): lanes i0 … i3 of the eight lanes of a then b (0–3 from a,
 * 4–7 from b). GCC and clang spell this builtin differently; both compile it to one or two
 * vector instructions. */
#if defined(__clang__)
#define shuffle4(a, b, i0, i1, i2, i3) __builtin_shufflevector ((a), (b), i0, i1, i2, i3)
#else
#define shuffle4(a, b, i0, i1, i2, i3) \
  __builtin_shuffle ((a), (b), (v4l){ i0, i1, i2, i3 })
#endif

/* A v4d with x in every lane. Written as a macro, because in code compiled for AVX2 a helper
 * function compiled for the baseline and inlined makes GCC build the splat from two 128-bit
 * halves (vmovddup + vinsertf128, two instructions in the hottest loops) instead of one
 * vbroadcastsd. */
#define splat4(x) ((v4d){ (x), (x), (x), (x) })

/* The baseline (SSE2) has the opposite problem: there the macro's 32-byte vector is built in
 * memory, eight bytes at a time, and read back, while the helper function builds its two
 * halves in registers. Code compiled both ways (rs-kernels.c) picks with `wide`, a constant
 * in each compiled form. */
RS_INLINE v4d
splat4_halves (double x)
{
  return (v4d){ x, x, x, x };
}
#define splat(wide, x) ((wide) ? splat4 (x) : splat4_halves (x))

RS_INLINE v4d
load4 (const double *p)
{
  v4d v;
  memcpy (&v, p, sizeof v);
  return v;
}

RS_INLINE void
store4 (double *p, v4d v)
{
  memcpy (p, &v, sizeof v);
}

/* The end of a product's tile: c[0 … width) = lo, hi (eight values, already scaled by α)
 * plus c itself when beta ≠ 0 (accumulate) — two vector stores for a whole panel of eight,
 * a buffer for a narrower one at the matrix's edge, so nothing past `width` is touched. */
RS_INLINE void
store8_tile (double *c, v4d lo, v4d hi, double beta, int width)
{
  if (width == 8)
    {
      if (beta != 0)
        {
          lo += load4 (c);
          hi += load4 (c + 4);
        }
      store4 (c, lo);
      store4 (c + 4, hi);
      return;
    }
  double out[8];
  store4 (out, lo);
  store4 (out + 4, hi);
  for (int n = 0; n < width; n++)
    c[n] = out[n] + (beta != 0 ? c[n] : 0.0);
}

