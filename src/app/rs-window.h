/* rs-window.h — the main window: header bar, α, the diagram, loss plot and status line over
 * one document. */
#pragma once

#include <gtk/gtk.h>

#include "rs-document.h"
#include "rs-network-view.h"

G_BEGIN_DECLS

#define RS_TYPE_WINDOW (rs_window_get_type ())
G_DECLARE_FINAL_TYPE (RsWindow, rs_window, RS, WINDOW, GtkApplicationWindow)

/* A window showing the default preset. */
RsWindow *rs_window_new (GtkApplication *application);

RsDocument *rs_window_get_document (RsWindow *self);

/* Loads a model file into this window in the background, after asking about unsaved
 * changes; errors are shown in a dialog. */
void rs_window_open_file (RsWindow *self, GFile *file);

gboolean rs_window_get_playing (RsWindow *self);
void rs_window_set_playing (RsWindow *self, gboolean playing);

/* Steps per second while playing, 1 … 1000. */
double rs_window_get_speed (RsWindow *self);
void rs_window_set_speed (RsWindow *self, double steps_per_second);

/* The side panel (F9): pages "inspect", "data" and "network". */
gboolean rs_window_get_show_side_panel (RsWindow *self);
void rs_window_set_show_side_panel (RsWindow *self, gboolean show);
/* Shows the side panel on that page. */
void rs_window_show_side_page (RsWindow *self, const char *page);

typedef struct _RsFileActions RsFileActions;
/* Open, save, import, export and the unsaved-changes prompt (rs-file-actions.h). */
RsFileActions *rs_window_get_file_actions (RsWindow *self);
RsNetworkView *rs_window_get_network_view (RsWindow *self);

/* The phase walk-through of a step (W): Space, → and Page Down go to the next phase, ← and
 * Page Up to the previous one, Esc leaves, and Play runs the phases (rs-walkthrough.h). */
gboolean rs_window_get_walkthrough (RsWindow *self);
void rs_window_set_walkthrough (RsWindow *self, gboolean walkthrough);

G_END_DECLS
