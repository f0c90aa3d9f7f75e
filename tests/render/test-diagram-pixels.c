/* test-diagram-pixels.c — the question's network drawn on an image surface, checked by its
 * pixels: the dead unit's fill, the hues of the two weight signs, the exact-zero gradient
 * style and the legend. */
#include <math.h>

#include "render-test-util.h"
#include "render/rs-render.h"

#define WIDTH 1400
#define HEIGHT 900

typedef struct
{
  RsNetwork *net;
  RsData *data;
  RsDiagramValues *values;
  RsDiagramState state;
  RsDiagramLayout layout;
  cairo_surface_t *surface;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer user_data)
{
  RsRect area = { 0, 0, WIDTH, HEIGHT };

  f->net = rt_question_network (&f->data);
  f->values = rs_diagram_values_new (f->net, f->data, 0);
  g_assert_nonnull (f->values);
  rs_diagram_state_init (&f->state, f->net);
  rs_diagram_values_apply (f->values, &f->state);
  /* Values on the edges would sit on the very pixels sampled below. */
  f->state.show_edge_values = FALSE;
  rs_diagram_layout_compute (&f->layout, f->net, &area, TRUE);
  f->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
}

static void
fixture_tear_down (Fixture *f, gconstpointer user_data)
{
  cairo_surface_destroy (f->surface);
  rs_diagram_values_free (f->values);
  rs_network_free (f->net);
  rs_data_free (f->data);
}

static void
draw (Fixture *f)
{
  cairo_t *cr = cairo_create (f->surface);

  rs_diagram_draw (cr, &f->layout, &f->state);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
}

/* A point on edge Θ⁽ˡ⁾ⱼₖ at fraction t from its source, and the direction across it. */
static void
edge_point (const Fixture *f, int l, int j, int k, double t, double *x, double *y, double *nx,
            double *ny)
{
  double x0, y0, x1, y1, len;

  rs_diagram_layout_edge_ends (&f->layout, l, j, k, &x0, &y0, &x1, &y1);
  *x = x0 + t * (x1 - x0);
  *y = y0 + t * (y1 - y0);
  len = hypot (x1 - x0, y1 - y0);
  *nx = -(y1 - y0) / len;
  *ny = (x1 - x0) / len;
}

/* The most saturated pixel within a few px across the edge at fraction t: the edge's own
 * colour even where antialiasing softens its rim. */
static RsColour
edge_colour (const Fixture *f, int l, int j, int k, double t)
{
  double x, y, nx, ny, best = -1;
  RsColour colour = { 0 };

  edge_point (f, l, j, k, t, &x, &y, &nx, &ny);
  for (double d = -3; d <= 3; d += 0.5)
    {
      RsColour c = rt_pixel (f->surface, (int) (x + d * nx), (int) (y + d * ny));

      if (rt_saturation (c) > best)
        {
          best = rt_saturation (c);
          colour = c;
        }
    }
  return colour;
}

static void
test_question_state (Fixture *f, gconstpointer user_data)
{
  /* The premise of every pixel test below: hidden unit 3 has z = −0.5 and is dead. */
  g_assert_cmpfloat_with_epsilon (f->values->trace->z[2][2], -0.5, 1e-12);
  g_assert_true (rs_census_is_dead (f->values->census, 2, 3));
  g_assert_cmpint (rs_diagram_unit_state (&f->state, 2, 3), ==, RS_UNIT_DEAD);
  g_assert_cmpint (rs_diagram_unit_state (&f->state, 2, 1), ==, RS_UNIT_ACTIVE);
  g_assert_cmpint (rs_diagram_unit_state (&f->state, 1, 1), ==, RS_UNIT_ACTIVE);
}

