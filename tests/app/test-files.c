/* test-files.c — the window's files under a real (virtual) display: save and reopen exactly,
 * the modified mark, refused files that change nothing, the background loader and its
 * cancelling, the unsaved-changes prompt, CSV import and every export format.
 *
 * No file chooser is shown: the tests call what the choosers call. Run under xvfb-run like
 * test-window.c (see tests/app/meson.build). Skipped (77) when there is no display. */
#include <math.h>
#include <string.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "core/rs-derivation.h"
#include "format/rs-format.h"
#include "render/rs-figure.h"
#include "io/rs-model-file.h"
#include "rs-application.h"
#include "rs-export-dialog.h"
#include "rs-export.h"
#include "rs-file-actions.h"
#include "rs-model-loader.h"
#include "rs-window.h"
#include "window-test-util.h"

static RsWindow *window;
static char *tmpdir;

static RsDocument *
document (void)
{
  return rs_window_get_document (window);
}

static RsFileActions *
files (void)
{
  return rs_window_get_file_actions (window);
}

static const RsModel *
model (void)
{
  return rs_document_get_model (document ());
}

static char *
temp_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static GFile *
temp_file (const char *name)
{
  g_autofree char *path = temp_path (name);

  return g_file_new_for_path (path);
}

static void
write_file (const char *name, const char *contents)
{
  g_autofree char *path = temp_path (name);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static void
respond (RsWindow *parent, int response)
{
  GtkWidget *dialog = wt_find_message_dialog (parent);

  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), response);
  g_object_unref (dialog);
}

