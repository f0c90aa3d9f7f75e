/* rs-field.c — typed values with a refusal beside them, shared by the side panel's editors. */
#include "rs-field.h"

#include <glib/gi18n.h>

typedef struct
{
  GtkLabel *message; /* unowned: a sibling in the same editor, living as long as the field */
  char *shown;       /* the text the document last put into the field */
  RsFieldCommit commit;
  gpointer user_data;
} Field;

static void
field_free (gpointer data)
{
  Field *field = data;

  g_free (field->shown);
  g_free (field);
}

static Field *
get_field (GtkEditable *editable)
{
  Field *field = g_object_get_data (G_OBJECT (editable), "rs-field");

  g_assert (field != NULL);
  return field;
}

static void
set_message (GtkEditable *editable, const char *message)
{
  Field *field = get_field (editable);

  gtk_label_set_text (field->message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (field->message), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
}

/* Enter on text nobody changed applies nothing: a field may show its value rounded. */
static void
activate_cb (GtkEditable *editable)
{
  Field *field = get_field (editable);

  if (rs_field_is_edited (editable))
    field->commit (editable, field->user_data);
}

/* Leaving applies what was typed, as Enter would. */
static void
focus_leave_cb (GtkEventControllerFocus *controller)
{
  GtkEditable *editable = GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));

  activate_cb (editable);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller, guint keyval, guint keycode,
                GdkModifierType state)
{
  GtkEditable *editable = GTK_EDITABLE (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
  Field *field = get_field (editable);

  /* Escape abandons the typed text and shows the value in use again. */
  if (keyval != GDK_KEY_Escape || !rs_field_is_edited (editable))
    return FALSE;
  gtk_editable_set_text (editable, field->shown != NULL ? field->shown : "");
  set_message (editable, NULL);
  return TRUE;
}

void
rs_field_setup (GtkEditable *editable, GtkLabel *message, RsFieldCommit commit,
                gpointer user_data)
{
  Field *field = g_new0 (Field, 1);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_return_if_fail (GTK_IS_ENTRY (editable));
  g_return_if_fail (GTK_IS_LABEL (message));

  field->message = message;
  field->commit = commit;
  field->user_data = user_data;
  g_object_set_data_full (G_OBJECT (editable), "rs-field", field, field_free);

  g_signal_connect (editable, "activate", G_CALLBACK (activate_cb), NULL);
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), NULL);
  gtk_widget_add_controller (GTK_WIDGET (editable), focus);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), NULL);
  gtk_widget_add_controller (GTK_WIDGET (editable), keys);
  gtk_widget_add_css_class (GTK_WIDGET (message), "field-message");
  set_message (editable, NULL);
}

gboolean
rs_field_is_edited (GtkEditable *editable)
{
  Field *field = get_field (editable);

  return g_strcmp0 (gtk_editable_get_text (editable), field->shown != NULL ? field->shown : "")
         != 0;
}

void
rs_field_show (GtkEditable *editable, const char *text)
{
  Field *field = get_field (editable);
  gboolean focused = (gtk_widget_get_state_flags (GTK_WIDGET (editable))
                      & GTK_STATE_FLAG_FOCUS_WITHIN)
                     != 0;

  if (focused && rs_field_is_edited (editable))
    {
      /* Still typing: the new value becomes what Escape goes back to. */
      g_free (field->shown);
      field->shown = g_strdup (text);
      return;
    }
  g_free (field->shown);
  field->shown = g_strdup (text);
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
  set_message (editable, NULL);
}

void
rs_field_accept (GtkEditable *editable, const char *text)
{
  Field *field = get_field (editable);

  g_free (field->shown);
  field->shown = g_strdup (text);
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
  set_message (editable, NULL);
}

void
rs_field_refuse (GtkEditable *editable, const char *message)
{
  g_return_if_fail (message != NULL);
  set_message (editable, message);
}

const char *
rs_field_get_message (GtkEditable *editable)
{
  Field *field = get_field (editable);

  return gtk_widget_get_visible (GTK_WIDGET (field->message))
           ? gtk_label_get_text (field->message)
           : NULL;
}

void
rs_message_show (GtkLabel *label, const char *message)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

gboolean
rs_field_apply_edit (RsDocument *document, RsModel *edited, const char *label,
                     GtkEditable *field, GtkLabel *message)
{
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (RS_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (field != NULL || message != NULL, FALSE);

  if (edited == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                         _("Not enough memory for this change"));
  else if (rs_document_edit (document, edited, label, &error))
    return TRUE;
  if (field != NULL)
    rs_field_refuse (field, error->message);
  else
    rs_message_show (message, error->message);
  return FALSE;
}
