/* rs-alpha-control.c — the α slider and exact entry. */
#include "rs-alpha-control.h"

#include <math.h>

#include <glib/gi18n.h>

#include "format/rs-parse.h"
#include "rs-document.h"

/* The slider's ends, as log₁₀ α. */
#define LOG_MIN (-4.0)
#define LOG_MAX 1.0

struct _RsAlphaControl
{
  GtkWidget parent_instance;

  GtkScale *scale;
  GtkAdjustment *adjustment;
  GtkEntry *entry;
  GtkLabel *message_label;

  double value;
  char *error;
  gboolean updating; /* the scale or entry is being set from `value` */
};

G_DEFINE_FINAL_TYPE (RsAlphaControl, rs_alpha_control, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Parses typed text into a valid α, or says why it is not one. */
static gboolean
parse_alpha (const char *text, double *alpha, char **error)
{
  double value;

  if (!rs_parse_number (text, 0.0, RS_ALPHA_MAX, &value, error))
    return FALSE;
  /* 0 is in the range a field can say in one sentence, but a step of 0 does nothing. */
  if (value <= 0.0)
    {
      *error = g_strdup (_("α must be greater than 0"));
      return FALSE;
    }
  *alpha = value;
  return TRUE;
}

static void
show_message (RsAlphaControl *self)
{
  if (self->error != NULL)
    {
      g_autofree char *in_use = rs_format_editable (self->value);
      g_autofree char *text = g_strdup_printf (_("Not applied: %s. Still using α = %s."),
                                               self->error, in_use);

      gtk_label_set_text (self->message_label, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
    }
  else
    {
      gtk_label_set_text (self->message_label, _("used from the next step on"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "dim-label");
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
    }
}

static void
set_error (RsAlphaControl *self, char *error)
{
  g_free (self->error);
  self->error = error;
  show_message (self);
}

/* TRUE when the entry's text already reads as the value in use (say "0.30" for 0.3). */
static gboolean
entry_shows_value (RsAlphaControl *self)
{
  double typed;
  g_autofree char *error = NULL;

  return parse_alpha (gtk_editable_get_text (GTK_EDITABLE (self->entry)), &typed, &error)
         && typed == self->value;
}

/* Shows `value` in the entry and on the slider without feeding it back. Text that already
 * reads as the value is left as typed ("0.30" stays, it is exactly 0.3). */
static void
show_value (RsAlphaControl *self)
{
  self->updating = TRUE;
  if (!entry_shows_value (self))
    {
      g_autofree char *text = rs_format_editable (self->value);

      gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
    }
  gtk_adjustment_set_value (self->adjustment, CLAMP (log10 (self->value), LOG_MIN, LOG_MAX));
  self->updating = FALSE;
}

static void
scale_value_changed_cb (RsAlphaControl *self)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double position;

  if (self->updating)
    return;
  /* Two significant digits: the slider gives 0.12 or 3.5, never 0.1258925. */
  position = gtk_adjustment_get_value (self->adjustment);
  g_ascii_formatd (buffer, sizeof buffer, "%.2g", pow (10.0, position));
  rs_alpha_control_set_value (self, g_ascii_strtod (buffer, NULL));
}

static void
entry_activate_cb (RsAlphaControl *self)
{
  rs_alpha_control_apply_text (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

/* Leaving the entry applies what was typed, as Enter would. Typing alone does not: "15" must
 * not make α = 1 on the way. */
static void
entry_focus_leave_cb (RsAlphaControl *self)
{
  rs_alpha_control_commit (self);
}

static gboolean
entry_key_pressed_cb (RsAlphaControl *self, guint keyval, guint keycode, GdkModifierType state)
{
  /* Escape abandons the typed text and shows the value in use again. */
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  set_error (self, NULL);
  show_value (self);
  return TRUE;
}

static void
rs_alpha_control_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), RS_TYPE_ALPHA_CONTROL);
  /* The template's unnamed children too: a plain GtkWidget does not unparent them itself. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (rs_alpha_control_parent_class)->dispose (object);
}

static void
rs_alpha_control_finalize (GObject *object)
{
  g_free (RS_ALPHA_CONTROL (object)->error);
  G_OBJECT_CLASS (rs_alpha_control_parent_class)->finalize (object);
}

static void
rs_alpha_control_get_property (GObject *object, guint prop_id, GValue *value,
                               GParamSpec *pspec)
{
  RsAlphaControl *self = RS_ALPHA_CONTROL (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_alpha_control_set_property (GObject *object, guint prop_id, const GValue *value,
                               GParamSpec *pspec)
{
  RsAlphaControl *self = RS_ALPHA_CONTROL (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      rs_alpha_control_set_value (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_alpha_control_class_init (RsAlphaControlClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_alpha_control_dispose;
  object_class->finalize = rs_alpha_control_finalize;
  object_class->get_property = rs_alpha_control_get_property;
  object_class->set_property = rs_alpha_control_set_property;

  properties[PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, 0.0, RS_ALPHA_MAX, 0.1,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                  | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/reluscope/ReluScope/rs-alpha-control.ui");
  gtk_widget_class_bind_template_child (widget_class, RsAlphaControl, scale);
  gtk_widget_class_bind_template_child (widget_class, RsAlphaControl, adjustment);
  gtk_widget_class_bind_template_child (widget_class, RsAlphaControl, entry);
  gtk_widget_class_bind_template_child (widget_class, RsAlphaControl, message_label);
  gtk_widget_class_bind_template_callback (widget_class, scale_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_key_pressed_cb);
  gtk_widget_class_set_css_name (widget_class, "alphacontrol");
}

static void
rs_alpha_control_init (RsAlphaControl *self)
{
  static const double marks[] = { 1e-4, 1e-3, 1e-2, 0.1, 1.0, 10.0 };
  static const char *const labels[] = { "0.0001", "0.001", "0.01", "0.1", "1", "10" };

  gtk_widget_init_template (GTK_WIDGET (self));
  for (gsize i = 0; i < G_N_ELEMENTS (marks); i++)
    gtk_scale_add_mark (self->scale, log10 (marks[i]), GTK_POS_BOTTOM, labels[i]);
  self->value = 0.1;
  show_value (self);
  show_message (self);
}

GtkWidget *
rs_alpha_control_new (void)
{
  return g_object_new (RS_TYPE_ALPHA_CONTROL, NULL);
}

double
rs_alpha_control_get_value (RsAlphaControl *self)
{
  g_return_val_if_fail (RS_IS_ALPHA_CONTROL (self), 0.0);
  return self->value;
}

void
rs_alpha_control_set_value (RsAlphaControl *self, double value)
{
  g_return_if_fail (RS_IS_ALPHA_CONTROL (self));
  g_return_if_fail (rs_alpha_is_valid (value));

  if (self->error != NULL)
    set_error (self, NULL);
  if (self->value == value)
    {
      /* The entry may still hold text that was not applied. */
      show_value (self);
      return;
    }
  self->value = value;
  show_value (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

gboolean
rs_alpha_control_apply_text (RsAlphaControl *self, const char *text)
{
  char *error = NULL;
  double value;

  g_return_val_if_fail (RS_IS_ALPHA_CONTROL (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!parse_alpha (text, &value, &error))
    {
      set_error (self, error);
      return FALSE;
    }
  rs_alpha_control_set_value (self, value);
  return TRUE;
}

gboolean
rs_alpha_control_commit (RsAlphaControl *self)
{
  g_return_val_if_fail (RS_IS_ALPHA_CONTROL (self), FALSE);

  if (entry_shows_value (self))
    return TRUE;
  return rs_alpha_control_apply_text (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

const char *
rs_alpha_control_get_error (RsAlphaControl *self)
{
  g_return_val_if_fail (RS_IS_ALPHA_CONTROL (self), NULL);
  return self->error;
}

void
rs_alpha_control_focus_entry (RsAlphaControl *self)
{
  g_return_if_fail (RS_IS_ALPHA_CONTROL (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}
