/* test-editors.c — the side panel's Data and Network pages under a real (virtual) display:
 * each edit changes the document's model as the core says it should, refused input changes
 * nothing and says why, and the pages follow the document.
 *
 * Run under xvfb-run like test-window.c (see tests/app/meson.build). Skipped (77) when there
 * is no display. */
#include <math.h>
#include <string.h>

#include <gtk/gtk.h>

#include "core/rs-dataset.h"
#include "core/rs-init.h"
#include "core/rs-trace.h"
#include "rs-application.h"
#include "rs-example-editor.h"
#include "rs-field.h"
#include "rs-network-editor.h"
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

static RsExampleEditor *
examples (void)
{
  GtkWidget *found = wt_find_widget (GTK_WIDGET (window), RS_TYPE_EXAMPLE_EDITOR, NULL);

  g_assert_nonnull (found);
  return RS_EXAMPLE_EDITOR (found);
}

static RsNetworkEditor *
settings (void)
{
  GtkWidget *found = wt_find_widget (GTK_WIDGET (window), RS_TYPE_NETWORK_EDITOR, NULL);

  g_assert_nonnull (found);
  return RS_NETWORK_EDITOR (found);
}

/* Straight through the document: the window's action would first ask about unsaved edits. */
static void
load_preset (const char *id)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (rs_document_load_preset (document (), id, &error));
  g_assert_cmpstr (rs_document_get_preset (document ()), ==, id);
  wt_iterate (30);
}

/* Types `text` into a field and presses Enter. */
static void
enter (GtkEditable *field, const char *text)
{
  gtk_editable_set_text (field, text);
  g_signal_emit_by_name (field, "activate");
  wt_iterate (20);
}

/* The message beside a field, which must be showing, with the field marked. */
static const char *
field_message (GtkEditable *field)
{
  const char *message = rs_field_get_message (field);

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (field), "error"));
  g_assert_nonnull (message);
  g_assert_cmpstr (message, !=, "");
  return message;
}

/* A snapshot of the model to compare against bit for bit. */
static RsModel *
save (void)
{
  return rs_model_copy (model ());
}

static void
assert_unchanged (const RsModel *saved)
{
  const RsModel *now = model ();

  g_assert_true (rs_network_same_shape (now->net, saved->net));
  g_assert_cmpmem (now->net->params, now->net->n_params * sizeof (double), saved->net->params,
                   saved->net->n_params * sizeof (double));
  g_assert_cmpmem (now->net->activation, sizeof now->net->activation, saved->net->activation,
                   sizeof saved->net->activation);
  g_assert_cmpmem (&now->net->act_params, sizeof now->net->act_params, &saved->net->act_params,
                   sizeof saved->net->act_params);
  g_assert_cmpmem (&now->init, sizeof now->init, &saved->init, sizeof saved->init);
  g_assert_cmpint (now->data->n_examples, ==, saved->data->n_examples);
  g_assert_cmpmem (now->data->x,
                   (gsize) now->data->n_examples * now->data->n_inputs * sizeof (double),
                   saved->data->x,
                   (gsize) saved->data->n_examples * saved->data->n_inputs * sizeof (double));
  g_assert_cmpmem (now->data->y,
                   (gsize) now->data->n_examples * now->data->n_outputs * sizeof (double),
                   saved->data->y,
                   (gsize) saved->data->n_examples * saved->data->n_outputs * sizeof (double));
}

/* Editing x₁ of the current example: the data, the trace and J follow; J equals the plain
 * one-example-at-a-time cost of an independently edited copy. */
