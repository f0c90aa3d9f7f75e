/* rs-inspector.c — the Inspect page's texts, rebuilt whenever the document or the selection
 * changes (once a frame while playing, so each rebuild is one derivation and a few labels, and
 * nothing at all while the page is hidden). A derivation traces every example, so on a big
 * network with much data one rebuild can take milliseconds: then rebuilds while playing are
 * spaced out to keep the panel under a tenth of the time.
 *
 * Every text is composed once for a given style: Pango markup for the labels, plain Unicode for
 * Copy, so what is copied is what is shown.
 */
#include "rs-inspector.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "core/rs-derivation.h"
#include "format/rs-format.h"
#include "format/rs-parse.h"
#include "rs-network-view.h"

#define DIGITS 3
/* A rebuild slower than this spaces out the next ones (µs). */
#define CHEAP_UPDATE_US 1000
#define UPDATE_SHARE    10
/* Output errors listed one by one in the overview; past this, elided. */
#define MAX_LISTED 8

struct _RsInspector
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkLabel *title_label;
  GtkWidget *edit_box;
  GtkLabel *value_label;
  GtkEntry *value_entry;
  GtkLabel *error_label;
  GtkLabel *verdict_label;
  GtkLabel *body_label;

  RsDocument *document;
  GSignalGroup *document_signals; /* the document's signals, connected while it is set */

  RsDiagramItem selection;
  gboolean stale; /* the document changed while the page was hidden */
  gint64 next_update; /* monotonic time before which a document change waits */
  guint update_id;    /* the timeout of a waiting rebuild */
  char *error;
};

G_DEFINE_FINAL_TYPE (RsInspector, rs_inspector, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Composing text in one style ---------------------------------------------------------- */

typedef struct
{
  RsTextStyle style;
  GString *title;
  GString *verdict;
  GString *body;
} Texts;

static void
texts_init (Texts *t, RsTextStyle style)
{
  t->style = style;
  t->title = g_string_new (NULL);
  t->verdict = g_string_new (NULL);
  t->body = g_string_new (NULL);
}

static void
texts_clear (Texts *t)
{
  g_string_free (t->title, TRUE);
  g_string_free (t->verdict, TRUE);
  g_string_free (t->body, TRUE);
}

/* Text as it should read, escaped for markup. */
static void
add_text (Texts *t, GString *to, const char *text)
{
  if (t->style == RS_TEXT_MARKUP)
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);
      g_string_append (to, escaped);
    }
  else
    g_string_append (to, text);
}

static void G_GNUC_PRINTF (3, 4)
add_printf (Texts *t, GString *to, const char *format, ...)
{
  va_list args;
  g_autofree char *text = NULL;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  add_text (t, to, text);
}

/* Θ⁽ˡ⁾ⱼₖ and friends; j < 0 leaves out the subscript, k < 0 the second index. */
static void
add_symbol (Texts *t, GString *to, const char *name, int layer, int j, int k)
{
  g_autofree char *symbol = rs_format_symbol (t->style, name, layer, j, k);
  g_string_append (to, symbol);
}

/* A subscript of index letters and digits: "k", "i", "j0". */
static void
add_index (Texts *t, GString *to, const char *letters)
{
  static const char *const digits[] = { "₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉" };

  if (t->style == RS_TEXT_MARKUP)
    {
      g_string_append_printf (to, "<sub>%s</sub>", letters);
      return;
    }
  for (const char *c = letters; *c != '\0'; c++)
    switch (*c)
      {
      case 'i': g_string_append (to, "ᵢ"); break;
      case 'j': g_string_append (to, "ⱼ"); break;
      case 'k': g_string_append (to, "ₖ"); break;
      default:
        if (g_ascii_isdigit (*c))
          g_string_append (to, digits[*c - '0']);
        else
          g_string_append_c (to, *c);
      }
}

static void
add_number (Texts *t, GString *to, double value)
{
  g_autofree char *text = rs_format_number (value, DIGITS);
  add_text (t, to, text);
}

/* A number after "·" or "−": in parentheses when negative. */
static void
add_factor (Texts *t, GString *to, double value)
{
  if (value < 0.0)
    add_text (t, to, "(");
  add_number (t, to, value);
  if (value < 0.0)
    add_text (t, to, ")");
}

