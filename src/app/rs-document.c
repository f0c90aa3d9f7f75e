/* rs-document.c — the model, its trainer and its histories, as one observable object. */
#include "rs-document.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "core/rs-trainer.h"
#include "format/rs-format.h"
#include "io/rs-model-file.h"
#include "rs-history.h"
#include "io/rs-presets.h"

/* Undo keeps at most this much: enough to step back through a long run of a small network,
 * bounded for a big one (which still keeps at least its last step). */
#define HISTORY_MAX_BYTES   (64 * 1024 * 1024)
#define HISTORY_MAX_ENTRIES 1000

/* The loss history is thinned to half when it reaches this many points, so a run of hours at
 * 1000 steps/s stays small; the plot cannot show more points than it has pixels anyway. */
#define LOSS_MAX_POINTS 20000

G_DEFINE_ENUM_TYPE (RsColouring, rs_colouring,
                    G_DEFINE_ENUM_VALUE (RS_COLOURING_WEIGHTS, "weights"),
                    G_DEFINE_ENUM_VALUE (RS_COLOURING_GRADIENTS, "gradients"),
                    G_DEFINE_ENUM_VALUE (RS_COLOURING_CHANGE, "change"))

struct _RsDocument
{
  GObject parent_instance;

  RsModel *model;
  RsTrainer *trainer;
  char *preset;
  GFile *file;
  double *initial_params;
  guint64 initial_step;
  RsHistory *history;     /* undo and redo, kept across edits, cleared by a new model */
  gboolean merge_alpha;   /* the last undoable change was α's: the next one merges into it */
  char *undo_label;       /* "Undo Step 12", or NULL */
  char *redo_label;
  guint generation;       /* counts models taken, not edits */
  GArray *loss_steps; /* the loss history as parallel arrays, as the plot takes them */
  GArray *loss_cost;
  GArray *loss_dead;

  RsTrace *trace;
  RsCensus *census;
  double cost;
  /* The gradient the next stochastic step applies, computed when first asked for after a
   * change (only the change colouring and the tooltips read it). */
  double *step_example_grads;
  gboolean step_example_grads_valid;

  double alpha;
  RsColouring colouring;
  int example;

  char *divergence; /* NULL unless the last step was refused */
  double suggested_alpha;

  gboolean modified; /* changed since it was loaded or saved */
};

G_DEFINE_FINAL_TYPE (RsDocument, rs_document, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_NAME,
  PROP_HINT,
  PROP_ALPHA,
  PROP_COLOURING,
  PROP_EXAMPLE,
  PROP_N_EXAMPLES,
  PROP_STEP,
  PROP_COST,
  PROP_COST_BEFORE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_DIVERGED,
  PROP_DIVERGENCE_MESSAGE,
  PROP_MODIFIED,
  PROP_FILE,
  N_PROPS
};