static void
test_edit_example (void)
{
  g_autoptr (GError) error = NULL;
  RsModel *expected;
  const RsTrace *trace;
  double cost;

  load_preset ("xor");
  rs_window_show_side_page (window, "data");
  rs_document_set_example (document (), 2);
  expected = save ();
  rs_data_x (expected->data, 2)[0] = 0.5;
  rs_data_x (expected->data, 2)[1] = -0.25;
  rs_data_y (expected->data, 2)[0] = 1.0;

  enter (rs_example_editor_get_field (examples (), "x", 1), "0.5");
  enter (rs_example_editor_get_field (examples (), "x", 2), "−0.25"); /* U+2212 */
  enter (rs_example_editor_get_field (examples (), "y", 1), "+1");

  g_assert_cmpint (rs_document_get_example (document ()), ==, 2);
  g_assert_cmpfloat (rs_data_x (model ()->data, 2)[0], ==, 0.5);
  g_assert_cmpfloat (rs_data_x (model ()->data, 2)[1], ==, -0.25);
  g_assert_cmpfloat (rs_data_y (model ()->data, 2)[0], ==, 1.0);
  g_assert_cmpmem (model ()->data->x, 8 * sizeof (double), expected->data->x,
                   8 * sizeof (double));

  /* The trace is of the edited example... */
  trace = rs_document_get_trace (document ());
  g_assert_cmpfloat (trace->a[1][0], ==, 0.5);
  g_assert_cmpfloat (trace->a[1][1], ==, -0.25);
  /* ...and J over all examples is what the reference loop computes for the edited data. */
  cost = rs_reference_cost (expected->net, expected->data);
  g_assert_cmpfloat_with_epsilon (rs_document_get_cost (document ()), cost, 1e-12);
  g_assert_cmpstr (gtk_editable_get_text (rs_example_editor_get_field (examples (), "x", 2)),
                   ==, "−0.25");
  rs_model_free (expected);

  /* Another example shows its own values. */
  rs_document_set_example (document (), 1);
  wt_iterate (20);
  g_assert_cmpstr (gtk_editable_get_text (rs_example_editor_get_field (examples (), "x", 2)),
                   ==, "1");
}

static void
test_add_remove_example (void)
{
  double x[2], y;

  load_preset ("xor");
  rs_document_set_example (document (), 1);
  memcpy (x, rs_data_x (model ()->data, 1), sizeof x);
  y = rs_data_y (model ()->data, 1)[0];

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (examples ()), "example.add", NULL));
  g_assert_cmpint (rs_document_get_n_examples (document ()), ==, 5);
  g_assert_cmpint (rs_document_get_example (document ()), ==, 4);
  g_assert_cmpmem (rs_data_x (model ()->data, 4), sizeof x, x, sizeof x);
  g_assert_cmpfloat (rs_data_y (model ()->data, 4)[0], ==, y);
  g_assert_cmpfloat_with_epsilon (rs_document_get_cost (document ()),
                                  rs_reference_cost (model ()->net, model ()->data), 1e-12);

  rs_document_set_example (document (), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (examples ()), "example.remove", NULL));
  g_assert_cmpint (rs_document_get_n_examples (document ()), ==, 4);
  /* Example 2 (index 1) moved up to index 0. */
  g_assert_cmpmem (rs_data_x (model ()->data, 0), sizeof x, x, sizeof x);
  g_assert_null (rs_example_editor_get_message (examples ()));

  /* The last example stays, and the page says why. */
  load_preset ("question");
  {
    RsModel *saved = save ();

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (examples ()), "example.remove",
                                               NULL));
    assert_unchanged (saved);
    g_assert_nonnull (rs_example_editor_get_message (examples ()));
    g_assert_nonnull (strstr (rs_example_editor_get_message (examples ()), "only example"));
    rs_model_free (saved);
  }
  /* A new model clears the message. */
  load_preset ("xor");
  g_assert_null (rs_example_editor_get_message (examples ()));
}

static guint
list_selected (void)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (rs_example_editor_get_list (examples ()));

  return gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection));
}

/* The page, the [ / ] keys and the list move between examples together. */
static void
test_switch_example (void)
{
  GtkSelectionModel *selection;

  load_preset ("xor");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (examples ()), "example.next", NULL));
  g_assert_cmpint (rs_document_get_example (document ()), ==, 1);
  g_assert_cmpuint (list_selected (), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (examples ()), "example.previous",
                                             NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (examples ()), "example.previous",
                                             NULL));
  g_assert_cmpint (rs_document_get_example (document ()), ==, 3);
  g_assert_cmpuint (list_selected (), ==, 3);

  /* The window's ] key (its action) and the fields agree. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.example-next", NULL));
  g_assert_cmpint (rs_document_get_example (document ()), ==, 0);
  g_assert_cmpuint (list_selected (), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.example-previous", NULL));
  wt_iterate (20);
  g_assert_cmpstr (gtk_editable_get_text (rs_example_editor_get_field (examples (), "x", 1)),
                   ==, "1");
  g_assert_cmpstr (gtk_editable_get_text (rs_example_editor_get_field (examples (), "x", 2)),
                   ==, "1");

  /* A click in the list makes that example current. */
  selection = gtk_list_view_get_model (rs_example_editor_get_list (examples ()));
  gtk_selection_model_select_item (selection, 2, TRUE);
  g_assert_cmpint (rs_document_get_example (document ()), ==, 2);
}

