/* rs-inspector.h — the Inspect page: what the selected weight, unit or nothing means.
 *
 * For a weight Θ⁽ˡ⁾ⱼₖ it writes out the chain rule of ∂J/∂Θ⁽ˡ⁾ⱼₖ with the current numbers (the
 * core's derivation, formatted as `reluscope-cli explain` prints it), says in words when a
 * ReLU cuts the error off, and offers the weight's value for editing (an undoable edit of the
 * document). For a unit it shows z, a, g′(z) and δ of the current example and whether the unit
 * is dead; with nothing selected, J, the output errors and the dead units. It follows the
 * document live and only works while it is shown.
 */
#pragma once

#include <gtk/gtk.h>

#include "render/rs-diagram-item.h"
#include "rs-document.h"

G_BEGIN_DECLS

#define RS_TYPE_INSPECTOR (rs_inspector_get_type ())
G_DECLARE_FINAL_TYPE (RsInspector, rs_inspector, RS, INSPECTOR, GtkWidget)

GtkWidget *rs_inspector_new (void);

RsDocument *rs_inspector_get_document (RsInspector *self);
void rs_inspector_set_document (RsInspector *self, RsDocument *document);

/* What to explain (kind RS_ITEM_NONE: the whole network). */
const RsDiagramItem *rs_inspector_get_selection (RsInspector *self);
void rs_inspector_set_selection (RsInspector *self, const RsDiagramItem *item);

/* Moves the keyboard focus to the selected weight's value field (F2, Enter or a double click
 * on an edge). FALSE when no weight is selected. */
gboolean rs_inspector_focus_value (RsInspector *self);

/* Gives the selected weight the value `text` reads as, through rs_document_edit() (so it can
 * be undone), as Enter in the value field does. Text that is not a finite number is refused
 * with a message beside the field and changes nothing. Returns whether the value was set. */
gboolean rs_inspector_apply_text (RsInspector *self, const char *text);

/* Why the last typed value was refused, or NULL. */
const char *rs_inspector_get_error (RsInspector *self);

/* What is shown, as plain text with Unicode sub- and superscripts (what Copy copies). */
char *rs_inspector_dup_text (RsInspector *self);

G_END_DECLS
