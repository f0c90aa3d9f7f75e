/* rs-file-actions.h — a window's files: Open, Save, Save As, Import Data, Export, dropping a
 * file on the window, the unsaved-changes prompt (on close, open and preset) and loading in
 * the background with a way to cancel.
 *
 * The window creates one and keeps it; it adds the actions win.open, win.save, win.save-as,
 * win.import-data, win.export and win.cancel-loading to the window. The dialogs call the
 * functions below, which tests call directly.
 */
#pragma once

#include <gtk/gtk.h>

#include "rs-window.h"

G_BEGIN_DECLS

#define RS_TYPE_FILE_ACTIONS (rs_file_actions_get_type ())
G_DECLARE_FINAL_TYPE (RsFileActions, rs_file_actions, RS, FILE_ACTIONS, GObject)

/* The window's file actions; `window` is not referenced (it owns the result). */
RsFileActions *rs_file_actions_new (RsWindow *window);

/* Opens `file` in the window once unsaved changes are saved or discarded: read in a worker
 * thread (the ::loading property is TRUE meanwhile), then shown. A file that fails to load
 * leaves the network as it was and shows the loader's message in a dialog. Opening another
 * file or cancel_loading() drops a load in progress. */
void rs_file_actions_open (RsFileActions *self, GFile *file);
gboolean rs_file_actions_get_loading (RsFileActions *self);
void rs_file_actions_cancel_loading (RsFileActions *self);

/* Writes the document to `file` (it becomes the document's file, unmodified). */
gboolean rs_file_actions_save_to (RsFileActions *self, GFile *file, GError **error);

/* Replaces the examples with the CSV file's (input columns, then target columns), as one
 * undoable edit. Nothing changes on an error, which names the line and column. */
gboolean rs_file_actions_import_data (RsFileActions *self, GFile *file, GError **error);

/* Runs `then` at once when the document has no unsaved changes; else asks Save / Discard /
 * Cancel first and runs it after a successful save or a discard, never after Cancel. */
typedef void (*RsProceedFunc) (RsWindow *window, gpointer data);
void rs_file_actions_ask_to_save (RsFileActions *self, RsProceedFunc then, gpointer data,
                                  GDestroyNotify destroy);

/* A base name for files of the document, without extension: its file's ("model" for
 * model.json), else its name made safe ("the-question-s-network"), else "model". */
char *rs_suggest_file_stem (RsDocument *document);

/* A modal error dialog over `parent`: `primary` in bold, the error's message under it. */
void rs_show_error (GtkWindow *parent, const char *primary, const GError *error);

G_END_DECLS
