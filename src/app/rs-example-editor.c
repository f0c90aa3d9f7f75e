/* rs-example-editor.c — the Data page. Every change is an edited copy of the model handed to
 * rs_document_edit(), so it can be undone and the views follow through ::loaded. */
#include "rs-example-editor.h"

#include <glib/gi18n.h>

#include "format/rs-format.h"
#include "format/rs-parse.h"
#include "rs-field.h"

/* What a typed x or y may be: any finite value a plot of the data could still show. */
#define VALUE_LIMIT 1e6

/* Fields show data with this many significant digits at most: measured data would show 17
 * digits of noise otherwise. A field applies only what was typed into it, so the rounding
 * never reaches the data. */
#define FIELD_DIGITS 6

/* At most this many fields for x (and for y): a panel of hundreds of fields helps nobody and
 * takes long to build. */
#define MAX_FIELDS 64

/* The list shows this many values of x or y per example, then "…". */
#define LIST_MAX_VALUES 4

struct _RsExampleEditor
{
  GtkWidget parent_instance;

  GtkLabel *position_label;
  GtkLabel *message_label;
  GtkGrid *x_grid;
  GtkGrid *y_grid;
  GtkLabel *cost_label;
  GtkLabel *list_heading;
  GtkListView *list_view;

  GtkStringList *rows;
  GtkSingleSelection *selection;
  GPtrArray *x_fields;      /* GtkEditable, xᵢ at index i − 1 */
  GPtrArray *y_fields;      /* GtkEditable, yᵢ at index i − 1 */
  GPtrArray *output_labels; /* GtkLabel beside yᵢ: the network's aᵢ⁽ᴸ⁾ */

  RsDocument *document;
  GSignalGroup *document_signals; /* the document's signals, connected while it is set */
  gboolean updating; /* the selection is being set from the document */
};

G_DEFINE_FINAL_TYPE (RsExampleEditor, rs_example_editor, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_message (RsExampleEditor *self, const char *message)
{
  rs_message_show (self->message_label, message);
}

static gboolean
apply (RsExampleEditor *self, RsModel *edited, const char *label, GtkEditable *field)
{
  return rs_field_apply_edit (self->document, edited, label, field, self->message_label);
}

/* Editing ------------------------------------------------------------------------------ */

static void
field_commit_cb (GtkEditable *field, gpointer user_data)
{
  RsExampleEditor *self = RS_EXAMPLE_EDITOR (user_data);
  const RsModel *model;
  int which = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (field), "rs-which"));
  int i = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (field), "rs-unit"));
  int t;
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *symbol = NULL;
  g_autofree char *label = NULL;
  RsModel *edited;
  double *values;
  double value;

  if (self->document == NULL || (model = rs_document_get_model (self->document)) == NULL)
    return;
  if (!rs_parse_number (gtk_editable_get_text (field), -VALUE_LIMIT, VALUE_LIMIT, &value,
                        &message))
    {
      rs_field_refuse (field, message);
      return;
    }
  t = rs_document_get_example (self->document);
  shown = rs_format_editable_digits (value, FIELD_DIGITS);
  values = which == 'x' ? rs_data_x (model->data, t) : rs_data_y (model->data, t);
  if (values[i - 1] == value)
    {
      /* "+0.50" for 0.5: nothing to change, nothing to undo. */
      rs_field_accept (field, shown);
      return;
    }

  edited = rs_model_copy (model);
  if (edited != NULL)
    {
      values = which == 'x' ? rs_data_x (edited->data, t) : rs_data_y (edited->data, t);
      values[i - 1] = value;
    }
  symbol = rs_format_symbol (RS_TEXT_PLAIN, which == 'x' ? "x" : "y", 0, i, -1);
  /* Translators: an edit in the Undo menu, e.g. "Set x₁ of example 3 = 0.5" */
  label = g_strdup_printf (_("Set %s of example %d = %s"), symbol, t + 1, shown);
  if (apply (self, edited, label, field))
    rs_field_accept (field, shown);
}

