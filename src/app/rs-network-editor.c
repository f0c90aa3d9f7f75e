/* rs-network-editor.c — the Network page. Every change is an edited copy of the model handed
 * to rs_document_edit(), so it can be undone and the views follow through ::loaded.
 *
 * What a teacher expects: a new activation or ReLU′(0) changes how the same Θ behave, so Θ is
 * kept; a new shape cannot keep Θ, so it is drawn afresh from the init spec, and so is a new
 * init spec (the page says so). */
#include "rs-network-editor.h"

#include <string.h>

#include <glib/gi18n.h>

#include "core/rs-reshape.h"
#include "format/rs-format.h"
#include "format/rs-parse.h"
#include "rs-field.h"

/* Sane ranges for what can be typed. */
#define BIAS_LIMIT  100.0
#define RANGE_LIMIT 100.0

/* The widgets of one row of the layers grid; a row's role (input, hidden, output) follows the
 * number of layers. */
typedef struct
{
  GtkWidget *name;       /* "2", "1 (input)" */
  GtkWidget *size_entry; /* hidden layers */
  GtkWidget *size_fixed; /* input and output: sizes the data fixes */
  GtkWidget *activation; /* GtkDropDown, l ≥ 2 */
  GtkWidget *remove;     /* hidden layers */
  GtkWidget *message;
} LayerRow;

struct _RsNetworkEditor
{
  GtkWidget parent_instance;

  GtkGrid *layers_grid;
  GtkLabel *layers_message;
  GtkToggleButton *prime_zero;
  GtkToggleButton *prime_half;
  GtkToggleButton *prime_one;
  GtkEntry *prime_entry;
  GtkLabel *prime_message;
  GtkEntry *leaky_entry;
  GtkLabel *leaky_message;
  GtkDropDown *mode_drop_down;
  GtkDropDown *scheme_drop_down;
  GtkLabel *range_label;
  GtkEntry *range_entry;
  GtkLabel *range_message;
  GtkEntry *bias_entry;
  GtkLabel *bias_message;
  GtkEntry *seed_entry;
  GtkLabel *seed_message;
  GtkLabel *rebuild_message;

  LayerRow rows[RS_MAX_LAYERS + 1]; /* rows[l], l = 1 … RS_MAX_LAYERS */

  RsDocument *document;
  GSignalGroup *document_signals; /* the document's signals, connected while it is set */
  gboolean updating; /* widgets are being set from the document */
};

G_DEFINE_FINAL_TYPE (RsNetworkEditor, rs_network_editor, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In RsActivation's order. */
static const char *const activation_labels[RS_N_ACTIVATIONS] = {
  N_("ReLU"), N_("Leaky ReLU"), N_("Linear"), N_("Sigmoid"), N_("tanh"),
};

static const double prime_choices[] = { 0.0, 0.5, 1.0 };

static const RsModel *
current_model (RsNetworkEditor *self)
{
  return self->document != NULL ? rs_document_get_model (self->document) : NULL;
}

static gboolean
apply (RsNetworkEditor *self, RsModel *edited, const char *label, GtkEditable *field,
       GtkLabel *message)
{
  return rs_field_apply_edit (self->document, edited, label, field, message);
}

/* The current shape and activations as the parallel arrays rs_model_rebuilt() takes. */
static int
get_shape (const RsNetwork *net, int *units, RsActivation *activations)
{
  for (int l = 1; l <= net->n_layers; l++)
    {
      units[l - 1] = net->units[l];
      activations[l - 1] = l >= 2 ? net->activation[l] : RS_ACTIVATION_LINEAR;
    }
  return net->n_layers;
}

/* "he, seed 7", with the bias and r when they matter: what a rebuild used. */
static char *
describe_spec (const RsInitSpec *spec)
{
  GString *s = g_string_new (rs_init_scheme_name (spec->scheme));

  if (spec->scheme == RS_INIT_UNIFORM)
    {
      g_autofree char *range = rs_format_editable (spec->range);

      g_string_append_printf (s, " ±%s", range);
    }
  {
    g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) spec->seed);

    /* Translators: part of "Rebuild with he, seed 7" */
    g_string_append_printf (s, _(", seed %s"), seed);
  }
  if (spec->bias != 0.0)
    {
      g_autofree char *bias = rs_format_editable (spec->bias);

      g_string_append_printf (s, _(", bias %s"), bias);
    }
  return g_string_free (s, FALSE);
}

