/* rs-diagram-edges.c — the edges, fast.
 *
 * A 6 × 64 network has about 20 000 edges; stroked one by one with alpha, each costs cairo
 * roughly its bounding box, seconds per frame. So each edge's value is quantized to one of
 * a few dozen levels (rs_palette_edge_level) with an opaque, pre-blended colour, the edges
 * of a layer gap are counting-sorted by level, and the levels are drawn weakest first so
 * strong edges lie on top. On an image surface (the window, PNG export) the lines are then
 * written straight into the pixels (rs-line-raster.h); on vector surfaces (SVG, PDF) each
 * level is stroked as one path of many move_to / line_to. What is lost against translucent
 * strokes is only the darkening where two edges of one level cross, which is invisible at
 * these widths.
 *
 * A gap with more edges than EDGE_BUDGET (a 1024-wide layer has a million) draws only its
 * strongest levels up to the budget, over a faint band that shows the full connection: the
 * weakest edges would be sub-pixel noise there anyway.
 */
#include <math.h>
#include <string.h>

#include "rs-diagram-private.h"
#include "rs-line-raster.h"

#define N_LEVELS (2 * RS_PALETTE_LEVELS + 1)
#define EDGE_BUDGET 12000

/* Index of a level in the per-gap tables. */
static inline int
slot_of (int level)
{
  return level + RS_PALETTE_LEVELS;
}

void
rs_diagram_zero_dash (double width, double *on, double *off)
{
  /* Long enough that the gaps survive antialiasing and read as "dashed", not "faint". */
  *on = MAX (4.0, 1.7 * width);
  *off = MAX (3.5, 1.3 * width);
}

void
rs_diagram_set_zero_dash (cairo_t *cr, double width)
{
  double dash[2];

  rs_diagram_zero_dash (width, &dash[0], &dash[1]);
  cairo_set_dash (cr, dash, 2, 0);
}

static double
level_width (const RsLayoutLayer *to, const RsEdgeStyle *style)
{
  /* Sub-pixel widths fade out under antialiasing; below half a pixel the colour already
   * carries the magnitude, so keep the line visible. */
  return MAX (to->edge_width * style->width, to->thin_edges ? 0.5 : 1.0);
}

static void
set_level_style (cairo_t *cr, const RsLayoutLayer *to, const RsEdgeStyle *style)
{
  rs_colour_set_source (cr, style->colour);
  cairo_set_line_width (cr, level_width (to, style));
  if (style->dashed)
    rs_diagram_set_zero_dash (cr, to->edge_width);
  else
    cairo_set_dash (cr, NULL, 0, 0);
}

/* The faint band under a gap whose edges are not all drawn. */
static void
fill_band (cairo_t *cr, const RsDiagramLayout *layout, int l, const RsTheme *theme)
{
  const RsLayoutLayer *from = &layout->layers[l - 1], *to = &layout->layers[l];
  double from_top = from->has_bias ? from->bias_y : from->y0;

  cairo_new_path (cr);
  cairo_move_to (cr, from->x, from_top);
  cairo_line_to (cr, to->x, to->y0);
  cairo_line_to (cr, to->x, to->y0 + (to->n_units - 1) * to->dy);
  cairo_line_to (cr, from->x, from->y0 + (from->n_units - 1) * from->dy);
  cairo_close_path (cr);
  rs_colour_set_source (cr, rs_colour_mix (theme->background, theme->neutral, 0.12));
  cairo_fill (cr);
}

/* Draw order of the levels: exact zero under everything, then by growing magnitude. */
static int
level_in_order (int i)
{
  int magnitude;

  if (i == 0)
    return 0;
  magnitude = (i + 1) / 2;
  return (i % 2) ? -magnitude : magnitude;
}