enum
{
  LOADED,
  CHANGED,
  STEPPED,
  DIVERGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

gboolean
rs_alpha_is_valid (double alpha)
{
  return isfinite (alpha) && alpha > 0.0 && alpha <= RS_ALPHA_MAX;
}

static void
forget_step_example_gradient (RsDocument *self)
{
  g_clear_pointer (&self->step_example_grads, free);
  self->step_example_grads_valid = FALSE;
}

static void
free_model (RsDocument *self)
{
  g_clear_pointer (&self->trainer, rs_trainer_free);
  g_clear_pointer (&self->model, rs_model_free);
  g_clear_pointer (&self->trace, rs_trace_free);
  g_clear_pointer (&self->census, rs_census_free);
  forget_step_example_gradient (self);
  g_clear_pointer (&self->initial_params, g_free);
}

static void
rs_document_finalize (GObject *object)
{
  RsDocument *self = RS_DOCUMENT (object);

  free_model (self);
  g_clear_pointer (&self->history, rs_history_free);
  g_clear_pointer (&self->undo_label, g_free);
  g_clear_pointer (&self->redo_label, g_free);
  g_clear_pointer (&self->loss_steps, g_array_unref);
  g_clear_pointer (&self->loss_cost, g_array_unref);
  g_clear_pointer (&self->loss_dead, g_array_unref);
  g_clear_pointer (&self->preset, g_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->divergence, g_free);

  G_OBJECT_CLASS (rs_document_parent_class)->finalize (object);
}

static void
rs_document_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RsDocument *self = RS_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, rs_document_get_name (self));
      break;
    case PROP_HINT:
      g_value_set_string (value, rs_document_get_hint (self));
      break;
    case PROP_ALPHA:
      g_value_set_double (value, self->alpha);
      break;
    case PROP_COLOURING:
      g_value_set_enum (value, self->colouring);
      break;
    case PROP_EXAMPLE:
      g_value_set_int (value, self->example);
      break;
    case PROP_N_EXAMPLES:
      g_value_set_int (value, rs_document_get_n_examples (self));
      break;
    case PROP_STEP:
      g_value_set_uint64 (value, rs_document_get_step (self));
      break;
    case PROP_COST:
      g_value_set_double (value, self->cost);
      break;
    case PROP_COST_BEFORE:
      g_value_set_double (value, rs_document_get_cost_before (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, rs_document_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, rs_document_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, self->undo_label);
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, self->redo_label);
      break;
    case PROP_DIVERGED:
      g_value_set_boolean (value, self->divergence != NULL);
      break;
    case PROP_DIVERGENCE_MESSAGE:
      g_value_set_string (value, self->divergence);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_document_set_property (GObject *object, guint prop_id, const GValue *value,
                          GParamSpec *pspec)
{
  RsDocument *self = RS_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ALPHA:
      rs_document_set_alpha (self, g_value_get_double (value));
      break;
    case PROP_COLOURING:
      rs_document_set_colouring (self, g_value_get_enum (value));
      break;
    case PROP_EXAMPLE:
      rs_document_set_example (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_document_class_init (RsDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rs_document_finalize;
  object_class->get_property = rs_document_get_property;
  object_class->set_property = rs_document_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);
  properties[PROP_HINT] = g_param_spec_string ("hint", NULL, NULL, NULL, ro);
  /* The lower end is exclusive (α > 0); the setter refuses 0. */
  properties[PROP_ALPHA] = g_param_spec_double ("alpha", NULL, NULL, 0.0, RS_ALPHA_MAX, 0.1, rw);
  properties[PROP_COLOURING] = g_param_spec_enum ("colouring", NULL, NULL, RS_TYPE_COLOURING,
                                                  RS_COLOURING_WEIGHTS, rw);
  properties[PROP_EXAMPLE] = g_param_spec_int ("example", NULL, NULL, 0, G_MAXINT, 0, rw);
  properties[PROP_N_EXAMPLES] = g_param_spec_int ("n-examples", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_STEP] = g_param_spec_uint64 ("step", NULL, NULL, 0, G_MAXUINT64, 0, ro);
  properties[PROP_COST] = g_param_spec_double ("cost", NULL, NULL, -INFINITY, INFINITY, 0, ro);
  properties[PROP_COST_BEFORE] = g_param_spec_double ("cost-before", NULL, NULL, -INFINITY,
                                                      INFINITY, 0, ro);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, ro);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, ro);
  properties[PROP_DIVERGED] = g_param_spec_boolean ("diverged", NULL, NULL, FALSE, ro);
  properties[PROP_DIVERGENCE_MESSAGE] = g_param_spec_string ("divergence-message", NULL, NULL,
                                                             NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[STEPPED] = g_signal_new ("stepped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[DIVERGED] = g_signal_new ("diverged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
rs_document_init (RsDocument *self)
{
  self->loss_steps = g_array_new (FALSE, FALSE, sizeof (guint64));
  self->loss_cost = g_array_new (FALSE, FALSE, sizeof (double));
  self->loss_dead = g_array_new (FALSE, FALSE, sizeof (int));
  self->alpha = 0.1;
  self->cost = NAN;
  self->history = rs_history_new (HISTORY_MAX_BYTES, HISTORY_MAX_ENTRIES);
}

RsDocument *
rs_document_new (void)
{
  return g_object_new (RS_TYPE_DOCUMENT, NULL);
}

/* Hidden units inactive on every example of the last forward pass over all of them: the
 * census's count, read off the workspace the evaluation just filled instead of tracing every
 * example again (this runs after every step while playing). */
static int
count_dead_hidden (const RsNetwork *net, const RsWorkspace *ws)
{
  int n_dead = 0;

  for (int l = 2; l < net->n_layers; l++)
    for (int j = 0; j < net->units[l]; j++)
      {
        gboolean active = FALSE;

        /* g′ is m × sₗ, row t is example t */
        for (int t = 0; t < ws->n_examples && !active; t++)
          active = rs_workspace_row (ws, ws->gprime, l, t)[j] != 0.0;
        n_dead += !active;
      }
  return n_dead;
}

static void
set_loss_length (RsDocument *self, guint len)
{
  g_array_set_size (self->loss_steps, len);
  g_array_set_size (self->loss_cost, len);
  g_array_set_size (self->loss_dead, len);
}

static guint64
loss_step (RsDocument *self, guint i)
{
  return g_array_index (self->loss_steps, guint64, i);
}

/* Records the current state as the newest point, replacing a point of the same step. */
static void
record_loss_point (RsDocument *self, int n_dead)
{
  guint64 step = self->model->step;
  guint len = self->loss_steps->len;

  if (len > 0 && loss_step (self, len - 1) >= step)
    len--;
  g_array_set_size (self->loss_steps, len + 1);
  g_array_set_size (self->loss_cost, len + 1);
  g_array_set_size (self->loss_dead, len + 1);
  g_array_index (self->loss_steps, guint64, len) = step;
  g_array_index (self->loss_cost, double, len) = self->cost;
  g_array_index (self->loss_dead, int, len) = n_dead;

  if (len + 1 >= LOSS_MAX_POINTS)
    {
      /* Keep every other point, but always the last two: they are the last step's before and
       * after. */
      guint kept = 0;

      for (guint i = 0; i <= len; i++)
        if (i % 2 == 0 || i + 2 > len)
          {
            g_array_index (self->loss_steps, guint64, kept) = loss_step (self, i);
            g_array_index (self->loss_cost, double, kept) = g_array_index (self->loss_cost,
                                                                           double, i);
            g_array_index (self->loss_dead, int, kept) = g_array_index (self->loss_dead, int, i);
            kept++;
          }
      set_loss_length (self, kept);
    }
}

/* Drops loss points of steps after the current one (after an undo or a refused step). */
static void
truncate_loss (RsDocument *self)
{
  guint len = self->loss_steps->len;

  while (len > 0 && loss_step (self, len - 1) > self->model->step)
    len--;
  set_loss_length (self, len);
}

/* Recomputes what the views read besides J and ∂J/∂Θ: the current example's trace and the
 * census; records the loss point of the current step. */
static void
describe (RsDocument *self)
{
  RsModel *model = self->model;

  g_clear_pointer (&self->census, rs_census_free);
  forget_step_example_gradient (self);
  self->census = rs_census_new (model->net, model->data);
  rs_trace_run (model->net, self->trace, rs_data_x (model->data, self->example),
                rs_data_y (model->data, self->example));
  record_loss_point (self, self->census != NULL ? self->census->n_dead_hidden : 0);
}

/* J and ∂J/∂Θ over all examples at the current parameters, then describe(). */
static void
evaluate (RsDocument *self)
{
  RsStepReport report;

  /* The trainer has no backup here (it was forgotten or just used), so a non-finite J is only
   * reported, never undone behind the history's back. */
  rs_trainer_evaluate (self->trainer, &self->cost, &report);
  describe (self);
}

/* What undoing or redoing `entry` does, for the Undo and Redo tooltips: "Step 12",
 * "Set Θ⁽²⁾₁₂ = 0.5", "Set α to 0.3". */
static char *
describe_entry (RsDocument *self, const RsHistoryEntry *entry, gboolean undo)
{
  switch (entry->kind)
    {
    case RS_HISTORY_STEP:
      {
        /* An undo entry is the state before its step, a redo entry the state after it. */
        g_autofree char *number = g_strdup_printf ("%" G_GUINT64_FORMAT,
                                                   undo ? entry->step + 1 : entry->step);
        return g_strdup_printf (_("Step %s"), number);
      }
    case RS_HISTORY_EDIT:
      return g_strdup (entry->label != NULL ? entry->label : _("Edit"));
    case RS_HISTORY_ALPHA:
    default:
      {
        g_autofree char *alpha = rs_format_shortest (undo ? self->alpha : entry->alpha);
        return g_strdup_printf (_("Set α to %s"), alpha);
      }
    }
}

static gboolean
replace_label (char **label, char *text)
{
  if (g_strcmp0 (*label, text) == 0)
    {
      g_free (text);
      return FALSE;
    }
  g_free (*label);
  *label = text;
  return TRUE;
}

/* can-undo, can-redo and the labels after the history changed; only what changed is
 * notified, so playing does not wake every observer each frame. */
static void
notify_history (RsDocument *self)
{
  const RsHistoryEntry *undo = rs_history_peek_undo (self->history);
  const RsHistoryEntry *redo = rs_history_peek_redo (self->history);
  gboolean could_undo = self->undo_label != NULL, could_redo = self->redo_label != NULL;
  char *undo_label = NULL, *redo_label = NULL;

  if (undo != NULL)
    {
      g_autofree char *what = describe_entry (self, undo, TRUE);
      undo_label = g_strdup_printf (_("Undo %s"), what);
    }
  if (redo != NULL)
    {
      g_autofree char *what = describe_entry (self, redo, FALSE);
      redo_label = g_strdup_printf (_("Redo %s"), what);
    }

  g_object_freeze_notify (G_OBJECT (self));
  if (replace_label (&self->undo_label, undo_label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (replace_label (&self->redo_label, redo_label))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  if (could_undo != (undo != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != (redo != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void set_modified (RsDocument *self, gboolean modified);

static void
notify_state (RsDocument *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COST]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COST_BEFORE]);
  notify_history (self);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_divergence (RsDocument *self, char *message, double suggested_alpha)
{
  gboolean was = self->divergence != NULL;

  g_free (self->divergence);
  self->divergence = message;
  self->suggested_alpha = suggested_alpha;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIVERGENCE_MESSAGE]);
  if (was != (message != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIVERGED]);
}

void
rs_document_clear_divergence (RsDocument *self)
{
  g_return_if_fail (RS_IS_DOCUMENT (self));

  if (self->divergence != NULL)
    set_divergence (self, NULL, 0.0);
}

/* What install_model() hands back instead of freeing: the model replaced and what Reset
 * returned to with it, for the undo history. */
typedef struct
{
  RsModel *model;
  double *initial_params;
  guint64 initial_step;
} Replaced;

/* Makes `model` the document's (taken, also on failure): trainer and trace for its shape.
 * The replaced model goes to `replaced` when given, else it is freed. Tells nobody; FALSE and
 * the old model kept when memory runs out. */
static gboolean
install_model (RsDocument *self, RsModel *model, Replaced *replaced, GError **error)
{
  RsTrainer *trainer;
  RsTrace *trace;
  RsNetwork *net;

  /* Everything the new model needs first, so a failure leaves the old one shown. */
  net = model->net;
  trainer = rs_trainer_new (model);
  trace = rs_trace_new (net);
  if (trainer == NULL || trace == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("Not enough memory for a network of %zu parameters"), net->n_params);
      rs_trainer_free (trainer);
      rs_trace_free (trace);
      rs_model_free (model);
      return FALSE;
    }

  if (replaced != NULL)
    {
      replaced->model = g_steal_pointer (&self->model);
      replaced->initial_params = g_steal_pointer (&self->initial_params);
      replaced->initial_step = self->initial_step;
    }
  free_model (self);
  self->model = model;
  self->trainer = trainer;
  self->trace = trace;
  self->initial_params = g_memdup2 (net->params, net->n_params * sizeof (double));
  self->initial_step = model->step;
  self->alpha = rs_alpha_is_valid (model->learning_rate)
                  ? model->learning_rate
                  : CLAMP (model->learning_rate, 1e-4, RS_ALPHA_MAX);
  if (!isfinite (self->alpha))
    self->alpha = 0.1;
  model->learning_rate = self->alpha;
  g_clear_pointer (&self->divergence, g_free);
  return TRUE;
}

/* Tells everyone about a model installed by install_model(): ::loaded, every property,
 * ::changed. */
static void
announce_model (RsDocument *self)
{
  g_signal_emit (self, signals[LOADED], 0);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 1; i < N_PROPS; i++)
    if (i != PROP_COLOURING)
      g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Replaces the model, remembering where it came from (a preset id, a file or neither) before
 * anyone is told it loaded. */
static gboolean
take_model (RsDocument *self, RsModel *model, const char *preset, GFile *file, GError **error)
{
  char *origin;

  /* Copied before the old model is freed: `preset` may be its id (reloading the preset). */
  origin = g_strdup (preset);
  if (!install_model (self, model, NULL, error))
    {
      g_free (origin);
      return FALSE;
    }
  /* Another model: nothing of the last one can be undone into it. */
  rs_history_clear (self->history);
  self->merge_alpha = FALSE;
  self->generation++;
  notify_history (self);
  g_free (self->preset);
  self->preset = origin;
  g_set_object (&self->file, file);
  set_loss_length (self, 0);
  self->example = 0;
  self->modified = FALSE; /* announced with every other property */
  evaluate (self);
  announce_model (self);
  return TRUE;
}

gboolean
rs_document_edit (RsDocument *self, RsModel *edited, const char *label, GError **error)
{
  Replaced replaced;
  int example;

  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (edited != NULL, FALSE);
  g_return_val_if_fail (label != NULL, FALSE);

  if (self->model == NULL || edited->net == NULL || edited->data == NULL
      || !rs_data_fits_network (edited->data, edited->net))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The data does not fit the network's input and output layers"));
      rs_model_free (edited);
      return FALSE;
    }
  if (!rs_network_params_are_finite (edited->net))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Every weight must be a finite number"));
      rs_model_free (edited);
      return FALSE;
    }
  if (edited->data->n_examples < 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("A network needs at least one example"));
      rs_model_free (edited);
      return FALSE;
    }

  example = self->example;
  if (!install_model (self, edited, &replaced, error))
    return FALSE;
  rs_history_push_undo (self->history,
                        rs_history_new_edit (replaced.model, replaced.initial_params,
                                             replaced.initial_step, label));
  rs_history_clear_redo (self->history);
  self->merge_alpha = FALSE;
  notify_history (self);
  /* The loss curve goes on: its next point is the edited model's J at the same step. */
  self->example = MIN (example, edited->data->n_examples - 1);
  evaluate (self);
  announce_model (self);
  set_modified (self, TRUE);
  return TRUE;
}

