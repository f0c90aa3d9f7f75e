/* rs-workspace.c — one allocation holding every per-example matrix of a batch. */
#include "rs-workspace.h"

#include <stdlib.h>

RsWorkspace *
rs_workspace_new (const RsNetwork *net, int capacity)
{
  if (capacity < 1)
    return NULL;
  RsWorkspace *ws = calloc (1, sizeof *ws);
  if (ws == NULL)
    return NULL;
  ws->capacity = capacity;
  ws->n_layers = net->n_layers;

  /* Four m × sₗ matrices per layer l ≥ 2. */
  size_t total = 0;
  for (int l = 2; l <= net->n_layers; l++)
    total += 4 * (size_t) capacity * (size_t) net->units[l];
  ws->block = calloc (total, sizeof (double));
  if (ws->block == NULL)
    {
      free (ws);
      return NULL;
    }

  double *p = ws->block;
  ws->units[1] = net->units[1];
  for (int l = 2; l <= net->n_layers; l++)
    {
      size_t n = (size_t) capacity * (size_t) net->units[l];
      ws->units[l] = net->units[l];
      ws->z[l] = p, p += n;
      ws->a[l] = p, p += n;
      ws->gprime[l] = p, p += n;
      ws->delta[l] = p, p += n;
    }
  return ws;
}

void
rs_workspace_free (RsWorkspace *ws)
{
  if (ws == NULL)
    return;
  free (ws->block);
  rs_sparse_rows_free (ws->sparse);
  free (ws);
}

RsSparseRows *
rs_workspace_sparse (RsWorkspace *ws)
{
  if (ws->sparse == NULL)
    {
      int widest = 0;
      for (int l = 2; l <= ws->n_layers; l++)
        widest = ws->units[l] > widest ? ws->units[l] : widest;
      ws->sparse = rs_sparse_rows_new (widest, ws->capacity);
    }
  return ws->sparse;
}

bool
rs_workspace_fits (const RsWorkspace *ws, const RsNetwork *net, int m)
{
  if (ws == NULL || m < 1 || m > ws->capacity || ws->n_layers != net->n_layers)
    return false;
  for (int l = 1; l <= net->n_layers; l++)
    if (ws->units[l] != net->units[l])
      return false;
  return true;
}