/* g′ as the derivation writes it: the slopes of piecewise and linear activations are exact
 * (1, 0, the leaky slope) and read best as typed. */
static void
add_gprime (Texts *t, GString *to, RsActivation activation, double gprime)
{
  if (rs_activation_is_piecewise (activation) || activation == RS_ACTIVATION_LINEAR)
    {
      g_autofree char *text = rs_format_shortest (gprime);
      add_text (t, to, text);
    }
  else
    add_factor (t, to, gprime);
}

/* Names for people ------------------------------------------------------------------- */

static const char *
activation_label (RsActivation activation)
{
  switch (activation)
    {
    case RS_ACTIVATION_RELU: return "ReLU";
    case RS_ACTIVATION_LEAKY_RELU: return "LeakyReLU";
    case RS_ACTIVATION_SIGMOID: return "σ";
    case RS_ACTIVATION_TANH: return "tanh";
    case RS_ACTIVATION_LINEAR:
    case RS_N_ACTIVATIONS:
    default: return "g";
    }
}

/* "input unit 1", "hidden unit 2" ("of layer 3" when there are several hidden layers),
 * "output unit 1": the words of the derivation's heading. */
static char *
describe_unit (const RsNetwork *net, int l, int j)
{
  if (l == 1)
    return g_strdup_printf (_("input unit %d"), j);
  if (l == net->n_layers)
    return g_strdup_printf (_("output unit %d"), j);
  if (net->n_layers > 3)
    return g_strdup_printf (_("hidden unit %d of layer %d"), j, l);
  return g_strdup_printf (_("hidden unit %d"), j);
}

/* The texts of each kind of selection ---------------------------------------------------- */

/* A weight: the core's derivation as `reluscope-cli explain` writes it, its heading as the
 * title; above it, in words, what a zero ReLU′ means for it. */
static void
compose_edge (RsInspector *self, Texts *t)
{
  const RsModel *model = rs_document_get_model (self->document);
  const RsDiagramItem *item = &self->selection;
  RsDerivation *d = rs_derivation_new (model->net, model->data, item->layer, item->j, item->k,
                                       rs_document_get_example (self->document));
  g_autofree char *text = NULL;
  g_autofree char *unit = NULL;
  const char *body;

  if (d == NULL)
    {
      add_text (t, t->body, _("Not enough memory to derive this gradient."));
      return;
    }
  text = rs_format_derivation_for_step (d, rs_document_get_alpha (self->document),
                                        rs_model_step_example (model), t->style);
  body = strstr (text, "\n\n");
  if (body != NULL)
    {
      g_string_append_len (t->title, text, body - text);
      g_string_append (t->body, body + 2);
    }
  else
    g_string_append (t->body, text);
  while (t->body->len > 0 && t->body->str[t->body->len - 1] == '\n')
    g_string_truncate (t->body, t->body->len - 1);

  /* The headline of the derivation's sentence in words: where the error stops. */
  unit = describe_unit (model->net, item->layer, item->j);
  if (d->gprime == 0.0)
    {
      add_text (t, t->verdict, _("No error reaches "));
      add_symbol (t, t->verdict, "Θ", item->layer, item->j, -1);
      add_index (t, t->verdict, "k");
      add_text (t, t->verdict, ": ");
      if (d->dead)
        add_printf (t, t->verdict,
                    _("%s is dead, inactive (%s′ = 0) on every example (%d of %d), so this "
                      "gradient is exactly 0 on all the data."),
                    unit, activation_label (d->activation), d->n_examples, d->n_examples);
      else
        add_printf (t, t->verdict,
                    _("%s is inactive (%s′ = 0) on this example, but active on %d of %d "
                      "examples, and those still move this weight."),
                    unit, activation_label (d->activation), d->n_active, d->n_examples);
    }
  rs_derivation_free (d);
}