/* Layers ------------------------------------------------------------------------------- */

/* A new shape, Θ drawn from the model's init spec. */
static void
reshape (RsNetworkEditor *self, int n_layers, const int *units, const RsActivation *activations,
         const char *label, GtkEditable *field)
{
  const RsModel *model = current_model (self);

  rs_message_show (self->layers_message, NULL);
  apply (self, rs_model_rebuilt (model, n_layers, units, activations, &model->init), label,
         field, self->layers_message);
}

static void
size_commit_cb (GtkEditable *field, gpointer user_data)
{
  RsNetworkEditor *self = RS_NETWORK_EDITOR (user_data);
  const RsModel *model = current_model (self);
  int l = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (field), "rs-layer"));
  int units[RS_MAX_LAYERS];
  RsActivation activations[RS_MAX_LAYERS];
  g_autofree char *message = NULL;
  g_autofree char *label = NULL;
  g_autofree char *shown = NULL;
  int n_layers;
  gint64 size;

  if (model == NULL || l < 2 || l >= model->net->n_layers)
    return;
  if (!rs_parse_integer (gtk_editable_get_text (field), 1, RS_MAX_UNITS, &size, &message))
    {
      rs_field_refuse (field, message);
      return;
    }
  shown = g_strdup_printf ("%d", (int) size);
  if (model->net->units[l] == size)
    {
      rs_field_accept (field, shown);
      return;
    }
  n_layers = get_shape (model->net, units, activations);
  units[l - 1] = (int) size;
  /* Translators: an edit in the Undo menu, e.g. "Resize layer 2 to 5 units" */
  label = g_strdup_printf (g_dngettext (NULL, "Resize layer %d to %d unit",
                                        "Resize layer %d to %d units", (gulong) size),
                           l, (int) size);
  reshape (self, n_layers, units, activations, label, field);
}

static void
add_layer_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsNetworkEditor *self = RS_NETWORK_EDITOR (widget);
  const RsModel *model = current_model (self);
  int units[RS_MAX_LAYERS];
  RsActivation activations[RS_MAX_LAYERS];
  g_autofree char *label = NULL;
  int L;

  if (model == NULL || model->net->n_layers >= RS_MAX_LAYERS)
    return;
  L = get_shape (model->net, units, activations);
  /* The new layer goes before the output, like the last hidden layer (or 3 ReLUs). */
  units[L] = units[L - 1];
  activations[L] = activations[L - 1];
  units[L - 1] = L >= 3 ? units[L - 2] : 3;
  activations[L - 1] = L >= 3 ? activations[L - 2] : RS_ACTIVATION_RELU;
  /* Translators: an edit in the Undo menu */
  label = g_strdup_printf (_("Add hidden layer %d"), L);
  reshape (self, L + 1, units, activations, label, NULL);
}

static void
remove_layer_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsNetworkEditor *self = RS_NETWORK_EDITOR (widget);
  const RsModel *model = current_model (self);
  int l = g_variant_get_int32 (parameter);
  int units[RS_MAX_LAYERS];
  RsActivation activations[RS_MAX_LAYERS];
  g_autofree char *label = NULL;
  int L;

  if (model == NULL || l < 2 || l >= model->net->n_layers)
    return;
  L = get_shape (model->net, units, activations);
  memmove (units + l - 1, units + l, (gsize) (L - l) * sizeof units[0]);
  memmove (activations + l - 1, activations + l, (gsize) (L - l) * sizeof activations[0]);
  /* Translators: an edit in the Undo menu */
  label = g_strdup_printf (_("Remove hidden layer %d"), l);
  reshape (self, L - 1, units, activations, label, NULL);
}