/* The error dialog's text ("primary\nsecondary"), then the dialog closed. */
static char *
take_error_dialog (void)
{
  GtkWidget *dialog = wt_find_message_dialog (window);
  g_autofree char *primary = NULL, *secondary = NULL;

  g_assert_nonnull (dialog);
  g_object_get (dialog, "text", &primary, "secondary-text", &secondary, NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  return g_strdup_printf ("%s\n%s", primary, secondary);
}

/* A preset, unmodified, whatever the window held. */
static void
load_preset (const char *id)
{
  GtkWidget *prompt;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.preset", "s", id);
  prompt = wt_find_message_dialog (window);
  if (prompt != NULL)
    {
      g_object_unref (prompt);
      respond (window, GTK_RESPONSE_REJECT);
    }
  g_assert_cmpstr (rs_document_get_preset (document ()), ==, id);
  g_assert_false (rs_document_get_modified (document ()));
}

static gboolean
not_loading (gpointer data)
{
  return !rs_file_actions_get_loading (files ());
}

/* Opens through the window (the background loader) and waits for it. */
static void
open_and_wait (GFile *file)
{
  rs_window_open_file (window, file);
  wt_iterate_until (not_loading, NULL);
}

static void
assert_params (const RsNetwork *net, const double *expected, gsize n)
{
  g_assert_cmpuint (net->n_params, ==, n);
  g_assert_cmpmem (net->params, n * sizeof (double), expected, n * sizeof (double));
}

/* Open → steps and α → save → reopen, in a fresh document and in the window: bit-identical. */
static void
test_save_reopen (void)
{
  g_autoptr (GFile) file = temp_file ("saved.json");
  g_autoptr (GError) error = NULL;
  g_autoptr (RsDocument) fresh = rs_document_new ();
  g_autofree double *params = NULL;
  const RsModel *reopened;
  gsize n;

  load_preset ("xor");
  for (int i = 0; i < 5; i++)
    g_assert_true (rs_document_step (document ()));
  /* α = 1/3 has no short decimal form: it must come back bit-identical all the same. */
  rs_document_set_alpha (document (), 1.0 / 3.0);
  g_assert_true (rs_document_step (document ()));
  n = model ()->net->n_params;
  params = g_memdup2 (model ()->net->params, n * sizeof (double));

  g_assert_true (rs_file_actions_save_to (files (), file, &error));
  g_assert_no_error (error);
  g_assert_false (rs_document_get_modified (document ()));
  g_assert_null (rs_document_get_preset (document ()));
  g_assert_true (g_file_equal (rs_document_get_file (document ()), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "saved.json");

  g_assert_true (rs_document_load_file (fresh, file, &error));
  g_assert_no_error (error);
  reopened = rs_document_get_model (fresh);
  assert_params (reopened->net, params, n);
  g_assert_cmpfloat (rs_document_get_alpha (fresh), ==, 1.0 / 3.0);
  g_assert_cmpuint (rs_document_get_step (fresh), ==, 6);
  g_assert_cmpstr (rs_document_get_name (fresh), ==, rs_document_get_name (document ()));
  g_assert_cmpint (reopened->data->n_examples, ==, model ()->data->n_examples);
  g_assert_cmpmem (reopened->data->x, sizeof (double) * reopened->data->n_examples * 2,
                   model ()->data->x, sizeof (double) * model ()->data->n_examples * 2);

  /* And through the window's own loader, after changing the network. */
  g_assert_true (rs_document_step (document ()));
  rs_window_open_file (window, file);
  respond (window, GTK_RESPONSE_REJECT);
  wt_iterate_until (not_loading, NULL);
  assert_params (model ()->net, params, n);
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 6);
  g_assert_cmpfloat (rs_document_get_alpha (document ()), ==, 1.0 / 3.0);
  g_assert_false (rs_document_get_modified (document ()));
}

/* Set by a step, α, undo, reset and an edit; cleared by save and load; shown in the title. */
static void
test_modified (void)
{
  g_autoptr (GFile) file = temp_file ("modified.json");
  g_autoptr (GError) error = NULL;

  load_preset ("question");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   rs_document_get_name (document ()));
  {
    g_autofree char *stem = rs_suggest_file_stem (document ());

    g_assert_cmpstr (stem, ==, "the-question-s-network");
  }
  g_assert_true (rs_document_step (document ()));
  g_assert_true (rs_document_get_modified (document ()));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  g_assert_true (rs_file_actions_save_to (files (), file, &error));
  g_assert_false (rs_document_get_modified (document ()));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "modified.json");

  g_assert_true (rs_document_undo (document ()));
  g_assert_true (rs_document_get_modified (document ()));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• modified.json");
  g_assert_true (rs_file_actions_save_to (files (), file, &error));

  rs_document_set_alpha (document (), 0.25);
  g_assert_true (rs_document_get_modified (document ()));
  g_assert_true (rs_file_actions_save_to (files (), file, &error));
  rs_document_reset (document ());
  g_assert_true (rs_document_get_modified (document ()));

  /* Loading clears it, without a prompt only when there is nothing to lose. */
  rs_window_open_file (window, file);
  respond (window, GTK_RESPONSE_REJECT);
  wt_iterate_until (not_loading, NULL);
  g_assert_false (rs_document_get_modified (document ()));
  g_assert_cmpfloat (rs_document_get_alpha (document ()), ==, 0.25);

  {
    RsModel *edited = rs_model_copy (model ());

    edited->net->params[0] += 1.0;
    g_assert_true (rs_document_edit (document (), edited, "edit", &error));
    g_assert_true (rs_document_get_modified (document ()));
  }

  /* A refused step changes nothing: the preset stays unmodified. */
  load_preset ("question");
  rs_document_set_alpha (document (), 10.0);
  g_assert_true (rs_document_get_modified (document ()));
  load_preset ("question");
  {
    RsModel *edited = rs_model_copy (model ());

    /* α = 10 from the file itself makes the first step diverge on this network. */
    edited->learning_rate = 10.0;
    for (gsize i = 0; i < edited->net->n_params; i++)
      edited->net->params[i] *= 1e150;
    g_assert_true (rs_document_set_model (document (), edited, &error));
  }
  g_assert_false (rs_document_get_modified (document ()));
  g_assert_false (rs_document_step (document ()));
  g_assert_true (rs_document_get_diverged (document ()));
  g_assert_false (rs_document_get_modified (document ()));
  load_preset ("question");
}

