/* test-phases.c — the walk-through's phases of one step on the question's network, checked
 * by their pixels: the forward front, the error labels, the backward pass blocked at the dead
 * hidden unit 3, the gradient colours and the update's two ends. */
#include <math.h>
#include <string.h>

#include "core/rs-propagate.h"
#include "render-test-util.h"
#include "render/rs-render.h"

#define WIDTH 1400
#define HEIGHT 900

typedef struct
{
  RsNetwork *net;
  RsData *data;
  RsDiagramValues *values;
  double *after;
  RsPhaseState state;
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
  /* A big α, so that the update moves the colours visibly. */
  f->after = g_new (double, f->net->n_params);
  g_assert_true (rs_step_into (f->net, 2.0, f->after, NULL));
  rs_phase_state_init (&f->state, f->net);
  rs_diagram_values_apply (f->values, &f->state.diagram);
  f->state.after = f->after;
  /* Values on the edges would sit on the very pixels sampled below. */
  f->state.diagram.show_edge_values = FALSE;
  rs_diagram_layout_compute (&f->layout, f->net, &area, TRUE);
  f->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
}

static void
fixture_tear_down (Fixture *f, gconstpointer user_data)
{
  cairo_surface_destroy (f->surface);
  g_free (f->after);
  rs_diagram_values_free (f->values);
  rs_network_free (f->net);
  rs_data_free (f->data);
}

static void
draw_phase (Fixture *f, RsPhase phase, double progress)
{
  cairo_t *cr = cairo_create (f->surface);

  f->state.phase = phase;
  f->state.progress = progress;
  rs_phase_draw (cr, &f->layout, &f->state, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
}

/* The plain diagram of `net` under `colouring`, with the phase's trace and census. */
static void
draw_plain (Fixture *f, const RsNetwork *net, RsColouring colouring)
{
  cairo_t *cr = cairo_create (f->surface);
  RsDiagramState state = f->state.diagram;

  state.net = net;
  state.colouring = colouring;
  rs_diagram_draw (cr, &f->layout, &state);
  cairo_destroy (cr);
}

/* The most saturated pixel within a few px across edge Θ⁽ˡ⁾ⱼₖ at fraction t from its
 * source: the edge's own colour even where antialiasing softens its rim. */
static RsColour
edge_colour (const Fixture *f, int l, int j, int k, double t)
{
  double x0, y0, x1, y1, x, y, nx, ny, len, best = -1;
  RsColour colour = { 0 };

  rs_diagram_layout_edge_ends (&f->layout, l, j, k, &x0, &y0, &x1, &y1);
  x = x0 + t * (x1 - x0);
  y = y0 + t * (y1 - y0);
  len = hypot (x1 - x0, y1 - y0);
  nx = -(y1 - y0) / len;
  ny = (x1 - x0) / len;
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

/* How many pixels in the inner box of unit j of layer l differ from the unit's fill: the
 * ink of the value written inside it. */
static int
ink_in_unit (const Fixture *f, int l, int j)
{
  const RsTheme *theme = rs_theme_get (FALSE);
  double x, y, h = 0.6 * f->layout.layers[l].radius;
  int ink = 0;

  rs_diagram_layout_unit_centre (&f->layout, l, j, &x, &y);
  for (int py = (int) (y - h); py <= (int) (y + h); py++)
    for (int px = (int) (x - h); px <= (int) (x + h); px++)
      if (rt_colour_distance (rt_pixel (f->surface, px, py), theme->unit_fill) > 0.3)
        ink++;
  return ink;
}

/* Every edge Θ⁽ˡ⁾ⱼₖ sampled a third along (away from the crossings in the middle). */
typedef void (*EdgeFunc) (Fixture *f, int l, int j, int k, gpointer data);

static void
for_each_edge (Fixture *f, EdgeFunc func, gpointer data)
{
  for (int l = 2; l <= f->net->n_layers; l++)
    for (int j = 1; j <= f->net->units[l]; j++)
      for (int k = 0; k <= f->net->units[l - 1]; k++)
        func (f, l, j, k, data);
}

static void
test_premise (Fixture *f, gconstpointer user_data)
{
  /* Hidden unit 3 has z = −0.5: g′ = 0, δ = 0, so its row of ∂J/∂Θ⁽²⁾ is 0. */
  g_assert_cmpfloat (f->values->trace->gprime[2][2], ==, 0);
  g_assert_cmpfloat (f->values->trace->delta[2][2], ==, 0);
  g_assert_cmpfloat (f->values->trace->delta[2][0], !=, 0);
  g_assert_cmpfloat (rs_phase_front (RS_PHASE_FORWARD, 3, 0.0), ==, 1);
  g_assert_cmpfloat (rs_phase_front (RS_PHASE_FORWARD, 3, 0.9), ==, 3);
  g_assert_cmpfloat (rs_phase_front (RS_PHASE_BACKWARD, 3, 0.0), ==, 3);
  g_assert_cmpfloat (rs_phase_front (RS_PHASE_BACKWARD, 3, 1.0), ==, 1);
}

static void
test_forward_front (Fixture *f, gconstpointer user_data)
{
  draw_phase (f, RS_PHASE_FORWARD, 0.5);
  /* Halfway: the input and hidden layers have their values, the output none yet. */
  g_assert_cmpint (ink_in_unit (f, 2, 1), >, 10);
  g_assert_cmpint (ink_in_unit (f, 3, 1), ==, 0);
  g_assert_cmpint (ink_in_unit (f, 3, 2), ==, 0);
  /* The edges into the hidden layer are lit, those into the output still grey. */
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 2, 1, 1, 0.3)), >, 0.25);
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 3, 1, 1, 0.3)), <, 0.1);

  /* Later the edges into the output fade in before the output's values appear. */
  draw_phase (f, RS_PHASE_FORWARD, 0.72);
  g_assert_cmpint (ink_in_unit (f, 3, 1), ==, 0);
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 3, 1, 1, 0.3)), >, 0.1);

  draw_phase (f, RS_PHASE_FORWARD, 1.0);
  g_assert_cmpint (ink_in_unit (f, 3, 1), >, 10);
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 3, 1, 1, 0.3)), >, 0.25);

  draw_phase (f, RS_PHASE_FORWARD, 0.0);
  g_assert_cmpint (ink_in_unit (f, 2, 1), ==, 0);
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 2, 1, 1, 0.3)), <, 0.1);
}