static void
activation_selected_cb (GtkDropDown *drop_down, GParamSpec *pspec, RsNetworkEditor *self)
{
  const RsModel *model = current_model (self);
  int l = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (drop_down), "rs-layer"));
  guint selected = gtk_drop_down_get_selected (drop_down);
  g_autofree char *label = NULL;
  RsModel *edited;

  if (self->updating || model == NULL || l < 2 || l > model->net->n_layers
      || selected >= RS_N_ACTIVATIONS || model->net->activation[l] == (RsActivation) selected)
    return;
  edited = rs_model_copy (model);
  if (edited != NULL)
    edited->net->activation[l] = (RsActivation) selected;
  /* Translators: an edit in the Undo menu, e.g. "Set layer 2 activation to tanh" */
  label = g_strdup_printf (_("Set layer %d activation to %s"), l,
                           rs_activation_name ((RsActivation) selected));
  apply (self, edited, label, NULL, GTK_LABEL (self->rows[l].message));
}

/* Activation settings ------------------------------------------------------------------ */

static void
set_relu_prime (RsNetworkEditor *self, double value, GtkEditable *field)
{
  const RsModel *model = current_model (self);
  g_autofree char *shown = rs_format_editable (value);
  g_autofree char *label = NULL;
  RsModel *edited;

  if (model->net->act_params.relu_prime_at_zero == value)
    {
      if (field != NULL)
        rs_field_accept (field, shown);
      return;
    }
  edited = rs_model_copy (model);
  if (edited != NULL)
    edited->net->act_params.relu_prime_at_zero = value;
  /* Translators: an edit in the Undo menu */
  label = g_strdup_printf (_("Set ReLU′(0) = %s"), shown);
  if (apply (self, edited, label, field, self->prime_message) && field != NULL)
    rs_field_accept (field, shown);
}

static void
prime_commit_cb (GtkEditable *field, gpointer user_data)
{
  RsNetworkEditor *self = RS_NETWORK_EDITOR (user_data);
  g_autofree char *message = NULL;
  double value;

  if (current_model (self) == NULL)
    return;
  if (rs_parse_number (gtk_editable_get_text (field), 0.0, 1.0, &value, &message))
    set_relu_prime (self, value, field);
  else
    rs_field_refuse (field, message);
}

static void update (RsNetworkEditor *self);

static void
prime_choice_toggled_cb (GtkToggleButton *button, RsNetworkEditor *self)
{
  GtkToggleButton *choices[] = { self->prime_zero, self->prime_half, self->prime_one };

  if (self->updating || current_model (self) == NULL)
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (choices); i++)
    if (button == choices[i] && gtk_toggle_button_get_active (button))
      set_relu_prime (self, prime_choices[i], NULL);
  /* A click on the choice in use would untoggle it: show the value in use again. */
  update (self);
}

static void
leaky_commit_cb (GtkEditable *field, gpointer user_data)
{
  RsNetworkEditor *self = RS_NETWORK_EDITOR (user_data);
  const RsModel *model = current_model (self);
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *label = NULL;
  RsModel *edited;
  double value;

  if (model == NULL)
    return;
  if (!rs_parse_number (gtk_editable_get_text (field), 0.0, 1.0, &value, &message))
    {
      rs_field_refuse (field, message);
      return;
    }
  shown = rs_format_editable (value);
  if (model->net->act_params.leaky_slope == value)
    {
      rs_field_accept (field, shown);
      return;
    }
  edited = rs_model_copy (model);
  if (edited != NULL)
    edited->net->act_params.leaky_slope = value;
  /* Translators: an edit in the Undo menu */
  label = g_strdup_printf (_("Set leaky slope = %s"), shown);
  if (apply (self, edited, label, field, NULL))
    rs_field_accept (field, shown);
}

static void
mode_selected_cb (RsNetworkEditor *self)
{
  const RsModel *model = current_model (self);
  guint selected = gtk_drop_down_get_selected (self->mode_drop_down);
  RsModel *edited;

  if (self->updating || model == NULL || selected >= RS_N_MODES
      || model->mode == (RsStepMode) selected)
    return;
  edited = rs_model_copy (model);
  if (edited != NULL)
    edited->mode = (RsStepMode) selected;
  apply (self, edited,
         selected == RS_MODE_STOCHASTIC ? _("Use stochastic steps") : _("Use batch steps"),
         NULL, self->layers_message);
}

/* Initialization ----------------------------------------------------------------------- */