/* The edges into layer l: into `raster` when given, else stroked with cairo. */
static void
draw_gap (cairo_t *cr, RsRaster *raster, const RsDiagramLayout *layout,
          const RsDiagramState *state, const RsEdgeScale *scale, int l)
{
  const RsNetwork *net = state->net;
  const RsEdgeSource source = rs_diagram_state_edge_source (state);
  const RsLayoutLayer *from = &layout->layers[l - 1], *to = &layout->layers[l];
  const int k_first = from->has_bias ? 0 : 1;
  const int n_src = from->n_units + 1 - k_first;
  const int n_edges = to->n_units * n_src;
  int count[N_LEVELS] = { 0 }, start[N_LEVELS + 1];
  gint8 *levels = g_new (gint8, n_edges);
  int *order = g_new (int, n_edges);
  int lowest_drawn = 0; /* magnitudes below this are left out (over budget) */
  int stride = 1;       /* … and of magnitude lowest_drawn only every stride-th is drawn */
  int e = 0;

  /* Pass 1: the level of every edge. Edge e = (j − 1)·n_src + (k − k_first). */
  for (int j = 1; j <= to->n_units; j++)
    {
      size_t row = rs_network_index (net, l, j, 0);

      for (int k = k_first; k <= from->n_units; k++, e++)
        {
          double v = rs_edge_value (&source, row + (size_t) k);

          levels[e] = (gint8) rs_palette_edge_level (scale, v);
          count[slot_of (levels[e])]++;
        }
    }

  if (n_edges > EDGE_BUDGET)
    {
      int kept = 0;

      fill_band (cr, layout, l, rs_theme_get (state->dark));
      for (lowest_drawn = RS_PALETTE_LEVELS; lowest_drawn > 0; lowest_drawn--)
        {
          int here = count[slot_of (lowest_drawn)] + count[slot_of (-lowest_drawn)];

          if (kept + here > EDGE_BUDGET)
            {
              /* The level that overflows the budget is thinned evenly, so a gap whose
               * strongest level alone is too big still shows its texture. */
              stride = (here + (EDGE_BUDGET - kept) - 1) / MAX (EDGE_BUDGET - kept, 1);
              break;
            }
          kept += here;
        }
      lowest_drawn = MAX (lowest_drawn, 1);
    }

  /* Pass 2: counting sort by level. */
  start[0] = 0;
  for (int s = 0; s < N_LEVELS; s++)
    start[s + 1] = start[s] + count[s];
  {
    int fill[N_LEVELS];

    memcpy (fill, start, sizeof fill);
    for (e = 0; e < n_edges; e++)
      order[fill[slot_of (levels[e])]++] = e;
  }

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  /* Pass 3: one stroke per level, or the lines straight into the pixels. */
  for (int i = 0; i < N_LEVELS; i++)
    {
      int level = level_in_order (i), s = slot_of (level);
      double dash = 0, gap = 0;
      RsEdgeStyle style;

      if (count[s] == 0 || (level != 0 && ABS (level) < lowest_drawn)
          || (level == 0 && lowest_drawn > 0))
        continue;

      style = rs_palette_level_style (scale, level, state->dark);
      if (style.dashed)
        rs_diagram_zero_dash (to->edge_width, &dash, &gap);
      if (raster)
        rs_raster_set_pen (raster, level_width (to, &style), style.colour, dash, gap);
      cairo_new_path (cr);
      for (int n = start[s]; n < start[s + 1]; n += ABS (level) == lowest_drawn ? stride : 1)
        {
          int j = order[n] / n_src + 1, k = order[n] % n_src + k_first;
          double y0 = k == 0 ? from->bias_y : from->y0 + (k - 1) * from->dy;
          double y1 = to->y0 + (j - 1) * to->dy;

          if (raster)
            rs_raster_line (raster, from->x, y0, to->x, y1);
          else
            {
              cairo_move_to (cr, from->x, y0);
              cairo_line_to (cr, to->x, y1);
            }
        }
      if (!raster)
        {
          set_level_style (cr, to, &style);
          cairo_stroke (cr);
        }
    }

  cairo_set_dash (cr, NULL, 0, 0);
  g_free (order);
  g_free (levels);
}

void
rs_diagram_draw_edges (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramState *state,
                       const RsEdgeScale *scale)
{
  /* On image surfaces the lines go straight into the pixels (rs-line-raster.h), on vector
   * surfaces they are stroked level by level. */
  RsRaster *raster = rs_raster_new (cr);

  cairo_save (cr);
  for (int l = 2; l <= layout->n_layers; l++)
    draw_gap (cr, raster, layout, state, scale, l);
  rs_raster_finish (raster);
  cairo_restore (cr);
}

void
rs_diagram_stroke_edge (cairo_t *cr, const RsDiagramLayout *layout,
                        const RsDiagramState *state, const RsEdgeScale *scale,
                        const RsDiagramItem *edge)
{
  const RsLayoutLayer *to = &layout->layers[edge->layer];
  size_t i = rs_network_index (state->net, edge->layer, edge->j, edge->k);
  RsEdgeSource source = rs_diagram_state_edge_source (state);
  double v = rs_edge_value (&source, i);
  RsEdgeStyle style = rs_palette_edge_style (scale, v, state->dark);
  double x0, y0, x1, y1;

  rs_diagram_layout_edge_ends (layout, edge->layer, edge->j, edge->k, &x0, &y0, &x1, &y1);
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  set_level_style (cr, to, &style);
  /* The overlay shows one edge: it may be wider than its peers to be found. */
  cairo_set_line_width (cr, MAX (cairo_get_line_width (cr), 1.5));
  cairo_stroke (cr);
  cairo_restore (cr);
}