gboolean
rs_document_set_model (RsDocument *self, RsModel *model, GError **error)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (model != NULL, FALSE);

  return take_model (self, model, NULL, NULL, error);
}

gboolean
rs_document_load_preset (RsDocument *self, const char *id, GError **error)
{
  RsModel *model;

  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  model = rs_preset_load (id, error);
  return model != NULL && take_model (self, model, id, NULL, error);
}

gboolean
rs_document_load_file (RsDocument *self, GFile *file, GError **error)
{
  g_autofree char *path = NULL;
  RsModel *model;

  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only local files can be opened"));
      return FALSE;
    }
  model = rs_model_load (path, error);
  return model != NULL && take_model (self, model, NULL, file, error);
}

/* What went wrong with a refused step, in words a learner can act on. Step numbers go in as
 * text: a translatable message cannot hold G_GUINT64_FORMAT. */
static char *
describe_divergence (RsDocument *self, const RsStepReport *report)
{
  g_autofree char *alpha = rs_format_shortest (self->alpha);
  g_autofree char *smaller = rs_format_shortest (self->alpha / 10.0);
  g_autofree char *bad = rs_format_number (report->bad_value, 4);
  g_autofree char *step = g_strdup_printf ("%" G_GUINT64_FORMAT, report->step);
  g_autofree char *kept = g_strdup_printf ("%" G_GUINT64_FORMAT, self->model->step);
  g_autofree char *what = NULL;

  switch (report->status)
    {
    case RS_STEP_DIVERGED_PARAMETER:
      {
        g_autofree char *symbol = rs_format_symbol (RS_TEXT_PLAIN, "Θ", report->where.layer,
                                                    report->where.row, report->where.col);
        /* Translators: "Step 12 diverged: it would have made Θ⁽²⁾₁₁ +∞." */
        what = g_strdup_printf (_("Step %s diverged: it would have made %s %s."), step, symbol,
                                bad);
      }
      break;
    case RS_STEP_DIVERGED_COST:
      what = g_strdup_printf (_("Step %s diverged: J became %s."), step, bad);
      break;
    case RS_STEP_BAD_START:
      return g_strdup_printf (_("J is %s at these parameters, so no step can be taken. "
                                "Reset, or open another model."),
                              bad);
    case RS_STEP_OK:
    default:
      g_assert_not_reached ();
    }
  return g_strdup_printf (_("%s The network stays at step %s, its last finite state. α = %s is "
                            "too large: try a smaller α, such as %s."),
                          what, kept, alpha, smaller);
}

