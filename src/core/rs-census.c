/* rs-census.c — active counts per unit and the dead units. */
#include "rs-census.h"

#include <stdlib.h>

#include "rs-trace.h"

RsCensus *
rs_census_new (const RsNetwork *net, const RsData *data)
{
  RsCensus *census = calloc (1, sizeof *census);
  RsTrace *trace = rs_trace_new (net);
  size_t total = 0;
  for (int l = 2; l <= net->n_layers; l++)
    total += (size_t) net->units[l];
  if (census != NULL)
    census->block = calloc (total, sizeof (int));
  if (census == NULL || trace == NULL || census->block == NULL)
    {
      rs_census_free (census);
      rs_trace_free (trace);
      return NULL;
    }

  census->n_layers = net->n_layers;
  census->n_examples = data->n_examples;
  int *p = census->block;
  for (int l = 1; l <= net->n_layers; l++)
    census->units[l] = net->units[l];
  for (int l = 2; l <= net->n_layers; l++)
    census->active[l] = p, p += net->units[l];

  for (int t = 0; t < data->n_examples; t++)
    {
      rs_trace_run (net, trace, rs_data_x (data, t), rs_data_y (data, t));
      for (int l = 2; l <= net->n_layers; l++)
        for (int j = 0; j < net->units[l]; j++)
          census->active[l][j] += trace->gprime[l][j] != 0.0;
    }
  rs_trace_free (trace);

  for (int l = 2; l <= net->n_layers; l++)
    {
      int dead = rs_census_dead_in_layer (census, l);
      if (l == net->n_layers)
        census->n_dead_output = dead;
      else
        {
          census->n_dead_hidden += dead;
          census->n_hidden += net->units[l];
        }
    }
  return census;
}

void
rs_census_free (RsCensus *census)
{
  if (census == NULL)
    return;
  free (census->block);
  free (census);
}

bool
rs_census_is_dead (const RsCensus *census, int l, int j)
{
  if (l < 2 || l > census->n_layers || j < 1 || j > census->units[l])
    return false;
  return census->active[l][j - 1] == 0;
}

int
rs_census_dead_in_layer (const RsCensus *census, int l)
{
  int dead = 0;
  for (int j = 0; j < census->units[l]; j++)
    dead += census->active[l][j] == 0;
  return dead;
}
