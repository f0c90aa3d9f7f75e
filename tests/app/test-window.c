/* test-window.c — the window under a real (virtual) display: each header-bar action changes the
 * document as the core says it should, and the views redraw.
 *
 * Run under xvfb-run with GDK_BACKEND=x11 GTK_A11Y=none GSK_RENDERER=cairo (see
 * tests/app/meson.build). Skipped (77) when there is no display. */
#include <math.h>
#include <string.h>

#include <gtk/gtk.h>

#include "core/rs-trainer.h"
#include "rs-alpha-control.h"
#include "rs-application.h"
#include "rs-network-view.h"
#include "io/rs-presets.h"
#include "rs-status-line.h"
#include "rs-window.h"
#include "window-test-util.h"

static RsWindow *window;

/* A widget anywhere in the window, the header bar included. */
static GtkWidget *
find (GType type, const char *action_name)
{
  GtkWidget *found = wt_find_widget (GTK_WIDGET (window), type, action_name);

  if (found == NULL)
    found = wt_find_widget (gtk_window_get_titlebar (GTK_WINDOW (window)), type, action_name);
  g_assert_nonnull (found);
  return found;
}

static RsDocument *
document (void)
{
  return rs_window_get_document (window);
}

static RsNetworkView *
view (void)
{
  return RS_NETWORK_VIEW (find (RS_TYPE_NETWORK_VIEW, NULL));
}

static const RsNetwork *
network (void)
{
  return rs_document_get_model (document ())->net;
}

static void
activate (const char *action, GVariant *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, parameter));
}

static gboolean
drawn_since (gpointer data)
{
  return rs_network_view_get_n_diagram_draws (view ()) > GPOINTER_TO_UINT (data);
}

/* Waits until the diagram has been drawn again after `before` draws. */
static void
wait_for_redraw (guint before)
{
  wt_iterate_until (drawn_since, GUINT_TO_POINTER (before));
}

/* Answers "Discard" when loading asks about unsaved changes (after steps it does). */
static void
discard_changes (void)
{
  GtkWidget *dialog = wt_find_message_dialog (window);

  if (dialog != NULL)
    {
      gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
      g_object_unref (dialog);
    }
}

static void
load_preset (const char *id)
{
  activate ("win.preset", g_variant_new_string (id));
  discard_changes ();
  g_assert_cmpstr (rs_document_get_preset (document ()), ==, id);
  rs_document_set_alpha (document (), rs_document_get_model (document ())->learning_rate);
  wt_iterate (50);
}

static void
assert_same_params (const double *expected)
{
  g_assert_cmpmem (network ()->params, network ()->n_params * sizeof (double), expected,
                   network ()->n_params * sizeof (double));
}

static gboolean
is_sensitive (const char *action)
{
  return gtk_widget_get_sensitive (find (GTK_TYPE_BUTTON, action));
}

/* Step, step back and reset, each checked against the core. */
static void
test_step_back_reset (void)
{
  RsModel *reference = rs_preset_load ("question", NULL);
  RsTrainer *trainer = rs_trainer_new (reference);
  RsStatusLine *status = RS_STATUS_LINE (find (RS_TYPE_STATUS_LINE, NULL));
  g_autofree double *initial = NULL;
  guint draws;

  load_preset ("question");
  initial = g_memdup2 (network ()->params, network ()->n_params * sizeof (double));
  g_assert_false (is_sensitive ("win.step-back"));

  draws = rs_network_view_get_n_diagram_draws (view ());
  activate ("win.step", NULL);
  g_assert_true (rs_trainer_step (trainer, 0.1, NULL));
  assert_same_params (reference->net->params);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 1);
  g_assert_true (is_sensitive ("win.step-back"));
  g_assert_cmpstr (rs_status_line_get_text (status, "step"), ==, "step 1");
  g_assert_cmpstr (rs_status_line_get_text (status, "dead"), ==, "dead: 1 of 3 hidden units");
  g_assert_nonnull (strstr (rs_status_line_get_text (status, "change"), "→"));
  wait_for_redraw (draws);

  draws = rs_network_view_get_n_diagram_draws (view ());
  activate ("win.step-back", NULL);
  assert_same_params (initial);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 0);
  g_assert_false (is_sensitive ("win.step-back"));
  wait_for_redraw (draws);

  for (int i = 0; i < 3; i++)
    activate ("win.step", NULL);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 3);
  draws = rs_network_view_get_n_diagram_draws (view ());
  activate ("win.reset", NULL);
  assert_same_params (initial);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 0);
  g_assert_false (is_sensitive ("win.step-back"));
  wait_for_redraw (draws);

  rs_trainer_free (trainer);
  rs_model_free (reference);
}

