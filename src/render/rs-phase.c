/* rs-phase.c — the phases of a step as pictures: a display copy of the network whose
 * parameters say which edges are lit (Θ) and which are not yet (0), drawn by the plain
 * diagram, and the phase's own marks on top (the error beside the outputs, δ beside the
 * units, the bar across a blocked unit). */
#include "rs-phase.h"

#include <math.h>
#include <string.h>

#include "rs-diagram-private.h"
#include "rs-text.h"

/* The front reaches its last layer at this progress; the rest of the phase holds the end. */
#define FRONT_END 0.9
/* The edges of a gap fade in while the front is between these fractions of the gap. */
#define LIT_START 0.15
#define LIT_END 0.85

/* The bar across a blocked unit: red enough to read as "stop" on either background, and it
 * is a shape with a word beside it, never the colour alone. */
#define GATE_LIGHT 0xc62828
#define GATE_DARK 0xff7070

void
rs_phase_state_init (RsPhaseState *state, const RsNetwork *net)
{
  g_return_if_fail (state != NULL);

  *state = (RsPhaseState) { 0 };
  rs_diagram_state_init (&state->diagram, net);
  state->phase = RS_PHASE_FORWARD;
}

const char *
rs_phase_id (RsPhase phase)
{
  static const char *const ids[RS_N_PHASES] = { "forward", "error", "backward", "gradients",
                                                 "update" };

  g_return_val_if_fail (phase < RS_N_PHASES, NULL);
  return ids[phase];
}

double
rs_phase_front (RsPhase phase, int n_layers, double progress)
{
  double t = CLAMP (progress / FRONT_END, 0.0, 1.0);

  if (phase == RS_PHASE_BACKWARD)
    return n_layers - (n_layers - 1) * t;
  return 1 + (n_layers - 1) * t;
}

/* Which part of the network a phase has reached. */
typedef struct
{
  int values_through;   /* a and z shown for layers ≤ this (0: all) */
  double forward_front; /* the forward front, a fractional layer (rs_phase_front) */
  double delta_front;   /* the backward front: δ shown for layers ≥ this */
} Reach;

static Reach
reach_of (const RsPhaseState *state)
{
  const int L = state->diagram.net->n_layers;
  Reach r = { 0, L, L + 1 };

  switch (state->phase)
    {
    case RS_PHASE_FORWARD:
      r.forward_front = rs_phase_front (RS_PHASE_FORWARD, L, state->progress);
      r.values_through = (int) floor (r.forward_front + 1e-9);
      break;
    case RS_PHASE_BACKWARD:
      r.delta_front = rs_phase_front (RS_PHASE_BACKWARD, L, state->progress);
      break;
    case RS_PHASE_GRADIENTS:
      r.delta_front = 1;
      break;
    case RS_PHASE_UPDATE:
      /* The old Θ's values would be wrong for the new one. */
      r.values_through = 1;
      break;
    case RS_PHASE_ERROR:
    default:
      break;
    }
  return r;
}

/* How far the edges into layer l are lit, 0 … 1: they fade in while the front crosses their
 * gap (forward from l − 1 towards l, backward from l towards l − 1), so the colours move
 * smoothly with the progress. */
static double
gap_lit (const RsPhaseState *state, const Reach *reach, int l)
{
  double crossed;

  if (state->phase == RS_PHASE_FORWARD)
    crossed = reach->forward_front - (l - 1);
  else if (state->phase == RS_PHASE_BACKWARD)
    crossed = l - reach->delta_front;
  else
    return 1.0;
  return CLAMP ((crossed - LIT_START) / (LIT_END - LIT_START), 0.0, 1.0);
}

/* Θ where the signal has passed, 0 (grey) where it has not, and between while it passes. In
 * the backward picture the edges into a unit whose δ is exactly 0 stay 0 whatever the front. */