/* Ink right of output unit j, below its centre, where "a − y = …" goes. */
static int
ink_beside_output (Fixture *f, int j)
{
  const RsTheme *theme = rs_theme_get (FALSE);
  const RsLayoutLayer *out = &f->layout.layers[3];
  double x, y;
  int ink = 0;

  rs_diagram_layout_unit_centre (&f->layout, 3, j, &x, &y);
  for (int py = (int) (y + 0.8 * out->label_font_size); py < (int) (y + 2 * out->label_font_size);
       py++)
    for (int px = (int) (x + out->radius + 4); px < (int) (x + out->radius + 60); px++)
      if (rt_colour_distance (rt_pixel (f->surface, px, py), theme->background) > 0.3)
        ink++;
  return ink;
}

static void
test_error_labels (Fixture *f, gconstpointer user_data)
{
  draw_phase (f, RS_PHASE_ERROR, 0.0);
  g_assert_cmpint (ink_beside_output (f, 1), ==, 0);
  draw_phase (f, RS_PHASE_ERROR, 1.0);
  g_assert_cmpint (ink_beside_output (f, 1), >, 20);
  g_assert_cmpint (ink_beside_output (f, 2), >, 20);
}

static void
test_backward_blocked (Fixture *f, gconstpointer user_data)
{
  double x, y, r = f->layout.layers[2].radius;
  int red = 0;

  /* At the start δ is only at the output: every edge is grey. */
  draw_phase (f, RS_PHASE_BACKWARD, 0.0);
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 3, 1, 1, 0.3)), <, 0.1);
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 2, 1, 1, 0.3)), <, 0.1);

  draw_phase (f, RS_PHASE_BACKWARD, 1.0);
  /* δ reached everything: edges into the output and into the live hidden units are lit … */
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 3, 1, 1, 0.3)), >, 0.25);
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 3, 1, 3, 0.3)), >, 0.25);
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 2, 1, 1, 0.3)), >, 0.25);
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 2, 2, 2, 0.3)), >, 0.25);
  /* … while those into the blocked unit 3 get nothing: grey, bias edge included. */
  for (int k = 0; k <= 2; k++)
    g_assert_cmpfloat (rt_saturation (edge_colour (f, 2, 3, k, 0.3)), <, 0.1);

  /* The gate: a red bar on unit 3's input side, none at unit 1. */
  rs_diagram_layout_unit_centre (&f->layout, 2, 3, &x, &y);
  for (int px = (int) (x - 1.6 * r); px < (int) (x - r); px++)
    {
      RsColour c = rt_pixel (f->surface, px, (int) y);

      if (rt_saturation (c) > 0.6 && (rt_hue (c) < 15 || rt_hue (c) > 345))
        red++;
    }
  g_assert_cmpint (red, >, 1);

  /* The gradients phase starts from this picture: still nothing into unit 3. */
  draw_phase (f, RS_PHASE_GRADIENTS, 0.0);
  for (int k = 0; k <= 2; k++)
    g_assert_cmpfloat (rt_saturation (edge_colour (f, 2, 3, k, 0.3)), <, 0.1);
  g_assert_cmpfloat (rt_saturation (edge_colour (f, 2, 1, 1, 0.3)), >, 0.25);
  draw_phase (f, RS_PHASE_BACKWARD, 1.0);
  rs_diagram_layout_unit_centre (&f->layout, 2, 1, &x, &y);
  for (int px = (int) (x - 1.6 * r); px < (int) (x - r); px++)
    {
      RsColour c = rt_pixel (f->surface, px, (int) y);

      g_assert_false (rt_saturation (c) > 0.6 && (rt_hue (c) < 15 || rt_hue (c) > 345));
    }
}

