/* rs-diagram-values.h — the per-example values a picture of a model needs, computed in one
 * place for the CLI, the tests and anyone else without a document of their own: the trace
 * of one example and the dead-unit census over all examples.
 */
#pragma once

#include <glib.h>

#include "core/rs-census.h"
#include "core/rs-data.h"
#include "core/rs-network.h"
#include "core/rs-trace.h"
#include "rs-diagram.h"

G_BEGIN_DECLS

typedef struct
{
  RsTrace *trace;   /* example `example`'s z, a, g′, δ */
  RsCensus *census; /* over every example of the data */
  double *target;   /* example `example`'s y (s_L values) */
  int example;
} RsDiagramValues;

/* Runs example `example` (0-based, < data->n_examples) through `net` and counts the dead
 * units over `data`. Also leaves the gradient over all examples in net->grads (what the
 * gradients colouring shows). NULL when memory runs out or the example does not exist. */
RsDiagramValues *rs_diagram_values_new (RsNetwork *net, const RsData *data, int example);
void rs_diagram_values_free (RsDiagramValues *values);

/* Points state->trace, state->target and state->census at the values. */
void rs_diagram_values_apply (const RsDiagramValues *values, RsDiagramState *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsDiagramValues, rs_diagram_values_free)

G_END_DECLS
