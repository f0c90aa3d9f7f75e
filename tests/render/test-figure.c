/* test-figure.c — writing figures: PNG, SVG and PDF by extension, the right size, nothing
 * left behind on failure. */
#include <glib/gstdio.h>
#include <string.h>

#include "render-test-util.h"
#include "render/rs-render.h"

typedef struct
{
  RsNetwork *net;
  RsData *data;
  RsDiagramValues *values;
  RsDiagramState state;
  RsFigure figure;
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer user_data)
{
  f->net = rt_question_network (&f->data);
  f->values = rs_diagram_values_new (f->net, f->data, 0);
  rs_diagram_state_init (&f->state, f->net);
  rs_diagram_values_apply (f->values, &f->state);
  rs_figure_init (&f->figure, &f->state);
  f->figure.title = "The question's network";
  f->dir = g_dir_make_tmp ("rs-figure-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
}

static void
fixture_tear_down (Fixture *f, gconstpointer user_data)
{
  g_autoptr (GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  rs_diagram_values_free (f->values);
  rs_network_free (f->net);
  rs_data_free (f->data);
}

static char *
read_file (const char *path, gsize *length)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

static void
test_png (Fixture *f, gconstpointer user_data)
{
  g_autofree char *path = g_build_filename (f->dir, "q.PNG", NULL);
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface;

  f->figure.width = 640;
  f->figure.height = 420;
  g_assert_true (rs_figure_write (&f->figure, path, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 420);
  cairo_surface_destroy (surface);
}

static void
test_svg_pdf (Fixture *f, gconstpointer user_data)
{
  g_autofree char *svg = g_build_filename (f->dir, "q.svg", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "q.pdf", NULL);
  g_autofree char *svg_text = NULL, *pdf_text = NULL;
  gsize length;

  f->state.colouring = RS_COLOURING_GRADIENTS;
  g_assert_true (rs_figure_write (&f->figure, svg, NULL));
  svg_text = read_file (svg, &length);
  g_assert_true (g_str_has_prefix (svg_text, "<?xml"));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  g_assert_nonnull (strstr (svg_text, "width=\"1400"));

  g_assert_true (rs_figure_write (&f->figure, pdf, NULL));
  pdf_text = read_file (pdf, &length);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (pdf_text, "%PDF-", 5) == 0);
}

static void
test_refusals (Fixture *f, gconstpointer user_data)
{
  g_autofree char *gif = g_build_filename (f->dir, "q.gif", NULL);
  g_autofree char *bare = g_build_filename (f->dir, "q", NULL);
  g_autofree char *png = g_build_filename (f->dir, "q.png", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no", "such", "q.png", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_false (rs_figure_write (&f->figure, gif, &error));
  g_assert_error (error, RS_RENDER_ERROR, RS_RENDER_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, ".png, .svg or .pdf"));
  g_clear_error (&error);
  g_assert_false (rs_figure_write (&f->figure, bare, &error));
  g_assert_error (error, RS_RENDER_ERROR, RS_RENDER_ERROR_FORMAT);
  g_clear_error (&error);

  f->figure.width = 10;
  g_assert_false (rs_figure_write (&f->figure, png, &error));
  g_assert_error (error, RS_RENDER_ERROR, RS_RENDER_ERROR_SIZE);
  g_clear_error (&error);
  f->figure.width = 800;

  g_assert_false (rs_figure_write (&f->figure, missing, &error));
  g_assert_error (error, RS_RENDER_ERROR, RS_RENDER_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "does not exist"));

  /* Nothing was left behind by the refusals, not even a temporary file. */
  {
    g_autoptr (GDir) dir = g_dir_open (f->dir, 0, NULL);

    g_assert_null (g_dir_read_name (dir));
  }
}

static void
test_replaces_whole (Fixture *f, gconstpointer user_data)
{
  /* Writing over an existing file replaces it at once (the new file is complete). */
  g_autofree char *path = g_build_filename (f->dir, "q.png", NULL);
  cairo_surface_t *surface;

  g_assert_true (g_file_set_contents (path, "not a picture", -1, NULL));
  g_assert_true (rs_figure_write (&f->figure, path, NULL));
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* Any drawing, not only the figure: a known colour comes back in the pixels. */
static void
draw_orange (cairo_t *cr, gconstpointer data)
{
  cairo_set_source_rgb (cr, 1.0, 0.5, 0.0);
  cairo_paint (cr);
}

static void
test_any_picture (Fixture *f, gconstpointer user_data)
{
  g_autofree char *png = g_build_filename (f->dir, "plain.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "plain.svg", NULL);
  g_autofree char *svg_text = NULL;
  g_autoptr (GError) error = NULL;
  cairo_surface_t *surface;
  guint32 pixel;
  gsize length;

  g_assert_true (rs_render_write_picture (png, 100, 70, draw_orange, NULL, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 100);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 70);
  pixel = *(guint32 *) (gpointer) (cairo_image_surface_get_data (surface)
                                   + 35 * cairo_image_surface_get_stride (surface) + 50 * 4);
  g_assert_cmphex (pixel & 0xffffff, ==, 0xff8000);
  cairo_surface_destroy (surface);

  g_assert_true (rs_render_write_picture (svg, 100, 70, draw_orange, NULL, &error));
  svg_text = read_file (svg, &length);
  g_assert_nonnull (strstr (svg_text, "width=\"100"));

  /* The same refusals as the figure's. */
  g_assert_false (rs_render_write_picture (png, 100, RS_FIGURE_MAX_SIZE + 1, draw_orange, NULL,
                                           &error));
  g_assert_error (error, RS_RENDER_ERROR, RS_RENDER_ERROR_SIZE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/render/figure/png", test_png);
  ADD ("/render/figure/svg-pdf", test_svg_pdf);
  ADD ("/render/figure/refusals", test_refusals);
  ADD ("/render/figure/replaces-whole", test_replaces_whole);
  ADD ("/render/figure/any-picture", test_any_picture);
#undef ADD
  return g_test_run ();
}
