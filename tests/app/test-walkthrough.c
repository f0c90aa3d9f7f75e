/* test-walkthrough.c — the phase walk-through in a real window: entering it, going through the
 * five phases by the window's actions (what Space, →, ←, Page Up/Down and Esc activate), the
 * equation shown for each, the step taken through the document exactly as the core takes it,
 * going back and leaving without a trace, and play.
 *
 * Run under xvfb-run like test-window.c. Skipped (77) when there is no display. */
#include <string.h>

#include <gtk/gtk.h>

#include "core/rs-trainer.h"
#include "rs-application.h"
#include "rs-network-view.h"
#include "io/rs-presets.h"
#include "rs-walkthrough-bar.h"
#include "rs-window.h"
#include "window-test-util.h"

static RsWindow *window;

static RsDocument *
document (void)
{
  return rs_window_get_document (window);
}

static RsNetworkView *
view (void)
{
  GtkWidget *found = wt_find_widget (GTK_WIDGET (window), RS_TYPE_NETWORK_VIEW, NULL);

  g_assert_nonnull (found);
  return RS_NETWORK_VIEW (found);
}

static RsWalkthroughBar *
bar (void)
{
  GtkWidget *found = wt_find_widget (GTK_WIDGET (window), RS_TYPE_WALKTHROUGH_BAR, NULL);

  g_assert_nonnull (found);
  return RS_WALKTHROUGH_BAR (found);
}

static const RsNetwork *
network (void)
{
  return rs_document_get_model (document ())->net;
}

static void
activate (const char *action)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), action, NULL));
}

/* Whether the bar's button for `action` can be pressed. */
static gboolean
bar_button_sensitive (GtkWidget *root, const char *action)
{
  if (GTK_IS_ACTIONABLE (root)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return gtk_widget_get_sensitive (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (bar_button_sensitive (child, action))
      return TRUE;
  return FALSE;
}

/* The phase drawn, or -1 for the plain diagram. */
static int
drawn_phase (void)
{
  const RsPhaseState *phase = rs_network_view_get_phase (view ());

  return phase != NULL ? (int) phase->phase : -1;
}

static gboolean
phase_at_end (gpointer data)
{
  const RsPhaseState *phase = rs_network_view_get_phase (view ());

  return phase != NULL && phase->progress >= 1.0;
}

static gboolean
step_reached (gpointer data)
{
  return rs_document_get_step (document ()) >= GPOINTER_TO_UINT (data);
}

static gboolean
drawn_since (gpointer data)
{
  return rs_network_view_get_n_diagram_draws (view ()) > GPOINTER_TO_UINT (data);
}

static void
load_preset (const char *id)
{
  g_autoptr (GError) error = NULL;

  rs_window_set_walkthrough (window, FALSE);
  /* Straight through the document: the window's action would first ask about the steps. */
  g_assert_true (rs_document_load_preset (document (), id, &error));
  rs_document_set_alpha (document (), rs_document_get_model (document ())->learning_rate);
  wt_iterate (50);
}

static void
assert_same_params (const double *expected)
{
  g_assert_cmpmem (network ()->params, network ()->n_params * sizeof (double), expected,
                   network ()->n_params * sizeof (double));
}

/* The parameters one core step from the document's current ones. */
static double *
one_core_step (void)
{
  RsModel *copy = rs_model_copy (rs_document_get_model (document ()));
  RsTrainer *trainer = rs_trainer_new (copy);
  double *after;

  g_assert_true (rs_trainer_step (trainer, rs_document_get_alpha (document ()), NULL));
  after = g_memdup2 (copy->net->params, copy->net->n_params * sizeof (double));
  rs_trainer_free (trainer);
  rs_model_free (copy);
  return after;
}

static const char *const equations[RS_N_PHASES] = {
  "z<sup>(l)</sup> = Θ<sup>(l)</sup> [1; a<sup>(l−1)</sup>]",
  "δ<sup>(L)</sup> = (a<sup>(L)</sup> − y) ⊙ g′(z<sup>(L)</sup>)",
  "δ<sup>(l)</sup> = (Θ<sup>(l+1)</sup><sup>T</sup> δ<sup>(l+1)</sup>) ⊙ g′(z<sup>(l)</sup>)",
  "∂J/∂Θ<sup>(l)</sup> = δ<sup>(l)</sup> a<sup>(l−1)</sup><sup>T</sup>",
  "Θ ← Θ − α ∂J/∂Θ",
};

static void
assert_phase (int phase)
{
  static const char *const names[RS_N_PHASES] = { "Forward", "Output error", "Backward",
                                                  "Gradients", "Update" };
  g_autofree char *label = g_strdup_printf ("Phase %d of %d: %s", phase + 1, RS_N_PHASES,
                                            names[phase]);
  const char *equation = rs_walkthrough_bar_get_text (bar (), "equation");

  g_assert_cmpint (drawn_phase (), ==, phase);
  g_assert_cmpstr (rs_walkthrough_bar_get_text (bar (), "phase"), ==, label);
  g_assert_nonnull (equation);
  if (strstr (equation, equations[phase]) == NULL)
    g_error ("phase %d shows \"%s\"", phase + 1, equation);
}

/* Entering, every phase in order, and the step the update takes. */
static void
test_phases (void)
{
  g_autofree double *initial = NULL;
  g_autofree double *expected = NULL;
  guint draws;

  load_preset ("question");
  initial = g_memdup2 (network ()->params, network ()->n_params * sizeof (double));
  expected = one_core_step ();
  g_assert_cmpint (drawn_phase (), ==, -1);

  activate ("win.walkthrough");
  g_assert_true (rs_window_get_walkthrough (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bar ())));
  assert_phase (RS_PHASE_FORWARD);
  /* At the forward phase there is nothing to go back to. */
  g_assert_false (bar_button_sensitive (GTK_WIDGET (bar ()), "win.step-back"));
  wt_iterate_until (phase_at_end, NULL);

  for (int phase = RS_PHASE_ERROR; phase <= RS_PHASE_UPDATE; phase++)
    {
      /* Space and → activate win.step; in the walk-through it is the next phase. */
      activate ("win.step");
      assert_phase (phase);
      g_assert_true (bar_button_sensitive (GTK_WIDGET (bar ()), "win.step-back"));
      /* Nothing is applied before the update has run to its end. */
      assert_same_params (initial);
      g_assert_cmpuint (rs_document_get_step (document ()), ==, 0);
      wt_iterate_until (phase_at_end, NULL);
    }

  /* The update's end took one step, through the document, exactly the core's. */
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 1);
  assert_same_params (expected);
  g_assert_true (rs_document_get_can_undo (document ()));
  g_assert_nonnull (strstr (rs_walkthrough_bar_get_text (bar (), "note"), "Step taken"));

  /* Leaving after the update keeps it, and the diagram is the plain one again. */
  draws = rs_network_view_get_n_diagram_draws (view ());
  activate ("win.walkthrough");
  g_assert_false (rs_window_get_walkthrough (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bar ())));
  g_assert_cmpint (drawn_phase (), ==, -1);
  assert_same_params (expected);
  wt_iterate_until (drawn_since, GUINT_TO_POINTER (draws));
}