/* Files that must be refused: the network stays bit-identical and the dialog names the file
 * and the place. */
static void
test_open_failures (void)
{
  static const struct
  {
    const char *name;
    const char *contents;
    const char *place; /* what the message must say besides the file name */
  } bad[] = {
    { "syntax.json", "{\n  \"format\": \"reluscope-model\",\n  \"version\": 1,,\n}\n",
      "line 3" },
    { "shape.json",
      "{\"format\": \"reluscope-model\", \"version\": 1,\n"
      " \"layers\": [{\"units\": 2}, {\"units\": 1}],\n"
      " \"theta\": [[[0.1, 0.2]]],\n"
      " \"data\": {\"x\": [[1, 2]], \"y\": [[1]]}}\n",
      "theta[0][0]" },
    { "infinite.json",
      "{\"format\": \"reluscope-model\", \"version\": 1,\n"
      " \"layers\": [{\"units\": 2}, {\"units\": 1}],\n"
      " \"theta\": [[[0.1, 1e999, 0.3]]],\n"
      " \"data\": {\"x\": [[1, 2]], \"y\": [[1]]}}\n",
      "theta[0][0][1]" },
  };
  g_autofree double *params = NULL;
  g_autofree char *huge_path = temp_path ("huge.json");
  gsize n;

  load_preset ("question");
  n = model ()->net->n_params;
  params = g_memdup2 (model ()->net->params, n * sizeof (double));

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (GFile) file = temp_file (bad[i].name);
      g_autofree char *message = NULL;

      write_file (bad[i].name, bad[i].contents);
      open_and_wait (file);
      message = take_error_dialog ();
      g_test_message ("%s", message);
      g_assert_nonnull (strstr (message, bad[i].name));
      g_assert_nonnull (strstr (message, bad[i].place));
      assert_params (model ()->net, params, n);
      g_assert_cmpstr (rs_document_get_preset (document ()), ==, "question");
      g_assert_false (rs_document_get_modified (document ()));
    }

  /* Over the limit: refused from its size (a sparse file, nothing is read or stored). */
  {
    g_autoptr (GFile) file = g_file_new_for_path (huge_path);
    g_autofree char *message = NULL;
    int fd = g_open (huge_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpint (ftruncate (fd, (off_t) RS_MODEL_FILE_MAX_BYTES + 1), ==, 0);
    close (fd);
    open_and_wait (file);
    message = take_error_dialog ();
    g_assert_nonnull (strstr (message, "huge.json"));
    g_assert_nonnull (strstr (message, "too large"));
    assert_params (model ()->net, params, n);
    g_unlink (huge_path);
  }
}

/* The loader delivers what rs_model_load() reads; cancelling ends it at once. */
typedef struct
{
  gboolean done;
  RsModel *model;
  GError *error;
} LoadResult;

static void
load_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  LoadResult *load = user_data;

  load->model = rs_model_loader_load_finish (result, &load->error);
  load->done = TRUE;
}

static gboolean
load_done (gpointer data)
{
  return ((LoadResult *) data)->done;
}