static void
test_dead_unit_fill (Fixture *f, gconstpointer user_data)
{
  const RsTheme *theme = rs_theme_get (FALSE);
  double x, y, r = f->layout.layers[2].radius;
  RsColour fill;

  draw (f);
  rs_diagram_layout_unit_centre (&f->layout, 2, 3, &x, &y);
  /* Straight above the centre, between the arms of the cross. */
  fill = rt_pixel (f->surface, (int) x, (int) (y - 0.6 * r));
  g_assert_cmpfloat (rt_colour_distance (fill, theme->dead_fill), <, 0.03);

  /* A live unit is filled differently, so the difference is not only in a label. */
  rs_diagram_layout_unit_centre (&f->layout, 2, 1, &x, &y);
  fill = rt_pixel (f->surface, (int) x, (int) (y - 0.6 * r));
  g_assert_cmpfloat (rt_colour_distance (fill, theme->unit_fill), <, 0.03);
  g_assert_cmpfloat (rt_colour_distance (theme->unit_fill, theme->dead_fill), >, 0.5);
}

static void
test_inactive_unit_is_hollow (Fixture *f, gconstpointer user_data)
{
  const RsTheme *theme = rs_theme_get (FALSE);
  RsCensus *census = f->values->census;
  double x, y, r = f->layout.layers[2].radius;

  /* Pretend another example keeps unit 3 alive: then it is inactive here, not dead. */
  census->active[2][2] = 1;
  g_assert_cmpint (rs_diagram_unit_state (&f->state, 2, 3), ==, RS_UNIT_INACTIVE);
  draw (f);
  rs_diagram_layout_unit_centre (&f->layout, 2, 3, &x, &y);
  g_assert_cmpfloat (rt_colour_distance (rt_pixel (f->surface, (int) x, (int) (y - 0.6 * r)),
                                         theme->inactive_fill),
                     <, 0.03);
  census->active[2][2] = 0;
}

static void
test_weight_hues (Fixture *f, gconstpointer user_data)
{
  RsColour positive, negative;

  draw (f);
  /* Θ⁽²⁾₁₁ = 0.4 (input 1 → hidden 1) and Θ⁽²⁾₃₁ = −0.5 (input 1 → hidden 3), sampled a
   * quarter along, where they are well apart from the other edges. */
  positive = edge_colour (f, 2, 1, 1, 0.3);
  negative = edge_colour (f, 2, 3, 1, 0.3);
  g_test_message ("positive hue %.0f° sat %.2f, negative hue %.0f° sat %.2f",
                  rt_hue (positive), rt_saturation (positive), rt_hue (negative),
                  rt_saturation (negative));
  g_assert_cmpfloat (rt_saturation (positive), >, 0.25);
  g_assert_cmpfloat (rt_saturation (negative), >, 0.25);
  g_assert_cmpfloat (rt_hue (positive), >, 190);
  g_assert_cmpfloat (rt_hue (positive), <, 240);
  g_assert_cmpfloat (rt_hue (negative), >, 10);
  g_assert_cmpfloat (rt_hue (negative), <, 45);

  /* Θ⁽³⁾₁₁ = 0.6 is the largest |Θ|: strongest blue, and wider than Θ⁽³⁾₂₀ = −0.1. */
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 3, 1, 1, 0.3)), >,
                     rt_saturation (positive));
}

/* Samples along edge Θ⁽ˡ⁾ⱼₖ between fractions t0 and t1: how many look like the neutral
 * zero grey and how many like the background (the gaps of the dashes). */
static void
count_dash (Fixture *f, int l, int j, int k, double t0, double t1, int *grey, int *gaps,
            int *coloured)
{
  const RsTheme *theme = rs_theme_get (f->state.dark);
  double x0, y0, x1, y1, len;

  rs_diagram_layout_edge_ends (&f->layout, l, j, k, &x0, &y0, &x1, &y1);
  len = hypot (x1 - x0, y1 - y0);
  *grey = *gaps = *coloured = 0;
  for (double s = t0 * len; s < t1 * len; s += 1)
    {
      double t = s / len;
      RsColour c = rt_pixel (f->surface, (int) (x0 + t * (x1 - x0)), (int) (y0 + t * (y1 - y0)));

      if (rt_saturation (c) > 0.15)
        (*coloured)++;
      else if (rt_colour_distance (c, theme->background) < 0.06)
        (*gaps)++;
      else if (rt_colour_distance (c, theme->background) > 0.12)
        (*grey)++;
    }
}