static void
light_edges (RsNetwork *display, const RsPhaseState *state, const Reach *reach)
{
  const RsNetwork *net = state->diagram.net;
  const RsTrace *trace = state->diagram.trace;
  gboolean backward = state->phase == RS_PHASE_BACKWARD;

  for (int l = 2; l <= net->n_layers; l++)
    {
      double lit = gap_lit (state, reach, l);
      int cols = rs_network_theta_cols (net, l);

      for (int j = 1; j <= net->units[l]; j++)
        {
          double *row = display->params + rs_network_index (net, l, j, 0);
          double row_lit = backward && trace->delta[l][j - 1] == 0 ? 0.0 : lit;

          if (row_lit < 1.0)
            for (int k = 0; k < cols; k++)
              row[k] *= row_lit;
        }
    }
}

/* Θ moved by `t` of the way to `after`, exactly Θ at 0 and exactly `after` at 1. */
static void
interpolate (RsNetwork *display, const RsPhaseState *state, double t)
{
  const double *before = state->diagram.net->params;

  if (state->after == NULL || t <= 0)
    return;
  for (size_t i = 0; i < display->n_params; i++)
    display->params[i] = t >= 1 ? state->after[i] : before[i] + t * (state->after[i] - before[i]);
}

/* A label with a rim of background, `alpha` opaque (fading in). */
static void
label (cairo_t *cr, const char *text, double size, RsTextFlags flags, RsColour colour,
       const RsTheme *theme, double x, double y, double xalign, double yalign, double alpha)
{
  if (alpha <= 0)
    return;
  if (alpha < 1)
    cairo_push_group (cr);
  rs_text_draw_with_halo (cr, text, size, flags, colour, &theme->background, x, y, xalign,
                          yalign);
  if (alpha < 1)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, alpha);
    }
}

/* The left edge for a label of `width` that wants to start at x: moved left as far as it
 * takes to stay inside the layout's area (the output column is narrow in deep networks). */
static double
fit_left (const RsDiagramLayout *layout, double x, double width)
{
  return MIN (x, layout->area.x + layout->area.width - width - 2);
}

/* aᵢ − yᵢ beside each output unit, under its "y = …". */
static void
draw_errors (cairo_t *cr, const RsDiagramLayout *layout, const RsPhaseState *state,
             const RsTheme *theme, double alpha)
{
  const int L = layout->n_layers;
  const RsLayoutLayer *layer = &layout->layers[L];
  const RsTrace *trace = state->diagram.trace;
  /* A size up from the unit labels: these numbers are what the phase is about. */
  const double lf = layout->font_size;

  const double right = layout->area.x + layout->area.width - 2;
  gboolean beside = TRUE;
  char **texts;

  if (layer->radius < 2 * RS_LAYOUT_DOT_RADIUS || state->diagram.target == NULL)
    return;

  /* Beside every unit or under every unit, so the outputs' errors line up. */
  texts = g_new0 (char *, layer->n_units + 1);
  for (int j = 1; j <= layer->n_units; j++)
    {
      g_autofree char *number
        = rs_text_number (trace->a[L][j - 1] - state->diagram.target[j - 1], 3);
      double x, y, w;

      texts[j - 1] = g_strdup_printf ("a − y = %s", number);
      rs_diagram_layout_unit_centre (layout, L, j, &x, &y);
      rs_text_measure (cr, texts[j - 1], lf, RS_TEXT_BOLD, &w, NULL);
      beside = beside && x + layer->radius + 0.6 * lf + w <= right;
    }

  for (int j = 1; j <= layer->n_units; j++)
    {
      double x, y, w;

      rs_diagram_layout_unit_centre (layout, L, j, &x, &y);
      rs_text_measure (cr, texts[j - 1], lf, RS_TEXT_BOLD, &w, NULL);
      if (beside)
        label (cr, texts[j - 1], lf, RS_TEXT_BOLD, theme->text, theme,
               x + layer->radius + 0.6 * lf, y + 0.75 * lf, 0.0, 0.0, alpha);
      else
        /* No room to the right (a narrow output column): under the unit, below its z. */
        label (cr, texts[j - 1], lf, RS_TEXT_BOLD, theme->text, theme,
               fit_left (layout, x - w / 2, w), y + layer->radius + 1.5 * layer->label_font_size,
               0.0, 0.0, alpha);
    }
  g_strfreev (texts);
}