static void
move_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsExampleEditor *self = RS_EXAMPLE_EDITOR (widget);
  int delta = g_str_equal (action_name, "example.next") ? 1 : -1;
  int n, t;

  if (self->document == NULL || (n = rs_document_get_n_examples (self->document)) < 1)
    return;
  t = rs_document_get_example (self->document);
  rs_document_set_example (self->document, ((t + delta) % n + n) % n);
}

static void
add_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsExampleEditor *self = RS_EXAMPLE_EDITOR (widget);
  const RsModel *model;
  RsModel *edited;
  RsData *data = NULL;
  int t;

  if (self->document == NULL || (model = rs_document_get_model (self->document)) == NULL)
    return;
  show_message (self, NULL);
  if (model->data->n_examples >= RS_MAX_EXAMPLES)
    {
      show_message (self, _("The data already has as many examples as a model can hold."));
      return;
    }
  t = rs_document_get_example (self->document);
  edited = rs_model_copy (model);
  if (edited != NULL)
    data = rs_data_with_example (edited->data, rs_data_x (model->data, t),
                                 rs_data_y (model->data, t));
  if (data == NULL)
    g_clear_pointer (&edited, rs_model_free);
  else
    {
      rs_data_free (edited->data);
      edited->data = data;
    }
  if (apply (self, edited, _("Add example"), NULL))
    rs_document_set_example (self->document, rs_document_get_n_examples (self->document) - 1);
}

static void
remove_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsExampleEditor *self = RS_EXAMPLE_EDITOR (widget);
  const RsModel *model;
  g_autofree char *label = NULL;
  RsModel *edited;
  RsData *data = NULL;
  int t;

  if (self->document == NULL || (model = rs_document_get_model (self->document)) == NULL)
    return;
  if (model->data->n_examples <= 1)
    {
      show_message (self, _("This is the only example: a network needs at least one to learn "
                            "from, so it stays."));
      return;
    }
  show_message (self, NULL);
  t = rs_document_get_example (self->document);
  edited = rs_model_copy (model);
  if (edited != NULL)
    data = rs_data_without_example (edited->data, t);
  if (data == NULL)
    g_clear_pointer (&edited, rs_model_free);
  else
    {
      rs_data_free (edited->data);
      edited->data = data;
    }
  /* Translators: an edit in the Undo menu */
  label = g_strdup_printf (_("Remove example %d"), t + 1);
  apply (self, edited, label, NULL);
}

/* The document's echoes ---------------------------------------------------------------- */

/* Makes the grid hold n fields named x₁ … (or y₁ …), each with its message row below;
 * fields are kept when the number stays, so a focused one keeps the focus. */
