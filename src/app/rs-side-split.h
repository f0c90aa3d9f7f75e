/* rs-side-split.h — the window's split between the diagram and the side panel: a GtkPaned
 * whose end child (the panel) keeps the width the user dragged it to while the window
 * grows or shrinks, so the diagram takes all the change and the width can be remembered. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RS_TYPE_SIDE_SPLIT (rs_side_split_get_type ())
G_DECLARE_FINAL_TYPE (RsSideSplit, rs_side_split, RS, SIDE_SPLIT, GtkWidget)

GtkWidget *rs_side_split_new (void);

void rs_side_split_set_start_child (RsSideSplit *self, GtkWidget *child);
void rs_side_split_set_end_child (RsSideSplit *self, GtkWidget *child);

/* The widest panel remembered, far beyond any screen (the settings key's range). */
#define RS_SIDE_SPLIT_MAX_WIDTH 16384

/* The panel's width in pixels (handle included, at most RS_SIDE_SPLIT_MAX_WIDTH), or -1 for
 * its natural width. Dragging the
 * handle changes it; a window too small for it narrows the panel on screen but keeps the
 * wish, so the panel comes back to its width when there is room again. */
int rs_side_split_get_end_width (RsSideSplit *self);
void rs_side_split_set_end_width (RsSideSplit *self, int width);

G_END_DECLS
