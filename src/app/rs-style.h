/* rs-style.h — what the drawing views need to know about the GTK theme. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* TRUE when the widget's text is light, that is, its background dark: the render module's
 * dark palette should be used. */
gboolean rs_style_is_dark (GtkWidget *widget);

G_END_DECLS
