/* rs-model.c — the bundle a model file holds. */
#include "rs-model.h"

#include <stdlib.h>
#include <string.h>

#include "rs-trace.h"

static const char *const mode_names[RS_N_MODES] = {
  [RS_MODE_BATCH] = "batch",
  [RS_MODE_STOCHASTIC] = "stochastic",
};

const char *
rs_step_mode_name (RsStepMode mode)
{
  if ((unsigned) mode >= RS_N_MODES)
    return "unknown";
  return mode_names[mode];
}

bool
rs_step_mode_from_name (const char *name, RsStepMode *out)
{
  if (name == NULL)
    return false;
  for (int i = 0; i < RS_N_MODES; i++)
    if (strcmp (name, mode_names[i]) == 0)
      {
        *out = (RsStepMode) i;
        return true;
      }
  return false;
}

bool
rs_data_fits_network (const RsData *data, const RsNetwork *net)
{
  return data->n_inputs == net->units[1] && data->n_outputs == net->units[net->n_layers];
}

RsModel *
rs_model_new (RsNetwork *net, RsData *data)
{
  if (net == NULL || data == NULL || !rs_data_fits_network (data, net))
    return NULL;
  RsModel *model = calloc (1, sizeof *model);
  if (model == NULL)
    return NULL;
  model->net = net;
  model->data = data;
  model->init = rs_init_spec_default ();
  model->learning_rate = 0.1;
  model->mode = RS_MODE_BATCH;
  return model;
}

static char *
copy_string (const char *s)
{
  if (s == NULL)
    return NULL;
  size_t n = strlen (s) + 1;
  char *copy = malloc (n);
  if (copy != NULL)
    memcpy (copy, s, n);
  return copy;
}

int
rs_model_step_example (const RsModel *model)
{
  if (model->mode != RS_MODE_STOCHASTIC)
    return -1;
  return (int) (model->step % (uint64_t) model->data->n_examples);
}

double *
rs_model_step_example_gradient (const RsModel *model)
{
  int t = rs_model_step_example (model);
  RsTrace *trace;
  double *grads;

  if (t < 0)
    return NULL;
  /* The one-example reference pass: it leaves the model's own (mean) gradient alone. */
  trace = rs_trace_new (model->net);
  grads = calloc (model->net->n_params, sizeof (double));
  if (trace != NULL && grads != NULL)
    {
      rs_trace_run (model->net, trace, rs_data_x (model->data, t), rs_data_y (model->data, t));
      rs_trace_accumulate (model->net, trace, 1.0, grads);
    }
  else
    {
      free (grads);
      grads = NULL;
    }
  rs_trace_free (trace);
  return grads;
}

RsModel *
rs_model_copy (const RsModel *model)
{
  RsNetwork *net = rs_network_copy (model->net);
  RsData *data = rs_data_copy (model->data);
  RsModel *copy = rs_model_new (net, data);
  if (copy == NULL)
    {
      rs_network_free (net);
      rs_data_free (data);
      return NULL;
    }
  copy->init = model->init;
  copy->learning_rate = model->learning_rate;
  copy->mode = model->mode;
  copy->step = model->step;
  copy->name = copy_string (model->name);
  copy->hint = copy_string (model->hint);
  return copy;
}

void
rs_model_free (RsModel *model)
{
  if (model == NULL)
    return;
  rs_network_free (model->net);
  rs_data_free (model->data);
  free (model->name);
  free (model->hint);
  free (model);
}

void
rs_model_set_name (RsModel *model, const char *name)
{
  free (model->name);
  model->name = copy_string (name);
}

void
rs_model_set_hint (RsModel *model, const char *hint)
{
  free (model->hint);
  model->hint = copy_string (hint);
}