static void
refuse_step (RsDocument *self, const RsStepReport *report)
{
  double suggested = report->status == RS_STEP_BAD_START ? 0.0 : self->alpha / 10.0;

  set_divergence (self, describe_divergence (self, report), suggested);
  g_signal_emit (self, signals[DIVERGED], 0, self->divergence);
}

/* One step and the evaluation after it. On divergence the network is back where it was and
 * the history matches it again. */
static gboolean
step_once (RsDocument *self, RsStepReport *report)
{
  RsModel *model = self->model;
  const RsHistoryEntry *top;
  double cost;

  rs_history_push_undo (self->history, rs_history_new_step (self->history, model->step,
                                                            model->net->params,
                                                            model->net->n_params));
  if (rs_trainer_step (self->trainer, self->alpha, report)
      && rs_trainer_evaluate (self->trainer, &cost, report))
    {
      self->cost = cost;
      forget_step_example_gradient (self);
      record_loss_point (self, count_dead_hidden (model->net, self->trainer->ws));
      /* A new step: what was undone before it cannot be redone any more. */
      rs_history_clear_redo (self->history);
      self->merge_alpha = FALSE;
      return TRUE;
    }

  /* The trainer restored the parameters of the last finite state; drop the snapshots of that
   * state and after, and the losses past it. A refused step is no step: redo stays. */
  while ((top = rs_history_peek_undo (self->history)) != NULL && top->kind == RS_HISTORY_STEP
         && top->step >= model->step)
    rs_history_recycle (self->history, rs_history_pop_undo (self->history));
  rs_trainer_forget_backup (self->trainer);
  truncate_loss (self);
  return FALSE;
}