static void
test_zero_gradient_dashed (Fixture *f, gconstpointer user_data)
{
  int grey, gaps, coloured;

  f->state.colouring = RS_COLOURING_GRADIENTS;
  draw (f);
  /* ∂J/∂Θ⁽²⁾₃₁ is exactly 0 (the dead unit's incoming edge): neutral grey with gaps. The
   * few coloured pixels are where other edges cross it. */
  g_assert_cmpfloat (f->net->grads[rs_network_index (f->net, 2, 3, 1)], ==, 0.0);
  count_dash (f, 2, 3, 1, 0.15, 0.45, &grey, &gaps, &coloured);
  g_test_message ("zero gradient edge: %d grey, %d gaps, %d coloured", grey, gaps, coloured);
  g_assert_cmpint (coloured, <, 16);
  g_assert_cmpint (grey, >, 20);
  g_assert_cmpint (gaps, >, 20);

  /* ∂J/∂Θ⁽²⁾₁₁ is not 0: coloured and unbroken. */
  count_dash (f, 2, 1, 1, 0.15, 0.45, &grey, &gaps, &coloured);
  g_assert_cmpint (gaps, ==, 0);
  g_assert_cmpint (coloured, >, 50);
}

static void
test_zero_weight_is_solid (Fixture *f, gconstpointer user_data)
{
  int grey, gaps, coloured;

  /* A weight of exactly 0 is just the faintest weight, not a dashed "exactly 0". */
  f->net->params[rs_network_index (f->net, 2, 3, 1)] = 0;
  draw (f);
  count_dash (f, 2, 3, 1, 0.15, 0.45, &grey, &gaps, &coloured);
  g_assert_cmpint (gaps, ==, 0);
}

static void
test_overlay_marks_selection (Fixture *f, gconstpointer user_data)
{
  const RsTheme *theme = rs_theme_get (FALSE);
  double x, y, nx, ny;
  RsColour before, after;
  cairo_t *cr;

  draw (f);
  edge_point (f, 2, 2, 1, 0.5, &x, &y, &nx, &ny);
  /* Just beside the edge, where only the selection halo reaches. */
  x += nx * (f->layout.layers[2].edge_width / 2 + 2.5);
  y += ny * (f->layout.layers[2].edge_width / 2 + 2.5);
  before = rt_pixel (f->surface, (int) x, (int) y);

  f->state.selection = (RsDiagramItem) { RS_ITEM_EDGE, 2, 2, 1 };
  cr = cairo_create (f->surface);
  rs_diagram_draw_overlay (cr, &f->layout, &f->state);
  cairo_destroy (cr);
  after = rt_pixel (f->surface, (int) x, (int) y);
  g_assert_cmpfloat (rt_colour_distance (after, theme->selection), <,
                     rt_colour_distance (before, theme->selection));
}

static gboolean
has_ink (cairo_surface_t *surface, const RsRect *r, RsColour background)
{
  int ink = 0;

  for (int y = (int) r->y; y < (int) (r->y + r->height); y += 2)
    for (int x = (int) r->x; x < (int) (r->x + r->width); x += 2)
      if (rt_colour_distance (rt_pixel (surface, x, y), background) > 0.2)
        ink++;
  return ink > 50;
}

static void
test_legend_present (Fixture *f, gconstpointer user_data)
{
  const RsTheme *theme = rs_theme_get (FALSE);
  RsFigure figure;
  RsRect strip = { 0, HEIGHT - 70, WIDTH, 65 };
  cairo_t *cr;

  rs_figure_init (&figure, &f->state);
  figure.show_legend = FALSE;
  cr = cairo_create (f->surface);
  rs_figure_draw (cr, &figure);
  g_assert_false (has_ink (f->surface, &strip, theme->background));

  figure.show_legend = TRUE;
  for (RsColouring c = RS_COLOURING_WEIGHTS; c < RS_N_COLOURINGS; c++)
    {
      f->state.colouring = c;
      rs_figure_draw (cr, &figure);
      g_assert_true (has_ink (f->surface, &strip, theme->background));
    }
  cairo_destroy (cr);
}