/* A data set of a few hundred examples lists them all and moves through them. */
static void
test_many_examples (void)
{
  static const int units[] = { 2, 8, 2 };
  g_autoptr (GError) error = NULL;
  RsNetwork *net = rs_network_new (3, units);
  RsData *data = rs_dataset_generate (RS_DATASET_SPIRAL, 300, 2, 2, 5);
  RsModel *spiral = rs_model_new (net, data);
  GtkSelectionModel *selection;

  g_assert_nonnull (spiral);
  g_assert_true (rs_document_set_model (document (), spiral, &error));
  g_assert_no_error (error);
  wt_iterate (30);
  selection = gtk_list_view_get_model (rs_example_editor_get_list (examples ()));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 300);
  rs_document_set_example (document (), 250);
  g_assert_cmpuint (list_selected (), ==, 250);
  wt_iterate (30);

  /* Measured values show rounded, and Enter on them changes nothing. */
  {
    GtkEditable *x1 = rs_example_editor_get_field (examples (), "x", 1);
    RsModel *saved = save ();
    g_autofree char *shown = g_strdup (gtk_editable_get_text (x1));

    g_assert_cmpint (g_utf8_strlen (shown, -1), <=, 12);
    g_signal_emit_by_name (x1, "activate");
    assert_unchanged (saved);
    rs_model_free (saved);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (examples ()), "example.add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 301);
  g_assert_cmpuint (list_selected (), ==, 300);

  /* Many inputs: the first 64 get fields, and those edit the right value. */
  {
    static const int wide_units[] = { 100, 4, 3 };
    RsModel *wide = rs_model_new (rs_network_new (3, wide_units),
                                  rs_dataset_generate (RS_DATASET_PLANE, 10, 100, 3, 2));

    g_assert_true (rs_document_set_model (document (), wide, &error));
    enter (rs_example_editor_get_field (examples (), "x", 64), "0.125");
    g_assert_cmpfloat (rs_data_x (model ()->data, 0)[63], ==, 0.125);
    enter (rs_example_editor_get_field (examples (), "y", 3), "−2");
    g_assert_cmpfloat (rs_data_y (model ()->data, 0)[2], ==, -2.0);
  }
}

/* An activation and ReLU′(0) change how the same Θ behave: Θ is kept. */
static void
test_activation_and_prime (void)
{
  RsModel *saved;

  load_preset ("question");
  rs_window_show_side_page (window, "network");
  saved = save ();

  gtk_drop_down_set_selected (rs_network_editor_get_drop_down (settings (), "activation", 2),
                              RS_ACTIVATION_TANH);
  wt_iterate (20);
  g_assert_cmpint (model ()->net->activation[2], ==, RS_ACTIVATION_TANH);
  g_assert_cmpint (model ()->net->activation[3], ==, RS_ACTIVATION_LINEAR);
  g_assert_cmpmem (model ()->net->params, model ()->net->n_params * sizeof (double),
                   saved->net->params, saved->net->n_params * sizeof (double));
  /* J is the tanh network's. */
  g_assert_cmpfloat_with_epsilon (rs_document_get_cost (document ()),
                                  rs_reference_cost (model ()->net, model ()->data), 1e-12);

  gtk_toggle_button_set_active (rs_network_editor_get_prime_choice (settings (), 1), TRUE);
  wt_iterate (20);
  g_assert_cmpfloat (model ()->net->act_params.relu_prime_at_zero, ==, 0.5);
  g_assert_cmpstr (gtk_editable_get_text (rs_network_editor_get_field (settings (),
                                                                       "relu-prime", 0)),
                   ==, "0.5");
  enter (rs_network_editor_get_field (settings (), "relu-prime", 0), "0.25");
  g_assert_cmpfloat (model ()->net->act_params.relu_prime_at_zero, ==, 0.25);
  for (int i = 0; i < 3; i++)
    g_assert_false (gtk_toggle_button_get_active (rs_network_editor_get_prime_choice (settings (),
                                                                                      i)));
  gtk_toggle_button_set_active (rs_network_editor_get_prime_choice (settings (), 0), TRUE);
  wt_iterate (20);
  g_assert_cmpfloat (model ()->net->act_params.relu_prime_at_zero, ==, 0.0);
  g_assert_true (gtk_toggle_button_get_active (rs_network_editor_get_prime_choice (settings (),
                                                                                   0)));

  enter (rs_network_editor_get_field (settings (), "leaky-slope", 0), "0.2");
  g_assert_cmpfloat (model ()->net->act_params.leaky_slope, ==, 0.2);

  gtk_drop_down_set_selected (rs_network_editor_get_drop_down (settings (), "mode", 0),
                              RS_MODE_STOCHASTIC);
  g_assert_cmpint (model ()->mode, ==, RS_MODE_STOCHASTIC);
  g_assert_cmpmem (model ()->net->params, model ()->net->n_params * sizeof (double),
                   saved->net->params, saved->net->n_params * sizeof (double));
  rs_model_free (saved);
}

