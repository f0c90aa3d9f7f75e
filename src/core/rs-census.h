/* rs-census.h — which units are active on which examples, and the dead ones.
 *
 * A unit is inactive on an example when g′(z) = 0 there. A unit is dead when it is inactive
 * on every example of the data set: its whole row of ∂J/∂Θ is then exactly zero.
 */
#pragma once

#include <stdbool.h>

#include "rs-data.h"
#include "rs-network.h"

typedef struct
{
  int n_layers;
  int units[RS_MAX_LAYERS + 1];
  int n_examples;
  int *active[RS_MAX_LAYERS + 1]; /* active[l][j−1]: on how many examples g′ ≠ 0, l = 2 … L */
  int n_dead_hidden;              /* dead units in layers 2 … L−1 */
  int n_hidden;                   /* all units in layers 2 … L−1 */
  int n_dead_output;              /* dead units in layer L */
  int *block;
} RsCensus;

/* Runs every example of `data` through `net` and counts. NULL when memory runs out. */
RsCensus *rs_census_new (const RsNetwork *net, const RsData *data);
void rs_census_free (RsCensus *census);

/* True when unit j (1 … sₗ) of layer l (2 … L) is inactive on every example. */
bool rs_census_is_dead (const RsCensus *census, int l, int j);

/* The number of dead units in layer l. */
int rs_census_dead_in_layer (const RsCensus *census, int l);
