/* rs-document.h — the one model a window shows, and everything done to it.
 *
 * The document owns the model (network + data), a trainer, the learning rate α, the edge
 * colouring, the current example, the initial parameters (for Reset), bounded undo and redo
 * histories (steps as parameter snapshots, edits as whole-model snapshots, α changes), the loss
 * history for the plot and the state of a divergence. Views observe it through its signals and
 * properties and never poke each other:
 *
 *   ::loaded   a new model, an edit or its undo/redo: the shape may have changed, so layouts
 *              must be recomputed (rs_document_get_generation() tells a new model from an edit)
 *   ::changed  parameters or derived values changed (step, undo, reset, example): redraw
 *   ::stepped  n steps were taken (after ::changed)
 *   ::diverged a step was refused; the message says which and what to do
 *
 * After every public call the network's gradients, the trace of the current example and the
 * census describe the current parameters.
 */
#pragma once

#include <gio/gio.h>

#include "core/rs-census.h"
#include "core/rs-model.h"
#include "core/rs-trace.h"
#include "render/rs-diagram.h"
#include "render/rs-edge-scale.h"

G_BEGIN_DECLS

/* RsColouring (what the diagram's edges are coloured by) as a GType, for properties. */
#define RS_TYPE_COLOURING (rs_colouring_get_type ())
GType rs_colouring_get_type (void);

/* α must be finite and in (0, RS_ALPHA_MAX]. */
#define RS_ALPHA_MAX 10.0
gboolean rs_alpha_is_valid (double alpha);

#define RS_TYPE_DOCUMENT (rs_document_get_type ())
G_DECLARE_FINAL_TYPE (RsDocument, rs_document, RS, DOCUMENT, GObject)

/* An empty document; load a model before stepping. */
RsDocument *rs_document_new (void);

/* Replaces the model (the document takes ownership). Its parameters become the ones Reset
 * restores; α comes from model->learning_rate, clamped into the valid range. FALSE (and the
 * model freed) when memory runs out. */
gboolean rs_document_set_model (RsDocument *self, RsModel *model, GError **error);
gboolean rs_document_load_preset (RsDocument *self, const char *id, GError **error);
gboolean rs_document_load_file (RsDocument *self, GFile *file, GError **error);

/* Replaces the model with `edited` (taken, also on failure), an edited copy of the current one:
 * one change a user made, described by `label` for the Undo menu ("Set Θ⁽²⁾₁₂ = 0.5").
 * Undoable: undo puts the whole previous model back (and Reset's parameters with it), redo
 * this one; the redo history is cleared.
 * The file and preset it came from are kept, so are the colouring and the current example
 * (clamped to the new number of examples); α becomes edited->learning_rate. Reset afterwards
 * returns to the edited parameters. Refused with a message, nothing changed, when the data does
 * not fit the network, there is no example or a parameter is not finite. Emits ::loaded (the
 * shape may have changed) and ::changed. */
gboolean rs_document_edit (RsDocument *self, RsModel *edited, const char *label,
                           GError **error);

/* NULL before a model is loaded. */
const RsModel *rs_document_get_model (RsDocument *self);
/* The id of the preset the model came from, or NULL. */
const char *rs_document_get_preset (RsDocument *self);
/* The file the model came from, or NULL. */
GFile *rs_document_get_file (RsDocument *self);
/* Every value of the current example at the current parameters. */
const RsTrace *rs_document_get_trace (RsDocument *self);
/* Who is active on how many examples, at the current parameters. */
const RsCensus *rs_document_get_census (RsDocument *self);
/* The diagram of the document as it is: the current example's values, the census, the
 * colouring with what it needs (the last step's change, or the pending update of the next
 * step), light; nothing hovered or selected. Valid until the document next changes. */
void rs_document_diagram_state (RsDocument *self, RsDiagramState *state);
/* In stochastic mode, the gradient the next step applies: that of example step mod m alone
 * (laid out like net->grads, which holds the mean over all examples). NULL in batch mode. */
const double *rs_document_get_step_example_gradient (RsDocument *self);
/* The parameters before the last step (laid out like net->params), or NULL when the current
 * state did not come from a step that can be undone. */
