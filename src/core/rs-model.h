/* rs-model.h — everything a model file holds: the network, the data, how it was
 * initialized and how it trains. */
#pragma once

#include <stdbool.h>
#include <stdint.h>

#include "rs-data.h"
#include "rs-init.h"
#include "rs-network.h"

typedef enum
{
  RS_MODE_BATCH,      /* every step uses all examples */
  RS_MODE_STOCHASTIC, /* step n uses example n mod m */
  RS_N_MODES
} RsStepMode;

const char *rs_step_mode_name (RsStepMode mode);
bool rs_step_mode_from_name (const char *name, RsStepMode *out);

typedef struct
{
  RsNetwork *net; /* owned */
  RsData *data;   /* owned; its shape fits net */
  RsInitSpec init;
  double learning_rate; /* α */
  RsStepMode mode;
  uint64_t step; /* steps taken so far */
  char *name;    /* optional title, e.g. a preset's; owned (malloc), may be NULL */
  char *hint;    /* optional one-line "try this" text; owned (malloc), may be NULL */
} RsModel;

/* Takes ownership of net and data (which must fit: data->n_inputs = s₁ and
 * data->n_outputs = s_L). α 0.1, batch mode, step 0, the default init spec, no name or hint.
 * Returns NULL (and frees nothing) when they do not fit. */
RsModel *rs_model_new (RsNetwork *net, RsData *data);
RsModel *rs_model_copy (const RsModel *model);
void rs_model_free (RsModel *model);

/* Replaces name / hint with a copy of the string (NULL clears it). */
void rs_model_set_name (RsModel *model, const char *name);
void rs_model_set_hint (RsModel *model, const char *hint);

/* The example the next step learns from: step mod m in stochastic mode, −1 in batch mode
 * (every example, through the mean of their gradients). */
int rs_model_step_example (const RsModel *model);

/* The gradient the next stochastic step applies: ∂J/∂Θ on example rs_model_step_example()
 * alone, n_params values laid out like net->params (free with free()). NULL in batch mode,
 * whose step applies the mean gradient, and when memory runs out. */
double *rs_model_step_example_gradient (const RsModel *model);

/* True when data's shape fits net's. */
bool rs_data_fits_network (const RsData *data, const RsNetwork *net);