static void
test_async_loader (void)
{
  g_autoptr (GFile) file = temp_file ("async.json");
  g_autoptr (GFile) other = temp_file ("async-other.json");
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  LoadResult load = { 0 };
  RsModel *direct;

  load_preset ("xor");
  g_assert_true (rs_file_actions_save_to (files (), file, &error));
  load_preset ("question");
  g_assert_true (rs_file_actions_save_to (files (), other, &error));

  rs_model_loader_load_async (file, NULL, load_done_cb, &load);
  wt_iterate_until (load_done, &load);
  g_assert_no_error (load.error);
  direct = rs_model_load (path, &error);
  g_assert_nonnull (direct);
  assert_params (load.model->net, direct->net->params, direct->net->n_params);
  rs_model_free (direct);
  rs_model_free (load.model);

  load = (LoadResult) { 0 };
  rs_model_loader_load_async (file, cancellable, load_done_cb, &load);
  g_cancellable_cancel (cancellable);
  wt_iterate_until (load_done, &load);
  g_assert_null (load.model);
  g_assert_error (load.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&load.error);

  /* In the window: the spinner shows while loading, Cancel stops it at once and the network
   * stays; the next open wins even if the cancelled read finishes later. */
  rs_window_open_file (window, file);
  g_assert_true (rs_file_actions_get_loading (files ()));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "cancel-loading"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL);
  g_assert_false (rs_file_actions_get_loading (files ()));
  g_assert_true (g_file_equal (rs_document_get_file (document ()), other));
  open_and_wait (other);
  g_assert_true (g_file_equal (rs_document_get_file (document ()), other));
  g_assert_cmpstr (rs_document_get_name (document ()), ==, "The question's network");

  /* Steps taken while the file was read are asked about before it replaces them. */
  rs_window_open_file (window, file);
  g_assert_true (rs_document_step (document ()));
  wt_iterate_until (not_loading, NULL);
  g_assert_true (g_file_equal (rs_document_get_file (document ()), other));
  respond (window, GTK_RESPONSE_CANCEL);
  g_assert_true (g_file_equal (rs_document_get_file (document ()), other));
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 1);
  rs_window_open_file (window, file);
  respond (window, GTK_RESPONSE_REJECT);
  wt_iterate_until (not_loading, NULL);
  g_assert_true (g_file_equal (rs_document_get_file (document ()), file));
}

/* Close, open and presets ask first when there is something to lose; Cancel keeps it all. */
static void
test_prompt (void)
{
  g_autoptr (GFile) file = temp_file ("prompt.json");
  g_autoptr (GError) error = NULL;
  RsWindow *second;
  RsModel *saved;
  g_autofree char *path = g_file_get_path (file);
  guint64 step;

  load_preset ("question");
  g_assert_true (rs_document_step (document ()));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  respond (window, GTK_RESPONSE_CANCEL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (rs_document_get_modified (document ()));

  /* A preset: Cancel keeps the network, Discard loads it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preset", "s", "xor");
  respond (window, GTK_RESPONSE_CANCEL);
  g_assert_cmpstr (rs_document_get_preset (document ()), ==, "question");
  g_assert_cmpuint (rs_document_get_step (document ()), ==, 1);
  load_preset ("xor");

  /* Save with a file: saved, then the preset loads. */
  g_assert_true (rs_file_actions_save_to (files (), file, &error));
  g_assert_true (rs_document_step (document ()));
  step = rs_document_get_step (document ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.preset", "s", "question");
  respond (window, GTK_RESPONSE_ACCEPT);
  g_assert_cmpstr (rs_document_get_preset (document ()), ==, "question");
  saved = rs_model_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->step, ==, step);
  rs_model_free (saved);

  /* Discard on close closes. */
  second = rs_window_new (gtk_window_get_application (GTK_WINDOW (window)));
  g_object_add_weak_pointer (G_OBJECT (second), (gpointer *) &second);
  gtk_window_present (GTK_WINDOW (second));
  g_assert_true (rs_document_step (rs_window_get_document (second)));
  gtk_window_close (GTK_WINDOW (second));
  g_assert_nonnull (second);
  respond (second, GTK_RESPONSE_REJECT);
  g_assert_null (second);

  /* A window closed while it reads a file: the read is dropped with it. */
  second = rs_window_new (gtk_window_get_application (GTK_WINDOW (window)));
  g_object_add_weak_pointer (G_OBJECT (second), (gpointer *) &second);
  gtk_window_present (GTK_WINDOW (second));
  rs_window_open_file (second, file);
  gtk_window_close (GTK_WINDOW (second));
  g_assert_null (second);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
assert_png (const char *path, int width, int height)
{
  g_autofree char *contents = NULL;
  cairo_surface_t *surface;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);
  /* The light palette: the corner is the white background, whatever the desktop style. */
  {
    guint32 corner = *(guint32 *) (gpointer) cairo_image_surface_get_data (surface);

    for (int shift = 0; shift < 24; shift += 8)
      g_assert_cmpuint ((corner >> shift) & 0xff, >=, 0xf0);
  }
  cairo_surface_destroy (surface);
}

static void
assert_svg (const char *path)
{
  static const GMarkupParser parser = { 0 };
  g_autofree char *contents = NULL;
  g_autoptr (GMarkupParseContext) context = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, (gssize) length, &error));
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
}