/* Going back before or after the update, and leaving in the middle of it. */
static void
test_back_and_leave (void)
{
  g_autofree double *initial = NULL;
  guint draws;

  load_preset ("question");
  initial = g_memdup2 (network ()->params, network ()->n_params * sizeof (double));

  rs_window_set_walkthrough (window, TRUE);
  for (int i = 0; i < 4; i++)
    activate ("win.step");
  assert_phase (RS_PHASE_UPDATE);

  /* Back from an update that has not finished: nothing was applied. */
  activate ("win.step-back");
  assert_phase (RS_PHASE_GRADIENTS);
  g_assert_cmpfloat (rs_network_view_get_phase (view ())->progress, ==, 1.0);
  wt_iterate (300);
  assert_same_params (initial);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 0);

  /* Back from a finished update undoes its step, bit for bit. */
  activate ("win.step");
  wt_iterate_until (step_reached, GUINT_TO_POINTER (1));
  activate ("win.step-back");
  assert_phase (RS_PHASE_GRADIENTS);
  assert_same_params (initial);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 0);
  g_assert_false (rs_document_get_can_undo (document ()));

  /* Back through every phase to the first. */
  for (int phase = RS_PHASE_BACKWARD; phase >= RS_PHASE_FORWARD; phase--)
    {
      activate ("win.step-back");
      assert_phase (phase);
    }

  /* Leaving (Esc) in the middle of the update leaves the network exactly as it was. */
  for (int i = 0; i < 4; i++)
    activate ("win.step");
  assert_phase (RS_PHASE_UPDATE);
  draws = rs_network_view_get_n_diagram_draws (view ());
  rs_window_set_walkthrough (window, FALSE);
  g_assert_cmpint (drawn_phase (), ==, -1);
  wt_iterate (500);
  assert_same_params (initial);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 0);
  g_assert_true (drawn_since (GUINT_TO_POINTER (draws)));

  /* Outside the walk-through, the step keys step again. */
  activate ("win.step");
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 1);
}