static void
build_fields (RsExampleEditor *self, GtkGrid *grid, GPtrArray *fields, int which, int n)
{
  int n_shown = MIN (n, MAX_FIELDS);
  GtkWidget *child;

  if ((int) fields->len == n_shown && GPOINTER_TO_INT (g_object_get_data (G_OBJECT (grid),
                                                                          "rs-n")) == n)
    return;
  g_object_set_data (G_OBJECT (grid), "rs-n", GINT_TO_POINTER (n));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
  g_ptr_array_set_size (fields, 0);
  if (which == 'y')
    g_ptr_array_set_size (self->output_labels, 0);

  for (int i = 1; i <= n_shown; i++)
    {
      g_autofree char *symbol = rs_format_symbol (RS_TEXT_PLAIN, which == 'x' ? "x" : "y", 0,
                                                  i, -1);
      GtkWidget *name = gtk_label_new (symbol);
      GtkWidget *entry = gtk_entry_new ();
      GtkWidget *message = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (name), 0.0f);
      gtk_widget_set_size_request (name, 36, -1);
      gtk_widget_set_hexpand (entry, TRUE);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
      gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
      gtk_widget_set_tooltip_text (entry, _("Enter, or leaving the field, applies the value: J, "
                                            "∂J/∂Θ and the diagram follow at once. Esc puts the "
                                            "value in use back."));
      gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      name, NULL, -1);
      gtk_label_set_xalign (GTK_LABEL (message), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (message), TRUE);
      g_object_set_data (G_OBJECT (entry), "rs-which", GINT_TO_POINTER (which));
      g_object_set_data (G_OBJECT (entry), "rs-unit", GINT_TO_POINTER (i));

      gtk_grid_attach (grid, name, 0, 2 * (i - 1), 1, 1);
      gtk_grid_attach (grid, entry, 1, 2 * (i - 1), 1, 1);
      gtk_grid_attach (grid, message, 1, 2 * (i - 1) + 1, 2, 1);
      if (which == 'y')
        {
          GtkWidget *output = gtk_label_new (NULL);

          gtk_label_set_xalign (GTK_LABEL (output), 0.0f);
          gtk_widget_set_size_request (output, 120, -1);
          gtk_widget_add_css_class (output, "dim-label");
          gtk_widget_add_css_class (output, "numeric");
          gtk_widget_set_tooltip_text (output, _("What the network outputs for this example"));
          gtk_grid_attach (grid, output, 2, 2 * (i - 1), 1, 1);
          g_ptr_array_add (self->output_labels, output);
        }
      rs_field_setup (GTK_EDITABLE (entry), GTK_LABEL (message), field_commit_cb, self);
      g_ptr_array_add (fields, entry);
    }
  if (n > n_shown)
    {
      g_autofree char *text = g_strdup_printf (which == 'x'
                                                 ? _("The first %d of %d inputs")
                                                 : _("The first %d of %d targets"),
                                               n_shown, n);
      GtkWidget *note = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (note), 0.0f);
      gtk_widget_add_css_class (note, "dim-label");
      gtk_widget_add_css_class (note, "caption");
      gtk_grid_attach (grid, note, 0, 2 * n_shown, 3, 1);
    }
}

static void
show_values (GPtrArray *fields, const double *values)
{
  for (guint i = 0; i < fields->len; i++)
    {
      g_autofree char *text = rs_format_editable_digits (values[i], FIELD_DIGITS);

      rs_field_show (g_ptr_array_index (fields, i), text);
    }
}

/* "(0.500, −1.000)", at most LIST_MAX_VALUES values. */
static void
append_vector (GString *s, const double *v, int n)
{
  g_string_append_c (s, '(');
  for (int i = 0; i < MIN (n, LIST_MAX_VALUES); i++)
    {
      g_autofree char *number = rs_format_number (v[i], 3);

      g_string_append_printf (s, "%s%s", i > 0 ? ", " : "", number);
    }
  if (n > LIST_MAX_VALUES)
    g_string_append (s, ", …");
  g_string_append_c (s, ')');
}

static void
update_list (RsExampleEditor *self)
{
  const RsModel *model = self->document != NULL ? rs_document_get_model (self->document) : NULL;
  int m = model != NULL ? model->data->n_examples : 0;
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *heading = NULL;

  for (int t = 0; t < m; t++)
    {
      GString *s = g_string_new (NULL);

      g_string_append_printf (s, "%d\tx ", t + 1);
      append_vector (s, rs_data_x (model->data, t), model->data->n_inputs);
      g_string_append (s, "  y ");
      append_vector (s, rs_data_y (model->data, t), model->data->n_outputs);
      g_ptr_array_add (texts, g_string_free (s, FALSE));
    }
  g_ptr_array_add (texts, NULL);

  self->updating = TRUE;
  gtk_string_list_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                          (const char *const *) texts->pdata);
  self->updating = FALSE;

  heading = g_strdup_printf (g_dngettext (NULL, "All %d example", "All %d examples", m), m);
  gtk_label_set_text (self->list_heading, heading);
}