/* Θ drawn afresh from `spec` at the current shape. */
static gboolean
rebuild (RsNetworkEditor *self, const RsInitSpec *spec, GtkEditable *field)
{
  const RsModel *model = current_model (self);
  int units[RS_MAX_LAYERS];
  RsActivation activations[RS_MAX_LAYERS];
  g_autofree char *what = describe_spec (spec);
  g_autofree char *label = NULL;
  int n_layers;

  rs_message_show (self->rebuild_message, NULL);
  n_layers = get_shape (model->net, units, activations);
  /* Translators: an edit in the Undo menu, e.g. "Rebuild with he, seed 7" */
  label = g_strdup_printf (_("Rebuild with %s"), what);
  return apply (self, rs_model_rebuilt (model, n_layers, units, activations, spec), label,
                field, self->rebuild_message);
}

static void
rebuild_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsNetworkEditor *self = RS_NETWORK_EDITOR (widget);

  if (current_model (self) != NULL)
    rebuild (self, &current_model (self)->init, NULL);
}

static void
scheme_selected_cb (RsNetworkEditor *self)
{
  const RsModel *model = current_model (self);
  guint selected = gtk_drop_down_get_selected (self->scheme_drop_down);
  RsInitSpec spec;

  if (self->updating || model == NULL || selected >= RS_N_INIT_SCHEMES
      || model->init.scheme == (RsInitScheme) selected)
    return;
  spec = model->init;
  spec.scheme = (RsInitScheme) selected;
  rebuild (self, &spec, NULL);
}

/* The range, bias and seed fields: each parses its own value into a copy of the spec. */
static void
init_commit_cb (GtkEditable *field, gpointer user_data)
{
  RsNetworkEditor *self = RS_NETWORK_EDITOR (user_data);
  const RsModel *model = current_model (self);
  const char *text = gtk_editable_get_text (field);
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  RsInitSpec spec;
  gboolean ok;

  if (model == NULL)
    return;
  spec = model->init;
  if (field == GTK_EDITABLE (self->seed_entry))
    {
      gint64 seed;

      ok = rs_parse_integer (text, 0, G_MAXINT64, &seed, &message);
      if (ok)
        {
          spec.seed = (uint64_t) seed;
          shown = g_strdup_printf ("%" G_GINT64_FORMAT, seed);
        }
    }
  else if (field == GTK_EDITABLE (self->bias_entry))
    {
      ok = rs_parse_number (text, -BIAS_LIMIT, BIAS_LIMIT, &spec.bias, &message);
      if (ok)
        shown = rs_format_editable (spec.bias);
    }
  else
    {
      ok = rs_parse_number (text, 0.0, RANGE_LIMIT, &spec.range, &message);
      if (ok)
        shown = rs_format_editable (spec.range);
    }
  if (!ok)
    {
      rs_field_refuse (field, message);
      return;
    }
  if (memcmp (&spec, &model->init, sizeof spec) == 0)
    {
      rs_field_accept (field, shown);
      return;
    }
  if (rebuild (self, &spec, field))
    rs_field_accept (field, shown);
}

/* The document's echoes ---------------------------------------------------------------- */

static void
show_double (GtkEntry *entry, double value)
{
  g_autofree char *text = rs_format_editable (value);

  rs_field_show (GTK_EDITABLE (entry), text);
}

static void
update_row (RsNetworkEditor *self, const RsNetwork *net, int l)
{
  LayerRow *row = &self->rows[l];
  int L = net != NULL ? net->n_layers : 0;
  gboolean shown = l <= L;
  gboolean hidden_layer = l > 1 && l < L;
  g_autofree char *name = NULL;
  g_autofree char *size = NULL;

  gtk_widget_set_visible (row->name, shown);
  gtk_widget_set_visible (row->size_entry, shown && hidden_layer);
  gtk_widget_set_visible (row->size_fixed, shown && !hidden_layer);
  gtk_widget_set_visible (row->activation, shown && l >= 2);
  gtk_widget_set_visible (row->remove, shown && hidden_layer);
  if (!shown)
    {
      /* A refusal belongs to the layer it was about; that layer is gone. */
      rs_field_show (GTK_EDITABLE (row->size_entry), "");
      rs_message_show (GTK_LABEL (row->message), NULL);
      return;
    }

  if (l == 1)
    /* Translators: the first row of the layers grid */
    name = g_strdup_printf (_("%d (input)"), l);
  else if (l == L)
    /* Translators: the last row of the layers grid */
    name = g_strdup_printf (_("%d (output)"), l);
  else
    name = g_strdup_printf ("%d", l);
  gtk_label_set_text (GTK_LABEL (row->name), name);
  size = g_strdup_printf ("%d", net->units[l]);
  gtk_label_set_text (GTK_LABEL (row->size_fixed), size);
  if (hidden_layer)
    rs_field_show (GTK_EDITABLE (row->size_entry), size);
  else
    {
      rs_field_show (GTK_EDITABLE (row->size_entry), "");
      rs_message_show (GTK_LABEL (row->message), NULL);
    }
  if (l >= 2)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (row->activation), net->activation[l]);
}