guint
rs_document_run (RsDocument *self, guint max_steps, gint64 budget_us)
{
  gint64 start = g_get_monotonic_time ();
  RsStepReport report = { 0 };
  gboolean diverged = FALSE;
  guint done = 0;

  g_return_val_if_fail (RS_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (self->model != NULL, 0);

  while (done < max_steps)
    {
      if (!step_once (self, &report))
        {
          diverged = TRUE;
          break;
        }
      done++;
      if (g_get_monotonic_time () - start >= budget_us)
        break;
    }

  if (done > 0)
    {
      rs_document_clear_divergence (self);
      /* A refused step changed nothing, so it does not count. */
      set_modified (self, TRUE);
    }
  /* The last step's evaluation left J and ∂J/∂Θ of where the run ended; after a refusal they
   * are evaluated again at the state the trainer restored. */
  if (diverged)
    evaluate (self);
  else
    describe (self);
  notify_state (self);
  if (done > 0)
    g_signal_emit (self, signals[STEPPED], 0, done);
  if (diverged)
    refuse_step (self, &report);
  return done;
}

gboolean
rs_document_step (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);

  return rs_document_run (self, 1, G_MAXINT64) == 1;
}

/* Sets α without touching the history (undo, redo and new models do their own). */
static void
put_alpha (RsDocument *self, double alpha)
{
  if (self->alpha == alpha)
    return;
  /* α only matters to the next step: nothing else is recomputed. */
  self->alpha = alpha;
  if (self->model != NULL)
    self->model->learning_rate = alpha;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALPHA]);
}

