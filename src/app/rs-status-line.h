/* rs-status-line.h — one line under the plot: J and how the last step changed it, the step,
 * the dead units and the current example (with buttons to move between examples). */
#pragma once

#include <gtk/gtk.h>

#include "rs-document.h"

G_BEGIN_DECLS

#define RS_TYPE_STATUS_LINE (rs_status_line_get_type ())
G_DECLARE_FINAL_TYPE (RsStatusLine, rs_status_line, RS, STATUS_LINE, GtkWidget)

GtkWidget *rs_status_line_new (void);

RsDocument *rs_status_line_get_document (RsStatusLine *self);
void rs_status_line_set_document (RsStatusLine *self, RsDocument *document);

/* The texts shown, for tests: "cost", "change", "step", "dead" or "example". */
const char *rs_status_line_get_text (RsStatusLine *self, const char *part);

G_END_DECLS