/* z, a, g′ and δ of one unit on the current example, and whether it is dead. */
static void
compose_unit (RsInspector *self, Texts *t)
{
  const RsModel *model = rs_document_get_model (self->document);
  const RsNetwork *net = model->net;
  const RsTrace *trace = rs_document_get_trace (self->document);
  const RsCensus *census = rs_document_get_census (self->document);
  int l = self->selection.layer, j = self->selection.j, L = net->n_layers;
  int t_example = rs_document_get_example (self->document);
  int m = model->data->n_examples;
  g_autofree char *unit = describe_unit (net, l, j);
  const char *g;
  double z, gprime, upstream;
  int active;

  add_text (t, t->title, unit);
  if (l > 1)
    add_printf (t, t->title, _(" (layer %d, %s)"), l,
                net->activation[l] == RS_ACTIVATION_LINEAR ? _("linear")
                                                           : activation_label (net->activation[l]));
  add_printf (t, t->body, _("On example %d of %d:"), t_example + 1, m);
  g_string_append_c (t->body, '\n');

  if (l == 1)
    {
      add_text (t, t->body, "  ");
      add_symbol (t, t->body, "a", 1, j, -1);
      add_text (t, t->body, " = ");
      add_symbol (t, t->body, "x", 0, j, -1);
      add_text (t, t->body, " = ");
      add_number (t, t->body, trace->a[1][j - 1]);
      return;
    }

  z = trace->z[l][j - 1];
  gprime = trace->gprime[l][j - 1];
  g = activation_label (net->activation[l]);

  add_text (t, t->body, "  ");
  add_symbol (t, t->body, "z", l, j, -1);
  add_text (t, t->body, " = Σ");
  add_index (t, t->body, "k");
  add_text (t, t->body, " ");
  add_symbol (t, t->body, "Θ", l, j, -1);
  add_index (t, t->body, "k");
  add_text (t, t->body, " ");
  add_symbol (t, t->body, "a", l - 1, -1, -1);
  add_index (t, t->body, "k");
  add_text (t, t->body, " = ");
  add_number (t, t->body, z);
  g_string_append_c (t->body, '\n');

  add_text (t, t->body, "  ");
  add_symbol (t, t->body, "a", l, j, -1);
  add_printf (t, t->body, " = %s(", g);
  add_symbol (t, t->body, "z", l, j, -1);
  add_text (t, t->body, ") = ");
  add_number (t, t->body, trace->a[l][j - 1]);
  g_string_append_c (t->body, '\n');

  add_printf (t, t->body, "  %s′(", g);
  add_symbol (t, t->body, "z", l, j, -1);
  add_text (t, t->body, ") = ");
  add_gprime (t, t->body, net->activation[l], gprime);
  switch (rs_activation_branch (net->activation[l], z))
    {
    case RS_BRANCH_POSITIVE: add_text (t, t->body, _("   (z > 0)")); break;
    case RS_BRANCH_NEGATIVE: add_text (t, t->body, _("   (z < 0)")); break;
    case RS_BRANCH_ZERO: add_text (t, t->body, _("   (z = 0: by convention)")); break;
    case RS_BRANCH_SMOOTH:
    default: break;
    }
  g_string_append_c (t->body, '\n');

  /* δ as the chain rule forms it: what arrives, times g′. */
  add_text (t, t->body, "  ");
  add_symbol (t, t->body, "δ", l, j, -1);
  add_text (t, t->body, " = (");
  if (l == L)
    {
      upstream = trace->a[l][j - 1] - rs_data_y (model->data, t_example)[j - 1];
      add_symbol (t, t->body, "a", l, j, -1);
      add_text (t, t->body, " − ");
      add_symbol (t, t->body, "y", 0, j, -1);
    }
  else
    {
      const double *next = rs_network_theta (net, l + 1); /* sₗ₊₁ × (sₗ + 1) */
      int cols = rs_network_theta_cols (net, l + 1);
      char sub[32];

      upstream = 0.0;
      for (int i = 0; i < net->units[l + 1]; i++)
        upstream += next[(gsize) i * (gsize) cols + (gsize) j] * trace->delta[l + 1][i];
      g_snprintf (sub, sizeof sub, "i%d", j);
      add_text (t, t->body, "Σ");
      add_index (t, t->body, "i");
      add_text (t, t->body, " ");
      add_symbol (t, t->body, "Θ", l + 1, -1, -1);
      add_index (t, t->body, sub);
      add_text (t, t->body, " ");
      add_symbol (t, t->body, "δ", l + 1, -1, -1);
      add_index (t, t->body, "i");
    }
  add_printf (t, t->body, ") · %s′(", g);
  add_symbol (t, t->body, "z", l, j, -1);
  add_text (t, t->body, ") = ");
  add_number (t, t->body, upstream);
  add_text (t, t->body, " · ");
  add_gprime (t, t->body, net->activation[l], gprime);
  add_text (t, t->body, " = ");
  add_number (t, t->body, trace->delta[l][j - 1]);

  if (census == NULL)
    return;
  active = census->active[l][j - 1];
  g_string_append (t->body, "\n\n");
  add_printf (t, t->body,
              g_dngettext (GETTEXT_PACKAGE, "Active (g′ ≠ 0) on %d of %d example.",
                           "Active (g′ ≠ 0) on %d of %d examples.", m),
              active, m);
  add_text (t, t->body, _(" Click one of its incoming edges to see how its weights' gradients "
                          "come about."));
  if (active == 0)
    {
      add_text (t, t->verdict, _("Dead: inactive on every example, so no error reaches "));
      add_symbol (t, t->verdict, "Θ", l, j, -1);
      add_index (t, t->verdict, "k");
      add_text (t, t->verdict, _(" on any example: its incoming weights cannot change while "
                                 "its inputs stay fixed."));
    }
  else if (gprime == 0.0)
    add_printf (t, t->verdict,
                _("Inactive on this example: g′ = 0 stops the error here. It is active on %d "
                  "of %d examples, and those still move its incoming weights."),
                active, m);
}

