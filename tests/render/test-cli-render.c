/* test-cli-render.c — `reluscope-cli render` run as a user runs it: valid PNG, SVG and PDF
 * files of the asked size, and exit status 2 with a message for bad usage or input. */
#include <cairo.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

static char *cli;
static char *question;
static char *dir;

/* Runs the CLI with `args` (NULL-terminated, after "render"); returns the exit status. */
static int
run (char **err, const char *first, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  va_list ap;
  int status;

  g_ptr_array_add (argv, cli);
  g_ptr_array_add (argv, "render");
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, err, &status, &error));
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

static char *
out_path (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

static void
test_png (void)
{
  g_autofree char *path = out_path ("q.png"), *contents = NULL, *err = NULL;
  cairo_surface_t *surface;
  gsize length;

  g_assert_cmpint (run (&err, question, "-o", path, "--size", "900x600", "--colour",
                        "gradients", "--dark", NULL),
                   ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_true (memcmp (contents, "\x89PNG\r\n\x1a\n", 8) == 0);
  surface = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 900);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 600);
  cairo_surface_destroy (surface);
}

static void
test_svg_pdf (void)
{
  g_autofree char *svg = out_path ("q.svg"), *pdf = out_path ("q.pdf");
  g_autofree char *svg_text = NULL, *pdf_text = NULL, *err = NULL;
  gsize length;

  g_assert_cmpint (run (&err, question, "-o", svg, "--no-bias", NULL), ==, 0);
  g_assert_true (g_file_get_contents (svg, &svg_text, &length, NULL));
  g_assert_true (g_str_has_prefix (svg_text, "<?xml"));
  g_assert_nonnull (strstr (svg_text, "<svg"));

  g_assert_cmpint (run (&err, question, "--output", pdf, "--example", "1", "--colour", "change",
                        NULL),
                   ==, 0);
  g_assert_true (g_file_get_contents (pdf, &pdf_text, &length, NULL));
  g_assert_true (g_str_has_prefix (pdf_text, "%PDF-"));
}

/* --text-scale 2 draws larger text: another picture of the same size. */
static void
test_text_scale (void)
{
  g_autofree char *normal = out_path ("normal.png"), *large = out_path ("large.png");
  g_autofree char *normal_png = NULL, *large_png = NULL, *err = NULL;
  gsize normal_length, large_length;

  g_assert_cmpint (run (&err, question, "-o", normal, "--size", "900x600", NULL), ==, 0);
  g_assert_cmpint (run (&err, question, "-o", large, "--size", "900x600", "--text-scale", "2",
                        NULL),
                   ==, 0);
  g_assert_true (g_file_get_contents (normal, &normal_png, &normal_length, NULL));
  g_assert_true (g_file_get_contents (large, &large_png, &large_length, NULL));
  g_assert_true (normal_length != large_length
                 || memcmp (normal_png, large_png, normal_length) != 0);
}

static void
check_usage (const char *what, const char *needle, ...)
{
  g_autofree char *err = NULL;
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  va_list ap;
  int status;

  g_ptr_array_add (argv, cli);
  g_ptr_array_add (argv, "render");
  va_start (ap, needle);
  for (const char *a = va_arg (ap, const char *); a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, &err, &status, &error));
  g_test_message ("%s: %s", what, err);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpint (WEXITSTATUS (status), ==, 2);
  g_assert_nonnull (strstr (err, needle));
}

static void
test_bad_usage (void)
{
  g_autofree char *png = out_path ("bad.png"), *gif = out_path ("bad.gif");
  g_autofree char *missing = g_build_filename (dir, "none", "x.png", NULL);

  check_usage ("no output", "--output", question, NULL);
  check_usage ("format", ".png, .svg or .pdf", question, "-o", gif, NULL);
  check_usage ("colouring", "weights, gradients", question, "-o", png, "--colour", "hue", NULL);
  check_usage ("size", "--size", question, "-o", png, "--size", "big", NULL);
  check_usage ("size range", "--size", question, "-o", png, "--size", "10x10", NULL);
  check_usage ("example", "--example", question, "-o", png, "--example", "2", NULL);
  check_usage ("model", "nothing.json", "nothing.json", "-o", png, NULL);
  check_usage ("folder", "does not exist", question, "-o", missing, NULL);
  check_usage ("no model", "MODEL", "-o", png, NULL);
  check_usage ("text scale", "--text-scale", question, "-o", png, "--text-scale", "0", NULL);
  check_usage ("text scale NaN", "--text-scale", question, "-o", png, "--text-scale", "nan",
               NULL);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

int
main (int argc, char **argv)
{
  const char *build = g_getenv ("RS_BUILD_DIR"), *source = g_getenv ("RS_SOURCE_DIR");
  int result;

  g_test_init (&argc, &argv, NULL);
  if (build == NULL || source == NULL)
    {
      g_test_skip ("RS_BUILD_DIR and RS_SOURCE_DIR are set by meson test");
      return 77;
    }
  cli = g_build_filename (build, "src", "cli", "reluscope-cli", NULL);
  question = g_build_filename (source, "resources", "presets", "question.json", NULL);
  dir = g_dir_make_tmp ("rs-cli-render-XXXXXX", NULL);

  g_test_add_func ("/render/cli/png", test_png);
  g_test_add_func ("/render/cli/svg-pdf", test_svg_pdf);
  g_test_add_func ("/render/cli/text-scale", test_text_scale);
  g_test_add_func ("/render/cli/bad-usage", test_bad_usage);
  result = g_test_run ();

  {
    const char *names[] = { "q.png", "q.svg", "q.pdf" };

    for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = out_path (names[i]);
        g_unlink (path);
      }
    g_rmdir (dir);
  }
  return result;
}
