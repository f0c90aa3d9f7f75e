/* test-desktop.c — what ties ReluScope to the desktop, under a real (virtual) display: settings
 * remembered from one window to the next, running without the schema, light and dark, the
 * shortcuts window, the About dialog and what screen readers are told.
 *
 * Run under xvfb-run with GSETTINGS_BACKEND=memory (see tests/app/meson.build), twice:
 *   -p /desktop    with GSETTINGS_SCHEMA_DIR at the schema compiled into the build tree;
 *   -p /no-schema  without it, where the app must run and remember nothing. */
#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <unistd.h>

#include "format/rs-format.h"
#include "rs-application.h"
#include "rs-loss-view.h"
#include "rs-network-view.h"
#include "io/rs-presets.h"
#include "rs-settings.h"
#include "rs-side-split.h"
#include "rs-style.h"
#include "rs-window.h"
#include "window-test-util.h"

static RsApplication *app;

static GtkWidget *
find (RsWindow *window, GType type)
{
  GtkWidget *found = wt_find_widget (GTK_WIDGET (window), type, NULL);

  g_assert_nonnull (found);
  return found;
}

/* The toplevel of `type` that is shown, or NULL. */
static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type)
          && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }
  return NULL;
}

static RsWindow *
open_window (void)
{
  RsWindow *window = rs_window_new (GTK_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  wt_iterate (100);
  return window;
}

static void
close_window (RsWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  wt_iterate (50);
}

static gboolean
prefers_dark (void)
{
  gboolean dark;

  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark;
}

static void
activate_app (const char *action, GVariant *parameter)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), action, parameter);
  wt_iterate (50);
}

/* Every test starts from the defaults. */
static void
reset_settings (void)
{
  g_autoptr (GSettings) settings = rs_settings_new ();
  g_autoptr (GSettingsSchema) schema = NULL;
  g_auto (GStrv) keys = NULL;

  g_assert_nonnull (settings);
  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (char **key = keys; *key != NULL; key++)
    g_settings_reset (settings, *key);
}

/* Settings --------------------------------------------------------------------------------- */

/* What one window changes, the next one starts with: α, colouring, panel, bias, speed, size
 * and the preset. */
static void
test_settings_restored (void)
{
  g_autoptr (GSettings) settings = NULL;
  RsWindow *first;
  RsWindow *second;
  RsDocument *document;
  gboolean show_bias;
  RsColouring colouring;
  int width, height;

  reset_settings ();
  first = open_window ();
  document = rs_window_get_document (first);
  g_assert_cmpstr (rs_document_get_preset (document), ==, RS_PRESET_DEFAULT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first), "win.preset", "s", "xor"));
  /* After the preset, which brings its own α. */
  rs_document_set_alpha (document, 0.037);
  g_object_set (first, "colouring", RS_COLOURING_GRADIENTS, "show-bias", FALSE, NULL);
  rs_window_set_show_side_panel (first, FALSE);
  rs_window_set_speed (first, 250.0);
  gtk_window_set_default_size (GTK_WINDOW (first), 1000, 700);

  settings = rs_settings_new ();
  g_assert_nonnull (settings);
  g_assert_cmpfloat (g_settings_get_double (settings, "alpha"), ==, 0.037);
  g_assert_cmpint (g_settings_get_enum (settings, "colouring"), ==, RS_COLOURING_GRADIENTS);
  g_assert_false (g_settings_get_boolean (settings, "show-side-panel"));
  g_assert_false (g_settings_get_boolean (settings, "show-bias"));
  g_assert_cmpfloat (g_settings_get_double (settings, "speed"), ==, 250.0);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  close_window (first);

  second = open_window ();
  document = rs_window_get_document (second);
  g_assert_cmpstr (rs_document_get_preset (document), ==, "xor");
  g_assert_cmpfloat (rs_document_get_alpha (document), ==, 0.037);
  g_assert_cmpint (rs_document_get_colouring (document), ==, RS_COLOURING_GRADIENTS);
  g_object_get (second, "colouring", &colouring, "show-bias", &show_bias, NULL);
  g_assert_cmpint (colouring, ==, RS_COLOURING_GRADIENTS);
  g_assert_false (show_bias);
  g_assert_false (rs_network_view_get_show_bias (RS_NETWORK_VIEW (find (second,
                                                                        RS_TYPE_NETWORK_VIEW))));
  g_assert_false (rs_window_get_show_side_panel (second));
  g_assert_cmpfloat (rs_window_get_speed (second), ==, 250.0);
  gtk_window_get_default_size (GTK_WINDOW (second), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
  close_window (second);
}