/* Play runs the phases one after another, step after step, and stops with the mode. */
static void
test_play (void)
{
  g_autofree double *expected = NULL;

  load_preset ("question");
  expected = one_core_step ();
  rs_window_set_walkthrough (window, TRUE);
  g_object_set (wt_find_widget (GTK_WIDGET (bar ()), GTK_TYPE_DROP_DOWN, NULL), "selected",
                (guint) RS_WALKTHROUGH_FAST, NULL);

  activate ("win.play");
  g_assert_true (rs_window_get_playing (window));
  wt_iterate_until (step_reached, GUINT_TO_POINTER (1));
  /* The first step played through is exactly one core step. */
  assert_same_params (expected);
  g_assert_true (rs_window_get_walkthrough (window));

  rs_window_set_walkthrough (window, FALSE);
  g_assert_false (rs_window_get_playing (window));
  g_assert_cmpint (drawn_phase (), ==, -1);
}

/* With several examples the bar says which example the values are for and that the step
 * applies the mean over all of them. */
static void
test_batch_note (void)
{
  int m;
  g_autofree char *mean = NULL;

  load_preset ("xor");
  m = rs_document_get_n_examples (document ());
  g_assert_cmpint (m, >, 1);
  rs_window_set_walkthrough (window, TRUE);
  g_assert_nonnull (strstr (rs_walkthrough_bar_get_text (bar (), "note"), "(example 1 of"));
  for (int i = 0; i < 3; i++)
    activate ("win.step");
  assert_phase (RS_PHASE_GRADIENTS);
  mean = g_strdup_printf ("mean over all %d examples", m);
  if (rs_document_get_model (document ())->mode == RS_MODE_BATCH)
    g_assert_nonnull (strstr (rs_walkthrough_bar_get_text (bar (), "note"), mean));

  /* Another example: the snapshot follows, the phase stays. */
  activate ("win.example-next");
  assert_phase (RS_PHASE_GRADIENTS);
  g_assert_nonnull (strstr (rs_walkthrough_bar_get_text (bar (), "note"), "not only example 2"));
  rs_window_set_walkthrough (window, FALSE);
}

static gboolean
not_playing (gpointer data)
{
  return !rs_window_get_playing (window);
}

/* A step the document refuses: the update ends with the divergence reported, nothing
 * changed, and the walk-through goes on from the same Θ. */
static void
test_refused_step (void)
{
  GtkInfoBar *info = NULL;
  g_autofree double *before = NULL;
  guint64 step;

  load_preset ("question");
  rs_document_set_alpha (document (), 10.0);
  rs_window_set_speed (window, 1000);
  activate ("win.play");
  wt_iterate_until (not_playing, NULL);
  g_assert_true (rs_document_get_diverged (document ()));
  rs_document_clear_divergence (document ());
  step = rs_document_get_step (document ());
  before = g_memdup2 (network ()->params, network ()->n_params * sizeof (double));

  rs_window_set_walkthrough (window, TRUE);
  for (int i = 0; i < 4; i++)
    activate ("win.step");
  assert_phase (RS_PHASE_UPDATE);
  wt_iterate_until (phase_at_end, NULL);
  g_assert_true (rs_document_get_diverged (document ()));
  info = GTK_INFO_BAR (wt_find_widget (GTK_WIDGET (window), GTK_TYPE_INFO_BAR, NULL));
  g_assert_true (gtk_info_bar_get_revealed (info));
  g_assert_cmpuint (rs_document_get_step (document ()), ==, step);
  assert_same_params (before);
  g_assert_nonnull (strstr (rs_walkthrough_bar_get_text (bar (), "note"), "smaller α"));

  /* Going on starts the next step from the same Θ. */
  activate ("win.step");
  assert_phase (RS_PHASE_FORWARD);
  assert_same_params (before);
  rs_window_set_walkthrough (window, FALSE);
  rs_document_clear_divergence (document ());
  rs_window_set_speed (window, 10);
}

int
main (int argc, char **argv)
{
  g_autoptr (RsApplication) app = NULL;
  int status;

  if (!wt_init (&argc, &argv))
    return 77;
  window = wt_open_window (&app, 0);

  g_test_add_func ("/walkthrough/phases", test_phases);
  g_test_add_func ("/walkthrough/back-and-leave", test_back_and_leave);
  g_test_add_func ("/walkthrough/play", test_play);
  g_test_add_func ("/walkthrough/batch-note", test_batch_note);
  g_test_add_func ("/walkthrough/refused-step", test_refused_step);

  status = g_test_run ();
  wt_close_window (window);
  return status;
}
