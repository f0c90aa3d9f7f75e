/* rs-field.h — a text field of the side panel's editors: a value typed, applied on Enter or
 * when the focus leaves, refused with a message beside it, and refreshed from the document
 * without taking away text the user is still typing. */
#pragma once

#include <gtk/gtk.h>

#include "rs-document.h"

G_BEGIN_DECLS

/* Called to apply the field's text: Enter, or leaving the field, after its text was changed. */
typedef void (*RsFieldCommit) (GtkEditable *field, gpointer user_data);

/* Makes `field` (a GtkEntry) such a field: `message` is the label beside it that shows a
 * refusal (hidden while there is none). Escape puts back the text last shown. */
void rs_field_setup (GtkEditable *field, GtkLabel *message, RsFieldCommit commit,
                     gpointer user_data);

/* Shows `text`, clearing a refusal, unless the field has the focus and holds text the user
 * typed since it was last shown. */
void rs_field_show (GtkEditable *field, const char *text);

/* The typed text was applied and reads as `text`: shows that, clearing a refusal. */
void rs_field_accept (GtkEditable *field, const char *text);

/* Refuses the typed text: the message beside the field, the field marked with the error
 * class; the text stays for the user to correct. */
void rs_field_refuse (GtkEditable *field, const char *message);

/* The refusal shown beside the field, or NULL. */
const char *rs_field_get_message (GtkEditable *field);

/* TRUE when the text differs from what was last shown. */
gboolean rs_field_is_edited (GtkEditable *field);

/* Shows a message in a label of its own (one that belongs to no field), or hides the label
 * for NULL. */
void rs_message_show (GtkLabel *label, const char *message);

/* Hands `edited` (taken; NULL stands for a copy that ran out of memory) to the document as
 * one edit described by `label`. A refusal is shown beside `field`, or in `message` when
 * `field` is NULL. TRUE when the edit was applied. */
gboolean rs_field_apply_edit (RsDocument *document, RsModel *edited, const char *label,
                              GtkEditable *field, GtkLabel *message);

G_END_DECLS