static void
compose_bias (RsInspector *self, Texts *t)
{
  int l = self->selection.layer;

  add_printf (t, t->title, _("+1, the bias unit of layer %d"), l);
  add_text (t, t->body, _("It always sends 1. Its edges are the bias weights "));
  add_symbol (t, t->body, "Θ", l + 1, -1, -1);
  add_index (t, t->body, "j0");
  add_printf (t, t->body, _(" of layer %d, and their gradient is δ times 1. Click one of them "
                            "to see it worked out."),
              l + 1);
}

/* J, the output errors of the current example and the dead units. */
static void
compose_overview (RsInspector *self, Texts *t)
{
  const RsModel *model = rs_document_get_model (self->document);
  const RsNetwork *net = model->net;
  const RsTrace *trace = rs_document_get_trace (self->document);
  const RsCensus *census = rs_document_get_census (self->document);
  int L = net->n_layers, m = model->data->n_examples;
  int example = rs_document_get_example (self->document);
  const double *y = rs_data_y (model->data, example);
  int shown = net->units[L] <= MAX_LISTED ? net->units[L] : MAX_LISTED - 2;
  g_autofree char *cost = NULL;

  add_text (t, t->title, _("The cost and the errors"));

  /* J with the status line's four digits, so the two read alike. */
  cost = rs_format_number (rs_document_get_cost (self->document), 4);
  add_printf (t, t->body, "J = %s", cost);
  add_printf (t, t->body,
              g_dngettext (GETTEXT_PACKAGE, "   the mean over %d example of Σᵢ ½ (",
                           "   the mean over %d examples of Σᵢ ½ (", m),
              m);
  add_symbol (t, t->body, "a", L, -1, -1);
  add_index (t, t->body, "i");
  add_text (t, t->body, " − y");
  add_index (t, t->body, "i");
  add_text (t, t->body, ")²\n\n");

  add_printf (t, t->body, _("Output errors on example %d of %d:"), example + 1, m);
  for (int i = 0; i < shown; i++)
    {
      double a = trace->a[L][i];

      add_text (t, t->body, "\n  ");
      add_symbol (t, t->body, "a", L, i + 1, -1);
      add_text (t, t->body, " − ");
      add_symbol (t, t->body, "y", 0, i + 1, -1);
      add_text (t, t->body, " = ");
      add_number (t, t->body, a);
      add_text (t, t->body, " − ");
      if (y[i] < 0)
        add_text (t, t->body, "(");
      add_number (t, t->body, y[i]);
      if (y[i] < 0)
        add_text (t, t->body, ")");
      add_text (t, t->body, " = ");
      add_number (t, t->body, a - y[i]);
    }
  if (shown < net->units[L])
    {
      g_string_append (t->body, "\n  ");
      add_printf (t, t->body, _("… and %d more"), net->units[L] - shown);
    }

  if (census != NULL && census->n_dead_hidden == 0 && census->n_dead_output == 0)
    {
      g_string_append (t->body, "\n\n");
      add_text (t, t->body, _("No dead units: every unit is active on some example."));
    }
  else if (census != NULL)
    {
      GString *where = g_string_new (NULL);
      int listed = 0;

      for (int l = 2; l <= L; l++)
        for (int j = 1; j <= net->units[l]; j++)
          if (rs_census_is_dead (census, l, j) && listed++ < MAX_LISTED)
            {
              g_autofree char *unit = describe_unit (net, l, j);

              g_string_append_printf (where, "%s%s", where->len > 0 ? ", " : "", unit);
            }
      if (listed > MAX_LISTED)
        g_string_append_printf (where, _(" and %d more"), listed - MAX_LISTED);
      if (census->n_hidden > 0)
        add_printf (t, t->verdict,
                    g_dngettext (GETTEXT_PACKAGE, "%d of %d hidden unit dead",
                                 "%d of %d hidden units dead", census->n_hidden),
                    census->n_dead_hidden, census->n_hidden);
      if (census->n_dead_output > 0)
        add_printf (t, t->verdict,
                    g_dngettext (GETTEXT_PACKAGE, "%s%d output unit dead: no error flows back",
                                 "%s%d output units dead: no error flows back",
                                 census->n_dead_output),
                    census->n_hidden > 0 ? "; " : "", census->n_dead_output);
      add_printf (t, t->verdict, _(" (%s). No error reaches their incoming weights on any "
                                   "example."),
                  where->str);
      g_string_free (where, TRUE);
    }
  if (t->style == RS_TEXT_MARKUP)
    g_string_append (t->body, "\n\n<span alpha=\"70%\">");
  else
    g_string_append (t->body, "\n\n");
  add_text (t, t->body, _("Click an edge to see its gradient ∂J/∂Θ worked out through the chain "
                          "rule with the current numbers, or a unit for its z, a, g′ and δ."));
  if (t->style == RS_TEXT_MARKUP)
    g_string_append (t->body, "</span>");
}

