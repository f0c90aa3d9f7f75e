/* bench-render.c — milliseconds per frame of the real diagram renderer.
 *
 * Draws rs_diagram_draw() onto a 1400 × 900 software image surface, as the window does
 * under GSK_RENDERER=cairo, for networks of growing size and both edge colourings, and
 * prints the median of N frames. The budget is 33 ms (30 frames a second) up to 6 layers of
 * 64 units.
 *
 * Then the five phases of the walk-through (rs_phase_draw at progress 0.5) on the two larger
 * networks: the window draws them instead of the diagram while a step plays as phases.
 *
 *   bench-render [N]        N frames per case (default 30)
 */
#include <stdlib.h>
#include <time.h>

#include "render-test-util.h"
#include "render/rs-phase.h"
#include "render/rs-render.h"

#define WIDTH 1400
#define HEIGHT 900
#define BUDGET_MS 33.0

typedef struct
{
  const char *name;
  int n_layers;
  int units[RS_MAX_LAYERS];
} Shape;

static const Shape shapes[] = {
  { "2-3-2", 3, { 2, 3, 2 } },
  { "2-8-8-2", 4, { 2, 8, 8, 2 } },
  { "2-64-64-64-2", 5, { 2, 64, 64, 64, 2 } },
  { "64-64-64-64-64-64", 6, { 64, 64, 64, 64, 64, 64 } },
};

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The median wall-clock ms per frame of `frames` full draws, and the mean processor time
 * per frame summed over all threads (which other load on the machine does not inflate). */
static double
time_case (const Shape *shape, RsColouring colouring, int frames, double *cpu)
{
  g_autofree double *ms = g_new (double, frames);
  double cpu_start = 0;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  RsRect area = { 0, 0, WIDTH, HEIGHT };
  RsDiagramLayout layout;
  RsDiagramValues *values;
  RsDiagramState state;
  RsNetwork *net;
  RsData *data;
  double median;

  net = rt_random_network (shape->n_layers, shape->units, 16, 1, &data);
  values = rs_diagram_values_new (net, data, 0);
  rs_diagram_state_init (&state, net);
  rs_diagram_values_apply (values, &state);
  state.colouring = colouring;
  state.hover = (RsDiagramItem) { RS_ITEM_UNIT, 2, 1, 0 };
  rs_diagram_layout_compute (&layout, net, &area, TRUE);

  for (int f = -2; f < frames; f++) /* two warm-up frames: font caches */
    {
      gint64 t0 = g_get_monotonic_time ();

      if (f == 0)
        cpu_start = cpu_ms ();
      rs_diagram_draw (cr, &layout, &state);
      cairo_surface_flush (surface);
      if (f >= 0)
        ms[f] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  *cpu = (cpu_ms () - cpu_start) / frames;
  qsort (ms, frames, sizeof *ms, compare_doubles);
  median = ms[frames / 2];

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  rs_diagram_values_free (values);
  rs_network_free (net);
  rs_data_free (data);
  return median;
}

/* The median wall-clock ms per frame of `frames` draws of `phase` at progress 0.5. */
static double
time_phase (const Shape *shape, RsPhase phase, int frames)
{
  g_autofree double *ms = g_new (double, frames);
  g_autofree double *after = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  RsRect area = { 0, 0, WIDTH, HEIGHT };
  RsDiagramLayout layout;
  RsDiagramValues *values;
  RsPhaseState state;
  RsNetwork *net;
  RsData *data;
  double median;

  net = rt_random_network (shape->n_layers, shape->units, 16, 1, &data);
  values = rs_diagram_values_new (net, data, 0);
  rs_phase_state_init (&state, net);
  rs_diagram_values_apply (values, &state.diagram);
  /* Θ after a step of α = 0.1: the update phase interpolates towards it. */
  after = g_memdup2 (net->params, net->n_params * sizeof (double));
  for (size_t i = 0; i < net->n_params; i++)
    after[i] -= 0.1 * net->grads[i];
  state.after = after;
  state.phase = phase;
  state.progress = 0.5;
  rs_diagram_layout_compute (&layout, net, &area, TRUE);

  for (int f = -2; f < frames; f++)
    {
      gint64 t0 = g_get_monotonic_time ();

      rs_phase_draw (cr, &layout, &state, NULL);
      cairo_surface_flush (surface);
      if (f >= 0)
        ms[f] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  qsort (ms, frames, sizeof *ms, compare_doubles);
  median = ms[frames / 2];

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  rs_diagram_values_free (values);
  rs_network_free (net);
  rs_data_free (data);
  return median;
}

int
main (int argc, char **argv)
{
  int frames = argc > 1 ? atoi (argv[1]) : 30;
  gboolean over_budget = FALSE;

  frames = CLAMP (frames, 1, 10000);
  g_print ("rs_diagram_draw, %dx%d ARGB32 image surface, %u processors, %d frames\n", WIDTH,
           HEIGHT, g_get_num_processors (), frames);
  g_print ("ms per frame: median wall clock (processor time over all threads)\n");
  g_print ("%-20s %20s %20s\n", "network", "weights", "gradients");
  for (size_t s = 0; s < G_N_ELEMENTS (shapes); s++)
    {
      double wc, gc;
      double w = time_case (&shapes[s], RS_COLOURING_WEIGHTS, frames, &wc);
      double g = time_case (&shapes[s], RS_COLOURING_GRADIENTS, frames, &gc);

      g_print ("%-20s %8.2f (%7.2f cpu) %8.2f (%7.2f cpu)\n", shapes[s].name, w, wc, g, gc);
      over_budget = over_budget || w > BUDGET_MS || g > BUDGET_MS;
    }
  g_print ("budget %.0f ms per frame: %s\n", BUDGET_MS, over_budget ? "EXCEEDED" : "met");

  g_print ("\nrs_phase_draw at progress 0.5, ms per frame (median wall clock)\n%-20s", "network");
  for (int p = 0; p < RS_N_PHASES; p++)
    g_print (" %10s", rs_phase_id (p));
  g_print ("\n");
  for (size_t s = 2; s < G_N_ELEMENTS (shapes); s++)
    {
      g_print ("%-20s", shapes[s].name);
      for (int p = 0; p < RS_N_PHASES; p++)
        g_print (" %10.2f", time_phase (&shapes[s], p, frames));
      g_print ("\n");
    }
  return 0;
}
