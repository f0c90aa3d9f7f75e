/* rs-model-loader.h — reading a model file in a worker thread, so a huge or hostile file
 * never freezes the window: the size limit refuses the largest at once, and whatever still
 * takes long can be cancelled.
 */
#pragma once

#include <gio/gio.h>

#include "core/rs-model.h"

G_BEGIN_DECLS

/* Starts rs_model_load() on `file` in a thread. Cancelling `cancellable` completes the call at
 * once with G_IO_ERROR_CANCELLED; the thread's work, when it ends, is thrown away. */
void rs_model_loader_load_async (GFile *file, GCancellable *cancellable,
                                 GAsyncReadyCallback callback, gpointer user_data);

/* The model (free with rs_model_free()), or NULL with the loader's message (file, place,
 * problem) or G_IO_ERROR_CANCELLED. */
RsModel *rs_model_loader_load_finish (GAsyncResult *result, GError **error);

G_END_DECLS