/* Two windows side by side each keep their own state: a change in one is saved, but does not
 * reach into the other. */
static void
test_settings_windows_independent (void)
{
  RsWindow *first;
  RsWindow *second;

  reset_settings ();
  first = open_window ();
  second = open_window ();
  rs_document_set_alpha (rs_window_get_document (first), 0.5);
  rs_window_set_show_side_panel (first, FALSE);
  wt_iterate (50);
  g_assert_cmpfloat (rs_document_get_alpha (rs_window_get_document (second)), ==, 0.1);
  g_assert_true (rs_window_get_show_side_panel (second));
  close_window (first);
  close_window (second);
}

/* The side panel keeps the width the user drags it to: the diagram takes a change of the
 * window's width, and the next window opens with the same panel. */
static void
test_settings_side_panel_width (void)
{
  g_autoptr (GSettings) settings = NULL;
  RsWindow *first;
  RsWindow *second;
  GtkWidget *split;
  GtkWidget *panel;
  GtkWidget *diagram;
  int diagram_before;

  reset_settings ();
  first = open_window ();
  split = find (first, RS_TYPE_SIDE_SPLIT);
  panel = gtk_paned_get_end_child (GTK_PANED (gtk_widget_get_first_child (split)));
  diagram = find (first, RS_TYPE_NETWORK_VIEW);
  g_assert_cmpint (rs_side_split_get_end_width (RS_SIDE_SPLIT (split)), ==, -1);

  /* What a drag of the handle does: the paned's position moves outside allocation. */
  gtk_paned_set_position (GTK_PANED (gtk_widget_get_first_child (split)),
                          gtk_widget_get_width (split) - 520);
  wt_iterate (100);
  g_assert_cmpint (rs_side_split_get_end_width (RS_SIDE_SPLIT (split)), ==, 520);
  g_assert_cmpint (gtk_widget_get_width (panel), >=, 510);
  g_assert_cmpint (gtk_widget_get_width (panel), <=, 520);
  settings = rs_settings_new ();
  g_assert_cmpint (g_settings_get_int (settings, "side-panel-width"), ==, 520);

  /* Hiding and showing the panel brings it back at its width. */
  rs_window_set_show_side_panel (first, FALSE);
  wt_iterate (50);
  rs_window_set_show_side_panel (first, TRUE);
  wt_iterate (100);
  g_assert_cmpint (rs_side_split_get_end_width (RS_SIDE_SPLIT (split)), ==, 520);
  g_assert_cmpint (gtk_widget_get_width (panel), >=, 510);
  g_assert_cmpint (gtk_widget_get_width (panel), <=, 520);

  /* Narrower than the panel's minimum: clamped on screen, the wish is kept. */
  diagram_before = gtk_widget_get_width (diagram);
  rs_side_split_set_end_width (RS_SIDE_SPLIT (split), 40);
  wt_iterate (100);
  g_assert_cmpint (gtk_widget_get_width (panel), >, 300);
  g_assert_cmpint (gtk_widget_get_width (diagram), >, diagram_before);
  g_assert_cmpint (rs_side_split_get_end_width (RS_SIDE_SPLIT (split)), ==, 40);
  rs_side_split_set_end_width (RS_SIDE_SPLIT (split), 520);
  close_window (first);

  second = open_window ();
  split = find (second, RS_TYPE_SIDE_SPLIT);
  panel = gtk_paned_get_end_child (GTK_PANED (gtk_widget_get_first_child (split)));
  g_assert_cmpint (rs_side_split_get_end_width (RS_SIDE_SPLIT (split)), ==, 520);
  g_assert_cmpint (gtk_widget_get_width (panel), >=, 510);
  g_assert_cmpint (gtk_widget_get_width (panel), <=, 520);
  close_window (second);
}

/* Ctrl+plus / Ctrl+minus / Ctrl+0 scale the diagram's text in quarter steps within the
 * limits, and the next window starts with the size. */
