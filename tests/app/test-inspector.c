/* test-inspector.c — the Inspect page in a real window: what it shows for a weight, a unit and
 * nothing is the core's numbers, it follows the document, and editing a weight through its
 * field is an undoable edit that refuses what is not a finite number.
 *
 * Run under xvfb-run like the window test (see tests/app/meson.build). Skipped (77) when there
 * is no display. */
#include <math.h>
#include <string.h>

#include <gtk/gtk.h>

#include "core/rs-derivation.h"
#include "core/rs-propagate.h"
#include "core/rs-workspace.h"
#include "format/rs-format.h"
#include "rs-application.h"
#include "rs-inspector.h"
#include "rs-network-view.h"
#include "rs-window.h"
#include "window-test-util.h"

static RsWindow *window;

static RsDocument *
document (void)
{
  return rs_window_get_document (window);
}

static const RsModel *
model (void)
{
  return rs_document_get_model (document ());
}

static RsNetworkView *
view (void)
{
  return RS_NETWORK_VIEW (wt_find_widget (GTK_WIDGET (window), RS_TYPE_NETWORK_VIEW, NULL));
}

static RsInspector *
inspector (void)
{
  GtkWidget *found = wt_find_widget (GTK_WIDGET (window), RS_TYPE_INSPECTOR, NULL);

  g_assert_nonnull (found);
  return RS_INSPECTOR (found);
}

static GtkEditable *
value_entry (void)
{
  return GTK_EDITABLE (wt_find_widget (GTK_WIDGET (inspector ()), GTK_TYPE_ENTRY, NULL));
}

/* Every label the panel shows, in order, one per paragraph: what a person reads there. */
static void
collect_labels (GtkWidget *root, GString *out)
{
  if (!gtk_widget_get_visible (root))
    return;
  if (GTK_IS_LABEL (root) && *gtk_label_get_text (GTK_LABEL (root)) != '\0')
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (root)));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

/* The panel's text, its no-break spaces (which only guide wrapping) read as spaces. */
static char *
panel_text (void)
{
  GString *out = g_string_new (NULL);

  collect_labels (GTK_WIDGET (inspector ()), out);
  g_string_replace (out, "\u00a0", " ", 0);
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *text, const char *part)
{
  if (strstr (text, part) == NULL)
    {
      g_test_message ("panel:\n%s", text);
      g_test_message ("missing: “%s”", part);
      g_test_fail ();
    }
}

static void
activate (const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
}

static void
load_preset (const char *id)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (rs_document_load_preset (document (), id, &error));
  g_assert_no_error (error);
  rs_window_show_side_page (window, "inspect");
  wt_iterate (50);
}

static void
select_item (RsItemKind kind, int layer, int j, int k)
{
  RsDiagramItem item = { kind, layer, j, k };

  rs_network_view_set_selection (view (), &item);
  g_assert_true (rs_diagram_item_equal (rs_inspector_get_selection (inspector ()), &item));
  wt_iterate (20);
}

/* The derivation the core gives for Θ⁽ˡ⁾ⱼₖ at the document's state, as the panel's labels show
 * it (markup taken out). */
static char *
core_derivation_text (int l, int j, int k)
{
  RsDerivation *d = rs_derivation_new (model ()->net, model ()->data, l, j, k,
                                       rs_document_get_example (document ()));
  g_autofree char *markup = NULL;
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  g_assert_nonnull (d);
  markup = rs_format_derivation (d, rs_document_get_alpha (document ()), RS_TEXT_MARKUP);
  rs_derivation_free (d);
  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, &text, NULL, &error));
  g_assert_no_error (error);
  {
    g_auto (GStrv) parts = g_strsplit (text, "\u00a0", -1);

    g_free (text);
    text = g_strjoinv (" ", parts);
  }
  return text;
}

/* Every line of the core's derivation is in the panel, heading included. */
static void
assert_shows_derivation (int l, int j, int k)
{
  g_autofree char *expected = core_derivation_text (l, j, k);
  g_autofree char *shown = panel_text ();
  g_auto (GStrv) lines = g_strsplit (expected, "\n", -1);

  for (char **line = lines; *line != NULL; line++)
    if (**line != '\0')
      assert_contains (shown, *line);
}

static char *
number (double value)
{
  return rs_format_number (value, 3);
}