static gboolean
step_reached (gpointer data)
{
  return rs_document_get_step (document ()) >= GPOINTER_TO_UINT (data);
}

/* Play steps from the frame clock at the chosen speed, redraws, and pauses. */
static void
test_play (void)
{
  GtkToggleButton *play = GTK_TOGGLE_BUTTON (find (GTK_TYPE_TOGGLE_BUTTON, "win.play"));
  guint draws;
  guint64 paused_at;

  load_preset ("xor");
  rs_window_set_speed (window, 200);
  draws = rs_network_view_get_n_diagram_draws (view ());

  activate ("win.play", NULL);
  g_assert_true (rs_window_get_playing (window));
  g_assert_true (gtk_toggle_button_get_active (play));
  wt_iterate_until (step_reached, GUINT_TO_POINTER (20));
  g_assert_cmpuint (rs_network_view_get_n_diagram_draws (view ()), >, draws);

  activate ("win.play", NULL);
  g_assert_false (rs_window_get_playing (window));
  g_assert_false (gtk_toggle_button_get_active (play));
  paused_at = rs_document_get_step (document ());
  wt_iterate (200);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, paused_at);

  /* A single step while playing pauses first. */
  activate ("win.play", NULL);
  wt_iterate (100);
  activate ("win.step", NULL);
  g_assert_false (rs_window_get_playing (window));
}

static void
test_colouring (void)
{
  GtkToggleButton *gradients = NULL;
  guint draws;

  load_preset ("question");
  draws = rs_network_view_get_n_diagram_draws (view ());
  activate ("win.colouring", g_variant_new_string ("gradients"));
  g_assert_cmpint (rs_document_get_colouring (document ()), ==, RS_COLOURING_GRADIENTS);
  wait_for_redraw (draws);

  /* The header's Gradients button shows the state. */
  {
    GtkWidget *titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
    GtkWidget *w = wt_find_widget (titlebar, GTK_TYPE_TOGGLE_BUTTON, "win.colouring");

    for (; w != NULL; w = gtk_widget_get_next_sibling (w))
      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), "Gradients") == 0)
        gradients = GTK_TOGGLE_BUTTON (w);
  }
  g_assert_nonnull (gradients);
  g_assert_true (gtk_toggle_button_get_active (gradients));

  draws = rs_network_view_get_n_diagram_draws (view ());
  activate ("win.cycle-colouring", NULL);
  g_assert_cmpint (rs_document_get_colouring (document ()), ==, RS_COLOURING_CHANGE);
  g_assert_false (gtk_toggle_button_get_active (gradients));
  wait_for_redraw (draws);
  activate ("win.cycle-colouring", NULL);
  g_assert_cmpint (rs_document_get_colouring (document ()), ==, RS_COLOURING_WEIGHTS);
}

/* α through the real entry and slider: exact values are used exactly, nothing else changes,
 * and invalid text is refused with a message. */