const double *rs_document_get_previous_params (RsDocument *self);
/* The loss history for the plot, oldest first and ending with the current step, as parallel
 * arrays (owned by the document, valid until it next changes): the step, J over all examples
 * and the number of dead hidden units. Returns the number of points. A long run is thinned. */
guint rs_document_get_loss_history (RsDocument *self, const guint64 **steps,
                                    const double **cost, const int **n_dead);

/* One gradient descent step with the current α. FALSE when it diverged (nothing changed;
 * ::diverged was emitted). */
gboolean rs_document_step (RsDocument *self);
/* Up to max_steps steps, stopping early when budget_us microseconds have passed or a step
 * diverges; ::changed is emitted once. Returns the number of steps taken. */
guint rs_document_run (RsDocument *self, guint max_steps, gint64 budget_us);
/* Undoes the last step, edit or α change (consecutive α changes count as one), restoring the
 * state from before it exactly. FALSE when there is nothing to undo. */
gboolean rs_document_undo (RsDocument *self);
/* Redoes what undo undid last, restoring the state from after it exactly. A new step, edit or
 * α change clears what could be redone. FALSE when there is nothing to redo. */
gboolean rs_document_redo (RsDocument *self);
/* Puts back the initial parameters and step of the current model and forgets the undo, redo
 * and loss histories. */
void rs_document_reset (RsDocument *self);
/* Forgets the divergence (the banner was dismissed). */
void rs_document_clear_divergence (RsDocument *self);

const char *rs_document_get_name (RsDocument *self);
const char *rs_document_get_hint (RsDocument *self);
double rs_document_get_alpha (RsDocument *self);
/* An undoable change; consecutive changes merge into one undo entry. */
void rs_document_set_alpha (RsDocument *self, double alpha);
RsColouring rs_document_get_colouring (RsDocument *self);
void rs_document_set_colouring (RsDocument *self, RsColouring colouring);
int rs_document_get_example (RsDocument *self);
void rs_document_set_example (RsDocument *self, int example);
int rs_document_get_n_examples (RsDocument *self);
guint64 rs_document_get_step (RsDocument *self);
/* J over all examples at the current parameters (may be non-finite for a bad file). */
double rs_document_get_cost (RsDocument *self);
/* J before the last step, or NaN when the current state did not come from a step. */
double rs_document_get_cost_before (RsDocument *self);
gboolean rs_document_get_can_undo (RsDocument *self);
gboolean rs_document_get_can_redo (RsDocument *self);
/* "Undo Step 12", "Undo Set Θ⁽²⁾₁₂ = 0.5", "Redo Set α to 0.3"; NULL when there is none. */
const char *rs_document_get_undo_label (RsDocument *self);
const char *rs_document_get_redo_label (RsDocument *self);
/* Changes when a different model is loaded (a preset, a file, set_model), not on edits and
 * their undo and redo: views keep their selection across an edit. */
guint rs_document_get_generation (RsDocument *self);
gboolean rs_document_get_diverged (RsDocument *self);
/* What happened and what to do, or NULL. */
const char *rs_document_get_divergence_message (RsDocument *self);
/* A smaller α to suggest after a divergence (α / 10), or 0 when there is none. */
double rs_document_get_suggested_alpha (RsDocument *self);

/* Whether anything a save would write changed since the model was loaded or saved: a step,
 * an edit, α, undo or reset. Loading and saving clear it ("notify::modified"). */
gboolean rs_document_get_modified (RsDocument *self);
/* Replaces the model with `model` (taken, also on failure), read from `file` elsewhere (a
 * worker thread): the same as rs_document_load_file() without the reading. */
gboolean rs_document_take_loaded_model (RsDocument *self, RsModel *model, GFile *file,
                                        GError **error);
/* Writes the current model (parameters, α, step, data, name, settings) to `file` atomically;
 * it becomes the document's file, no longer a preset, and unmodified. Nothing changes on
 * failure. */
gboolean rs_document_save (RsDocument *self, GFile *file, GError **error);

G_END_DECLS
