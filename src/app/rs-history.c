/* rs-history.c — a ring of snapshot buffers: pushing onto a full ring reuses the oldest
 * buffer, so playing for hours neither grows memory nor allocates per step. */
#include "rs-history.h"

#include <string.h>

struct _RsHistory
{
  gsize n_params;
  guint capacity;
  guint first;      /* slot of the oldest entry */
  guint length;
  guint64 *steps;   /* capacity */
  double **slots;   /* capacity buffers, allocated on first use */
};

RsHistory *
rs_history_new (gsize n_params, gsize max_bytes, guint max_entries)
{
  RsHistory *history;
  gsize per_entry = MAX (n_params, 1) * sizeof (double);

  g_return_val_if_fail (max_entries > 0, NULL);

  history = g_new0 (RsHistory, 1);
  history->n_params = n_params;
  history->capacity = (guint) CLAMP (max_bytes / per_entry, 1, max_entries);
  history->steps = g_new0 (guint64, history->capacity);
  history->slots = g_new0 (double *, history->capacity);
  return history;
}

void
rs_history_free (RsHistory *history)
{
  if (history == NULL)
    return;
  for (guint i = 0; i < history->capacity; i++)
    g_free (history->slots[i]);
  g_free (history->slots);
  g_free (history->steps);
  g_free (history);
}

guint
rs_history_get_capacity (const RsHistory *history)
{
  g_return_val_if_fail (history != NULL, 0);
  return history->capacity;
}

guint
rs_history_get_length (const RsHistory *history)
{
  g_return_val_if_fail (history != NULL, 0);
  return history->length;
}

static guint
slot_of (const RsHistory *history, guint i)
{
  return (history->first + i) % history->capacity;
}

void
rs_history_push (RsHistory *history, guint64 step, const double *params)
{
  guint slot;

  g_return_if_fail (history != NULL);
  g_return_if_fail (params != NULL || history->n_params == 0);

  if (history->length == history->capacity)
    {
      /* Full: the oldest entry's buffer becomes the newest. */
      history->first = slot_of (history, 1);
      history->length--;
    }
  slot = slot_of (history, history->length);
  if (history->slots[slot] == NULL)
    history->slots[slot] = g_new (double, MAX (history->n_params, 1));
  memcpy (history->slots[slot], params, history->n_params * sizeof (double));
  history->steps[slot] = step;
  history->length++;
}

const double *
rs_history_peek (const RsHistory *history, guint64 *step)
{
  guint slot;

  g_return_val_if_fail (history != NULL, NULL);

  if (history->length == 0)
    return NULL;
  slot = slot_of (history, history->length - 1);
  if (step != NULL)
    *step = history->steps[slot];
  return history->slots[slot];
}

gboolean
rs_history_pop (RsHistory *history, guint64 *step, double *params)
{
  const double *top;

  g_return_val_if_fail (history != NULL, FALSE);

  top = rs_history_peek (history, step);
  if (top == NULL)
    return FALSE;
  if (params != NULL)
    memcpy (params, top, history->n_params * sizeof (double));
  history->length--;
  return TRUE;
}

void
rs_history_clear (RsHistory *history)
{
  g_return_if_fail (history != NULL);
  history->first = 0;
  history->length = 0;
}