/* Goes back to the state `entry` (taken) holds and returns the current state as an entry of
 * the same kind, for the other stack; NULL when memory ran out for a model (nothing changed
 * then). Tells nobody. */
static RsHistoryEntry *
restore_entry (RsDocument *self, RsHistoryEntry *entry, gboolean *reloaded)
{
  RsNetwork *net = self->model->net;
  RsHistoryEntry *current = NULL;
  Replaced replaced;
  int example;

  *reloaded = FALSE;
  switch (entry->kind)
    {
    case RS_HISTORY_STEP:
      /* Older steps were taken with the shape they were taken with: edits in between are
       * undone before them. */
      g_assert (entry->n_params == net->n_params);
      current = rs_history_new_step (self->history, self->model->step, net->params,
                                     net->n_params);
      memcpy (net->params, entry->params, net->n_params * sizeof (double));
      self->model->step = entry->step;
      rs_trainer_forget_backup (self->trainer);
      break;

    case RS_HISTORY_EDIT:
      example = self->example;
      if (!install_model (self, g_steal_pointer (&entry->model), &replaced, NULL))
        break;
      g_free (self->initial_params);
      self->initial_params = g_steal_pointer (&entry->initial_params);
      self->initial_step = entry->initial_step;
      self->example = MIN (example, self->model->data->n_examples - 1);
      current = rs_history_new_edit (replaced.model, replaced.initial_params,
                                     replaced.initial_step, entry->label);
      *reloaded = TRUE;
      break;

    case RS_HISTORY_ALPHA:
    default:
      current = rs_history_new_alpha (self->alpha);
      put_alpha (self, entry->alpha);
      break;
    }
  rs_history_recycle (self->history, entry);
  return current;
}

