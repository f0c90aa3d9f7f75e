/* test-loss-plot.c — the loss plot with no points, one point, many points and values no log
 * axis can hold (NaN, ±∞, 0, negative). */
#include <math.h>

#include "render-test-util.h"
#include "render/rs-render.h"

static int
count_pixels_near (cairo_surface_t *surface, RsColour colour, double within)
{
  int n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (rt_colour_distance (rt_pixel (surface, x, y), colour) < within)
        n++;
  return n;
}

/* Draws the plot and returns how many pixels are in J's colour. */
static int
plot (const RsLossPlotData *data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600, 240);
  cairo_t *cr = cairo_create (surface);
  RsRect area = { 0, 0, 600, 240 };
  int n;

  rs_loss_plot_draw (cr, &area, data);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  n = count_pixels_near (surface, rs_theme_get (data->dark)->plot_cost, 0.1);
  cairo_surface_destroy (surface);
  return n;
}

static void
test_empty_and_single (void)
{
  RsLossPlotData data;
  double one = 0.3;
  int dead = 1;

  rs_loss_plot_data_init (&data);
  plot (&data);

  data.n = 1;
  data.cost = &one;
  data.dead = &dead;
  data.n_hidden = 3;
  data.first_step = 7;
  /* The single point is visible (a marker), beyond the key's text in the same colour. */
  g_assert_cmpint (plot (&data), >, plot (&(RsLossPlotData) { .n = 0, .cost = &one }) + 10);
}

static void
test_many_points_and_non_finite (void)
{
  double cost[300];
  int dead[300];
  guint64 steps[300];
  RsLossPlotData data;

  for (int i = 0; i < 300; i++)
    {
      cost[i] = exp (-i / 40.0);
      dead[i] = i / 100;
      steps[i] = 10 + 2 * (guint64) i;
    }
  cost[50] = NAN;
  cost[51] = INFINITY;
  cost[52] = 0;
  cost[53] = -1;
  cost[299] = NAN;

  rs_loss_plot_data_init (&data);
  data.n = 300;
  data.cost = cost;
  data.steps = steps;
  data.dead = dead;
  data.n_hidden = 3;
  g_assert_cmpint (plot (&data), >, 300);
  data.dark = TRUE;
  g_assert_cmpint (plot (&data), >, 300);

  /* Nothing usable at all: the frame and a sentence, no crash. */
  for (int i = 0; i < 300; i++)
    cost[i] = NAN;
  plot (&data);
  /* Extremely small and large J: the decades are bounded. */
  cost[0] = 1e-300;
  cost[1] = 1e300;
  plot (&data);
}

/* J pixels in the left half of the plot (where the first half of the run is drawn). */
static int
plot_left_half (const RsLossPlotData *data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600, 240);
  cairo_t *cr = cairo_create (surface);
  RsRect area = { 0, 0, 600, 240 };
  RsColour colour = rs_theme_get (data->dark)->plot_cost;
  int n = 0;

  rs_loss_plot_draw (cr, &area, data);
  cairo_destroy (cr);
  for (int y = 0; y < 240; y++)
    for (int x = 0; x < 300; x++)
      n += rt_colour_distance (rt_pixel (surface, x, y), colour) < 0.1;
  cairo_surface_destroy (surface);
  return n;
}

/* A run that diverged from J = 0.25 to 1e300 over 50 steps still shows its start: the curve
 * crosses the left half of the plot instead of rising from below the frame at the end. */
static void
test_divergence_keeps_start (void)
{
  double cost[50];
  int dead[50] = { 0 };
  guint64 steps[50];
  RsLossPlotData data;

  for (int i = 0; i < 50; i++)
    {
      cost[i] = 0.25 * pow (10, 6.1 * i);
      steps[i] = (guint64) i;
    }
  rs_loss_plot_data_init (&data);
  data.n = 50;
  data.cost = cost;
  data.steps = steps;
  data.dead = dead;
  data.n_hidden = 3;
  /* Measured: 610 pixels with the start in view, 235 (the key's text and the last segments)
   * when the axis was clamped to the top 16 decades. */
  g_assert_cmpint (plot_left_half (&data), >, 450);
}

static void
test_tiny_area (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 20, 10);
  cairo_t *cr = cairo_create (surface);
  RsRect area = { 0, 0, 20, 10 };
  double cost[2] = { 1, 0.5 };
  RsLossPlotData data;

  rs_loss_plot_data_init (&data);
  data.n = 2;
  data.cost = cost;
  rs_loss_plot_draw (cr, &area, &data);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/loss-plot/empty-single", test_empty_and_single);
  g_test_add_func ("/render/loss-plot/many-non-finite", test_many_points_and_non_finite);
  g_test_add_func ("/render/loss-plot/tiny-area", test_tiny_area);
  g_test_add_func ("/render/loss-plot/divergence-keeps-start", test_divergence_keeps_start);
  return g_test_run ();
}
