/* rs-diagram-values.c — one example's trace and the census, for a picture of a model. */
#include "rs-diagram-values.h"

#include "core/rs-model.h"

RsDiagramValues *
rs_diagram_values_new (RsNetwork *net, const RsData *data, int example)
{
  g_autoptr (RsDiagramValues) values = NULL;

  g_return_val_if_fail (net != NULL && data != NULL, NULL);
  g_return_val_if_fail (rs_data_fits_network (data, net), NULL);

  if (example < 0 || example >= data->n_examples)
    return NULL;

  values = g_new0 (RsDiagramValues, 1);
  values->example = example;
  values->trace = rs_trace_new (net);
  values->census = rs_census_new (net, data);
  values->target = g_memdup2 (rs_data_y (data, example), sizeof (double) * data->n_outputs);
  if (!values->trace || !values->census)
    return NULL;

  rs_trace_run (net, values->trace, rs_data_x (data, example), rs_data_y (data, example));
  /* The gradients colouring shows ∂J/∂Θ over all examples, as a batch step would use. */
  rs_reference_gradient (net, data, net->grads);
  return g_steal_pointer (&values);
}

void
rs_diagram_values_free (RsDiagramValues *values)
{
  if (!values)
    return;
  g_clear_pointer (&values->trace, rs_trace_free);
  g_clear_pointer (&values->census, rs_census_free);
  g_free (values->target);
  g_free (values);
}

void
rs_diagram_values_apply (const RsDiagramValues *values, RsDiagramState *state)
{
  g_return_if_fail (values != NULL && state != NULL);

  state->trace = values->trace;
  state->census = values->census;
  state->target = values->target;
}