/* Stores every sampled edge colour into data (an array of RsColour, in order). */
static void
collect (Fixture *f, int l, int j, int k, gpointer data)
{
  g_array_append_val ((GArray *) data, (RsColour) { 0 });
  g_array_index ((GArray *) data, RsColour, ((GArray *) data)->len - 1)
    = edge_colour (f, l, j, k, 0.3);
}

static GArray *
edge_colours (Fixture *f)
{
  GArray *colours = g_array_new (FALSE, FALSE, sizeof (RsColour));

  for_each_edge (f, collect, colours);
  return colours;
}

static double
max_distance (GArray *a, GArray *b)
{
  double d = 0;

  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    d = MAX (d, rt_colour_distance (g_array_index (a, RsColour, i),
                                    g_array_index (b, RsColour, i)));
  return d;
}

static void
test_gradients_end (Fixture *f, gconstpointer user_data)
{
  g_autoptr (GArray) plain = NULL, phase = NULL;

  draw_plain (f, f->net, RS_COLOURING_GRADIENTS);
  plain = edge_colours (f);
  draw_phase (f, RS_PHASE_GRADIENTS, 1.0);
  phase = edge_colours (f);
  g_assert_cmpfloat (max_distance (plain, phase), <, 1e-9);
}

static void
test_update_ends (Fixture *f, gconstpointer user_data)
{
  RsNetwork *stepped = rs_network_copy (f->net);
  g_autoptr (GArray) old_plain = NULL, new_plain = NULL, start = NULL, end = NULL, mid = NULL;

  memcpy (stepped->params, f->after, f->net->n_params * sizeof (double));
  draw_plain (f, f->net, RS_COLOURING_WEIGHTS);
  old_plain = edge_colours (f);
  draw_plain (f, stepped, RS_COLOURING_WEIGHTS);
  new_plain = edge_colours (f);
  /* The premise: the step changes how some edges look. */
  g_assert_cmpfloat (max_distance (old_plain, new_plain), >, 0.05);

  draw_phase (f, RS_PHASE_UPDATE, 0.0);
  start = edge_colours (f);
  draw_phase (f, RS_PHASE_UPDATE, 1.0);
  end = edge_colours (f);
  draw_phase (f, RS_PHASE_UPDATE, 0.5);
  mid = edge_colours (f);
  g_assert_cmpfloat (max_distance (start, old_plain), <, 1e-9);
  g_assert_cmpfloat (max_distance (end, new_plain), <, 1e-9);
  /* Halfway is neither end. */
  g_assert_cmpfloat (max_distance (mid, old_plain), >, 0.01);
  g_assert_cmpfloat (max_distance (mid, new_plain), >, 0.01);
  rs_network_free (stepped);
}

/* Every phase at a few progresses draws without error onto a vector surface, dark too. */
static void
test_every_phase_vector (Fixture *f, gconstpointer user_data)
{
  for (int dark = 0; dark <= 1; dark++)
    for (RsPhase phase = 0; phase < RS_N_PHASES; phase++)
      for (double t = 0; t <= 1.0; t += 0.25)
        {
          cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR,
                                                                       NULL);
          cairo_t *cr = cairo_create (recording);

          f->state.diagram.dark = dark;
          f->state.phase = phase;
          f->state.progress = t;
          rs_phase_draw (cr, &f->layout, &f->state, NULL);
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          cairo_destroy (cr);
          cairo_surface_destroy (recording);
        }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/phases/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("premise", test_premise);
  ADD ("forward-front", test_forward_front);
  ADD ("error-labels", test_error_labels);
  ADD ("backward-blocked", test_backward_blocked);
  ADD ("gradients-end", test_gradients_end);
  ADD ("update-ends", test_update_ends);
  ADD ("every-phase-vector", test_every_phase_vector);
#undef ADD

  return g_test_run ();
}