static void
assert_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 20);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (g_strrstr_len (contents + length - 16, 16, "%%EOF"));
}

static void
test_export (void)
{
  g_autofree char *png = temp_path ("diagram.png");
  g_autofree char *svg = temp_path ("diagram.svg");
  g_autofree char *pdf = temp_path ("diagram.pdf");
  g_autofree char *loss_png = temp_path ("loss.png");
  g_autofree char *loss_svg = temp_path ("loss.svg");
  g_autofree char *csv = temp_path ("loss.csv");
  g_autofree char *txt = temp_path ("derivation.txt");
  g_autofree char *missing = temp_path ("no-such-folder/diagram.png");
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto (GStrv) lines = NULL;
  const guint64 *steps;
  const double *cost;
  const int *dead;
  guint n;

  load_preset ("question");
  for (int i = 0; i < 3; i++)
    g_assert_true (rs_document_step (document ()));
  rs_document_set_colouring (document (), RS_COLOURING_GRADIENTS);

  g_assert_true (rs_export_diagram (document (), png, 640, 400, TRUE, "Title", 1.0, &error));
  g_assert_no_error (error);
  assert_png (png, 640, 400);
  g_assert_true (rs_export_diagram (document (), svg, 800, 500, FALSE, NULL, 2.0, &error));
  assert_svg (svg);
  g_assert_true (rs_export_diagram (document (), pdf, 800, 500, TRUE, "", 1.0, &error));
  assert_pdf (pdf);
  g_assert_true (rs_export_loss_plot (document (), loss_png, 500, 300, &error));
  assert_png (loss_png, 500, 300);
  g_assert_true (rs_export_loss_plot (document (), loss_svg, 500, 300, &error));
  assert_svg (loss_svg);
  g_assert_no_error (error);

  /* A refused size or a missing folder writes nothing and leaves an older file whole. */
  g_assert_false (rs_export_diagram (document (), png, 20, 400, TRUE, NULL, 1.0, &error));
  g_assert_error (error, RS_RENDER_ERROR, RS_RENDER_ERROR_SIZE);
  g_clear_error (&error);
  assert_png (png, 640, 400);
  g_assert_false (rs_export_diagram (document (), missing, 640, 400, TRUE, NULL, 1.0, &error));
  g_assert_nonnull (strstr (error->message, "no-such-folder"));
  g_clear_error (&error);

  /* CSV: a header and one row per point, the numbers exactly. */
  g_assert_true (rs_export_loss_csv (document (), csv, &error));
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  n = rs_document_get_loss_history (document (), &steps, &cost, &dead);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (g_strv_length (lines), ==, n + 2); /* the last line is empty */
  g_assert_cmpstr (lines[0], ==, "step,J,dead_units");
  g_assert_cmpstr (lines[n + 1], ==, "");
  for (guint i = 0; i < n; i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i + 1], ",", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_assert_cmpuint (g_ascii_strtoull (fields[0], NULL, 10), ==, steps[i]);
      g_assert_cmpfloat (g_ascii_strtod (fields[1], NULL), ==, cost[i]);
      g_assert_cmpint (atoi (fields[2]), ==, dead[i]);
    }

  /* The derivation needs a selected weight. */
  {
    RsNetworkView *view = rs_window_get_network_view (window);
    RsDiagramItem edge = { RS_ITEM_EDGE, 2, 3, 1 };
    g_autoptr (RsExportDialog) dialog = NULL;
    RsDerivation *derivation;
    g_autofree char *expected = NULL;
    g_autofree char *written = NULL;

    rs_network_view_set_selection (view, &RS_DIAGRAM_ITEM_NONE);
    g_assert_false (rs_export_derivation (document (), rs_network_view_get_selection (view), txt,
                                          &error));
    g_assert_nonnull (strstr (error->message, "No weight is selected"));
    g_clear_error (&error);
    g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));

    dialog = g_object_ref_sink (rs_export_dialog_new (window));
    rs_export_dialog_set_kind (dialog, RS_EXPORT_DERIVATION);
    g_assert_false (rs_export_dialog_get_can_export (dialog));
    rs_export_dialog_set_kind (dialog, RS_EXPORT_LOSS_CSV);
    g_assert_true (rs_export_dialog_get_can_export (dialog));
    {
      g_autoptr (GFile) via_dialog = temp_file ("via-dialog.csv");
      g_autofree char *path = g_file_get_path (via_dialog);
      g_autofree char *text = NULL;
      g_autofree char *expected_csv = rs_export_loss_csv_text (document ());

      g_assert_true (rs_export_dialog_export_to (dialog, via_dialog, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_cmpstr (text, ==, expected_csv);
    }
    {
      /* The diagram at the window's size by default. */
      g_autoptr (GFile) via_dialog = temp_file ("via-dialog.png");
      g_autofree char *path = g_file_get_path (via_dialog);
      GtkWidget *diagram = GTK_WIDGET (view);

      rs_export_dialog_set_kind (dialog, RS_EXPORT_DIAGRAM);
      g_assert_true (rs_export_dialog_export_to (dialog, via_dialog, &error));
      g_assert_no_error (error);
      assert_png (path, gtk_widget_get_width (diagram), gtk_widget_get_height (diagram));
    }
    gtk_window_destroy (GTK_WINDOW (dialog));

    rs_network_view_set_selection (view, &edge);
    g_assert_true (rs_export_derivation (document (), rs_network_view_get_selection (view), txt,
                                         &error));
    g_assert_no_error (error);
    derivation = rs_derivation_new (model ()->net, model ()->data, 2, 3, 1,
                                    rs_document_get_example (document ()));
    expected = rs_format_derivation (derivation, rs_document_get_alpha (document ()),
                                     RS_TEXT_PLAIN);
    rs_derivation_free (derivation);
    g_assert_true (g_file_get_contents (txt, &written, NULL, NULL));
    g_assert_true (g_str_has_prefix (written, expected));
    g_assert_nonnull (strstr (written, "∂J/∂Θ⁽²⁾₃₁"));
    rs_network_view_set_selection (view, &RS_DIAGRAM_ITEM_NONE);
  }
}