/* Undo (back) or redo: the newest entry of one stack is restored, the state it replaces goes
 * onto the other. */
static gboolean
travel (RsDocument *self, gboolean back)
{
  RsHistoryEntry *entry;
  RsHistoryEntry *current;
  RsHistoryKind kind;
  gboolean reloaded;

  if (self->model == NULL)
    return FALSE;
  entry = back ? rs_history_pop_undo (self->history) : rs_history_pop_redo (self->history);
  if (entry == NULL)
    return FALSE;
  kind = entry->kind;
  current = restore_entry (self, entry, &reloaded);
  if (current != NULL)
    {
      if (back)
        rs_history_push_redo (self->history, current);
      else
        rs_history_push_undo (self->history, current);
    }
  self->merge_alpha = FALSE;

  if (kind == RS_HISTORY_ALPHA)
    {
      if (current != NULL)
        set_modified (self, TRUE);
      notify_history (self);
      return current != NULL;
    }
  truncate_loss (self);
  rs_document_clear_divergence (self);
  evaluate (self);
  if (current != NULL)
    set_modified (self, TRUE);
  if (reloaded)
    {
      notify_history (self);
      announce_model (self);
    }
  else
    notify_state (self);
  return current != NULL;
}

gboolean
rs_document_undo (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  return travel (self, TRUE);
}

gboolean
rs_document_redo (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  return travel (self, FALSE);
}

void
rs_document_reset (RsDocument *self)
{
  RsNetwork *net;

  g_return_if_fail (RS_IS_DOCUMENT (self));

  if (self->model == NULL)
    return;
  net = self->model->net;
  memcpy (net->params, self->initial_params, net->n_params * sizeof (double));
  self->model->step = self->initial_step;
  rs_trainer_forget_backup (self->trainer);
  rs_history_clear (self->history);
  self->merge_alpha = FALSE;
  set_loss_length (self, 0);
  rs_document_clear_divergence (self);
  evaluate (self);
  set_modified (self, TRUE);
  notify_state (self);
}

const RsModel *
rs_document_get_model (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->model;
}

const char *
rs_document_get_preset (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->preset;
}

GFile *
rs_document_get_file (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->file;
}

const RsTrace *
rs_document_get_trace (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->trace;
}

const RsCensus *
rs_document_get_census (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->census;
}

void
rs_document_diagram_state (RsDocument *self, RsDiagramState *state)
{
  const RsModel *model;

  g_return_if_fail (RS_IS_DOCUMENT (self) && self->model != NULL && state != NULL);

  model = self->model;
  rs_diagram_state_init (state, model->net);
  state->trace = self->trace;
  state->target = rs_data_y (model->data, self->example);
  state->census = self->census;
  state->colouring = self->colouring;
  state->before = rs_document_get_previous_params (self);
  state->alpha = self->alpha;
  /* Only the change colouring before a step shows the pending update. */
  if (state->colouring == RS_COLOURING_CHANGE && state->before == NULL)
    state->next_grads = rs_document_get_step_example_gradient (self);
}

const double *
rs_document_get_step_example_gradient (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);

  if (self->model == NULL)
    return NULL;
  if (!self->step_example_grads_valid)
    {
      self->step_example_grads = rs_model_step_example_gradient (self->model);
      self->step_example_grads_valid = TRUE;
    }
  return self->step_example_grads;
}

const double *
rs_document_get_previous_params (RsDocument *self)
{
  const RsHistoryEntry *top;

  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);

  if (self->model == NULL)
    return NULL;
  top = rs_history_peek_undo (self->history);
  if (top == NULL || top->kind != RS_HISTORY_STEP || top->step + 1 != self->model->step)
    return NULL;
  return top->params;
}

guint
rs_document_get_loss_history (RsDocument *self, const guint64 **steps, const double **cost,
                              const int **n_dead)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), 0);

  if (steps != NULL)
    *steps = (const guint64 *) (gpointer) self->loss_steps->data;
  if (cost != NULL)
    *cost = (const double *) (gpointer) self->loss_cost->data;
  if (n_dead != NULL)
    *n_dead = (const int *) (gpointer) self->loss_dead->data;
  return self->loss_steps->len;
}

const char *
rs_document_get_name (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->model != NULL ? self->model->name : NULL;
}

const char *
rs_document_get_hint (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->model != NULL ? self->model->hint : NULL;
}