/* The bar across the input side of a unit whose g′(z) = 0: δ stops here. */
static void
draw_gate (cairo_t *cr, double x, double y, double r, RsColour colour)
{
  double bx = x - r - MAX (0.2 * r, 3.0);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, bx, y - 0.8 * r);
  cairo_line_to (cr, bx, y + 0.8 * r);
  rs_colour_set_source (cr, colour);
  cairo_set_line_width (cr, MAX (0.22 * r, 3.0));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* δ above the right of each unit the backward front has reached, and the gate of each
 * blocked one. Dense layers get the gates only. */
static void
draw_deltas (cairo_t *cr, const RsDiagramLayout *layout, const RsPhaseState *state,
             const RsTheme *theme, const Reach *reach)
{
  const RsTrace *trace = state->diagram.trace;
  RsColour gate = rs_colour_from_hex (state->diagram.dark ? GATE_DARK : GATE_LIGHT);

  for (int l = MAX (2, (int) ceil (reach->delta_front - 1e-9)); l <= layout->n_layers; l++)
    {
      const RsLayoutLayer *layer = &layout->layers[l];
      const double lf = layout->font_size, r = layer->radius;

      for (int j = 1; j <= layer->n_units; j++)
        {
          gboolean blocked = trace->gprime[l][j - 1] == 0;
          double x, y, lx, ly, w;

          rs_diagram_layout_unit_centre (layout, l, j, &x, &y);
          if (blocked && r >= RS_LAYOUT_DOT_RADIUS)
            draw_gate (cr, x, y, r, gate);
          /* Units too small for their own value still have room for δ beside them. */
          if (r < 2 * RS_LAYOUT_DOT_RADIUS)
            continue;

          ly = y - 0.8 * r;
          if (blocked)
            {
              double wb;

              rs_text_measure (cr, "δ = 0 ", lf, RS_TEXT_REGULAR, &w, NULL);
              rs_text_measure (cr, "blocked", lf, RS_TEXT_BOLD, &wb, NULL);
              lx = fit_left (layout, x + 0.6 * r, w + wb);
              rs_text_draw_with_halo (cr, "δ = 0 ", lf, RS_TEXT_REGULAR, theme->text,
                                      &theme->background, lx, ly, 0.0, 1.0);
              rs_text_draw_with_halo (cr, "blocked", lf, RS_TEXT_BOLD, gate, &theme->background,
                                      lx + w, ly, 0.0, 1.0);
            }
          else
            {
              g_autofree char *number = rs_text_number (trace->delta[l][j - 1], 3);
              g_autofree char *text = g_strdup_printf ("δ = %s", number);

              rs_text_measure (cr, text, lf, RS_TEXT_REGULAR, &w, NULL);
              rs_text_draw_with_halo (cr, text, lf, RS_TEXT_REGULAR, theme->text,
                                      &theme->background, fit_left (layout, x + 0.6 * r, w), ly,
                                      0.0, 1.0);
            }
        }
    }
}

/* A soft band across the diagram where a moving front is, so the eye can follow it. */
static void
draw_front (cairo_t *cr, const RsDiagramLayout *layout, const RsTheme *theme, double front)
{
  int l = CLAMP ((int) floor (front), 1, layout->n_layers - 1);
  double t = CLAMP (front - l, 0.0, 1.0);
  double x = layout->layers[l].x + t * (layout->layers[l + 1].x - layout->layers[l].x);
  double half = 1.6 * layout->font_size;
  double top = layout->title_band.y + layout->title_band.height;
  cairo_pattern_t *band = cairo_pattern_create_linear (x - half, 0, x + half, 0);

  cairo_pattern_add_color_stop_rgba (band, 0, theme->selection.r, theme->selection.g,
                                     theme->selection.b, 0);
  cairo_pattern_add_color_stop_rgba (band, 0.5, theme->selection.r, theme->selection.g,
                                     theme->selection.b, 0.25);
  cairo_pattern_add_color_stop_rgba (band, 1, theme->selection.r, theme->selection.g,
                                     theme->selection.b, 0);
  cairo_save (cr);
  cairo_rectangle (cr, x - half, top, 2 * half, layout->area.y + layout->area.height - top);
  cairo_set_source (cr, band);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_pattern_destroy (band);
}