static void
clipboard_read_cb (GObject *clipboard, GAsyncResult *result, gpointer user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* The flat button: "Copy as Text". */
static GtkWidget *
find_copy_button (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_has_css_class (root, "flat"))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_copy_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* What the "Copy as Text" button put on the clipboard. */
static char *
copy_and_read (void)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GtkWidget *button = find_copy_button (GTK_WIDGET (inspector ()));
  char *text = NULL;

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  gdk_clipboard_read_text_async (clipboard, NULL, clipboard_read_cb, &text);
  wt_iterate_until (is_set, &text);
  return text;
}

/* A live unit's weight: the chain rule with the core's numbers, Θ in the field, no verdict. */
static void
test_live_weight (void)
{
  g_autofree char *shown = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *plain = NULL;
  RsDerivation *d;

  load_preset ("question");
  select_item (RS_ITEM_EDGE, 2, 1, 1);
  assert_shows_derivation (2, 1, 1);

  shown = panel_text ();
  /* Hand-worked: δ⁽²⁾₁ = 0.6 · (−0.715) + 0.2 · 0.005 = −0.428; Θ⁽²⁾₁₁ ← 0.4 + 0.0428. */
  assert_contains (shown, "Σi Θ(3)i1 δ(3)i = 0.600 · (−0.715) + 0.200 · 0.005 = −0.428");
  assert_contains (shown, "z(2)1 = 0.400 > 0  ⇒  ReLU′(z(2)1) = 1");
  assert_contains (shown, "update: Θ(2)11 ← 0.400 − 0.1 · (−0.428) = 0.4428");
  g_assert_null (strstr (shown, "No error reaches"));
  g_assert_cmpstr (gtk_editable_get_text (value_entry ()), ==, "0.4");

  /* Copy gives the same text `reluscope-cli explain` prints. */
  d = rs_derivation_new (model ()->net, model ()->data, 2, 1, 1, 0);
  plain = rs_format_derivation (d, 0.1, RS_TEXT_PLAIN);
  rs_derivation_free (d);
  copied = rs_inspector_dup_text (inspector ());
  g_assert_cmpstr (copied, ==, plain);
  g_free (copied);
  copied = copy_and_read ();
  g_assert_cmpstr (copied, ==, plain);
}

/* The dead unit's weight: ReLU′ = 0 with its branch, and the plain words. */
static void
test_dead_weight (void)
{
  g_autofree char *shown = NULL;

  load_preset ("question");
  select_item (RS_ITEM_EDGE, 2, 3, 1);
  assert_shows_derivation (2, 3, 1);
  shown = panel_text ();
  assert_contains (shown, "z(2)3 = −0.500 < 0  ⇒  ReLU′ = 0  ⇒  δ(2)3 = 0");
  assert_contains (shown, "No error reaches Θ(2)3k: hidden unit 3 is dead");
  assert_contains (shown, "update: Θ(2)31 ← −0.500 − 0.1 · 0 = −0.500 (unchanged)");
  g_assert_cmpstr (gtk_editable_get_text (value_entry ()), ==, "−0.5");
}