static void
compose (RsInspector *self, Texts *t)
{
  if (self->document == NULL || rs_document_get_model (self->document) == NULL)
    return;
  switch (self->selection.kind)
    {
    case RS_ITEM_EDGE: compose_edge (self, t); break;
    case RS_ITEM_UNIT: compose_unit (self, t); break;
    case RS_ITEM_BIAS: compose_bias (self, t); break;
    case RS_ITEM_NONE:
    default: compose_overview (self, t); break;
    }
}

/* Showing ------------------------------------------------------------------------------ */

/* Re-parsing and re-laying out a label costs; while playing, most texts stay the same. */
static void
set_markup (GtkLabel *label, const char *markup)
{
  if (g_strcmp0 (gtk_label_get_label (label), markup) != 0)
    gtk_label_set_markup (label, markup);
  gtk_widget_set_visible (GTK_WIDGET (label), *markup != '\0');
}

static gboolean
entry_has_focus (RsInspector *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL
         && (focus == GTK_WIDGET (self->value_entry)
             || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->value_entry)));
}

static double *
selected_weight (RsInspector *self)
{
  const RsModel *model = rs_document_get_model (self->document);
  const RsDiagramItem *item = &self->selection;

  return rs_network_theta (model->net, item->layer)
         + (gsize) (item->j - 1) * (gsize) rs_network_theta_cols (model->net, item->layer)
         + item->k;
}

static void
show_error (RsInspector *self, char *error)
{
  g_free (self->error);
  self->error = error;
  gtk_label_set_text (self->error_label, error != NULL ? error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error != NULL);
  if (error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->value_entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->value_entry), "error");
}

/* The value field shows the weight's exact value, unless the user is typing in it or looking
 * at a refused value. */
static void
show_value (RsInspector *self, gboolean force)
{
  const RsDiagramItem *item = &self->selection;
  gboolean editable = item->kind == RS_ITEM_EDGE && self->document != NULL
                      && rs_document_get_model (self->document) != NULL;
  g_autofree char *symbol = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *value = NULL;

  gtk_widget_set_visible (self->edit_box, editable);
  if (!editable)
    return;
  symbol = rs_format_symbol (RS_TEXT_MARKUP, "Θ", item->layer, item->j, item->k);
  markup = g_strdup_printf ("%s =", symbol);
  set_markup (self->value_label, markup);
  if (!force && (self->error != NULL || entry_has_focus (self)))
    return;
  value = rs_format_shortest (*selected_weight (self));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->value_entry)), value) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->value_entry), value);
}