/* One picture of `phase` at `progress`, without cross-fading. */
static void
draw_picture (cairo_t *cr, const RsDiagramLayout *layout, const RsPhaseState *state,
              RsPhase phase, double progress, RsEdgeScale *scale_out)
{
  const RsTheme *theme = rs_theme_get (state->diagram.dark);
  RsPhaseState at = *state;
  RsDiagramState ds = state->diagram;
  RsNetwork *display = rs_network_copy (state->diagram.net);
  RsEdgeScale weights, scale;
  Reach reach;

  at.phase = phase;
  at.progress = progress;
  reach = reach_of (&at);

  /* Lit and unlit edges share the scale of the whole Θ: the grey ones must not rescale the
   * others. The update refits as Θ moves, so its ends match the plain diagram's. */
  ds.net = display;
  ds.before = NULL;
  ds.colouring = RS_COLOURING_WEIGHTS;
  ds.scale = NULL;
  if (phase == RS_PHASE_FORWARD || phase == RS_PHASE_ERROR || phase == RS_PHASE_BACKWARD)
    {
      RsEdgeSource source = { state->diagram.net, RS_COLOURING_WEIGHTS, NULL, 0, NULL };

      rs_edge_scale_fit (&weights, &source, layout->show_bias);
      ds.scale = &weights;
    }
  ds.values_through = reach.values_through;
  ds.hover = ds.selection = RS_DIAGRAM_ITEM_NONE;

  switch (phase)
    {
    case RS_PHASE_FORWARD:
      light_edges (display, &at, &reach);
      /* Values on edges that are still grey would read "0". */
      ds.show_edge_values = state->diagram.show_edge_values && progress >= 1;
      break;
    case RS_PHASE_BACKWARD:
      light_edges (display, &at, &reach);
      ds.show_edge_values = FALSE;
      break;
    case RS_PHASE_GRADIENTS:
      ds.colouring = RS_COLOURING_GRADIENTS;
      break;
    case RS_PHASE_UPDATE:
      interpolate (display, state, progress);
      break;
    case RS_PHASE_ERROR:
    default:
      break;
    }

  rs_diagram_state_scale (&ds, layout->show_bias, &scale);
  ds.scale = &scale;
  rs_diagram_draw_base (cr, layout, &ds);

  /* Only while the front moves: the end state is a plain picture. */
  if (phase == RS_PHASE_FORWARD && progress > 0 && progress < FRONT_END)
    draw_front (cr, layout, theme, reach.forward_front);
  if (phase == RS_PHASE_BACKWARD && progress > 0 && progress < FRONT_END)
    draw_front (cr, layout, theme, reach.delta_front);
  if (phase == RS_PHASE_ERROR)
    draw_errors (cr, layout, state, theme, progress);
  if (phase == RS_PHASE_BACKWARD || phase == RS_PHASE_GRADIENTS)
    draw_deltas (cr, layout, state, theme, &reach);

  if (scale_out != NULL)
    *scale_out = scale;
  rs_network_free (display);
}

void
rs_phase_draw (cairo_t *cr, const RsDiagramLayout *layout, const RsPhaseState *state,
               RsEdgeScale *legend_scale)
{
  double t;

  g_return_if_fail (cr != NULL && layout != NULL && state != NULL);
  g_return_if_fail (state->diagram.net != NULL && state->diagram.trace != NULL);
  g_return_if_fail (state->phase < RS_N_PHASES);
  g_return_if_fail (rs_diagram_layout_fits (layout, state->diagram.net));

  t = CLAMP (state->progress, 0.0, 1.0);
  cairo_save (cr);
  if (state->phase == RS_PHASE_GRADIENTS && t < 1)
    {
      RsPhaseState over = *state;
      RsEdgeScale gradients;

      /* The lit weights of the backward pass turn into the gradient colours; the picture on
       * top brings its own background or both would show through. */
      over.diagram.draw_background = TRUE;
      draw_picture (cr, layout, state, RS_PHASE_BACKWARD, 1.0, legend_scale);
      cairo_push_group (cr);
      draw_picture (cr, layout, &over, RS_PHASE_GRADIENTS, 1.0, &gradients);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, t);
      if (legend_scale != NULL && t >= 0.5)
        *legend_scale = gradients;
    }
  else
    draw_picture (cr, layout, state, state->phase, t, legend_scale);
  cairo_restore (cr);
}