/* A unit: z, a, g′ and δ of the current example, from the document's trace. */
static void
test_unit (void)
{
  const RsTrace *trace;
  g_autofree char *shown = NULL;
  g_autofree char *z = NULL;
  g_autofree char *delta = NULL;
  g_autofree char *line = NULL;

  load_preset ("question");
  select_item (RS_ITEM_UNIT, 2, 3, 0);
  shown = panel_text ();
  assert_contains (shown, "hidden unit 3 (layer 2, ReLU)");
  assert_contains (shown, "z(2)3 = Σk Θ(2)3k a(1)k = −0.500");
  assert_contains (shown, "ReLU′(z(2)3) = 0   (z < 0)");
  /* 0.3 · (−0.715) − 0.4 · 0.005 = −0.2165 arrives, and ReLU′ = 0 stops it. */
  assert_contains (shown, "δ(2)3 = (Σi Θ(3)i3 δ(3)i) · ReLU′(z(2)3) = −0.217 · 0 = 0");
  assert_contains (shown, "Active (g′ ≠ 0) on 0 of 1 example.");
  assert_contains (shown, "Dead: inactive on every example");
  g_assert_false (gtk_widget_is_visible (wt_find_widget (GTK_WIDGET (inspector ()),
                                                       GTK_TYPE_ENTRY, NULL)));

  /* A live unit after a step: its numbers are the trace's. */
  activate ("win.step");
  select_item (RS_ITEM_UNIT, 2, 1, 0);
  trace = rs_document_get_trace (document ());
  z = number (trace->z[2][0]);
  delta = number (trace->delta[2][0]);
  g_free (shown);
  shown = panel_text ();
  line = g_strdup_printf ("z(2)1 = Σk Θ(2)1k a(1)k = %s", z);
  assert_contains (shown, line);
  g_free (line);
  {
    const double *theta3 = rs_network_theta (model ()->net, 3); /* 2 × 4 */
    g_autofree char *upstream = number (theta3[1] * trace->delta[3][0]
                                        + theta3[4 + 1] * trace->delta[3][1]);

    line = g_strdup_printf ("δ(2)1 = (Σi Θ(3)i1 δ(3)i) · ReLU′(z(2)1) = %s · 1 = %s", upstream,
                            delta);
    assert_contains (shown, line);
  }
  g_assert_null (strstr (shown, "Dead"));

  select_item (RS_ITEM_UNIT, 3, 1, 0);
  g_free (shown);
  shown = panel_text ();
  assert_contains (shown, "output unit 1 (layer 3, linear)");
  trace = rs_document_get_trace (document ());
  {
    double a = trace->a[3][0], y = rs_data_y (model ()->data, 0)[0];
    g_autofree char *error = number (a - y);

    g_free (line);
    line = g_strdup_printf ("δ(3)1 = (a(3)1 − y1) · g′(z(3)1) = %s · 1 = %s", error, error);
    assert_contains (shown, line);
  }
}

/* Nothing selected: J, the output errors and the dead units. */
static void
test_overview (void)
{
  g_autofree char *shown = NULL;

  load_preset ("question");
  select_item (RS_ITEM_NONE, 0, 0, 0);
  shown = panel_text ();
  assert_contains (shown, "J = 0.2556");
  /* a⁽³⁾ = (0.285, 0.005), y = (1, 0) */
  assert_contains (shown, "a(3)1 − y1 = 0.285 − 1.000 = −0.715");
  assert_contains (shown, "a(3)2 − y2 = 0.005 − 0 = 0.005");
  assert_contains (shown, "1 of 3 hidden units dead (hidden unit 3)");
  assert_contains (shown, "Click an edge");
}

/* The panel follows the document: a step, α, the example. */
static void
test_follows_document (void)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  load_preset ("xor");
  select_item (RS_ITEM_EDGE, 2, 1, 1);
  assert_shows_derivation (2, 1, 1);
  before = panel_text ();

  activate ("win.step");
  assert_shows_derivation (2, 1, 1);
  after = panel_text ();
  g_assert_cmpstr (before, !=, after);

  rs_document_set_alpha (document (), 0.37);
  assert_shows_derivation (2, 1, 1);
  g_free (after);
  after = panel_text ();
  assert_contains (after, " − 0.37 · ");

  activate ("win.example-next");
  assert_shows_derivation (2, 1, 1);
  g_free (after);
  after = panel_text ();
  assert_contains (after, "on example 2 of 4:");
}

/* ∂J/∂Θ of weight `index` on example t alone, by backprop through a copy of the network: the
 * gradient a stochastic step on t applies. */
static double
example_gradient (int t, size_t index)
{
  RsNetwork *net = rs_network_copy (model ()->net);
  RsWorkspace *ws = rs_workspace_new (net, 1);
  double grad;

  rs_network_zero_grad (net);
  rs_forward (net, ws, rs_data_x (model ()->data, t), 1);
  rs_backward (net, ws, rs_data_y (model ()->data, t));
  grad = net->grads[index];
  rs_workspace_free (ws);
  rs_network_free (net);
  return grad;
}

static void
assert_tooltip_update (const RsDiagramItem *edge, double gradient)
{
  g_autofree char *text = rs_network_view_describe_item (view (), edge);
  g_autofree char *change = rs_format_number (-rs_document_get_alpha (document ()) * gradient,
                                              6);
  g_autofree char *line = g_strdup_printf ("update −α·∂J/∂Θ = %s (α = ", change);

  assert_contains (text, line);
}

/* The diagram's tooltip of an edge names the update the next step really applies: the mean
 * gradient's in batch mode, the one example's in stochastic mode (as the inspector does). */
