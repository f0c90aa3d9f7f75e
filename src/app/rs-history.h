/* rs-history.h — the undo and redo stacks of a document, bounded in memory.
 *
 * Each entry is a state to go back (or forward) to:
 *   step   every Θ and the step number, from before (undo) or after (redo) a gradient step;
 *   edit   a whole model (network, data, settings) and the parameters Reset returns to with
 *          it, from before or after an edit;
 *   alpha  the learning rate α.
 * The document applies an entry by capturing its current state into an entry of the same
 * kind on the other stack, then restoring the entry's state: that is what makes redo after
 * undo exact.
 *
 * Both stacks together hold at most `max_entries` entries and about `max_bytes` of snapshots;
 * when a push goes over, the oldest undo entries are dropped first, then the farthest redo
 * entries, but the newest undo entry is always kept, however large the network. The buffer of
 * a dropped step entry is reused by the next one, so playing for hours neither grows memory
 * nor allocates per step.
 */
#pragma once

#include <glib.h>

#include "core/rs-model.h"

G_BEGIN_DECLS

typedef enum
{
  RS_HISTORY_STEP,
  RS_HISTORY_EDIT,
  RS_HISTORY_ALPHA
} RsHistoryKind;

typedef struct
{
  RsHistoryKind kind;
  guint64 step;            /* step: the model's step number in this state */
  double *params;          /* step: n_params values, laid out like net->params */
  gsize n_params;
  RsModel *model;          /* edit: the whole model, owned */
  double *initial_params;  /* edit: what Reset restores with this model, owned */
  guint64 initial_step;
  char *label;             /* edit: what the edit did, "Set Θ⁽²⁾₁₂ = 0.5" */
  double alpha;            /* alpha: α in this state */
} RsHistoryEntry;

typedef struct _RsHistory RsHistory;

RsHistory *rs_history_new (gsize max_bytes, guint max_entries);
void rs_history_free (RsHistory *history);

/* A step entry with a copy of `params` (in a recycled buffer when one fits). */
RsHistoryEntry *rs_history_new_step (RsHistory *history, guint64 step, const double *params,
                                     gsize n_params);
/* An edit entry; `model` and `initial_params` (model->net->n_params values) are taken. */
RsHistoryEntry *rs_history_new_edit (RsModel *model, double *initial_params,
                                     guint64 initial_step, const char *label);
RsHistoryEntry *rs_history_new_alpha (double alpha);
/* Frees an entry, keeping a step entry's buffer for the next rs_history_new_step(). */
void rs_history_recycle (RsHistory *history, RsHistoryEntry *entry);

/* Pushes an entry (taken) and drops old ones until the bounds hold again. */
void rs_history_push_undo (RsHistory *history, RsHistoryEntry *entry);
void rs_history_push_redo (RsHistory *history, RsHistoryEntry *entry);

/* The newest entry, owned by the history (valid until the next change), or NULL. */
const RsHistoryEntry *rs_history_peek_undo (const RsHistory *history);
const RsHistoryEntry *rs_history_peek_redo (const RsHistory *history);

/* Removes and hands over the newest entry, or NULL when the stack is empty. */
RsHistoryEntry *rs_history_pop_undo (RsHistory *history);
RsHistoryEntry *rs_history_pop_redo (RsHistory *history);

guint rs_history_get_n_undo (const RsHistory *history);
guint rs_history_get_n_redo (const RsHistory *history);
/* The bytes of snapshots both stacks hold now. */
gsize rs_history_get_bytes (const RsHistory *history);

void rs_history_clear_redo (RsHistory *history);
void rs_history_clear (RsHistory *history);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsHistory, rs_history_free)

G_END_DECLS