/* CSV data replaces the examples as one undoable edit; a bad line changes nothing. */
static void
test_import_csv (void)
{
  g_autoptr (GFile) good = temp_file ("good.csv");
  g_autoptr (GFile) bad = temp_file ("bad.csv");
  g_autoptr (GFile) wide = temp_file ("wide.csv");
  g_autoptr (GError) error = NULL;
  g_autofree double *x = NULL;
  const RsData *data;

  load_preset ("question"); /* 2 inputs, 2 outputs */
  write_file ("good.csv", "x1,x2,y1,y2\n1,2,3,4\n-0.5,0.25,0,1\n");
  write_file ("bad.csv", "x1,x2,y1,y2\n1,2,3,4\n1,abc,3,4\n");
  write_file ("wide.csv", "1,2,3,4,5\n");

  g_assert_true (rs_file_actions_import_data (files (), good, &error));
  g_assert_no_error (error);
  data = model ()->data;
  g_assert_cmpint (data->n_examples, ==, 2);
  g_assert_cmpfloat (data->x[2], ==, -0.5);
  g_assert_cmpfloat (data->y[3], ==, 1.0);
  /* Through rs_document_edit(): the edit's undo (the document's) covers it. */
  g_assert_true (rs_document_get_modified (document ()));

  x = g_memdup2 (data->x, sizeof (double) * 4);
  g_assert_false (rs_file_actions_import_data (files (), bad, &error));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "bad.csv"));
  g_assert_nonnull (strstr (error->message, "line 3"));
  g_assert_nonnull (strstr (error->message, "column 2"));
  g_clear_error (&error);
  g_assert_cmpint (model ()->data->n_examples, ==, 2);
  g_assert_cmpmem (model ()->data->x, sizeof (double) * 4, x, sizeof (double) * 4);

  g_assert_false (rs_file_actions_import_data (files (), wide, &error));
  g_assert_nonnull (strstr (error->message, "wide.csv"));
  g_clear_error (&error);
  g_assert_cmpint (model ()->data->n_examples, ==, 2);
  load_preset ("question");
}