double
rs_document_get_alpha (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), 0.0);
  return self->alpha;
}

void
rs_document_set_alpha (RsDocument *self, double alpha)
{
  g_return_if_fail (RS_IS_DOCUMENT (self));
  g_return_if_fail (rs_alpha_is_valid (alpha));

  if (self->alpha == alpha)
    return;
  if (self->model != NULL)
    {
      const RsHistoryEntry *top = rs_history_peek_undo (self->history);

      /* A slider drag is many changes in a row: one undo entry, holding the α from before
       * the first; dragged back to where it started, there is nothing to undo. */
      if (self->merge_alpha && top != NULL && top->kind == RS_HISTORY_ALPHA)
        {
          if (top->alpha == alpha)
            rs_history_recycle (self->history, rs_history_pop_undo (self->history));
        }
      else
        rs_history_push_undo (self->history, rs_history_new_alpha (self->alpha));
      rs_history_clear_redo (self->history);
      self->merge_alpha = TRUE;
    }
  put_alpha (self, alpha);
  if (self->model != NULL)
    notify_history (self);
  if (self->model != NULL)
    set_modified (self, TRUE);
}

RsColouring
rs_document_get_colouring (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), RS_COLOURING_WEIGHTS);
  return self->colouring;
}

void
rs_document_set_colouring (RsDocument *self, RsColouring colouring)
{
  g_return_if_fail (RS_IS_DOCUMENT (self));
  g_return_if_fail ((guint) colouring < RS_N_COLOURINGS);

  if (self->colouring == colouring)
    return;
  self->colouring = colouring;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOURING]);
}

int
rs_document_get_example (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), 0);
  return self->example;
}

void
rs_document_set_example (RsDocument *self, int example)
{
  RsModel *model;

  g_return_if_fail (RS_IS_DOCUMENT (self));
  g_return_if_fail (example >= 0 && example < rs_document_get_n_examples (self));

  if (self->example == example)
    return;
  self->example = example;
  model = self->model;
  rs_trace_run (model->net, self->trace, rs_data_x (model->data, example),
                rs_data_y (model->data, example));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXAMPLE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

int
rs_document_get_n_examples (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), 0);
  return self->model != NULL ? self->model->data->n_examples : 0;
}

guint64
rs_document_get_step (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), 0);
  return self->model != NULL ? self->model->step : 0;
}

double
rs_document_get_cost (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NAN);
  return self->cost;
}

double
rs_document_get_cost_before (RsDocument *self)
{
  guint len;

  g_return_val_if_fail (RS_IS_DOCUMENT (self), NAN);

  len = self->loss_steps->len;
  if (self->model == NULL || len < 2 || loss_step (self, len - 2) + 1 != self->model->step)
    return NAN;
  return g_array_index (self->loss_cost, double, len - 2);
}

gboolean
rs_document_get_can_undo (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  return rs_history_get_n_undo (self->history) > 0;
}

gboolean
rs_document_get_can_redo (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  return rs_history_get_n_redo (self->history) > 0;
}

const char *
rs_document_get_undo_label (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->undo_label;
}

const char *
rs_document_get_redo_label (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->redo_label;
}

guint
rs_document_get_generation (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), 0);
  return self->generation;
}

gboolean
rs_document_get_diverged (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  return self->divergence != NULL;
}

const char *
rs_document_get_divergence_message (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), NULL);
  return self->divergence;
}

double
rs_document_get_suggested_alpha (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), 0.0);
  return self->suggested_alpha;
}

/* Saving -------------------------------------------------------------------------------- */

static void
set_modified (RsDocument *self, gboolean modified)
{
  if (self->modified == !!modified)
    return;
  self->modified = !!modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

gboolean
rs_document_get_modified (RsDocument *self)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  return self->modified;
}

gboolean
rs_document_take_loaded_model (RsDocument *self, RsModel *model, GFile *file, GError **error)
{
  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (model != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return take_model (self, model, NULL, file, error);
}

gboolean
rs_document_save (RsDocument *self, GFile *file, GError **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (RS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->model != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only local files can be written"));
      return FALSE;
    }
  /* The model already holds everything the window shows: α is kept in learning_rate, the
   * step in step, the parameters in the network. */
  if (!rs_model_save (self->model, path, error))
    return FALSE;
  g_clear_pointer (&self->preset, g_free);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  set_modified (self, FALSE);
  return TRUE;
}