static void
update (RsNetworkEditor *self)
{
  const RsModel *model = current_model (self);
  const RsNetwork *net = model != NULL ? model->net : NULL;
  GtkToggleButton *choices[] = { self->prime_zero, self->prime_half, self->prime_one };

  gtk_widget_set_sensitive (GTK_WIDGET (self), model != NULL);
  self->updating = TRUE;
  for (int l = 1; l <= RS_MAX_LAYERS; l++)
    update_row (self, net, l);
  if (model != NULL)
    {
      for (gsize i = 0; i < G_N_ELEMENTS (choices); i++)
        gtk_toggle_button_set_active (choices[i], net->act_params.relu_prime_at_zero
                                                    == prime_choices[i]);
      show_double (self->prime_entry, net->act_params.relu_prime_at_zero);
      show_double (self->leaky_entry, net->act_params.leaky_slope);
      gtk_drop_down_set_selected (self->mode_drop_down, model->mode);
      gtk_drop_down_set_selected (self->scheme_drop_down, model->init.scheme);
      show_double (self->range_entry, model->init.range);
      show_double (self->bias_entry, model->init.bias);
      {
        g_autofree char *seed = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) model->init.seed);

        rs_field_show (GTK_EDITABLE (self->seed_entry), seed);
      }
      gtk_widget_set_visible (GTK_WIDGET (self->range_label),
                              model->init.scheme == RS_INIT_UNIFORM);
      gtk_widget_set_visible (GTK_WIDGET (self->range_entry),
                              model->init.scheme == RS_INIT_UNIFORM);
      if (model->init.scheme != RS_INIT_UNIFORM)
        rs_message_show (self->range_message, NULL);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.add-layer",
                                     net->n_layers < RS_MAX_LAYERS);
    }
  self->updating = FALSE;
}

static void
loaded_cb (RsNetworkEditor *self)
{
  rs_message_show (self->layers_message, NULL);
  rs_message_show (self->rebuild_message, NULL);
  update (self);
}

/* Builds the rows of every layer a network can have once; update_row() shows the ones in
 * use, so a focused field survives edits. Row 0 of the grid holds the column titles; layer l
 * takes rows 2l − 1 (its widgets) and 2l (its message). */