/* A file given on the command line goes into the window that shows only its first preset. */
static void
test_command_line (void)
{
  g_autoptr (GFile) file = temp_file ("command-line.json");
  g_autoptr (GError) error = NULL;
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  guint n_windows;

  load_preset ("xor");
  g_assert_true (rs_file_actions_save_to (files (), file, &error));
  load_preset ("question");
  gtk_window_present (GTK_WINDOW (window));
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_application_open (app, &file, 1, "");
  wt_iterate_until (not_loading, NULL);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==,
                    n_windows);
  g_assert_true (g_file_equal (rs_document_get_file (document ()), file));
}

/* Drops `file` on the window as a file manager would (a GdkFileList). */
static gboolean
drop (GFile *file)
{
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  GSList *list = g_slist_prepend (NULL, file);
  gboolean accepted = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      GObject *controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
      g_object_unref (controller);
    }
  g_object_unref (controllers);
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (list);
  return accepted;
}

/* A dropped model opens; dropped CSV data goes into the network shown. */
static void
test_drop (void)
{
  g_autoptr (GFile) model_file = temp_file ("dropped.json");
  g_autoptr (GFile) csv = temp_file ("dropped.csv");
  g_autoptr (GError) error = NULL;

  load_preset ("xor");
  g_assert_true (rs_file_actions_save_to (files (), model_file, &error));
  load_preset ("question");
  write_file ("dropped.csv", "0.5,0.25,1,0\n");

  g_assert_true (drop (model_file));
  wt_iterate_until (not_loading, NULL);
  g_assert_true (g_file_equal (rs_document_get_file (document ()), model_file));
  g_assert_cmpint (model ()->net->units[1], ==, 2);

  load_preset ("question");
  g_assert_true (drop (csv));
  g_assert_cmpint (model ()->data->n_examples, ==, 1);
  g_assert_cmpfloat (model ()->data->x[1], ==, 0.25);
  g_assert_true (rs_document_get_modified (document ()));
  load_preset ("question");
}

int
main (int argc, char **argv)
{
  g_autoptr (RsApplication) app = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  if (!wt_init (&argc, &argv))
    return 77;

  tmpdir = g_dir_make_tmp ("reluscope-files-XXXXXX", &error);
  g_assert_no_error (error);
  window = wt_open_window (&app, G_APPLICATION_HANDLES_OPEN);

  g_test_add_func ("/files/save-reopen", test_save_reopen);
  g_test_add_func ("/files/modified", test_modified);
  g_test_add_func ("/files/open-failures", test_open_failures);
  g_test_add_func ("/files/async-loader", test_async_loader);
  g_test_add_func ("/files/prompt", test_prompt);
  g_test_add_func ("/files/export", test_export);
  g_test_add_func ("/files/import-csv", test_import_csv);
  g_test_add_func ("/files/command-line", test_command_line);
  g_test_add_func ("/files/drop", test_drop);

  status = g_test_run ();
  load_preset ("question");
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  {
    g_autoptr (GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = temp_path (name);

        g_unlink (path);
      }
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);
  return status;
}