static void
test_text_size (void)
{
  g_autoptr (GSettings) settings = NULL;
  RsWindow *first;
  RsWindow *second;
  RsNetworkView *view;
  double normal_font;
  double loss_scale;
  const RsDiagramLayout *layout;
  RsDiagramLayout plain;

  reset_settings ();
  first = open_window ();
  view = RS_NETWORK_VIEW (find (first, RS_TYPE_NETWORK_VIEW));
  g_assert_cmpfloat (rs_network_view_get_text_scale (view), ==, 1.0);
  normal_font = rs_network_view_get_layout (view)->font_size;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first), "win.text-larger", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first), "win.text-larger", NULL));
  wt_iterate (50);
  g_assert_cmpfloat (rs_network_view_get_text_scale (view), ==, 1.5);
  /* The legend and the plot grow too, so the diagram's area shrinks: compare on that area. */
  layout = rs_network_view_get_layout (view);
  g_assert_cmpfloat (layout->text_scale, ==, 1.5);
  rs_diagram_layout_compute (&plain, rs_document_get_model (rs_window_get_document (first))->net,
                             &layout->area, TRUE);
  g_assert_cmpfloat_with_epsilon (layout->font_size, 1.5 * plain.font_size, 1e-9);
  g_assert_cmpfloat (layout->font_size, >, normal_font);
  g_object_get (find (first, RS_TYPE_LOSS_VIEW), "text-scale", &loss_scale, NULL);
  g_assert_cmpfloat (loss_scale, ==, 1.5);
  settings = rs_settings_new ();
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 1.5);

  for (int i = 0; i < 20; i++)
    gtk_widget_activate_action (GTK_WIDGET (first), "win.text-larger", NULL);
  g_assert_cmpfloat (rs_network_view_get_text_scale (view), ==, RS_TEXT_SCALE_MAX);
  close_window (first);

  second = open_window ();
  view = RS_NETWORK_VIEW (find (second, RS_TYPE_NETWORK_VIEW));
  g_assert_cmpfloat (rs_network_view_get_text_scale (view), ==, RS_TEXT_SCALE_MAX);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.text-normal", NULL));
  g_assert_cmpfloat (rs_network_view_get_text_scale (view), ==, 1.0);
  for (int i = 0; i < 20; i++)
    gtk_widget_activate_action (GTK_WIDGET (second), "win.text-smaller", NULL);
  g_assert_cmpfloat (rs_network_view_get_text_scale (view), ==, RS_TEXT_SCALE_MIN);
  close_window (second);
}

