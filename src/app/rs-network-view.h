/* rs-network-view.h — the network diagram of a document, drawn by the render module.
 *
 * Hovering a unit or an edge shows its exact values in a tooltip; a click selects it (the
 * `selection` property, for views that explain the selected item; kept across an edit of the
 * model while it still exists). F2, Enter or a double click on a selected edge emits
 * ::edit-selection, for a view that edits its weight. The diagram itself is
 * redrawn only when the document or the size changes; hover and selection are drawn over it.
 */
#pragma once

#include <gtk/gtk.h>

#include "render/rs-diagram-item.h"
#include "render/rs-phase.h"
#include "rs-document.h"

G_BEGIN_DECLS

/* RsDiagramItem as a boxed type, for the selection property. */
#define RS_TYPE_DIAGRAM_ITEM (rs_network_view_item_get_type ())
GType rs_network_view_item_get_type (void);

#define RS_TYPE_NETWORK_VIEW (rs_network_view_get_type ())
G_DECLARE_FINAL_TYPE (RsNetworkView, rs_network_view, RS, NETWORK_VIEW, GtkWidget)

GtkWidget *rs_network_view_new (void);

RsDocument *rs_network_view_get_document (RsNetworkView *self);
void rs_network_view_set_document (RsNetworkView *self, RsDocument *document);

/* The selected unit, bias node or edge (kind RS_ITEM_NONE when nothing is selected). */
const RsDiagramItem *rs_network_view_get_selection (RsNetworkView *self);
void rs_network_view_set_selection (RsNetworkView *self, const RsDiagramItem *item);

/* Whether the "+1" bias nodes and their edges are drawn. */
gboolean rs_network_view_get_show_bias (RsNetworkView *self);
void rs_network_view_set_show_bias (RsNetworkView *self, gboolean show_bias);

/* The diagram's and legend's text, × the size that fits the widget (RS_TEXT_SCALE_MIN …
 * RS_TEXT_SCALE_MAX, clamped; 1 by default): larger for a lecture room's projector. */
double rs_network_view_get_text_scale (RsNetworkView *self);
void rs_network_view_set_text_scale (RsNetworkView *self, double text_scale);

/* The layout the diagram is drawn with at the widget's current size (computed if need be);
 * NULL without a model. */
const RsDiagramLayout *rs_network_view_get_layout (RsNetworkView *self);

/* Draws a phase of a step instead of the plain diagram (NULL: back to the plain diagram).
 * The state is copied; its network and `after` must stay valid until the next call. The
 * trace, target, census and theme come from the view's document and style, as for the plain
 * diagram. Hover and selection are not drawn over a phase. */
void rs_network_view_set_phase (RsNetworkView *self, const RsPhaseState *phase);
/* The phase drawn, or NULL for the plain diagram. */
const RsPhaseState *rs_network_view_get_phase (RsNetworkView *self);

/* How many times the diagram (not only hover and selection) has been drawn. */
guint rs_network_view_get_n_diagram_draws (RsNetworkView *self);

/* The exact values a tooltip shows for `item` (see rs_diagram_item_describe()): for an edge
 * in stochastic mode, the update with the gradient of the example the next step learns
 * from. NULL when the item does not exist. Free with g_free(). */
char *rs_network_view_describe_item (RsNetworkView *self, const RsDiagramItem *item);

G_END_DECLS