static void
update (RsInspector *self)
{
  gint64 start, cost;
  Texts t;

  g_clear_handle_id (&self->update_id, g_source_remove);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;

  start = g_get_monotonic_time ();
  texts_init (&t, RS_TEXT_MARKUP);
  compose (self, &t);
  set_markup (self->title_label, t.title->str);
  set_markup (self->verdict_label, t.verdict->str);
  set_markup (self->body_label, t.body->str);
  texts_clear (&t);
  show_value (self, FALSE);
  cost = g_get_monotonic_time () - start;
  self->next_update = cost > CHEAP_UPDATE_US ? start + UPDATE_SHARE * cost : 0;
}

static gboolean
update_timeout_cb (gpointer data)
{
  RsInspector *self = data;

  self->update_id = 0;
  update (self);
  return G_SOURCE_REMOVE;
}

/* The document changed: rebuild now, or when a slow rebuild has had its share of time. */
static void
queue_update (RsInspector *self)
{
  gint64 now = g_get_monotonic_time ();

  if (self->update_id != 0)
    return;
  if (now >= self->next_update || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    update (self);
  else
    self->update_id = g_timeout_add ((guint) ((self->next_update - now) / 1000 + 1),
                                     update_timeout_cb, self);
}

char *
rs_inspector_dup_text (RsInspector *self)
{
  GString *text;
  Texts t;

  g_return_val_if_fail (RS_IS_INSPECTOR (self), NULL);

  texts_init (&t, RS_TEXT_PLAIN);
  compose (self, &t);
  text = g_string_new (t.title->str);
  if (t.verdict->len > 0)
    g_string_append_printf (text, "\n\n%s", t.verdict->str);
  if (t.body->len > 0)
    g_string_append_printf (text, "\n\n%s", t.body->str);
  g_string_append_c (text, '\n');
  texts_clear (&t);
  return g_string_free (text, FALSE);
}

static void
copy_clicked_cb (RsInspector *self)
{
  g_autofree char *text = rs_inspector_dup_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

/* Editing -------------------------------------------------------------------------------- */

gboolean
rs_inspector_apply_text (RsInspector *self, const char *text)
{
  const RsDiagramItem *item = &self->selection;
  g_autoptr (GError) error = NULL;
  g_autofree char *symbol = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  RsModel *edited;
  double value;

  g_return_val_if_fail (RS_IS_INSPECTOR (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (item->kind != RS_ITEM_EDGE || self->document == NULL
      || rs_document_get_model (self->document) == NULL)
    return FALSE;

  if (!rs_parse_number (text, -G_MAXDOUBLE, G_MAXDOUBLE, &value, &message))
    {
      show_error (self, g_steal_pointer (&message));
      return FALSE;
    }
  if (value == *selected_weight (self))
    {
      /* Nothing to change, nothing to undo. */
      show_error (self, NULL);
      show_value (self, TRUE);
      return TRUE;
    }

  edited = rs_model_copy (rs_document_get_model (self->document));
  if (edited == NULL)
    {
      show_error (self, g_strdup (_("Not enough memory to change the network.")));
      return FALSE;
    }
  rs_network_theta (edited->net, item->layer)[(gsize) (item->j - 1)
                                               * (gsize) rs_network_theta_cols (edited->net,
                                                                                item->layer)
                                              + item->k] = value;
  symbol = rs_format_symbol (RS_TEXT_PLAIN, "Θ", item->layer, item->j, item->k);
  shown = rs_format_shortest (value);
  label = g_strdup_printf (_("Set %s = %s"), symbol, shown);
  show_error (self, NULL);
  if (!rs_document_edit (self->document, edited, label, &error))
    {
      show_error (self, g_strdup (error->message));
      return FALSE;
    }
  show_value (self, TRUE);
  return TRUE;
}

static void
value_activate_cb (RsInspector *self)
{
  rs_inspector_apply_text (self, gtk_editable_get_text (GTK_EDITABLE (self->value_entry)));
}

/* Escape abandons what was typed and shows the weight's value again. */
static gboolean
entry_key_pressed_cb (RsInspector *self, guint keyval, guint keycode, GdkModifierType state)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  show_error (self, NULL);
  show_value (self, TRUE);
  return TRUE;
}

const char *
rs_inspector_get_error (RsInspector *self)
{
  g_return_val_if_fail (RS_IS_INSPECTOR (self), NULL);
  return self->error;
}

gboolean
rs_inspector_focus_value (RsInspector *self)
{
  g_return_val_if_fail (RS_IS_INSPECTOR (self), FALSE);

  if (self->selection.kind != RS_ITEM_EDGE)
    return FALSE;
  update (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->value_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->value_entry), 0, -1);
  return TRUE;
}

/* The document's echoes ---------------------------------------------------------------- */

static void
document_loaded_cb (RsInspector *self)
{
  /* An edit (or its undo) gives the weight a new value: show it, and forget a refusal. */
  show_error (self, NULL);
  show_value (self, TRUE);
}

/* GObject ------------------------------------------------------------------------------ */

static void
rs_inspector_map (GtkWidget *widget)
{
  RsInspector *self = RS_INSPECTOR (widget);

  GTK_WIDGET_CLASS (rs_inspector_parent_class)->map (widget);
  if (self->stale)
    update (self);
}

static void
rs_inspector_dispose (GObject *object)
{
  RsInspector *self = RS_INSPECTOR (object);

  rs_inspector_set_document (self, NULL);
  g_clear_object (&self->document_signals);
  g_clear_handle_id (&self->update_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_INSPECTOR);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (rs_inspector_parent_class)->dispose (object);
}

static void
rs_inspector_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RsInspector *self = RS_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTION:
      g_value_set_boxed (value, &self->selection);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_inspector_set_property (GObject *object, guint prop_id, const GValue *value,
                           GParamSpec *pspec)
{
  RsInspector *self = RS_INSPECTOR (object);
  const RsDiagramItem *item;

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rs_inspector_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      item = g_value_get_boxed (value);
      rs_inspector_set_selection (self, item != NULL ? item : &RS_DIAGRAM_ITEM_NONE);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_inspector_class_init (RsInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rs_inspector_dispose;
  object_class->get_property = rs_inspector_get_property;
  object_class->set_property = rs_inspector_set_property;
  widget_class->map = rs_inspector_map;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, RS_TYPE_DOCUMENT,
                                                   flags);
  properties[PROP_SELECTION] = g_param_spec_boxed ("selection", NULL, NULL,
                                                   RS_TYPE_DIAGRAM_ITEM, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/reluscope/ReluScope/rs-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, RsInspector, scroller);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, title_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, edit_box);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, value_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, value_entry);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, error_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, RsInspector, body_label);
  gtk_widget_class_bind_template_callback (widget_class, value_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "inspector");
}

