/* rs-status-line.c — the status line's texts, rebuilt whenever the document changes. */
#include "rs-status-line.h"

#include <glib/gi18n.h>

#include <math.h>

#include "format/rs-format.h"

struct _RsStatusLine
{
  GtkWidget parent_instance;

  GtkLabel *cost_label;
  GtkLabel *change_label;
  GtkLabel *step_label;
  GtkLabel *dead_label;
  GtkLabel *example_label;
  GtkWidget *example_box;

  RsDocument *document;
  GSignalGroup *document_signals; /* the document's signals, connected while it is set */
};

G_DEFINE_FINAL_TYPE (RsStatusLine, rs_status_line, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
describe_change (RsDocument *document)
{
  double before = rs_document_get_cost_before (document);
  double after = rs_document_get_cost (document);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (isnan (before))
    return g_strdup ("");
  from = rs_format_number (before, 4);
  to = rs_format_number (after, 4);
  return g_strdup_printf (_("last step: J %s → %s"), from, to);
}

static char *
describe_dead (const RsCensus *census)
{
  GString *s = g_string_new (NULL);

  /* A dead output unit stops every gradient, so it comes first: it is the news. */
  if (census->n_dead_output > 0)
    g_string_append (s, ngettext ("output unit dead: no error flows back · ",
                                  "output units dead: no error flows back · ",
                                  census->n_dead_output));
  if (census->n_hidden == 0)
    g_string_append (s, _("no hidden units"));
  else
    g_string_append_printf (s, ngettext ("dead: %d of %d hidden unit", "dead: %d of %d hidden units",
                                         census->n_hidden),
                            census->n_dead_hidden, census->n_hidden);
  return g_string_free (s, FALSE);
}

/* "(1, 0.500)": short vectors only; long ones would crowd the line. */
static void
append_vector (GString *s, const double *v, int n)
{
  g_string_append_c (s, '(');
  for (int i = 0; i < n; i++)
    {
      g_autofree char *number = rs_format_number (v[i], 3);

      g_string_append_printf (s, "%s%s", i > 0 ? ", " : "", number);
    }
  g_string_append_c (s, ')');
}

static char *
describe_example (RsDocument *document)
{
  const RsModel *model = rs_document_get_model (document);
  int t = rs_document_get_example (document);
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, _("example %d of %d"), t + 1, model->data->n_examples);
  if (model->data->n_inputs <= 4 && model->data->n_outputs <= 4)
    {
      g_string_append (s, ": x = ");
      append_vector (s, rs_data_x (model->data, t), model->data->n_inputs);
      g_string_append (s, ", y = ");
      append_vector (s, rs_data_y (model->data, t), model->data->n_outputs);
    }
  return g_string_free (s, FALSE);
}

static void
set_label (GtkLabel *label, char *text)
{
  gtk_label_set_text (label, text);
  g_free (text);
}

static void
update (RsStatusLine *self)
{
  RsDocument *document = self->document;
  const RsCensus *census;
  g_autofree char *cost = NULL;
  g_autofree char *step = NULL;

  if (document == NULL || rs_document_get_model (document) == NULL)
    return;

  cost = rs_format_number (rs_document_get_cost (document), 4);
  set_label (self->cost_label, g_strdup_printf (_("J = %s"), cost));
  set_label (self->change_label, describe_change (document));
  /* The count goes in as text: a msgid cannot hold G_GUINT64_FORMAT. */
  step = g_strdup_printf ("%" G_GUINT64_FORMAT, rs_document_get_step (document));
  set_label (self->step_label, g_strdup_printf (_("step %s"), step));
  census = rs_document_get_census (document);
  set_label (self->dead_label, census != NULL ? describe_dead (census) : g_strdup (""));
  set_label (self->example_label, describe_example (document));
  gtk_widget_set_visible (self->example_box, rs_document_get_n_examples (document) > 1);
}

static void
rs_status_line_dispose (GObject *object)
{
  GtkWidget *child;

  rs_status_line_set_document (RS_STATUS_LINE (object), NULL);
  g_clear_object (&RS_STATUS_LINE (object)->document_signals);
  gtk_widget_dispose_template (GTK_WIDGET (object), RS_TYPE_STATUS_LINE);
  /* The template's unnamed children too: a plain GtkWidget does not unparent them itself. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (rs_status_line_parent_class)->dispose (object);
}

static void
rs_status_line_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RsStatusLine *self = RS_STATUS_LINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_status_line_set_property (GObject *object, guint prop_id, const GValue *value,
                             GParamSpec *pspec)
{
  RsStatusLine *self = RS_STATUS_LINE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rs_status_line_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_status_line_class_init (RsStatusLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_status_line_dispose;
  object_class->get_property = rs_status_line_get_property;
  object_class->set_property = rs_status_line_set_property;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, RS_TYPE_DOCUMENT,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                     | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/reluscope/ReluScope/rs-status-line.ui");
  gtk_widget_class_bind_template_child (widget_class, RsStatusLine, cost_label);
  gtk_widget_class_bind_template_child (widget_class, RsStatusLine, change_label);
  gtk_widget_class_bind_template_child (widget_class, RsStatusLine, step_label);
  gtk_widget_class_bind_template_child (widget_class, RsStatusLine, dead_label);
  gtk_widget_class_bind_template_child (widget_class, RsStatusLine, example_label);
  gtk_widget_class_bind_template_child (widget_class, RsStatusLine, example_box);
  gtk_widget_class_set_css_name (widget_class, "statusline");
}

static void
rs_status_line_init (RsStatusLine *self)
{
  self->document_signals = g_signal_group_new (RS_TYPE_DOCUMENT);
  /* ::changed follows every load, step, undo, reset and change of example. */
  g_signal_group_connect_swapped (self->document_signals, "changed", G_CALLBACK (update), self);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_status_line_new (void)
{
  return g_object_new (RS_TYPE_STATUS_LINE, NULL);
}

RsDocument *
rs_status_line_get_document (RsStatusLine *self)
{
  g_return_val_if_fail (RS_IS_STATUS_LINE (self), NULL);
  return self->document;
}

void
rs_status_line_set_document (RsStatusLine *self, RsDocument *document)
{
  g_return_if_fail (RS_IS_STATUS_LINE (self));
  g_return_if_fail (document == NULL || RS_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, document);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

const char *
rs_status_line_get_text (RsStatusLine *self, const char *part)
{
  static const struct
  {
    const char *name;
    gsize offset;
  } parts[] = {
    { "cost", G_STRUCT_OFFSET (RsStatusLine, cost_label) },
    { "change", G_STRUCT_OFFSET (RsStatusLine, change_label) },
    { "step", G_STRUCT_OFFSET (RsStatusLine, step_label) },
    { "dead", G_STRUCT_OFFSET (RsStatusLine, dead_label) },
    { "example", G_STRUCT_OFFSET (RsStatusLine, example_label) },
  };

  g_return_val_if_fail (RS_IS_STATUS_LINE (self), NULL);
  g_return_val_if_fail (part != NULL, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_equal (part, parts[i].name))
      return gtk_label_get_text (G_STRUCT_MEMBER (GtkLabel *, self, parts[i].offset));
  g_return_val_if_reached (NULL);
}
