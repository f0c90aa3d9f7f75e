/* rs-loss-view.h — the loss plot of a document: J against step (log scale) with the number of
 * dead hidden units, drawn by the render module. */
#pragma once

#include <gtk/gtk.h>

#include "rs-document.h"

G_BEGIN_DECLS

#define RS_TYPE_LOSS_VIEW (rs_loss_view_get_type ())
G_DECLARE_FINAL_TYPE (RsLossView, rs_loss_view, RS, LOSS_VIEW, GtkWidget)

GtkWidget *rs_loss_view_new (void);

RsDocument *rs_loss_view_get_document (RsLossView *self);
void rs_loss_view_set_document (RsLossView *self, RsDocument *document);

G_END_DECLS