static void
test_alpha (void)
{
  RsAlphaControl *control = RS_ALPHA_CONTROL (find (RS_TYPE_ALPHA_CONTROL, NULL));
  GtkEditable *entry = GTK_EDITABLE (wt_find_widget (GTK_WIDGET (control), GTK_TYPE_ENTRY, NULL));
  GtkRange *scale = GTK_RANGE (wt_find_widget (GTK_WIDGET (control), GTK_TYPE_SCALE, NULL));
  static const char *const invalid[] = { "abc", "nan", "inf", "-inf", "0", "-1", "11", "",
                                         "0.3x", "1e999" };
  RsModel *reference = rs_preset_load ("question", NULL);
  RsTrainer *trainer = rs_trainer_new (reference);
  double *before = NULL;

  load_preset ("question");
  before = g_memdup2 (network ()->params, network ()->n_params * sizeof (double));

  gtk_editable_set_text (entry, "0.3");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpfloat (rs_document_get_alpha (document ()), ==, 0.3);
  g_assert_null (rs_alpha_control_get_error (control));
  assert_same_params (before);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 0);
  g_free (before);

  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      gtk_editable_set_text (entry, invalid[i]);
      g_signal_emit_by_name (entry, "activate");
      g_assert_nonnull (rs_alpha_control_get_error (control));
      g_assert_cmpfloat (rs_document_get_alpha (document ()), ==, 0.3);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
    }

  /* The next step uses exactly 0.3. */
  activate ("win.step", NULL);
  g_assert_true (rs_trainer_step (trainer, 0.3, NULL));
  assert_same_params (reference->net->params);

  /* Typed but not entered: typing alone changes nothing ("15" must not pass through α = 1),
   * but the next step applies it first… */
  gtk_editable_set_text (entry, "0.25");
  g_assert_cmpfloat (rs_document_get_alpha (document ()), ==, 0.3);
  activate ("win.step", NULL);
  g_assert_cmpfloat (rs_document_get_alpha (document ()), ==, 0.25);
  g_assert_true (rs_trainer_step (trainer, 0.25, NULL));
  assert_same_params (reference->net->params);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "0.25");
  /* …or refuses it with the message, and the step runs with the value in use. */
  gtk_editable_set_text (entry, "0.");
  g_assert_null (rs_alpha_control_get_error (control));
  activate ("win.step", NULL);
  g_assert_nonnull (rs_alpha_control_get_error (control));
  g_assert_cmpfloat (rs_document_get_alpha (document ()), ==, 0.25);
  g_assert_true (rs_trainer_step (trainer, 0.25, NULL));
  assert_same_params (reference->net->params);

  /* The slider gives round values (and replaces the refused text). */
  gtk_range_set_value (scale, log10 (0.5));
  g_assert_null (rs_alpha_control_get_error (control));
  g_assert_cmpfloat (rs_document_get_alpha (document ()), ==, 0.5);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "0.5");

  /* And the document's α shows in the entry, as plain decimals. */
  rs_document_set_alpha (document (), 0.07);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "0.07");
  rs_document_set_alpha (document (), 10.0);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "10");
  rs_document_set_alpha (document (), 0.1 + 0.2);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "0.30000000000000004");
  rs_document_set_alpha (document (), 2.5e-7);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "2.5e−07");

  rs_trainer_free (trainer);
  rs_model_free (reference);
}

static gboolean
not_playing (gpointer data)
{
  return !rs_window_get_playing (window);
}

/* Playing into a divergence stops, shows the banner and keeps the last finite state. */
static void
test_divergence (void)
{
  GtkInfoBar *bar = GTK_INFO_BAR (find (GTK_TYPE_INFO_BAR, NULL));
  guint64 step;

  load_preset ("question");
  rs_document_set_alpha (document (), 10.0);
  rs_window_set_speed (window, 1000);
  activate ("win.play", NULL);
  wt_iterate_until (not_playing, NULL);

  g_assert_true (rs_document_get_diverged (document ()));
  g_assert_true (gtk_info_bar_get_revealed (bar));
  g_assert_true (rs_network_params_are_finite (network ()));
  step = rs_document_get_step (document ());
  g_assert_cmpuint (step, >, 0);

  activate ("win.step-back", NULL);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, step - 1);
  g_assert_false (gtk_info_bar_get_revealed (bar));

  /* Again, then take the banner's advice. */
  activate ("win.play", NULL);
  wt_iterate_until (not_playing, NULL);
  g_assert_true (gtk_info_bar_get_revealed (bar));
  gtk_info_bar_response (bar, 1);
  g_assert_cmpfloat (rs_document_get_alpha (document ()), ==, 1.0);
  g_assert_false (gtk_info_bar_get_revealed (bar));
  rs_window_set_speed (window, 10);
}

