/* window-test-util.h — what the window tests share: the application and window under a test,
 * running the main loop until something happened, and finding widgets and dialogs. */
#pragma once

#include <gtk/gtk.h>

#include "rs-application.h"
#include "rs-window.h"

G_BEGIN_DECLS

/* g_test_init(), the C.UTF-8 locale and a display. FALSE when there is no display: the test
 * then exits with 77 (skipped). */
gboolean wt_init (int *argc, char ***argv);

/* Registers a new application (with `flags` besides G_APPLICATION_NON_UNIQUE) into *app and
 * returns a window on the default preset, presented, mapped and drawn once. */
RsWindow *wt_open_window (RsApplication **app, GApplicationFlags flags);

/* Destroys the window and lets what it left in the main loop run. */
void wt_close_window (RsWindow *window);

/* Lets the main loop run for `ms` milliseconds (frames, ticks, idles). */
void wt_iterate (int ms);

/* Runs the main loop until `done` says so; failing after 20 s (a broken build, not a timing). */
void wt_iterate_until (gboolean (*done) (gpointer), gpointer data);

/* The first widget below `root` (itself included) of `type` and, when `action_name` is not
 * NULL, with that action; NULL when there is none. */
GtkWidget *wt_find_widget (GtkWidget *root, GType type, const char *action_name);

/* The message dialog over `parent` (an unsaved-changes prompt, an error), or NULL; the
 * caller owns a reference. */
GtkWidget *wt_find_message_dialog (RsWindow *parent);

G_END_DECLS
