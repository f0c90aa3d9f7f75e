/* rs-trainer.h — gradient descent steps on a model, with divergence caught.
 *
 * One step: forward on the step's examples (all of them in batch mode, example n mod m in
 * stochastic mode), J, zero_grad, backward, update. A step that would make a parameter NaN or
 * ±∞ is refused and nothing changes. A step whose parameters are finite but whose J on the
 * next evaluation is not finite is undone: the trainer keeps the parameters from before the
 * last step, so rs_trainer_step() and rs_trainer_evaluate() restore them and report the
 * divergence at that step. Either way the network is left exactly as it was before the step
 * that diverged.
 *
 * A step swaps net->params with the trainer's backup buffer instead of copying, so never keep
 * a pointer into net->params across a step: ask rs_network_theta() again. A step leaves the
 * gradient it applied in net->grads, but not necessarily its per-example values in the
 * workspace (networks of small layers take a one-pass path, rs-small.h, that keeps them in
 * registers); rs_trainer_evaluate() fills the workspace.
 *
 * Batch steps on inputs of RS_TRAINER_PACK_MIN_INPUTS or more pack them once for the kernels
 * (rs-packed-inputs.h) and keep them packed until the data changes.
 */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include "rs-model.h"
#include "rs-propagate.h"
#include "rs-workspace.h"

#define RS_TRAINER_PACK_MIN_INPUTS 8

typedef enum
{
  RS_STEP_OK,
  RS_STEP_DIVERGED_PARAMETER, /* the update would have made a parameter NaN or ±∞ */
  RS_STEP_DIVERGED_COST,      /* after the update J was NaN or ±∞ */
  RS_STEP_BAD_START           /* J is not finite at the current parameters themselves */
} RsStepStatus;

typedef struct
{
  RsStepStatus status;
  uint64_t step;       /* the 1-based number of the step this reports on */
  double cost_before;  /* J on the step's examples before the update */
  double bad_value;    /* the NaN/∞ parameter or J that was refused */
  RsStepFailure where; /* for RS_STEP_DIVERGED_PARAMETER */
} RsStepReport;

typedef struct
{
  RsModel *model;       /* not owned */
  RsWorkspace *ws;      /* batch capacity m */
  double *backup;       /* parameters before the last step */
  bool has_backup;
  bool small;           /* the network takes the one-pass path of rs-small.h */
  RsPackedInputs *inputs; /* model->data->x packed for batch steps, or NULL */
} RsTrainer;

/* A trainer for `model` (which must outlive it). NULL when memory runs out. */
RsTrainer *rs_trainer_new (RsModel *model);
void rs_trainer_free (RsTrainer *trainer);

/* One step with learning rate alpha (α ≥ 0). Advances model->step on success. Returns false
 * on divergence, with the report saying which step and why. */
bool rs_trainer_step (RsTrainer *trainer, double alpha, RsStepReport *report);

/* J over all examples at the current parameters, the gradient over all examples left in
 * net->grads, and the workspace holding every example's values. When J is not finite and the
 * last step can be undone, undoes it (model->step goes back), evaluates the restored state and
 * returns false with an RS_STEP_DIVERGED_COST report; when J is not finite and there is
 * nothing to undo, returns false with RS_STEP_BAD_START. */
bool rs_trainer_evaluate (RsTrainer *trainer, double *cost, RsStepReport *report);

/* Forgets the backup (call after changing parameters outside the trainer). */
void rs_trainer_forget_backup (RsTrainer *trainer);

/* Forgets the packed copy of the inputs that batch steps keep (call after changing the values
 * of model->data in place; a replaced model->data of another shape or at another address is
 * noticed without it). */
void rs_trainer_forget_data (RsTrainer *trainer);