static void
test_tooltip_next_update (void)
{
  RsDiagramItem edge = { RS_ITEM_EDGE, 2, 3, 1 };
  size_t index;
  RsModel *edited;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *example_grad = NULL;
  g_autofree char *line = NULL;
  double mean;

  load_preset ("xor");
  index = rs_network_index (model ()->net, 2, 3, 1);
  mean = model ()->net->grads[index];
  assert_tooltip_update (&edge, mean);

  edited = rs_model_copy (model ());
  edited->mode = RS_MODE_STOCHASTIC;
  g_assert_true (rs_document_edit (document (), edited, "stochastic", &error));
  g_assert_no_error (error);
  activate ("win.step");
  wt_iterate (20);
  g_assert_cmpint (rs_model_step_example (model ()), ==, 1);

  example_grad = rs_format_number (example_gradient (1, index), 6);
  line = g_strdup_printf ("example 2 alone: ∂J/∂Θ = %s", example_grad);
  text = rs_network_view_describe_item (view (), &edge);
  assert_contains (text, line);
  assert_tooltip_update (&edge, example_gradient (1, index));
  g_assert_cmpfloat (fabs (example_gradient (1, index) - model ()->net->grads[index]), >, 1e-9);

  /* The next step moves on to the next example, and the tooltip with it. */
  activate ("win.step");
  wt_iterate (20);
  assert_tooltip_update (&edge, example_gradient (2, index));
}

/* What the panel costs per ::changed (once a frame while playing), shown and hidden. Reported,
 * not asserted: timing depends on the machine. */
static double
us_per_step (int n)
{
  gint64 start = g_get_monotonic_time ();

  for (int i = 0; i < n; i++)
    rs_document_run (document (), 1, G_MAXINT64);
  return (double) (g_get_monotonic_time () - start) / n;
}

static void
test_update_cost (void)
{
  static const char *const presets[] = { "question", "xor", "born-dead" };

  for (gsize i = 0; i < G_N_ELEMENTS (presets); i++)
    {
      double shown, hidden;

      load_preset (presets[i]);
      select_item (RS_ITEM_EDGE, 2, 1, 1);
      shown = us_per_step (300);
      rs_window_set_show_side_panel (window, FALSE);
      wt_iterate (20);
      hidden = us_per_step (300);
      rs_window_set_show_side_panel (window, TRUE);
      wt_iterate (20);
      /* Shown again: the panel catches up with what happened while it was hidden. */
      assert_shows_derivation (2, 1, 1);
      g_test_message ("%s: %.1f µs per step with the inspector on Θ⁽²⁾₁₁, %.1f µs hidden",
                      presets[i], shown, hidden);
    }
}

static gboolean
shows_current_derivation (gpointer data)
{
  g_autofree char *expected = core_derivation_text (2, 1, 1);
  g_autofree char *shown = panel_text ();
  g_auto (GStrv) lines = g_strsplit (expected, "\n", -1);

  for (char **line = lines; *line != NULL; line++)
    if (**line != '\0' && strstr (shown, *line) == NULL)
      return FALSE;
  return TRUE;
}

/* A big network with much data: a derivation traces 2000 examples, so rebuilds are spaced out
 * while the document changes fast, and the last one still comes. */
static void
test_slow_update (void)
{
  int units[] = { 2, 64, 64, 64, 1 };
  RsNetwork *net = rs_network_new (5, units);
  RsData *data = rs_data_new (2000, 2, 1);
  g_autoptr (GError) error = NULL;
  double shown, hidden;

  for (size_t i = 0; i < net->n_params; i++)
    net->params[i] = 0.3 * sin ((double) i);
  for (int t = 0; t < data->n_examples; t++)
    {
      rs_data_x (data, t)[0] = cos (0.01 * t);
      rs_data_x (data, t)[1] = sin (0.013 * t);
      rs_data_y (data, t)[0] = t % 2;
    }
  g_assert_true (rs_document_set_model (document (), rs_model_new (net, data), &error));
  g_assert_no_error (error);
  rs_window_show_side_page (window, "inspect");
  wt_iterate (50);
  select_item (RS_ITEM_EDGE, 2, 1, 1);
  assert_shows_derivation (2, 1, 1);

  shown = us_per_step (40);
  rs_window_set_show_side_panel (window, FALSE);
  wt_iterate (20);
  hidden = us_per_step (40);
  rs_window_set_show_side_panel (window, TRUE);
  g_test_message ("2-64-64-64-1, 2000 examples: %.0f µs per step with the inspector on "
                  "Θ⁽²⁾₁₁, %.0f µs hidden", shown, hidden);
  wt_iterate_until (shows_current_derivation, NULL);
}