static void
rs_inspector_init (RsInspector *self)
{
  self->document_signals = g_signal_group_new (RS_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (queue_update), self);
  /* The update line uses α; nothing else changes with it. */
  g_signal_group_connect_swapped (self->document_signals, "notify::alpha",
                                  G_CALLBACK (queue_update), self);
  g_signal_group_connect_swapped (self->document_signals, "loaded",
                                  G_CALLBACK (document_loaded_cb), self);

  GtkEventController *keys = gtk_event_controller_key_new ();

  self->selection = RS_DIAGRAM_ITEM_NONE;
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->value_entry), keys);
}

GtkWidget *
rs_inspector_new (void)
{
  return g_object_new (RS_TYPE_INSPECTOR, NULL);
}

RsDocument *
rs_inspector_get_document (RsInspector *self)
{
  g_return_val_if_fail (RS_IS_INSPECTOR (self), NULL);
  return self->document;
}

void
rs_inspector_set_document (RsInspector *self, RsDocument *document)
{
  g_return_if_fail (RS_IS_INSPECTOR (self));
  g_return_if_fail (document == NULL || RS_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, document);
  self->selection = RS_DIAGRAM_ITEM_NONE;
  show_error (self, NULL);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

const RsDiagramItem *
rs_inspector_get_selection (RsInspector *self)
{
  g_return_val_if_fail (RS_IS_INSPECTOR (self), NULL);
  return &self->selection;
}

void
rs_inspector_set_selection (RsInspector *self, const RsDiagramItem *item)
{
  g_return_if_fail (RS_IS_INSPECTOR (self));
  g_return_if_fail (item != NULL);

  if (rs_diagram_item_equal (&self->selection, item))
    return;
  self->selection = *item;
  show_error (self, NULL);
  update (self);
  show_value (self, TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)),
                            0.0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}