/* A file is reopened while it loads; once gone, the default preset shows, without a dialog. */
static void
test_settings_last_file (void)
{
  g_autofree char *source = g_build_filename (g_getenv ("RS_SOURCE_DIR"), "resources", "presets",
                                              "xor.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GSettings) settings = rs_settings_new ();
  RsWindow *window;
  int fd;

  reset_settings ();
  g_assert_true (g_file_get_contents (source, &contents, NULL, &error));
  g_assert_no_error (error);
  fd = g_file_open_tmp ("reluscope-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  file = g_file_new_for_path (path);

  window = open_window ();
  rs_window_open_file (window, file);
  wt_iterate (50);
  g_assert_true (g_file_equal (rs_document_get_file (rs_window_get_document (window)), file));
  rs_document_set_alpha (rs_window_get_document (window), 0.25);
  close_window (window);

  window = open_window ();
  g_assert_nonnull (rs_document_get_file (rs_window_get_document (window)));
  g_assert_true (g_file_equal (rs_document_get_file (rs_window_get_document (window)), file));
  g_assert_cmpfloat (rs_document_get_alpha (rs_window_get_document (window)), ==, 0.25);
  close_window (window);

  g_assert_cmpint (g_unlink (path), ==, 0);
  window = open_window ();
  g_assert_null (rs_document_get_file (rs_window_get_document (window)));
  g_assert_cmpstr (rs_document_get_preset (rs_window_get_document (window)), ==,
                   RS_PRESET_DEFAULT);
  g_assert_null (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  /* The preset shown now is what the next start reopens. */
  g_assert_cmpstr (g_settings_get_string (settings, "last-file"), ==, "");
  close_window (window);
}

/* Light and dark ----------------------------------------------------------------------------- */

static void
test_colour_scheme (void)
{
  RsColourScheme *scheme = rs_application_get_colour_scheme (app);
  g_autoptr (GSettings) settings = rs_settings_new ();
  RsWindow *window;
  GtkWidget *view;

  reset_settings ();
  window = open_window ();
  view = find (window, RS_TYPE_NETWORK_VIEW);

  activate_app ("colour-scheme", g_variant_new_string ("dark"));
  g_assert_true (prefers_dark ());
  g_assert_true (rs_colour_scheme_get_dark (scheme));
  g_assert_true (rs_style_is_dark (view));
  g_assert_cmpint (g_settings_get_enum (settings, "colour-scheme"), ==, RS_COLOUR_SCHEME_DARK);

  activate_app ("colour-scheme", g_variant_new_string ("light"));
  g_assert_false (prefers_dark ());
  g_assert_false (rs_style_is_dark (view));

  /* Following the system: its changes arrive as they happen. */
  activate_app ("colour-scheme", g_variant_new_string ("follow"));
  rs_colour_scheme_set_system (scheme, RS_SYSTEM_SCHEME_DARK);
  wt_iterate (50);
  g_assert_true (prefers_dark ());
  g_assert_true (rs_style_is_dark (view));
  rs_colour_scheme_set_system (scheme, RS_SYSTEM_SCHEME_LIGHT);
  wt_iterate (50);
  g_assert_false (prefers_dark ());

  /* A choice made elsewhere (another instance, dconf) applies here too. */
  g_settings_set_enum (settings, "colour-scheme", RS_COLOUR_SCHEME_DARK);
  wt_iterate (50);
  g_assert_true (prefers_dark ());
  g_assert_cmpstr (g_variant_get_string (g_action_group_get_action_state (G_ACTION_GROUP (app),
                                                                          "colour-scheme"),
                                         NULL),
                   ==, "dark");

  g_settings_reset (settings, "colour-scheme");
  rs_colour_scheme_set_system (scheme, RS_SYSTEM_SCHEME_UNKNOWN);
  wt_iterate (50);
  g_assert_false (prefers_dark ());
  close_window (window);
}

/* Shortcuts window and About ----------------------------------------------------------------- */

/* Every key of the shared plan, as the shortcuts window should list it. */
static const char *const planned_keys[] = {
  "space", "Right", "Left", "p", "c", "b", "a", "bracketleft", "bracketright",
  "<Control>r", "<Control>n", "<Control>w", "<Control>q", "F10", "F9", "<Control>question",
  "<Control>z", "<Control><Shift>z", "<Control>o", "<Control>s", "<Control><Shift>s",
  "<Control><Shift>o", "<Control>e", "w", "F2", "Return", "Escape", "F11",
};

static gboolean
listed (GPtrArray *accelerators, const char *accelerator)
{
  guint key, listed_key;
  GdkModifierType mods, listed_mods;

  g_assert_true (gtk_accelerator_parse (accelerator, &key, &mods));
  for (guint i = 0; i < accelerators->len; i++)
    {
      g_assert_true (gtk_accelerator_parse (accelerators->pdata[i], &listed_key, &listed_mods));
      if (key == listed_key && mods == listed_mods)
        return TRUE;
    }
  return FALSE;
}

static void
test_shortcuts_window (void)
{
  g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource (
    "/io/github/reluscope/ReluScope/gtk/help-overlay.ui");
  g_autoptr (GSList) objects = gtk_builder_get_objects (builder);
  g_autoptr (GPtrArray) accelerators = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  RsWindow *window;
  GtkWindow *shortcuts;

  for (GSList *o = objects; o != NULL; o = o->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (o->data))
      {
        g_autofree char *accelerator = NULL;
        g_auto (GStrv) alternatives = NULL;

        g_object_get (o->data, "accelerator", &accelerator, NULL);
        alternatives = g_strsplit (accelerator, " ", -1);
        for (char **a = alternatives; *a != NULL; a++)
          g_ptr_array_add (accelerators, g_strdup (*a));
      }
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));

  for (gsize i = 0; i < G_N_ELEMENTS (planned_keys); i++)
    if (!listed (accelerators, planned_keys[i]))
      g_error ("The shortcuts window does not list %s", planned_keys[i]);
  /* And whatever accelerator the application carries, planned or added later. */
  for (char **action = actions; *action != NULL; action++)
    {
      g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                     *action);

      for (char **accel = accels; *accel != NULL; accel++)
        if (!listed (accelerators, *accel))
          g_error ("The shortcuts window does not list %s (%s)", *accel, *action);
    }

  /* Ctrl+? opens it. */
  window = open_window ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  wt_iterate (100);
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  gtk_window_close (shortcuts);
  close_window (window);
}