static void
test_dark_theme (Fixture *f, gconstpointer user_data)
{
  const RsTheme *theme = rs_theme_get (TRUE);
  double x, y, r = f->layout.layers[2].radius;

  f->state.dark = TRUE;
  draw (f);
  g_assert_cmpfloat (rt_colour_distance (rt_pixel (f->surface, 3, 3), theme->background), <,
                     0.02);
  rs_diagram_layout_unit_centre (&f->layout, 2, 3, &x, &y);
  g_assert_cmpfloat (rt_colour_distance (rt_pixel (f->surface, (int) x, (int) (y - 0.6 * r)),
                                         theme->dead_fill),
                     <, 0.03);
  /* Readable on dark: text and the dead fill stand off the background. */
  g_assert_cmpfloat (fabs (rs_colour_luminance (theme->text)
                           - rs_colour_luminance (theme->background)),
                     >, 0.6);
  g_assert_cmpfloat (rt_colour_distance (theme->dead_fill, theme->background), >, 0.4);
}

static void
test_non_finite_values (Fixture *f, gconstpointer user_data)
{
  /* NaN and ∞ in weights, gradients and the trace draw without a crash (and never as
   * "nan": rs_text_number writes a dash). */
  f->net->params[rs_network_index (f->net, 2, 1, 1)] = NAN;
  f->net->params[rs_network_index (f->net, 3, 1, 0)] = INFINITY;
  f->net->grads[rs_network_index (f->net, 2, 2, 2)] = -INFINITY;
  f->values->trace->a[2][0] = NAN;
  f->values->trace->z[3][1] = INFINITY;
  f->state.show_edge_values = TRUE;
  for (RsColouring c = RS_COLOURING_WEIGHTS; c < RS_N_COLOURINGS; c++)
    {
      f->state.colouring = c;
      draw (f);
    }
}

/* The change colouring before a step is the pending update −α·g: of the mean gradient, or of
 * the gradient the caller says the next step applies (a stochastic step's one example); the
 * legend's scale knows it foretells. */
static void
test_pending_change (Fixture *f, gconstpointer user_data)
{
  size_t i = rs_network_index (f->net, 3, 1, 1);
  double *flipped = g_new (double, f->net->n_params);
  RsEdgeScale scale;
  RsColour mean, next;

  f->state.colouring = RS_COLOURING_CHANGE;
  f->state.alpha = 0.5;
  rs_diagram_state_scale (&f->state, TRUE, &scale);
  g_assert_true (scale.pending);
  /* ∂J/∂Θ⁽³⁾₁₁ = −0.715 · 0.4 < 0, so its pending change is positive: blue. */
  g_assert_cmpfloat (f->net->grads[i], <, 0);
  draw (f);
  mean = edge_colour (f, 3, 1, 1, 0.3);

  for (size_t p = 0; p < f->net->n_params; p++)
    flipped[p] = -f->net->grads[p];
  f->state.next_grads = flipped;
  draw (f);
  next = edge_colour (f, 3, 1, 1, 0.3);
  g_test_message ("mean hue %.0f°, next hue %.0f°", rt_hue (mean), rt_hue (next));
  g_assert_cmpfloat (rt_hue (mean), >, 190);
  g_assert_cmpfloat (rt_hue (mean), <, 240);
  g_assert_cmpfloat (rt_hue (next), >, 10);
  g_assert_cmpfloat (rt_hue (next), <, 45);

  /* After a step the colours tell what it did, not what comes. */
  f->state.before = f->net->params;
  rs_diagram_state_scale (&f->state, TRUE, &scale);
  g_assert_false (scale.pending);
  g_free (flipped);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) \
  g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/render/question/state", test_question_state);
  ADD ("/render/question/dead-unit-fill", test_dead_unit_fill);
  ADD ("/render/question/inactive-unit-hollow", test_inactive_unit_is_hollow);
  ADD ("/render/question/weight-hues", test_weight_hues);
  ADD ("/render/question/zero-gradient-dashed", test_zero_gradient_dashed);
  ADD ("/render/question/zero-weight-solid", test_zero_weight_is_solid);
  ADD ("/render/question/overlay-selection", test_overlay_marks_selection);
  ADD ("/render/question/legend", test_legend_present);
  ADD ("/render/question/dark", test_dark_theme);
  ADD ("/render/question/non-finite", test_non_finite_values);
  ADD ("/render/question/pending-change", test_pending_change);
#undef ADD
  return g_test_run ();
}