/* A new size or seed draws Θ afresh from the init spec; the same seed, the same Θ. */
static void
test_resize_and_rebuild (void)
{
  double *first;
  RsNetwork *expected;
  gsize n;

  load_preset ("question");
  enter (rs_network_editor_get_field (settings (), "size", 2), "5");
  g_assert_cmpint (model ()->net->n_layers, ==, 3);
  g_assert_cmpint (model ()->net->units[2], ==, 5);
  g_assert_cmpuint (model ()->net->n_params, ==, 5 * 3 + 2 * 6);
  expected = rs_network_copy (model ()->net);
  rs_network_init (expected, &model ()->init);
  g_assert_cmpmem (model ()->net->params, model ()->net->n_params * sizeof (double),
                   expected->params, expected->n_params * sizeof (double));
  rs_network_free (expected);

  enter (rs_network_editor_get_field (settings (), "seed", 0), "7");
  g_assert_cmpuint (model ()->init.seed, ==, 7);
  n = model ()->net->n_params;
  first = g_memdup2 (model ()->net->params, n * sizeof (double));
  enter (rs_network_editor_get_field (settings (), "seed", 0), "8");
  g_assert_cmpuint (model ()->init.seed, ==, 8);
  g_assert_true (memcmp (model ()->net->params, first, n * sizeof (double)) != 0);
  enter (rs_network_editor_get_field (settings (), "seed", 0), "7");
  g_assert_cmpmem (model ()->net->params, n * sizeof (double), first, n * sizeof (double));

  /* Training moves Θ; Rebuild draws the same Θ again. */
  rs_document_step (document ());
  g_assert_true (memcmp (model ()->net->params, first, n * sizeof (double)) != 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (settings ()), "network.rebuild", NULL));
  g_assert_cmpmem (model ()->net->params, n * sizeof (double), first, n * sizeof (double));

  /* The scheme and the bias rebuild too. */
  gtk_drop_down_set_selected (rs_network_editor_get_drop_down (settings (), "scheme", 0),
                              RS_INIT_UNIFORM);
  g_assert_cmpint (model ()->init.scheme, ==, RS_INIT_UNIFORM);
  enter (rs_network_editor_get_field (settings (), "range", 0), "0.25");
  g_assert_cmpfloat (model ()->init.range, ==, 0.25);
  enter (rs_network_editor_get_field (settings (), "bias", 0), "−0.5");
  g_assert_cmpfloat (model ()->init.bias, ==, -0.5);
  g_assert_cmpfloat (rs_network_theta (model ()->net, 2)[0], ==, -0.5);
  for (gsize i = 0; i < model ()->net->n_params; i++)
    g_assert_cmpfloat (fabs (model ()->net->params[i]), <=, 0.5);

  /* Adding and removing hidden layers. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (settings ()), "network.add-layer",
                                             NULL));
  g_assert_cmpint (model ()->net->n_layers, ==, 4);
  g_assert_cmpint (model ()->net->units[3], ==, 5);
  g_assert_cmpint (model ()->net->units[4], ==, 2);
  g_assert_cmpint (model ()->net->activation[4], ==, RS_ACTIVATION_LINEAR);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (settings ()), "network.remove-layer",
                                             "i", 2));
  g_assert_cmpint (model ()->net->n_layers, ==, 3);
  g_assert_cmpint (model ()->net->units[2], ==, 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (settings ()), "network.remove-layer",
                                             "i", 2));
  g_assert_cmpint (model ()->net->n_layers, ==, 2);
  g_free (first);
}

/* Text, NaN, ∞ and out-of-range values change nothing and say why beside the field. */
static void
test_refusals (void)
{
  static const char *const not_numbers[] = { "abc", "nan", "inf", "−∞", "1e999", "" };
  struct
  {
    const char *which;
    const char *bad_range;
  } fields[] = {
    { "size", "0" }, { "size", "2000" }, { "size", "2.5" }, { "relu-prime", "1.5" },
    { "relu-prime", "−0.1" }, { "leaky-slope", "2" }, { "seed", "−1" }, { "bias", "1e9" },
  };
  RsModel *saved;

  load_preset ("question");
  saved = save ();
  for (gsize f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      GtkEditable *field = rs_network_editor_get_field (settings (), fields[f].which, 2);
      const char *message;

      for (gsize i = 0; i < G_N_ELEMENTS (not_numbers); i++)
        {
          enter (field, not_numbers[i]);
          assert_unchanged (saved);
          g_assert_nonnull (field_message (field));
        }
      enter (field, fields[f].bad_range);
      assert_unchanged (saved);
      message = field_message (field);
      g_test_message ("%s = %s: %s", fields[f].which, fields[f].bad_range, message);
      g_assert_nonnull (strstr (message, fields[f].bad_range));
    }
  g_assert_cmpstr (field_message (rs_network_editor_get_field (settings (), "size", 2)), ==,
                   "2.5 is not a whole number");

  for (int i = 1; i <= 2; i++)
    {
      GtkEditable *field = rs_example_editor_get_field (examples (), "x", i);

      for (gsize k = 0; k < G_N_ELEMENTS (not_numbers); k++)
        {
          enter (field, not_numbers[k]);
          assert_unchanged (saved);
        }
      g_assert_cmpstr (field_message (field), ==, "Type a number");
    }
  enter (rs_example_editor_get_field (examples (), "y", 1), "abc");
  g_assert_cmpstr (field_message (rs_example_editor_get_field (examples (), "y", 1)), ==,
                   "“abc” is not a number");
  assert_unchanged (saved);

  /* A good value afterwards clears the message. */
  enter (rs_network_editor_get_field (settings (), "size", 2), "4");
  g_assert_cmpint (model ()->net->units[2], ==, 4);
  g_assert_false (gtk_widget_has_css_class (
    GTK_WIDGET (rs_network_editor_get_field (settings (), "size", 2)), "error"));
  rs_model_free (saved);
}