static void
update_current (RsExampleEditor *self)
{
  const RsModel *model = self->document != NULL ? rs_document_get_model (self->document) : NULL;
  const RsTrace *trace;
  g_autofree char *position = NULL;
  g_autofree char *example_cost = NULL;
  g_autofree char *all_cost = NULL;
  g_autofree char *cost = NULL;
  int m, t, L;

  gtk_widget_set_sensitive (GTK_WIDGET (self), model != NULL);
  if (model == NULL)
    return;
  m = model->data->n_examples;
  t = rs_document_get_example (self->document);
  trace = rs_document_get_trace (self->document);
  L = model->net->n_layers;

  /* Translators: which example the fields show, e.g. "Example 3 of 8" */
  position = g_strdup_printf (_("Example %d of %d"), t + 1, m);
  gtk_label_set_text (self->position_label, position);
  show_values (self->x_fields, rs_data_x (model->data, t));
  show_values (self->y_fields, rs_data_y (model->data, t));
  for (guint i = 0; i < self->output_labels->len; i++)
    {
      g_autofree char *symbol = rs_format_symbol (RS_TEXT_PLAIN, "a", L, (int) i + 1, -1);
      g_autofree char *number = rs_format_number (trace->a[L][i], 3);
      g_autofree char *text = g_strdup_printf ("%s = %s", symbol, number);

      gtk_label_set_text (g_ptr_array_index (self->output_labels, i), text);
    }
  example_cost = rs_format_number (trace->cost, 4);
  all_cost = rs_format_number (rs_document_get_cost (self->document), 4);
  /* Translators: J of the current example, then the mean over all examples */
  cost = g_strdup_printf (_("J of this example = %s · over all %d = %s"), example_cost, m,
                          all_cost);
  gtk_label_set_text (self->cost_label, cost);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "example.previous", m > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "example.next", m > 1);

  if (gtk_single_selection_get_selected (self->selection) != (guint) t)
    {
      self->updating = TRUE;
      gtk_single_selection_set_selected (self->selection, (guint) t);
      self->updating = FALSE;
      /* GTK 4.8 has no gtk_list_view_scroll_to(); the list's own action does the same. */
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                  (guint) t);
    }
}

static void
loaded_cb (RsExampleEditor *self)
{
  const RsModel *model = rs_document_get_model (self->document);

  show_message (self, NULL);
  if (model != NULL)
    {
      build_fields (self, self->x_grid, self->x_fields, 'x', model->data->n_inputs);
      build_fields (self, self->y_grid, self->y_fields, 'y', model->data->n_outputs);
    }
  update_list (self);
  update_current (self);
}

static void
changed_cb (RsExampleEditor *self)
{
  update_current (self);
}

/* A click in the list makes that example the current one. */
static void
selection_changed_cb (RsExampleEditor *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);

  if (self->updating || self->document == NULL || selected == GTK_INVALID_LIST_POSITION
      || (int) selected >= rs_document_get_n_examples (self->document))
    return;
  rs_document_set_example (self->document, (int) selected);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory, GtkListItem *item)
{
  GtkStringObject *row = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (row));
}

/* GObject ------------------------------------------------------------------------------ */