static void
assert_params (const double *expected)
{
  const RsNetwork *net = model ()->net;

  g_assert_cmpmem (net->params, net->n_params * sizeof (double), expected,
                   net->n_params * sizeof (double));
}

/* Whether a window action is enabled, as a button bound to it sees it. */
static gboolean
is_enabled (const char *action)
{
  GtkWidget *page = gtk_widget_get_parent (GTK_WIDGET (inspector ()));
  GtkWidget *probe = gtk_button_new ();
  gboolean enabled;

  gtk_actionable_set_action_name (GTK_ACTIONABLE (probe), action);
  gtk_box_append (GTK_BOX (page), probe);
  wt_iterate (10);
  enabled = gtk_widget_get_sensitive (probe);
  gtk_box_remove (GTK_BOX (page), probe);
  return enabled;
}

/* A value typed into the field is an edit: undone and redone bit for bit, and the selection
 * and the panel stay on the weight. */
static void
test_edit_undo_redo (void)
{
  const RsNetwork *net;
  g_autofree double *start = NULL;
  g_autofree double *edited = NULL;
  g_autofree char *shown = NULL;
  GtkEditable *entry;
  GtkWidget *focus;

  load_preset ("question");
  net = model ()->net;
  start = g_memdup2 (net->params, net->n_params * sizeof (double));
  select_item (RS_ITEM_EDGE, 2, 1, 2);

  /* F2 on the diagram moves the focus into the field. */
  rs_window_show_side_page (window, "data");
  gtk_widget_grab_focus (GTK_WIDGET (view ()));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view ()), "diagram.edit-selection",
                                             NULL));
  wt_iterate (50);
  entry = value_entry ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == GTK_WIDGET (entry) || gtk_widget_is_ancestor (focus, GTK_WIDGET (entry)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (inspector ())));

  /* A dismissed hint stays dismissed through edits and their undo. */
  activate ("win.dismiss-hint");

  /* U+2212 minus, as the app writes it. */
  gtk_editable_set_text (entry, "−0.75");
  g_signal_emit_by_name (entry, "activate");
  g_assert_null (rs_inspector_get_error (inspector ()));
  net = model ()->net;
  g_assert_cmpfloat (rs_network_theta (net, 2)[0 * 3 + 2], ==, -0.75);
  g_assert_cmpstr (rs_document_get_undo_label (document ()), ==, "Undo Set Θ⁽²⁾₁₂ = −0.75");
  edited = g_memdup2 (net->params, net->n_params * sizeof (double));
  g_assert_true (rs_diagram_item_equal (rs_network_view_get_selection (view ()),
                                        &(RsDiagramItem) { RS_ITEM_EDGE, 2, 1, 2 }));
  wt_iterate (20);
  assert_shows_derivation (2, 1, 2);
  shown = panel_text ();
  assert_contains (shown, "update: Θ(2)12 ← −0.750");

  activate ("win.undo");
  assert_params (start);
  g_assert_true (rs_diagram_item_equal (rs_inspector_get_selection (inspector ()),
                                        &(RsDiagramItem) { RS_ITEM_EDGE, 2, 1, 2 }));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "−0.2");
  assert_shows_derivation (2, 1, 2);
  g_assert_true (rs_document_get_can_redo (document ()));

  activate ("win.redo");
  assert_params (edited);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "−0.75");
  g_assert_false (gtk_revealer_get_reveal_child (
    GTK_REVEALER (wt_find_widget (GTK_WIDGET (window), GTK_TYPE_REVEALER, NULL))));
  activate ("win.undo");
  assert_params (start);

  /* A leading + and spaces are fine. */
  g_assert_true (rs_inspector_apply_text (inspector (), " +0.5 "));
  g_assert_cmpfloat (rs_network_theta (model ()->net, 2)[2], ==, 0.5);
  activate ("win.undo");
  assert_params (start);
}

