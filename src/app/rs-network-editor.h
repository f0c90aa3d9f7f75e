/* rs-network-editor.h — the Network page: layer sizes and activations, ReLU′(0), the leaky
 * slope, the step mode and the initialization of Θ, each applied as one edit of the
 * document. */
#pragma once

#include <gtk/gtk.h>

#include "rs-document.h"

G_BEGIN_DECLS

#define RS_TYPE_NETWORK_EDITOR (rs_network_editor_get_type ())
G_DECLARE_FINAL_TYPE (RsNetworkEditor, rs_network_editor, RS, NETWORK_EDITOR, GtkWidget)

GtkWidget *rs_network_editor_new (void);

RsDocument *rs_network_editor_get_document (RsNetworkEditor *self);
void rs_network_editor_set_document (RsNetworkEditor *self, RsDocument *document);

/* The text fields, for tests and focus: "size" (of hidden layer `l`), "relu-prime",
 * "leaky-slope", "range", "bias", "seed" (`l` ignored). */
GtkEditable *rs_network_editor_get_field (RsNetworkEditor *self, const char *name, int l);

/* The drop-downs: "activation" (of layer `l` ≥ 2), "mode", "scheme". */
GtkDropDown *rs_network_editor_get_drop_down (RsNetworkEditor *self, const char *name, int l);

/* The quick choice buttons of ReLU′(0): 0 (0), ½ (1) and 1 (2). */
GtkToggleButton *rs_network_editor_get_prime_choice (RsNetworkEditor *self, int i);

/* The message about the layers as a whole, or NULL. */
const char *rs_network_editor_get_message (RsNetworkEditor *self);

G_END_DECLS