/* Every preset loads from the menu's action, shows its hint and is drawn. */
static void
test_presets (void)
{
  GtkRevealer *revealer = GTK_REVEALER (find (GTK_TYPE_REVEALER, NULL));
  const char *dead;

  for (const char *const *id = rs_presets_get_ids (); *id != NULL; id++)
    {
      guint draws = rs_network_view_get_n_diagram_draws (view ());
      GtkWidget *label;

      load_preset (*id);
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                       rs_document_get_name (document ()));
      g_assert_true (gtk_revealer_get_reveal_child (revealer));
      label = wt_find_widget (GTK_WIDGET (revealer), GTK_TYPE_LABEL, NULL);
      for (; label != NULL; label = gtk_widget_get_next_sibling (label))
        if (GTK_IS_LABEL (label)
            && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)),
                          rs_document_get_hint (document ())) == 0)
          break;
      g_assert_nonnull (label);
      wait_for_redraw (draws);
    }

  /* The dead output unit is named in the status line. */
  load_preset ("dead-output");
  dead = rs_status_line_get_text (RS_STATUS_LINE (find (RS_TYPE_STATUS_LINE, NULL)), "dead");
  g_assert_true (g_str_has_prefix (dead, "output unit dead: no error flows back"));

  activate ("win.dismiss-hint", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  load_preset (RS_PRESET_DEFAULT);
}

/* Hover and selection are an overlay: selecting redraws the widget, not the diagram. */
static void
test_selection (void)
{
  RsNetworkView *v = view ();
  RsDiagramItem edge = { RS_ITEM_EDGE, 2, 3, 1 };
  guint draws;
  const RsDiagramItem *selected;

  load_preset ("question");
  wt_iterate (100);
  draws = rs_network_view_get_n_diagram_draws (v);
  rs_network_view_set_selection (v, &edge);
  selected = rs_network_view_get_selection (v);
  g_assert_true (rs_diagram_item_equal (selected, &edge));
  wt_iterate (100);
  g_assert_cmpuint (rs_network_view_get_n_diagram_draws (v), ==, draws);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (v), "diagram.clear-selection", NULL));
  g_assert_cmpint (rs_network_view_get_selection (v)->kind, ==, RS_ITEM_NONE);

  /* A new model clears the selection. */
  rs_network_view_set_selection (v, &edge);
  load_preset ("xor");
  g_assert_cmpint (rs_network_view_get_selection (v)->kind, ==, RS_ITEM_NONE);
}

static void
test_example_and_bias (void)
{
  guint draws;

  load_preset ("xor");
  draws = rs_network_view_get_n_diagram_draws (view ());
  activate ("win.example-next", NULL);
  g_assert_cmpint (rs_document_get_example (document ()), ==, 1);
  wait_for_redraw (draws);
  activate ("win.example-previous", NULL);
  activate ("win.example-previous", NULL);
  g_assert_cmpint (rs_document_get_example (document ()), ==, 3);

  draws = rs_network_view_get_n_diagram_draws (view ());
  activate ("win.show-bias", NULL);
  g_assert_false (rs_network_view_get_show_bias (view ()));
  wait_for_redraw (draws);
  activate ("win.show-bias", NULL);
  g_assert_true (rs_network_view_get_show_bias (view ()));
}

int
main (int argc, char **argv)
{
  g_autoptr (RsApplication) app = NULL;
  int status;

  if (!wt_init (&argc, &argv))
    return 77;
  window = wt_open_window (&app, 0);

  g_test_add_func ("/window/step-back-reset", test_step_back_reset);
  g_test_add_func ("/window/play", test_play);
  g_test_add_func ("/window/colouring", test_colouring);
  g_test_add_func ("/window/alpha", test_alpha);
  g_test_add_func ("/window/divergence", test_divergence);
  g_test_add_func ("/window/presets", test_presets);
  g_test_add_func ("/window/selection", test_selection);
  g_test_add_func ("/window/example-and-bias", test_example_and_bias);

  status = g_test_run ();
  wt_close_window (window);
  return status;
}
