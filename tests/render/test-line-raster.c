/* test-line-raster.c — the direct line drawing behind the diagram's edges agrees with
 * cairo's strokes: same place under translation, device scale and clip, same ink, and the
 * vector surfaces that cannot take it still get their edges. */
#include <math.h>

#include "render-test-util.h"
#include "render/rs-render.h"

/* Σ over the pixels of (1 − red): how much dark ink there is, in pixels. */
static double
ink (cairo_surface_t *surface, int x0, int y0, int x1, int y1)
{
  double sum = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      sum += 1 - rt_pixel (surface, x, y).r;
  return sum;
}

static cairo_surface_t *
white_surface (int w, int h)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

/* A 1-n network through the diagram: one level edge for n = 1, a fan of slanted ones of
 * several widths (and the bias node's) for n > 1. */
static void
draw_network (cairo_t *cr, const RsRect *area, int n)
{
  int units[2] = { 1, n };
  RsNetwork *net = rs_network_new (2, units);
  RsDiagramLayout layout;
  RsDiagramState state;

  for (int j = 1; j <= n; j++)
    {
      net->params[rs_network_index (net, 2, j, 1)] = j % 2 ? 1.0 / j : -1.0 / j;
      net->params[rs_network_index (net, 2, j, 0)] = 0.3;
    }
  rs_diagram_state_init (&state, net);
  state.show_edge_values = FALSE;
  rs_diagram_layout_compute (&layout, net, area, n > 1);
  rs_diagram_draw (cr, &layout, &state);
  rs_network_free (net);
}

static void
test_matches_cairo_stroke (void)
{
  /* The same lines through the raster (image surface) and through cairo (by drawing on a
   * recording surface, which takes the cairo path, replayed onto an image). */
  RsRect area = { 0, 0, 400, 300 };
  cairo_surface_t *direct = white_surface (400, 300), *replayed = white_surface (400, 300);
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr;
  double a, b;

  cr = cairo_create (direct);
  draw_network (cr, &area, 5);
  cairo_destroy (cr);

  cr = cairo_create (recording);
  draw_network (cr, &area, 5);
  cairo_destroy (cr);
  cr = cairo_create (replayed);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);

  a = ink (direct, 0, 0, 400, 300);
  b = ink (replayed, 0, 0, 400, 300);
  g_test_message ("ink: raster %.1f, cairo %.1f", a, b);
  g_assert_cmpfloat (fabs (a - b), <, 0.04 * b);
  cairo_surface_destroy (recording);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (replayed);
}

static void
test_transform_and_clip (void)
{
  /* A device scale of 2 (a HiDPI widget) and a translation: the edge lands where cairo
   * puts it, and nothing is drawn outside the clip. */
  RsRect area = { 0, 0, 200, 150 };
  cairo_surface_t *surface = white_surface (500, 400);
  cairo_t *cr;

  cairo_surface_set_device_scale (surface, 2, 2);
  cr = cairo_create (surface);
  cairo_translate (cr, 20, 30);
  cairo_rectangle (cr, 0, 0, 100, 150); /* the left half of the area */
  cairo_clip (cr);
  draw_network (cr, &area, 1);
  cairo_destroy (cr);

  /* Inside the clip, in device pixels (×2, shifted by 40, 60): the level edge's row. */
  g_assert_cmpfloat (ink (surface, 40 + 100, 60, 40 + 160, 60 + 300), >, 50);
  /* Right of the clip (x ≥ 120 user, 240 device): untouched. */
  g_assert_cmpfloat (ink (surface, 242, 0, 500, 400), ==, 0);
  /* Above and left of the translation: untouched. */
  g_assert_cmpfloat (ink (surface, 0, 0, 500, 58), ==, 0);
  g_assert_cmpfloat (ink (surface, 0, 0, 38, 400), ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_vector_surfaces (void)
{
  /* SVG and PDF have no pixels to write: the edges are stroked as paths there. */
  RsRect area = { 0, 0, 300, 200 };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double x, y, w, h;

  draw_network (cr, &area, 3);
  cairo_destroy (cr);
  cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
  g_assert_cmpfloat (w, >, 100);
  cairo_surface_destroy (surface);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/raster/matches-cairo", test_matches_cairo_stroke);
  g_test_add_func ("/render/raster/transform-clip", test_transform_and_clip);
  g_test_add_func ("/render/raster/vector-surfaces", test_vector_surfaces);
  return g_test_run ();
}