/* Text, NaN and ∞ are refused beside the field and change nothing, the history included. */
static void
test_refused_values (void)
{
  static const char *const refused[] = { "abc", "nan", "NaN", "inf", "-inf", "∞", "−∞", "1e999",
                                         "", "0.5x", "0x10", "1..2" };
  const RsNetwork *net;
  g_autofree double *start = NULL;
  GtkEditable *entry;

  load_preset ("question");
  net = model ()->net;
  start = g_memdup2 (net->params, net->n_params * sizeof (double));
  select_item (RS_ITEM_EDGE, 2, 3, 1);
  entry = value_entry ();

  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *shown = NULL;

      gtk_editable_set_text (entry, refused[i]);
      g_signal_emit_by_name (entry, "activate");
      g_assert_nonnull (rs_inspector_get_error (inspector ()));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
      g_assert_true (model ()->net == net);
      assert_params (start);
      g_assert_false (rs_document_get_can_undo (document ()));
      /* The message is shown beside the field. */
      shown = panel_text ();
      assert_contains (shown, rs_inspector_get_error (inspector ()));
    }
  g_assert_nonnull (strstr (rs_inspector_get_error (inspector ()), "not a number"));

  /* A good value clears the message. */
  gtk_editable_set_text (entry, "0.125");
  g_signal_emit_by_name (entry, "activate");
  g_assert_null (rs_inspector_get_error (inspector ()));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  g_assert_cmpfloat (rs_network_theta (model ()->net, 2)[6 + 1], ==, 0.125);
  /* z⁽²⁾₃ = 0.2 + 0.125 · 1 − 0.4 · 0.5 = 0.125 > 0: no longer dead. */
  g_assert_false (rs_census_is_dead (rs_document_get_census (document ()), 2, 3));
}

/* Undo and redo through the window's actions, enabled as the document allows; ← still undoes. */
static void
test_undo_actions (void)
{
  g_autofree double *start = NULL;
  const RsNetwork *net;

  load_preset ("question");
  net = model ()->net;
  start = g_memdup2 (net->params, net->n_params * sizeof (double));
  g_assert_false (is_enabled ("win.undo"));
  g_assert_false (is_enabled ("win.redo"));
  g_assert_false (is_enabled ("win.step-back"));

  activate ("win.step");
  activate ("win.step");
  g_assert_true (is_enabled ("win.undo"));
  g_assert_true (is_enabled ("win.step-back"));
  g_assert_false (is_enabled ("win.redo"));
  g_assert_cmpstr (rs_document_get_undo_label (document ()), ==, "Undo Step 2");
  activate ("win.step-back");
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 1);
  g_assert_true (is_enabled ("win.redo"));
  activate ("win.undo");
  assert_params (start);
  g_assert_false (is_enabled ("win.undo"));
  activate ("win.redo");
  activate ("win.redo");
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 2);
  g_assert_false (is_enabled ("win.redo"));

  /* α changes are undone too, a drag of the slider as one. */
  rs_document_set_alpha (document (), 0.2);
  rs_document_set_alpha (document (), 0.3);
  g_assert_true (is_enabled ("win.undo"));
  activate ("win.undo");
  g_assert_cmpfloat (rs_document_get_alpha (document ()), ==, 0.1);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 2);
}

int
main (int argc, char **argv)
{
  g_autoptr (RsApplication) app = NULL;
  int status;

  if (!wt_init (&argc, &argv))
    return 77;
  window = wt_open_window (&app, 0);

  g_test_add_func ("/inspector/live-weight", test_live_weight);
  g_test_add_func ("/inspector/dead-weight", test_dead_weight);
  g_test_add_func ("/inspector/unit", test_unit);
  g_test_add_func ("/inspector/overview", test_overview);
  g_test_add_func ("/inspector/follows-document", test_follows_document);
  g_test_add_func ("/inspector/tooltip-next-update", test_tooltip_next_update);
  g_test_add_func ("/inspector/edit-undo-redo", test_edit_undo_redo);
  g_test_add_func ("/inspector/refused-values", test_refused_values);
  g_test_add_func ("/inspector/undo-actions", test_undo_actions);
  g_test_add_func ("/inspector/update-cost", test_update_cost);
  g_test_add_func ("/inspector/slow-update", test_slow_update);

  status = g_test_run ();
  wt_close_window (window);
  return status;
}
