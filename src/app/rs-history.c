/* rs-history.c — two stacks of snapshots with one memory bound. */
#include "rs-history.h"

#include <string.h>

struct _RsHistory
{
  gsize max_bytes;
  guint max_entries;
  GQueue undo; /* head = oldest, tail = newest */
  GQueue redo; /* head = farthest, tail = next to redo */
  gsize bytes;
  double *spare; /* a dropped step entry's buffer, for the next step entry */
  gsize spare_len;
};

RsHistory *
rs_history_new (gsize max_bytes, guint max_entries)
{
  RsHistory *history;

  g_return_val_if_fail (max_entries > 0, NULL);

  history = g_new0 (RsHistory, 1);
  history->max_bytes = max_bytes;
  history->max_entries = max_entries;
  g_queue_init (&history->undo);
  g_queue_init (&history->redo);
  return history;
}

static void
entry_free (RsHistoryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->params);
  rs_model_free (entry->model);
  g_free (entry->initial_params);
  g_free (entry->label);
  g_free (entry);
}

void
rs_history_free (RsHistory *history)
{
  if (history == NULL)
    return;
  rs_history_clear (history);
  g_free (history->spare);
  g_free (history);
}

/* What an entry costs, for the bound: its snapshots (a model counts its parameters twice, for
 * Reset's copy, and its data). */
static gsize
entry_bytes (const RsHistoryEntry *entry)
{
  gsize bytes = sizeof *entry;

  if (entry->params != NULL)
    bytes += entry->n_params * sizeof (double);
  if (entry->model != NULL)
    {
      const RsData *data = entry->model->data;

      bytes += 2 * entry->model->net->n_params * sizeof (double);
      bytes += (gsize) data->n_examples * (gsize) (data->n_inputs + data->n_outputs)
               * sizeof (double);
    }
  return bytes;
}

RsHistoryEntry *
rs_history_new_step (RsHistory *history, guint64 step, const double *params, gsize n_params)
{
  RsHistoryEntry *entry;

  g_return_val_if_fail (history != NULL, NULL);
  g_return_val_if_fail (params != NULL || n_params == 0, NULL);

  entry = g_new0 (RsHistoryEntry, 1);
  entry->kind = RS_HISTORY_STEP;
  entry->step = step;
  entry->n_params = n_params;
  if (history->spare != NULL && history->spare_len == n_params)
    entry->params = g_steal_pointer (&history->spare);
  else
    entry->params = g_new (double, MAX (n_params, 1));
  memcpy (entry->params, params, n_params * sizeof (double));
  return entry;
}

RsHistoryEntry *
rs_history_new_edit (RsModel *model, double *initial_params, guint64 initial_step,
                     const char *label)
{
  RsHistoryEntry *entry;

  g_return_val_if_fail (model != NULL, NULL);

  entry = g_new0 (RsHistoryEntry, 1);
  entry->kind = RS_HISTORY_EDIT;
  entry->model = model;
  entry->step = model->step;
  entry->initial_params = initial_params;
  entry->initial_step = initial_step;
  entry->label = g_strdup (label);
  return entry;
}

RsHistoryEntry *
rs_history_new_alpha (double alpha)
{
  RsHistoryEntry *entry = g_new0 (RsHistoryEntry, 1);

  entry->kind = RS_HISTORY_ALPHA;
  entry->alpha = alpha;
  return entry;
}

void
rs_history_recycle (RsHistory *history, RsHistoryEntry *entry)
{
  g_return_if_fail (history != NULL);

  if (entry == NULL)
    return;
  if (entry->kind == RS_HISTORY_STEP && entry->params != NULL)
    {
      g_free (history->spare);
      history->spare = g_steal_pointer (&entry->params);
      history->spare_len = entry->n_params;
    }
  entry_free (entry);
}

static RsHistoryEntry *
take (RsHistory *history, GQueue *queue, gboolean newest)
{
  RsHistoryEntry *entry = newest ? g_queue_pop_tail (queue) : g_queue_pop_head (queue);

  if (entry != NULL)
    history->bytes -= entry_bytes (entry);
  return entry;
}

/* Drops the oldest undo entries, then the farthest redo entries, while over a bound; the
 * newest undo entry stays. */
static void
trim (RsHistory *history)
{
  for (;;)
    {
      guint n = history->undo.length + history->redo.length;
      GQueue *queue;

      if (n <= history->max_entries && history->bytes <= history->max_bytes)
        return;
      if (history->undo.length > 1)
        queue = &history->undo;
      else if (history->redo.length > 0)
        queue = &history->redo;
      else
        return;
      rs_history_recycle (history, take (history, queue, FALSE));
    }
}

static void
push (RsHistory *history, GQueue *queue, RsHistoryEntry *entry)
{
  g_queue_push_tail (queue, entry);
  history->bytes += entry_bytes (entry);
  trim (history);
}

void
rs_history_push_undo (RsHistory *history, RsHistoryEntry *entry)
{
  g_return_if_fail (history != NULL);
  g_return_if_fail (entry != NULL);
  push (history, &history->undo, entry);
}

void
rs_history_push_redo (RsHistory *history, RsHistoryEntry *entry)
{
  g_return_if_fail (history != NULL);
  g_return_if_fail (entry != NULL);
  push (history, &history->redo, entry);
}

const RsHistoryEntry *
rs_history_peek_undo (const RsHistory *history)
{
  g_return_val_if_fail (history != NULL, NULL);
  return g_queue_peek_tail ((GQueue *) &history->undo);
}

const RsHistoryEntry *
rs_history_peek_redo (const RsHistory *history)
{
  g_return_val_if_fail (history != NULL, NULL);
  return g_queue_peek_tail ((GQueue *) &history->redo);
}

RsHistoryEntry *
rs_history_pop_undo (RsHistory *history)
{
  g_return_val_if_fail (history != NULL, NULL);
  return take (history, &history->undo, TRUE);
}

RsHistoryEntry *
rs_history_pop_redo (RsHistory *history)
{
  g_return_val_if_fail (history != NULL, NULL);
  return take (history, &history->redo, TRUE);
}

guint
rs_history_get_n_undo (const RsHistory *history)
{
  g_return_val_if_fail (history != NULL, 0);
  return history->undo.length;
}

guint
rs_history_get_n_redo (const RsHistory *history)
{
  g_return_val_if_fail (history != NULL, 0);
  return history->redo.length;
}

gsize
rs_history_get_bytes (const RsHistory *history)
{
  g_return_val_if_fail (history != NULL, 0);
  return history->bytes;
}

void
rs_history_clear_redo (RsHistory *history)
{
  g_return_if_fail (history != NULL);
  while (history->redo.length > 0)
    rs_history_recycle (history, take (history, &history->redo, TRUE));
}

void
rs_history_clear (RsHistory *history)
{
  g_return_if_fail (history != NULL);
  rs_history_clear_redo (history);
  while (history->undo.length > 0)
    rs_history_recycle (history, take (history, &history->undo, TRUE));
}
