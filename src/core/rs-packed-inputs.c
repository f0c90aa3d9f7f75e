/* rs-packed-inputs.c — the two packed copies of the training inputs. */
#include "rs-packed-inputs.h"

#include <stdlib.h>

#include "rs-kernels.h"

/* Room for n doubles starting on a cache line: the kernels read the panels 32 bytes at a
 * time, and from malloc's 16-byte alignment every other such load would straddle two lines. */
static double *
aligned_to_lines (size_t n)
{
  size_t bytes = (n * sizeof (double) + 63) / 64 * 64;
  return aligned_alloc (64, bytes > 0 ? bytes : 64);
}

RsPackedInputs *
rs_packed_inputs_new (const double *x, int m, int n)
{
  RsPackedInputs *packed = calloc (1, sizeof *packed);
  if (packed == NULL)
    return NULL;
  packed->x = x;
  packed->m = m;
  packed->n = n;
  packed->by_example = aligned_to_lines (rs_kernel_packed_size (n, m));
  packed->by_input = aligned_to_lines (rs_kernel_packed_size (m, n));
  if (packed->by_example == NULL || packed->by_input == NULL)
    {
      rs_packed_inputs_free (packed);
      return NULL;
    }
  rs_kernel_pack_b (n, m, x, 1, n, packed->by_example);
  rs_kernel_pack_b (m, n, x, n, 1, packed->by_input);
  return packed;
}

void
rs_packed_inputs_free (RsPackedInputs *packed)
{
  if (packed == NULL)
    return;
  free (packed->by_example);
  free (packed->by_input);
  free (packed);
}