static void
rs_example_editor_dispose (GObject *object)
{
  RsExampleEditor *self = RS_EXAMPLE_EDITOR (object);

  GtkWidget *child;

  rs_example_editor_set_document (self, NULL);
  g_clear_object (&self->document_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_EXAMPLE_EDITOR);
  /* The template's unnamed children too: a plain GtkWidget does not unparent them itself. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (rs_example_editor_parent_class)->dispose (object);
}

static void
rs_example_editor_finalize (GObject *object)
{
  RsExampleEditor *self = RS_EXAMPLE_EDITOR (object);

  g_ptr_array_unref (self->x_fields);
  g_ptr_array_unref (self->y_fields);
  g_ptr_array_unref (self->output_labels);
  G_OBJECT_CLASS (rs_example_editor_parent_class)->finalize (object);
}

static void
rs_example_editor_get_property (GObject *object, guint prop_id, GValue *value,
                                GParamSpec *pspec)
{
  RsExampleEditor *self = RS_EXAMPLE_EDITOR (object);

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
rs_example_editor_set_property (GObject *object, guint prop_id, const GValue *value,
                                GParamSpec *pspec)
{
  RsExampleEditor *self = RS_EXAMPLE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rs_example_editor_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_example_editor_class_init (RsExampleEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_example_editor_dispose;
  object_class->finalize = rs_example_editor_finalize;
  object_class->get_property = rs_example_editor_get_property;
  object_class->set_property = rs_example_editor_set_property;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, RS_TYPE_DOCUMENT,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                     | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/reluscope/ReluScope/rs-example-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RsExampleEditor, position_label);
  gtk_widget_class_bind_template_child (widget_class, RsExampleEditor, message_label);
  gtk_widget_class_bind_template_child (widget_class, RsExampleEditor, x_grid);
  gtk_widget_class_bind_template_child (widget_class, RsExampleEditor, y_grid);
  gtk_widget_class_bind_template_child (widget_class, RsExampleEditor, cost_label);
  gtk_widget_class_bind_template_child (widget_class, RsExampleEditor, list_heading);
  gtk_widget_class_bind_template_child (widget_class, RsExampleEditor, list_view);

  gtk_widget_class_install_action (widget_class, "example.previous", NULL, move_activated);
  gtk_widget_class_install_action (widget_class, "example.next", NULL, move_activated);
  gtk_widget_class_install_action (widget_class, "example.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "example.remove", NULL, remove_activated);
  gtk_widget_class_set_css_name (widget_class, "exampleeditor");
}

static void
rs_example_editor_init (RsExampleEditor *self)
{
  self->document_signals = g_signal_group_new (RS_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "loaded", G_CALLBACK (loaded_cb), self);
  /* ::changed follows every step, undo, reset and change of example. */
  g_signal_group_connect_swapped (self->document_signals, "changed", G_CALLBACK (changed_cb), self);

  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->x_fields = g_ptr_array_new ();
  self->y_fields = g_ptr_array_new ();
  self->output_labels = g_ptr_array_new ();

  self->rows = gtk_string_list_new (NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->rows));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  /* The view owns the selection model (and through it the rows) from here on. */
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_object_unref (self->selection);
  update_current (self);
}

GtkWidget *
rs_example_editor_new (void)
{
  return g_object_new (RS_TYPE_EXAMPLE_EDITOR, NULL);
}

RsDocument *
rs_example_editor_get_document (RsExampleEditor *self)
{
  g_return_val_if_fail (RS_IS_EXAMPLE_EDITOR (self), NULL);
  return self->document;
}

void
rs_example_editor_set_document (RsExampleEditor *self, RsDocument *document)
{
  g_return_if_fail (RS_IS_EXAMPLE_EDITOR (self));
  g_return_if_fail (document == NULL || RS_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, document);
  if (document != NULL)
    loaded_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GtkEditable *
rs_example_editor_get_field (RsExampleEditor *self, const char *which, int i)
{
  GPtrArray *fields;

  g_return_val_if_fail (RS_IS_EXAMPLE_EDITOR (self), NULL);
  g_return_val_if_fail (g_strcmp0 (which, "x") == 0 || g_strcmp0 (which, "y") == 0, NULL);

  fields = which[0] == 'x' ? self->x_fields : self->y_fields;
  g_return_val_if_fail (i >= 1 && i <= (int) fields->len, NULL);
  return g_ptr_array_index (fields, i - 1);
}

const char *
rs_example_editor_get_message (RsExampleEditor *self)
{
  g_return_val_if_fail (RS_IS_EXAMPLE_EDITOR (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
           ? gtk_label_get_text (self->message_label)
           : NULL;
}

GtkListView *
rs_example_editor_get_list (RsExampleEditor *self)
{
  g_return_val_if_fail (RS_IS_EXAMPLE_EDITOR (self), NULL);
  return self->list_view;
}