/* The pages follow the document: a step, a new model; but not over what is being typed. */
static void
test_follow_document (void)
{
  GtkEditable *x1, *seed;

  load_preset ("xor");
  rs_window_show_side_page (window, "data");
  wt_iterate (50);
  x1 = rs_example_editor_get_field (examples (), "x", 1);
  gtk_widget_grab_focus (GTK_WIDGET (x1));
  wt_iterate (20);
  g_assert_true (gtk_widget_get_state_flags (GTK_WIDGET (x1)) & GTK_STATE_FLAG_FOCUS_WITHIN);
  /* An edit applied with Enter leaves the focus in the field, ready for the next value. */
  enter (x1, "0.3");
  g_assert_cmpfloat (rs_data_x (model ()->data, 0)[0], ==, 0.3);
  g_assert_true (gtk_widget_get_state_flags (GTK_WIDGET (x1)) & GTK_STATE_FLAG_FOCUS_WITHIN);
  gtk_editable_set_text (x1, "0.7");
  rs_document_step (document ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.example-next", NULL));
  wt_iterate (20);
  g_assert_cmpstr (gtk_editable_get_text (x1), ==, "0.7");
  /* Leaving the field applies what it holds, to the example it shows. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  wt_iterate (20);
  g_assert_cmpfloat (rs_data_x (model ()->data, 1)[0], ==, 0.7);
  g_assert_null (rs_field_get_message (x1));
  /* Away from the field, the document's values come in. */
  rs_document_set_example (document (), 2);
  wt_iterate (20);
  g_assert_cmpstr (gtk_editable_get_text (x1), ==, "1");

  /* A preset loaded replaces the settings shown. */
  rs_window_show_side_page (window, "network");
  seed = rs_network_editor_get_field (settings (), "seed", 0);
  enter (seed, "11");
  g_assert_cmpstr (gtk_editable_get_text (seed), ==, "11");
  load_preset ("xor");
  g_assert_cmpstr (gtk_editable_get_text (seed), !=, "11");
  g_assert_cmpint (model ()->net->units[2], ==, 4);
  g_assert_cmpstr (gtk_editable_get_text (rs_network_editor_get_field (settings (), "size", 2)),
                   ==, "4");
}

int
main (int argc, char **argv)
{
  g_autoptr (RsApplication) app = NULL;
  int status;

  if (!wt_init (&argc, &argv))
    return 77;
  window = wt_open_window (&app, 0);

  g_test_add_func ("/editors/edit-example", test_edit_example);
  g_test_add_func ("/editors/add-remove-example", test_add_remove_example);
  g_test_add_func ("/editors/switch-example", test_switch_example);
  g_test_add_func ("/editors/many-examples", test_many_examples);
  g_test_add_func ("/editors/activation-and-prime", test_activation_and_prime);
  g_test_add_func ("/editors/resize-and-rebuild", test_resize_and_rebuild);
  g_test_add_func ("/editors/refusals", test_refusals);
  g_test_add_func ("/editors/follow-document", test_follow_document);

  status = g_test_run ();
  wt_close_window (window);
  return status;
}
