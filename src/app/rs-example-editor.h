/* rs-example-editor.h — the Data page: the current example's x and y as fields, moving
 * between examples, adding and removing one, and a list of all of them. */
#pragma once

#include <gtk/gtk.h>

#include "rs-document.h"

G_BEGIN_DECLS

#define RS_TYPE_EXAMPLE_EDITOR (rs_example_editor_get_type ())
G_DECLARE_FINAL_TYPE (RsExampleEditor, rs_example_editor, RS, EXAMPLE_EDITOR, GtkWidget)

GtkWidget *rs_example_editor_new (void);

RsDocument *rs_example_editor_get_document (RsExampleEditor *self);
void rs_example_editor_set_document (RsExampleEditor *self, RsDocument *document);

/* The field of xᵢ ("x", i = 1 … s₁) or yᵢ ("y", i = 1 … s_L), for tests and focus. */
GtkEditable *rs_example_editor_get_field (RsExampleEditor *self, const char *which, int i);

/* The message shown for the example as a whole (a refused removal), or NULL. */
const char *rs_example_editor_get_message (RsExampleEditor *self);

/* The list of all examples, for tests. */
GtkListView *rs_example_editor_get_list (RsExampleEditor *self);

G_END_DECLS