static void
build_rows (RsNetworkEditor *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);

  for (int i = 0; i < RS_N_ACTIVATIONS; i++)
    gtk_string_list_append (names, _(activation_labels[i]));

  for (int l = 1; l <= RS_MAX_LAYERS; l++)
    {
      LayerRow *row = &self->rows[l];
      g_autofree char *remove_tip = g_strdup_printf (_("Remove hidden layer %d"), l);

      row->name = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (row->name), 0.0f);
      row->size_entry = gtk_entry_new ();
      gtk_editable_set_width_chars (GTK_EDITABLE (row->size_entry), 4);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (row->size_entry), 5);
      gtk_entry_set_input_purpose (GTK_ENTRY (row->size_entry), GTK_INPUT_PURPOSE_DIGITS);
      gtk_widget_set_tooltip_text (row->size_entry, _("Units in this hidden layer, 1 to 1024"));
      row->size_fixed = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (row->size_fixed), 0.0f);
      gtk_widget_set_margin_start (row->size_fixed, 6);
      gtk_widget_set_tooltip_text (row->size_fixed, _("Fixed by the data"));
      row->activation = GTK_WIDGET (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)),
                                                       NULL));
      gtk_widget_set_hexpand (row->activation, TRUE);
      row->remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      gtk_widget_add_css_class (row->remove, "flat");
      gtk_widget_set_tooltip_text (row->remove, remove_tip);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row->remove), "network.remove-layer");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row->remove), "i", l);
      row->message = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (row->message), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (row->message), TRUE);
      gtk_widget_add_css_class (row->message, "field-message");

      {
        g_autofree char *size_name = g_strdup_printf (_("Units in layer %d"), l);
        g_autofree char *activation_name = g_strdup_printf (_("Activation of layer %d"), l);

        gtk_accessible_update_property (GTK_ACCESSIBLE (row->size_entry),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, size_name, -1);
        gtk_accessible_update_property (GTK_ACCESSIBLE (row->activation),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, activation_name, -1);
      }
      g_object_set_data (G_OBJECT (row->size_entry), "rs-layer", GINT_TO_POINTER (l));
      g_object_set_data (G_OBJECT (row->activation), "rs-layer", GINT_TO_POINTER (l));
      g_signal_connect (row->activation, "notify::selected", G_CALLBACK (activation_selected_cb),
                        self);
      rs_field_setup (GTK_EDITABLE (row->size_entry), GTK_LABEL (row->message), size_commit_cb,
                      self);

      gtk_grid_attach (self->layers_grid, row->name, 0, 2 * l - 1, 1, 1);
      gtk_grid_attach (self->layers_grid, row->size_entry, 1, 2 * l - 1, 1, 1);
      gtk_grid_attach (self->layers_grid, row->size_fixed, 1, 2 * l - 1, 1, 1);
      gtk_grid_attach (self->layers_grid, row->activation, 2, 2 * l - 1, 1, 1);
      gtk_grid_attach (self->layers_grid, row->remove, 3, 2 * l - 1, 1, 1);
      gtk_grid_attach (self->layers_grid, row->message, 0, 2 * l, 4, 1);
    }
}

/* GObject ------------------------------------------------------------------------------ */

static void
rs_network_editor_dispose (GObject *object)
{
  RsNetworkEditor *self = RS_NETWORK_EDITOR (object);
  GtkWidget *child;

  rs_network_editor_set_document (self, NULL);
  g_clear_object (&self->document_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_NETWORK_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (rs_network_editor_parent_class)->dispose (object);
}

static void
rs_network_editor_get_property (GObject *object, guint prop_id, GValue *value,
                                GParamSpec *pspec)
{
  RsNetworkEditor *self = RS_NETWORK_EDITOR (object);

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
rs_network_editor_set_property (GObject *object, guint prop_id, const GValue *value,
                                GParamSpec *pspec)
{
  RsNetworkEditor *self = RS_NETWORK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rs_network_editor_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_network_editor_class_init (RsNetworkEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_network_editor_dispose;
  object_class->get_property = rs_network_editor_get_property;
  object_class->set_property = rs_network_editor_set_property;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, RS_TYPE_DOCUMENT,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                     | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/reluscope/ReluScope/rs-network-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, layers_grid);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, layers_message);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, prime_zero);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, prime_half);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, prime_one);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, prime_entry);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, prime_message);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, leaky_entry);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, leaky_message);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, mode_drop_down);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, scheme_drop_down);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, range_label);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, range_entry);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, range_message);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, bias_entry);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, bias_message);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, seed_entry);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, seed_message);
  gtk_widget_class_bind_template_child (widget_class, RsNetworkEditor, rebuild_message);

  gtk_widget_class_install_action (widget_class, "network.add-layer", NULL,
                                   add_layer_activated);
  gtk_widget_class_install_action (widget_class, "network.remove-layer", "i",
                                   remove_layer_activated);
  gtk_widget_class_install_action (widget_class, "network.rebuild", NULL, rebuild_activated);
  gtk_widget_class_set_css_name (widget_class, "networkeditor");
}

