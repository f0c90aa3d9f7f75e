/* test-window.c — the window under a real (virtual) display: each header-bar action changes the
 * document as the core says it should, and the views redraw.
 *
 * Run under xvfb-run with GDK_BACKEND=x11 GTK_A11Y=none GSK_RENDERER=cairo (see
 * tests/app/meson.build). Skipped (77) when there is no display. */
#include <locale.h>
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

static RsWindow *window;

/* Lets the main loop run for `ms` milliseconds (frames, ticks, idles). */
static void
iterate (int ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

/* Runs the main loop until `done` says so, for at most 10 s. */
static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

static GtkWidget *
find_widget (GtkWidget *root, GType type, const char *action_name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && (action_name == NULL
          || (GTK_IS_ACTIONABLE (root)
              && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name)
                   == 0)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A widget anywhere in the window, the header bar included. */
static GtkWidget *
find (GType type, const char *action_name)
{
  GtkWidget *found = find_widget (GTK_WIDGET (window), type, action_name);

  if (found == NULL)
    found = find_widget (gtk_window_get_titlebar (GTK_WINDOW (window)), type, action_name);
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
  iterate_until (drawn_since, GUINT_TO_POINTER (before));
}

/* The message dialog over the window (an unsaved-changes prompt, an error), or NULL; the
 * caller owns a reference. */
static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && found == NULL; i++)
    {
      GObject *item = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (item)
          && gtk_window_get_transient_for (GTK_WINDOW (item)) == GTK_WINDOW (window))
        found = g_object_ref (GTK_WIDGET (item));
      g_object_unref (item);
    }
  return found;
}

/* Answers "Discard" when loading asks about unsaved changes (after steps it does). */
static void
discard_changes (void)
{
  GtkWidget *dialog = find_message_dialog ();

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
  iterate (50);
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
  iterate_until (step_reached, GUINT_TO_POINTER (20));
  g_assert_cmpuint (rs_network_view_get_n_diagram_draws (view ()), >, draws);

  activate ("win.play", NULL);
  g_assert_false (rs_window_get_playing (window));
  g_assert_false (gtk_toggle_button_get_active (play));
  paused_at = rs_document_get_step (document ());
  iterate (200);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, paused_at);

  /* A single step while playing pauses first. */
  activate ("win.play", NULL);
  iterate (100);
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
    GtkWidget *w = find_widget (titlebar, GTK_TYPE_TOGGLE_BUTTON, "win.colouring");

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
  GtkEditable *entry = GTK_EDITABLE (find_widget (GTK_WIDGET (control), GTK_TYPE_ENTRY, NULL));
  GtkRange *scale = GTK_RANGE (find_widget (GTK_WIDGET (control), GTK_TYPE_SCALE, NULL));
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
  iterate_until (not_playing, NULL);

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
  iterate_until (not_playing, NULL);
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
      label = find_widget (GTK_WIDGET (revealer), GTK_TYPE_LABEL, NULL);
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
  iterate (100);
  draws = rs_network_view_get_n_diagram_draws (v);
  rs_network_view_set_selection (v, &edge);
  selected = rs_network_view_get_selection (v);
  g_assert_true (rs_diagram_item_equal (selected, &edge));
  iterate (100);
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

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (window))
         && rs_network_view_get_n_diagram_draws (view ()) > 0;
}

int
main (int argc, char **argv)
{
  g_autoptr (RsApplication) app = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();
  setlocale (LC_ALL, "C.UTF-8");
  if (!gtk_init_check ())
    return 77;

  app = rs_application_new (G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  window = rs_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, NULL);

  g_test_add_func ("/window/step-back-reset", test_step_back_reset);
  g_test_add_func ("/window/play", test_play);
  g_test_add_func ("/window/colouring", test_colouring);
  g_test_add_func ("/window/alpha", test_alpha);
  g_test_add_func ("/window/divergence", test_divergence);
  g_test_add_func ("/window/presets", test_presets);
  g_test_add_func ("/window/selection", test_selection);
  g_test_add_func ("/window/example-and-bias", test_example_and_bias);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (50);
  return status;
}
