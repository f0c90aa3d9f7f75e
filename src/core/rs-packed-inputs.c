/* rs-packed-inputs.c — the two packed copies of the training inputs. */
#include "rs-packed-inputs.h"

#include <stdlib.h>

#include "rs-kernels.h"

RsPackedInputs *
rs_packed_inputs_new (const double *x, int m, int n)
{
  RsPackedInputs *packed = calloc (1, sizeof *packed);
  if (packed == NULL)
    return NULL;
  packed->x = x;
  packed->m = m;
  packed->n = n;
  packed->by_example = malloc (rs_kernel_packed_size (n, m) * sizeof (double));
  packed->by_input = malloc (rs_kernel_packed_size (m, n) * sizeof (double));
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