static void
test_about (void)
{
  RsWindow *window = open_window ();
  GtkAboutDialog *about;

  activate_app ("about", NULL);
  about = GTK_ABOUT_DIALOG (find_toplevel (GTK_TYPE_ABOUT_DIALOG));
  g_assert_nonnull (about);
  g_assert_cmpstr (gtk_about_dialog_get_program_name (about), ==, "ReluScope");
  g_assert_cmpstr (gtk_about_dialog_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (gtk_about_dialog_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (gtk_about_dialog_get_website (about), ==,
                   "https://github.com/reluscope/reluscope");
  g_assert_cmpstr (gtk_about_dialog_get_logo_icon_name (about), ==, RS_APPLICATION_ID);
  /* The logo comes from the app's own resources, installed or not. */
  g_assert_true (gtk_icon_theme_has_icon (
    gtk_icon_theme_get_for_display (gdk_display_get_default ()), RS_APPLICATION_ID));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (about));
  close_window (window);
}

/* Screen readers ------------------------------------------------------------------------------ */

static void
assert_label (GtkWidget *widget, const char *expected)
{
  g_autofree char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                              expected);

  if (error != NULL)
    g_error ("%s: %s", G_OBJECT_TYPE_NAME (widget), error);
}

static void
test_accessible_summaries (void)
{
  RsWindow *window = open_window ();
  RsDocument *document = rs_window_get_document (window);
  GtkWidget *view = find (window, RS_TYPE_NETWORK_VIEW);
  GtkWidget *loss = find (window, RS_TYPE_LOSS_VIEW);
  g_autofree char *after_step = NULL;
  g_autofree char *loss_after_step = NULL;
  g_autofree char *cost = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.preset", "s",
                                             "question"));
  rs_document_set_alpha (document, 0.1);
  /* The question's network: J = ½((0.285 − 1)² + (0.005 − 0)²) = 0.2556, unit 3 dead. */
  assert_label (view, "Network 2-3-2, J = 0.256, 1 of 3 hidden units dead");
  assert_label (loss, "Loss J = 0.256 at step 0");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.step", NULL));
  wt_iterate (20);
  cost = rs_format_number (rs_document_get_cost (document), 3);
  g_assert_cmpstr (cost, !=, "0.256");
  after_step = g_strdup_printf ("Network 2-3-2, J = %s, 1 of 3 hidden units dead", cost);
  assert_label (view, after_step);
  loss_after_step = g_strdup_printf ("Loss J = %s at step 1, from 0.256 at step 0", cost);
  assert_label (loss, loss_after_step);
  close_window (window);
}

/* Without the schema ------------------------------------------------------------------------- */

/* Run from the build tree with no schema: the window works, the style menu too, and nothing
 * carries over to the next window. */
static void
test_no_schema (void)
{
  RsWindow *window;
  RsDocument *document;
  guint64 steps;

  g_assert_null (rs_settings_new ());
  window = open_window ();
  document = rs_window_get_document (window);
  g_assert_cmpstr (rs_document_get_preset (document), ==, RS_PRESET_DEFAULT);
  steps = rs_document_get_step (document);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.step", NULL));
  g_assert_cmpuint (rs_document_get_step (document), ==, steps + 1);
  rs_document_set_alpha (document, 0.5);
  rs_window_set_show_side_panel (window, FALSE);
  activate_app ("colour-scheme", g_variant_new_string ("dark"));
  g_assert_true (prefers_dark ());
  activate_app ("colour-scheme", g_variant_new_string ("follow"));
  close_window (window);

  window = open_window ();
  g_assert_cmpfloat (rs_document_get_alpha (rs_window_get_document (window)), ==, 0.1);
  g_assert_true (rs_window_get_show_side_panel (window));
  close_window (window);
}

int
main (int argc, char **argv)
{
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

  g_test_add_func ("/desktop/settings-restored", test_settings_restored);
  g_test_add_func ("/desktop/settings-windows-independent", test_settings_windows_independent);
  g_test_add_func ("/desktop/settings-side-panel-width", test_settings_side_panel_width);
  g_test_add_func ("/desktop/text-size", test_text_size);
  g_test_add_func ("/desktop/settings-last-file", test_settings_last_file);
  g_test_add_func ("/desktop/colour-scheme", test_colour_scheme);
  g_test_add_func ("/desktop/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/desktop/about", test_about);
  g_test_add_func ("/desktop/accessible-summaries", test_accessible_summaries);
  g_test_add_func ("/no-schema/window", test_no_schema);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
