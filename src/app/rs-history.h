/* rs-history.h — a bounded stack of parameter snapshots, for Undo.
 *
 * Each entry is a copy of every Θ and the step number it belonged to. When the stack is full
 * (by count or by bytes) the oldest entry is dropped, so the memory used stays bounded while
 * the most recent steps can always be undone. At least one entry is always kept, however large
 * the network.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RsHistory RsHistory;

/* A history of snapshots of `n_params` doubles, holding at most `max_entries` of them and at
 * most `max_bytes` of parameters (but never fewer than one). */
RsHistory *rs_history_new (gsize n_params, gsize max_bytes, guint max_entries);
void rs_history_free (RsHistory *history);

/* How many entries it can hold, and how many it holds. */
guint rs_history_get_capacity (const RsHistory *history);
guint rs_history_get_length (const RsHistory *history);

/* Copies `params` (n_params values) on top, dropping the oldest entry when full. */
void rs_history_push (RsHistory *history, guint64 step, const double *params);

/* The newest entry without removing it: its parameters (owned by the history, valid until the
 * next push/pop/clear), or NULL when empty. */
const double *rs_history_peek (const RsHistory *history, guint64 *step);

/* Removes the newest entry, copying its parameters to `params` when not NULL. FALSE when
 * empty. */
gboolean rs_history_pop (RsHistory *history, guint64 *step, double *params);

void rs_history_clear (RsHistory *history);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsHistory, rs_history_free)

G_END_DECLS
