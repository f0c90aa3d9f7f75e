/* rs-a11y.h — what screen readers are told about the drawn views: a short textual summary of
 * what the picture shows, kept up to date as the document changes. */
#pragma once

#include <gtk/gtk.h>

#include "rs-document.h"

G_BEGIN_DECLS

/* "Network 2-3-2, J = 0.256, 1 of 3 hidden units dead". Free with g_free(). */
char *rs_a11y_describe_network (RsDocument *document);
/* "Loss J = 0.256 at step 12, from 0.5 at step 0". Free with g_free(). */
char *rs_a11y_describe_loss (RsDocument *document);

/* Gives the network view (or the loss plot) its accessible description, and its label from
 * rs_a11y_describe_network() (or _loss()) now and whenever `document` loads a model or
 * changes. Calling it again replaces the previous document; NULL stops following. */
void rs_a11y_follow_network (GtkWidget *view, RsDocument *document);
void rs_a11y_follow_loss (GtkWidget *view, RsDocument *document);

G_END_DECLS
