/* rs-model-loader.c — rs_model_load() in a GTask thread.
 *
 * rs_model_load() may run in any thread: it keeps no state between calls (the io and core
 * layers have no mutable statics), parses with a json-glib parser of its own and reads
 * numbers locale-independently (g_ascii_strtod). */
#include "rs-model-loader.h"

#include <glib/gi18n.h>

#include "io/rs-model-file.h"

static void
load_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  const char *path = task_data;
  GError *error = NULL;
  RsModel *model;

  model = rs_model_load (path, &error);
  if (model == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, model, (GDestroyNotify) rs_model_free);
}

void
rs_model_loader_load_async (GFile *file, GCancellable *cancellable,
                            GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  char *path;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rs_model_loader_load_async);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("%s: only local files can be opened"), name);
      return;
    }
  g_task_set_task_data (task, path, g_free);
  /* The parser cannot be interrupted, but the window need not wait for it. */
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, load_in_thread);
}

RsModel *
rs_model_loader_load_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, rs_model_loader_load_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
