/* rs-trainer.c — gradient descent steps with divergence caught and undone. */
#include "rs-trainer.h"

#include "rs-small.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

RsTrainer *
rs_trainer_new (RsModel *model)
{
  RsTrainer *trainer = calloc (1, sizeof *trainer);
  if (trainer == NULL)
    return NULL;
  trainer->model = model;
  trainer->small = rs_small_fits (model->net);
  trainer->ws = rs_workspace_new (model->net, model->data->n_examples);
  trainer->backup = malloc (model->net->n_params * sizeof (double));
  if (trainer->ws == NULL || trainer->backup == NULL)
    {
      rs_trainer_free (trainer);
      return NULL;
    }
  return trainer;
}

void
rs_trainer_free (RsTrainer *trainer)
{
  if (trainer == NULL)
    return;
  rs_workspace_free (trainer->ws);
  rs_packed_inputs_free (trainer->inputs);
  free (trainer->backup);
  free (trainer);
}

void
rs_trainer_forget_backup (RsTrainer *trainer)
{
  trainer->has_backup = false;
}

void
rs_trainer_forget_data (RsTrainer *trainer)
{
  rs_packed_inputs_free (trainer->inputs);
  trainer->inputs = NULL;
}

/* The inputs of every example packed for the kernels, made on the first batch step that
 * needs them; NULL when they are too narrow for packing to pay, the first layer's product is
 * too small for the kernels, or memory runs out (the step then packs as it goes). */
static const RsPackedInputs *
packed_inputs (RsTrainer *trainer)
{
  RsData *data = trainer->model->data;
  RsPackedInputs *inputs = trainer->inputs;
  if (inputs != NULL && inputs->x == data->x && inputs->m == data->n_examples
      && inputs->n == data->n_inputs)
    return inputs;
  rs_trainer_forget_data (trainer);
  if (data->n_inputs < RS_TRAINER_PACK_MIN_INPUTS || data->n_examples < 8)
    return NULL;
  trainer->inputs = rs_packed_inputs_new (data->x, data->n_examples, data->n_inputs);
  return trainer->inputs;
}

/* Puts back the parameters from before the last step, which made J non-finite. */
static void
undo_last_step (RsTrainer *trainer, double cost, RsStepReport *report)
{
  RsNetwork *net = trainer->model->net;
  memcpy (net->params, trainer->backup, net->n_params * sizeof (double));
  trainer->has_backup = false;
  report->status = RS_STEP_DIVERGED_COST;
  report->step = trainer->model->step;
  report->bad_value = cost;
  trainer->model->step--;
}

static void
report_bad_start (RsTrainer *trainer, double cost, RsStepReport *report)
{
  report->status = RS_STEP_BAD_START;
  report->step = trainer->model->step + 1;
  report->bad_value = cost;
}

bool
rs_trainer_step (RsTrainer *trainer, double alpha, RsStepReport *report)
{
  RsModel *model = trainer->model;
  RsNetwork *net = model->net;
  RsData *data = model->data;
  RsStepReport scratch;
  if (report == NULL)
    report = &scratch;
  memset (report, 0, sizeof *report);

  int first = 0, m = data->n_examples;
  if (rs_model_step_example (model) >= 0)
    {
      first = rs_model_step_example (model);
      m = 1;
    }
  const double *x = rs_data_x (data, first), *y = rs_data_y (data, first);

  /* Networks of small layers take the one-pass path, which also leaves the gradient in
   * net->grads and writes the updated parameters to the backup buffer; the others the
   * batched one, with the backward pass and the update after the check below. */
  bool small = trainer->small, finite = false;
  double cost;
  if (small)
    cost = rs_small_step (net, x, y, m, alpha, trainer->backup, &finite);
  else
    {
      const RsPackedInputs *inputs = NULL;
      if (model->mode == RS_MODE_BATCH)
        inputs = packed_inputs (trainer);
      if (inputs != NULL)
        rs_forward_packed (net, trainer->ws, inputs);
      else
        rs_forward (net, trainer->ws, x, m);
      cost = rs_cost (net, trainer->ws, y);
    }
  report->cost_before = cost;
  if (!isfinite (cost))
    {
      if (trainer->has_backup)
        undo_last_step (trainer, cost, report);
      else
        report_bad_start (trainer, cost, report);
      return false;
    }

  if (!small)
    {
      rs_backward_into (net, trainer->ws, y, false);
      finite = rs_step_into (net, alpha, trainer->backup, &report->where);
    }
  else if (!finite)
    rs_step_into (net, alpha, trainer->backup, &report->where); /* to say where */

  /* The new parameters went into the backup buffer, which now swaps places with params: the
   * old parameters become the backup without a copy. */
  if (!finite)
    {
      report->status = RS_STEP_DIVERGED_PARAMETER;
      report->step = model->step + 1;
      report->bad_value = report->where.value;
      return false;
    }
  double *old = net->params;
  net->params = trainer->backup;
  trainer->backup = old;
  trainer->has_backup = true;
  model->step++;
  report->status = RS_STEP_OK;
  report->step = model->step;
  return true;
}

bool
rs_trainer_evaluate (RsTrainer *trainer, double *cost, RsStepReport *report)
{
  RsModel *model = trainer->model;
  RsNetwork *net = model->net;
  RsData *data = model->data;
  RsStepReport scratch;
  if (report == NULL)
    report = &scratch;
  memset (report, 0, sizeof *report);

  for (int attempt = 0; attempt < 2; attempt++)
    {
      rs_forward (net, trainer->ws, data->x, data->n_examples);
      double j = rs_cost (net, trainer->ws, data->y);
      if (cost != NULL)
        *cost = j;
      if (isfinite (j))
        {
          rs_backward_into (net, trainer->ws, data->y, false);
          return attempt == 0;
        }
      if (attempt > 0 || !trainer->has_backup)
        break;
      /* Undo, then evaluate again so the workspace and grads describe the restored state. */
      undo_last_step (trainer, j, report);
    }
  if (report->status == RS_STEP_OK)
    report_bad_start (trainer, cost != NULL ? *cost : NAN, report);
  return false;
}
