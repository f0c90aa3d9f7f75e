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

/* One network drawn again and again on an image surface of the window's size. */
typedef struct
{
  cairo_surface_t *surface;
  cairo_t *cr;
  RsDiagramLayout layout;
  RsNetwork *net;
  RsData *data;
  RsDiagramValues *values;
} Bench;

static void
bench_open (Bench *b, const Shape *shape)
{
  RsRect area = { 0, 0, WIDTH, HEIGHT };

  b->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  b->cr = cairo_create (b->surface);
  b->net = rt_random_network (shape->n_layers, shape->units, 16, 1, &b->data);
  b->values = rs_diagram_values_new (b->net, b->data, 0);
  rs_diagram_layout_compute (&b->layout, b->net, &area, TRUE);
}

static void
bench_close (Bench *b)
{
  cairo_destroy (b->cr);
  cairo_surface_destroy (b->surface);
  rs_diagram_values_free (b->values);
  rs_network_free (b->net);
  rs_data_free (b->data);
}

typedef void (*DrawFrame) (const Bench *b, gconstpointer state);

/* The median wall-clock ms per frame of `frames` draws, after two warm-up frames (font
 * caches); when `cpu` is given, also the mean processor time per frame summed over all
 * threads (which other load on the machine does not inflate). */
static double
median_frame_ms (const Bench *b, DrawFrame draw, gconstpointer state, int frames, double *cpu)
{
  g_autofree double *ms = g_new (double, frames);
  double cpu_start = 0;

  for (int f = -2; f < frames; f++)
    {
      gint64 t0 = g_get_monotonic_time ();

      if (f == 0)
        cpu_start = cpu_ms ();
      draw (b, state);
      cairo_surface_flush (b->surface);
      if (f >= 0)
        ms[f] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  if (cpu != NULL)
    *cpu = (cpu_ms () - cpu_start) / frames;
  qsort (ms, frames, sizeof *ms, compare_doubles);
  return ms[frames / 2];
}

static void
draw_diagram (const Bench *b, gconstpointer state)
{
  rs_diagram_draw (b->cr, &b->layout, state);
}

static void
draw_phase (const Bench *b, gconstpointer state)
{
  rs_phase_draw (b->cr, &b->layout, state, NULL);
}

/* Full draws of the diagram in `colouring` with a unit hovered. */
static double
time_case (const Shape *shape, RsColouring colouring, int frames, double *cpu)
{
  RsDiagramState state;
  Bench b;
  double median;

  bench_open (&b, shape);
  rs_diagram_state_init (&state, b.net);
  rs_diagram_values_apply (b.values, &state);
  state.colouring = colouring;
  state.hover = (RsDiagramItem) { RS_ITEM_UNIT, 2, 1, 0 };
  median = median_frame_ms (&b, draw_diagram, &state, frames, cpu);
  bench_close (&b);
  return median;
}

/* Draws of `phase` at progress 0.5. */
static double
time_phase (const Shape *shape, RsPhase phase, int frames)
{
  g_autofree double *after = NULL;
  RsPhaseState state;
  Bench b;
  double median;

  bench_open (&b, shape);
  rs_phase_state_init (&state, b.net);
  rs_diagram_values_apply (b.values, &state.diagram);
  /* Θ after a step of α = 0.1: the update phase interpolates towards it. */
  after = g_memdup2 (b.net->params, b.net->n_params * sizeof (double));
  for (size_t i = 0; i < b.net->n_params; i++)
    after[i] -= 0.1 * b.net->grads[i];
  state.after = after;
  state.phase = phase;
  state.progress = 0.5;
  median = median_frame_ms (&b, draw_phase, &state, frames, NULL);
  bench_close (&b);
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
