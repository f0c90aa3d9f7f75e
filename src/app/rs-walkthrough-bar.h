/* rs-walkthrough-bar.h — the bar above the diagram while a step is walked through: previous,
 * play and next, which phase of five this is, its equation, what it shows, the speed, and a
 * button to leave. */
#pragma once

#include <gtk/gtk.h>

#include "rs-walkthrough.h"

G_BEGIN_DECLS

#define RS_TYPE_WALKTHROUGH_BAR (rs_walkthrough_bar_get_type ())
G_DECLARE_FINAL_TYPE (RsWalkthroughBar, rs_walkthrough_bar, RS, WALKTHROUGH_BAR, GtkWidget)

GtkWidget *rs_walkthrough_bar_new (void);

void rs_walkthrough_bar_set_walkthrough (RsWalkthroughBar *self, RsWalkthrough *walkthrough);

/* The texts shown, for tests: "phase" ("Phase 2 of 5: Output error"), "equation" (its
 * markup) or "note". */
const char *rs_walkthrough_bar_get_text (RsWalkthroughBar *self, const char *part);

G_END_DECLS
