/* rs-workspace.h — the per-example values of a batched forward and backward pass.
 *
 * For a batch of m examples and every layer l, z⁽ˡ⁾, a⁽ˡ⁾, g′(z⁽ˡ⁾) and δ⁽ˡ⁾ are stored as
 * row-major m × sₗ matrices: row t is example t of the batch. Layer 1 has only a: the inputs
 * themselves, not a copy. A workspace is tied to one network shape and a batch capacity.
 */
#pragma once

#include "rs-kernels-sparse.h"
#include "rs-network.h"
#include "rs-packed-inputs.h"

typedef struct
{
  int capacity;                       /* the largest batch it holds */
  int n_examples;                     /* the batch of the last forward pass */
  int n_layers;
  int units[RS_MAX_LAYERS + 1];
  double *z[RS_MAX_LAYERS + 1];       /* m × sₗ, l = 2 … L */
  double *a[RS_MAX_LAYERS + 1];       /* m × sₗ, l = 2 … L; a[1] points at the x given to
                                         the last rs_forward() (not owned, not copied) */
  double *gprime[RS_MAX_LAYERS + 1];  /* m × sₗ, l = 2 … L */
  double *delta[RS_MAX_LAYERS + 1];   /* m × sₗ, l = 2 … L */
  const RsPackedInputs *packed;       /* a[1] packed, when the last forward pass was
                                         rs_forward_packed() (not owned); else NULL */
  double *block;                      /* the single allocation behind every array above */
  RsSparseRows *sparse;               /* room for one layer's δ gathered by units, made on
                                         first use (rs_workspace_sparse()) */
} RsWorkspace;

/* A workspace for batches of up to `capacity` examples through networks shaped like `net`.
 * NULL when memory runs out. */
RsWorkspace *rs_workspace_new (const RsNetwork *net, int capacity);

void rs_workspace_free (RsWorkspace *ws);

/* ws->sparse, made when first asked for: room for the δ of any layer over a full batch.
 * NULL when memory runs out. */
RsSparseRows *rs_workspace_sparse (RsWorkspace *ws);

/* True when the workspace fits this network's shape and a batch of m. */
bool rs_workspace_fits (const RsWorkspace *ws, const RsNetwork *net, int m);

/* Example t's row of a per-layer matrix, e.g. rs_workspace_row (ws, ws->delta, l, t). */
static inline double *
rs_workspace_row (const RsWorkspace *ws, double *const *matrix, int l, int t)
{
  return matrix[l] + (long) t * ws->units[l];
}