static void
rs_network_editor_init (RsNetworkEditor *self)
{
  self->document_signals = g_signal_group_new (RS_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "loaded", G_CALLBACK (loaded_cb), self);

  gtk_widget_init_template (GTK_WIDGET (self));
  build_rows (self);

  GtkToggleButton *choices[] = { self->prime_zero, self->prime_half, self->prime_one };
  for (gsize i = 0; i < G_N_ELEMENTS (choices); i++)
    g_signal_connect (choices[i], "toggled", G_CALLBACK (prime_choice_toggled_cb), self);
  rs_field_setup (GTK_EDITABLE (self->prime_entry), self->prime_message, prime_commit_cb, self);
  rs_field_setup (GTK_EDITABLE (self->leaky_entry), self->leaky_message, leaky_commit_cb, self);
  rs_field_setup (GTK_EDITABLE (self->range_entry), self->range_message, init_commit_cb, self);
  rs_field_setup (GTK_EDITABLE (self->bias_entry), self->bias_message, init_commit_cb, self);
  rs_field_setup (GTK_EDITABLE (self->seed_entry), self->seed_message, init_commit_cb, self);
  g_signal_connect_swapped (self->mode_drop_down, "notify::selected",
                            G_CALLBACK (mode_selected_cb), self);
  g_signal_connect_swapped (self->scheme_drop_down, "notify::selected",
                            G_CALLBACK (scheme_selected_cb), self);
  update (self);
}

GtkWidget *
rs_network_editor_new (void)
{
  return g_object_new (RS_TYPE_NETWORK_EDITOR, NULL);
}

RsDocument *
rs_network_editor_get_document (RsNetworkEditor *self)
{
  g_return_val_if_fail (RS_IS_NETWORK_EDITOR (self), NULL);
  return self->document;
}

void
rs_network_editor_set_document (RsNetworkEditor *self, RsDocument *document)
{
  g_return_if_fail (RS_IS_NETWORK_EDITOR (self));
  g_return_if_fail (document == NULL || RS_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  g_set_object (&self->document, document);
  /* Only ::loaded: steps change Θ, never the settings shown here. */
  g_signal_group_set_target (self->document_signals, document);
  loaded_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

GtkEditable *
rs_network_editor_get_field (RsNetworkEditor *self, const char *name, int l)
{
  g_return_val_if_fail (RS_IS_NETWORK_EDITOR (self), NULL);

  if (g_strcmp0 (name, "size") == 0)
    {
      g_return_val_if_fail (l >= 1 && l <= RS_MAX_LAYERS, NULL);
      return GTK_EDITABLE (self->rows[l].size_entry);
    }
  if (g_strcmp0 (name, "relu-prime") == 0)
    return GTK_EDITABLE (self->prime_entry);
  if (g_strcmp0 (name, "leaky-slope") == 0)
    return GTK_EDITABLE (self->leaky_entry);
  if (g_strcmp0 (name, "range") == 0)
    return GTK_EDITABLE (self->range_entry);
  if (g_strcmp0 (name, "bias") == 0)
    return GTK_EDITABLE (self->bias_entry);
  if (g_strcmp0 (name, "seed") == 0)
    return GTK_EDITABLE (self->seed_entry);
  g_return_val_if_reached (NULL);
}

GtkDropDown *
rs_network_editor_get_drop_down (RsNetworkEditor *self, const char *name, int l)
{
  g_return_val_if_fail (RS_IS_NETWORK_EDITOR (self), NULL);

  if (g_strcmp0 (name, "activation") == 0)
    {
      g_return_val_if_fail (l >= 2 && l <= RS_MAX_LAYERS, NULL);
      return GTK_DROP_DOWN (self->rows[l].activation);
    }
  if (g_strcmp0 (name, "mode") == 0)
    return self->mode_drop_down;
  if (g_strcmp0 (name, "scheme") == 0)
    return self->scheme_drop_down;
  g_return_val_if_reached (NULL);
}

GtkToggleButton *
rs_network_editor_get_prime_choice (RsNetworkEditor *self, int i)
{
  GtkToggleButton *choices[] = { self->prime_zero, self->prime_half, self->prime_one };

  g_return_val_if_fail (RS_IS_NETWORK_EDITOR (self), NULL);
  g_return_val_if_fail (i >= 0 && i < 3, NULL);
  return choices[i];
}

const char *
rs_network_editor_get_message (RsNetworkEditor *self)
{
  g_return_val_if_fail (RS_IS_NETWORK_EDITOR (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->layers_message))
           ? gtk_label_get_text (self->layers_message)
           : NULL;
}
