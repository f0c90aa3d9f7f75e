/* rs-settings.h — what ReluScope remembers between runs (GSettings schema
 * io.github.reluscope.ReluScope): the window's size, α, the colouring, the side panel and
 * its width, the diagram's text size, the bias units, the play speed, the last model and the
 * colour scheme. */
#pragma once

#include <gtk/gtk.h>

#include "rs-document.h"

G_BEGIN_DECLS

#define RS_SETTINGS_SCHEMA_ID "io.github.reluscope.ReluScope"

/* The app's settings, or NULL when no schema source knows the schema (a run from the build
 * tree without GSETTINGS_SCHEMA_DIR): the app then remembers nothing, where g_settings_new()
 * would abort. Free with g_object_unref(). */
GSettings *rs_settings_new (void);

/* How windows bind their state: each window starts from the saved values and saves its own
 * changes, but does not follow the changes of the other windows (each shows its own model). */
#define RS_SETTINGS_BIND_FLAGS \
  (G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES | G_SETTINGS_BIND_NO_SENSITIVITY)

/* Gives `window` the saved size and maximized state, and saves them as they change. */
void rs_settings_bind_window_size (GSettings *settings, GtkWindow *window);

/* Loads the model shown last into `document` (the file, if it still loads, else the preset)
 * with the α last used. FALSE when it does not load (the caller shows the default preset). */
gboolean rs_settings_restore_model (GSettings *settings, RsDocument *document);

/* Saves which model `document` shows each time one is loaded, and its α as it changes, for
 * as long as both live. */
void rs_settings_track_model (GSettings *settings, RsDocument *document);

G_END_DECLS
