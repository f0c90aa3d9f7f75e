/* rs-reshape.c — a model rebuilt with other layers or another initialization. */
#include "rs-reshape.h"

#include <math.h>

bool
rs_init_spec_is_valid (const RsInitSpec *spec)
{
  if ((unsigned) spec->scheme >= RS_N_INIT_SCHEMES || !isfinite (spec->bias))
    return false;
  return spec->scheme != RS_INIT_UNIFORM || (isfinite (spec->range) && spec->range >= 0.0);
}

bool
rs_shape_fits_data (int n_layers, const int *units, const RsData *data)
{
  return rs_network_shape_is_valid (n_layers, units) && units[0] == data->n_inputs
         && units[n_layers - 1] == data->n_outputs;
}

RsModel *
rs_model_rebuilt (const RsModel *model, int n_layers, const int *units,
                  const RsActivation *activations, const RsInitSpec *spec)
{
  if (!rs_shape_fits_data (n_layers, units, model->data) || !rs_init_spec_is_valid (spec))
    return NULL;
  for (int i = 1; i < n_layers; i++)
    if ((unsigned) activations[i] >= RS_N_ACTIVATIONS)
      return NULL;

  RsNetwork *net = rs_network_new (n_layers, units);
  RsData *data = rs_data_copy (model->data);
  RsModel *rebuilt = rs_model_new (net, data);
  if (rebuilt == NULL)
    {
      rs_network_free (net);
      rs_data_free (data);
      return NULL;
    }

  /* activation[l] is gₗ for l = 2 … L; activations[i] belongs to layer i + 1. */
  for (int l = 2; l <= n_layers; l++)
    net->activation[l] = activations[l - 1];
  net->act_params = model->net->act_params;
  rebuilt->init = *spec;
  rs_network_init (net, spec);

  rebuilt->learning_rate = model->learning_rate;
  rebuilt->mode = model->mode;
  rebuilt->step = model->step;
  rs_model_set_name (rebuilt, model->name);
  rs_model_set_hint (rebuilt, model->hint);
  if ((model->name != NULL && rebuilt->name == NULL)
      || (model->hint != NULL && rebuilt->hint == NULL))
    {
      rs_model_free (rebuilt);
      return NULL;
    }
  return rebuilt;
}
