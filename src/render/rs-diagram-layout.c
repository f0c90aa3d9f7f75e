/* rs-diagram-layout.c — positions and sizes of the diagram: pure arithmetic.
 *
 * Every size derives from one font size, itself from the area, so a figure exported at
 * 3000 px looks like the window at 1400 px, only sharper. Each layer is a centred stack of
 * its bias node (when shown) and its units; small layers keep a readable spacing instead of
 * spreading over the whole height, dense ones share the height evenly and become dots.
 */
#include "rs-diagram-layout.h"

#include <math.h>
#include <string.h>

/* Above this many edges in total, values are not written on the edges. */
#define MAX_LABELLED_EDGES 40
/* Above this many edges into a layer, they are drawn thin and fast. */
#define THIN_EDGE_COUNT 600

static double
font_size_for_area (const RsRect *area, double text_scale)
{
  /* Titles about 18 px on a 1400 × 900 view; never unreadably small, never huge; and then
   * as much larger or smaller as asked, so Ctrl+plus helps in a small window too. */
  return MAX (text_scale * CLAMP (MIN (area->width, 1.5 * area->height) / 76.0, 7.0, 26.0),
              5.0);
}

static void
place_layer (RsDiagramLayout *layout, int l, double top, double band, double gap_x)
{
  RsLayoutLayer *layer = &layout->layers[l];
  double fs = layout->font_size;
  double r_max = 2.5 * fs;
  double bias_room = layer->has_bias ? 2 * layout->bias_radius + 0.6 * fs : 0;
  int s = layer->n_units;
  double sp, bias_slot, start;

  /* sp: the height each unit's slot takes. Capped so 2 or 3 units stay together. */
  sp = MIN (4.0 * r_max, (band - bias_room) / s);
  if (layer->has_bias)
    sp = MIN (sp, band / (s + 1));
  sp = MAX (sp, 1e-3);
  bias_slot = layer->has_bias ? MAX (sp, bias_room) : 0;

  start = top + (band - (bias_slot + s * sp)) / 2;
  layer->bias_y = start + bias_slot / 2;
  layer->y0 = start + bias_slot + sp / 2;
  layer->dy = s > 1 ? sp : 0;

  layer->radius = MIN (r_max, 0.36 * sp);
  if (gap_x > 0)
    layer->radius = MIN (layer->radius, 0.2 * gap_x);
  /* Even the densest layer shows its units as visible dots, but no dot leaves its slot. */
  layer->radius = MAX (layer->radius, MIN (0.75, sp / 2));

  layer->label_font_size = 0.78 * fs;
  layer->value_font_size = MIN (0.85 * fs, 0.46 * layer->radius);
  layer->show_value = layer->radius >= 2 * RS_LAYOUT_DOT_RADIUS
                      && layer->value_font_size >= 7.5;
  layer->show_z = l >= 2 && layer->radius >= RS_LAYOUT_DOT_RADIUS
                  && (s == 1 || sp - 2 * layer->radius >= 1.4 * layer->label_font_size)
                  && gap_x >= 7 * layer->label_font_size;
  layer->show_z_twice = layer->show_z
                        && (s == 1 || sp - 2 * layer->radius >= 2.6 * layer->label_font_size);
  /* The number sits left of the unit, inside the column's margin. */
  layer->show_index = layer->radius >= RS_LAYOUT_DOT_RADIUS
                      && sp >= 1.3 * layer->label_font_size
                      && layout->column_width / 2 >= layer->radius + 2.5 * layer->label_font_size;
}

static void
size_edges (RsDiagramLayout *layout)
{
  const double fs = layout->font_size;
  int total = 0;

  for (int l = 2; l <= layout->n_layers; l++)
    {
      RsLayoutLayer *from = &layout->layers[l - 1], *to = &layout->layers[l];
      double sp_from = from->dy > 0 ? from->dy : 2 * from->radius;
      double sp_to = to->dy > 0 ? to->dy : 2 * to->radius;
      int n_edges = to->n_units * (from->n_units + (from->has_bias ? 1 : 0));

      /* The strongest edge may take a sixth of the tighter spacing: wide enough to compare
       * widths, narrow enough that neighbours stay apart. */
      to->edge_width = CLAMP (0.16 * MIN (sp_from, sp_to), 0.8, 0.42 * fs);
      to->thin_edges = n_edges > THIN_EDGE_COUNT || to->edge_width < 2;
      /* Thousands of edges read as a texture whose tone, not whose widths, carries the
       * weights; thinner strokes keep it from turning into a solid block (and cost fewer
       * pixels each frame). */
      if (n_edges > THIN_EDGE_COUNT)
        to->edge_width = MIN (to->edge_width, 1.1);
      total += n_edges;
    }

  layout->show_edge_values = total <= MAX_LABELLED_EDGES;
  for (int l = 1; l <= layout->n_layers; l++)
    layout->show_edge_values = layout->show_edge_values
                               && layout->layers[l].radius >= 1.2 * fs;
}

static void
compute_shape (RsDiagramLayout *layout, int n_layers, const int *units, const RsRect *area,
               gboolean show_bias, double text_scale)
{
  double fs, column_width, gap_x, top, bottom, band;
  int L = n_layers;

  g_return_if_fail (layout != NULL && units != NULL && area != NULL);
  g_return_if_fail (n_layers >= 1 && n_layers <= RS_MAX_LAYERS);

  memset (layout, 0, sizeof *layout);
  layout->area = *area;
  layout->n_layers = L;
  layout->show_bias = show_bias;
  layout->text_scale = text_scale;
  layout->font_size = fs = font_size_for_area (area, text_scale);
  layout->bias_radius = 0.95 * fs;
  layout->bias_font_size = 0.8 * fs;

  column_width = MIN (area->width / L, 24 * fs);
  layout->column_width = column_width;
  gap_x = L > 1 ? (area->width - column_width) / (L - 1) : 0;

  /* Two lines of title: "hidden 1 (relu)" and "3 units · 1 dead". */
  layout->title_band = (RsRect) { area->x, area->y + 0.5 * fs, area->width, 2.6 * fs };
  top = layout->title_band.y + layout->title_band.height + 0.7 * fs;
  bottom = area->y + area->height - 0.6 * fs;
  band = MAX (bottom - top, 1.0);

  for (int l = 1; l <= L; l++)
    {
      RsLayoutLayer *layer = &layout->layers[l];

      layer->n_units = MAX (units[l - 1], 1);
      layer->x = area->x + column_width / 2 + (l - 1) * gap_x;
      layer->has_bias = show_bias && l < L;
      place_layer (layout, l, top, band, gap_x);
    }
  size_edges (layout);

  /* "y = 1.000" beside the output units needs half a column of room. */
  layout->show_targets = layout->layers[L].show_value
                         && column_width / 2 - layout->layers[L].radius
                              >= 6.5 * layout->layers[L].label_font_size;
}

void
rs_diagram_layout_compute_shape (RsDiagramLayout *layout, int n_layers, const int *units,
                                 const RsRect *area, gboolean show_bias)
{
  compute_shape (layout, n_layers, units, area, show_bias, 1.0);
}

void
rs_diagram_layout_compute (RsDiagramLayout *layout, const RsNetwork *net, const RsRect *area,
                           gboolean show_bias)
{
  rs_diagram_layout_compute_scaled (layout, net, area, show_bias, 1.0);
}

void
rs_diagram_layout_compute_scaled (RsDiagramLayout *layout, const RsNetwork *net,
                                  const RsRect *area, gboolean show_bias, double text_scale)
{
  g_return_if_fail (net != NULL);
  if (!isfinite (text_scale))
    text_scale = 1.0;
  compute_shape (layout, net->n_layers, net->units + 1, area, show_bias,
                 CLAMP (text_scale, RS_TEXT_SCALE_MIN, RS_TEXT_SCALE_MAX));
}

gboolean
rs_diagram_layout_fits (const RsDiagramLayout *layout, const RsNetwork *net)
{
  g_return_val_if_fail (layout != NULL && net != NULL, FALSE);

  if (layout->n_layers != net->n_layers)
    return FALSE;
  for (int l = 1; l <= net->n_layers; l++)
    if (layout->layers[l].n_units != net->units[l])
      return FALSE;
  return TRUE;
}

void
rs_diagram_layout_unit_centre (const RsDiagramLayout *layout, int l, int j, double *x,
                               double *y)
{
  const RsLayoutLayer *layer = &layout->layers[l];

  *x = layer->x;
  *y = j == 0 ? layer->bias_y : layer->y0 + (j - 1) * layer->dy;
}

void
rs_diagram_layout_edge_ends (const RsDiagramLayout *layout, int l, int j, int k, double *x0,
                             double *y0, double *x1, double *y1)
{
  rs_diagram_layout_unit_centre (layout, l - 1, k, x0, y0);
  rs_diagram_layout_unit_centre (layout, l, j, x1, y1);
}

/* The unit of layer l whose centre is nearest to y. */
static int
nearest_unit (const RsLayoutLayer *layer, double y)
{
  int j;

  if (layer->dy <= 0)
    return 1;
  j = (int) lround ((y - layer->y0) / layer->dy) + 1;
  return CLAMP (j, 1, layer->n_units);
}

static gboolean
hit_unit (const RsDiagramLayout *layout, double x, double y, double tolerance,
          RsDiagramItem *item)
{
  for (int l = 1; l <= layout->n_layers; l++)
    {
      const RsLayoutLayer *layer = &layout->layers[l];
      double ux, uy;
      int j;

      if (fabs (x - layer->x) > MAX (layer->radius, layout->bias_radius) + tolerance)
        continue;
      if (layer->has_bias && fabs (x - layer->x) <= layout->bias_radius + tolerance
          && fabs (y - layer->bias_y) <= layout->bias_radius + tolerance)
        {
          *item = (RsDiagramItem) { RS_ITEM_BIAS, l, 0, 0 };
          return TRUE;
        }
      j = nearest_unit (layer, y);
      rs_diagram_layout_unit_centre (layout, l, j, &ux, &uy);
      if (hypot (x - ux, y - uy) <= layer->radius + tolerance)
        {
          *item = (RsDiagramItem) { RS_ITEM_UNIT, l, j, 0 };
          return TRUE;
        }
    }
  return FALSE;
}

/* Among the edges into layer l, the one nearest (x, y). For each source k, the edges to
 * the evenly spaced targets cross the vertical through x at evenly spaced heights, so the
 * nearest target follows from one division: O(s_{l−1}), not O(s_{l−1} · s_l). */
static double
nearest_edge_into (const RsDiagramLayout *layout, int l, double x, double y, int *best_j,
                   int *best_k)
{
  const RsLayoutLayer *from = &layout->layers[l - 1], *to = &layout->layers[l];
  double t = (x - from->x) / (to->x - from->x);
  double best = INFINITY;

  t = CLAMP (t, 1e-6, 1.0);
  for (int k = from->has_bias ? 0 : 1; k <= from->n_units; k++)
    {
      double x0, y0, target_y;
      int j;

      rs_diagram_layout_unit_centre (layout, l - 1, k, &x0, &y0);
      /* The height at which an edge from k would have to end to pass through (x, y). */
      target_y = y0 + (y - y0) / t;
      j = nearest_unit (to, target_y);
      for (int c = MAX (j - 1, 1); c <= MIN (j + 1, to->n_units); c++)
        {
          double x1, y1, d;

          rs_diagram_layout_unit_centre (layout, l, c, &x1, &y1);
          d = rs_point_segment_distance (x, y, x0, y0, x1, y1);
          if (d < best)
            {
              best = d;
              *best_j = c;
              *best_k = k;
            }
        }
    }
  return best;
}

RsDiagramItem
rs_diagram_layout_hit (const RsDiagramLayout *layout, double x, double y, double tolerance)
{
  RsDiagramItem item = RS_DIAGRAM_ITEM_NONE;

  g_return_val_if_fail (layout != NULL, item);

  if (hit_unit (layout, x, y, tolerance, &item))
    return item;

  for (int l = 2; l <= layout->n_layers; l++)
    {
      int j = 0, k = 0;

      if (x < layout->layers[l - 1].x - tolerance || x > layout->layers[l].x + tolerance)
        continue;
      if (nearest_edge_into (layout, l, x, y, &j, &k) <= tolerance)
        return (RsDiagramItem) { RS_ITEM_EDGE, l, j, k };
    }
  return item;
}

void
rs_diagram_layout_item_bounds (const RsDiagramLayout *layout, const RsDiagramItem *item,
                               RsRect *bounds)
{
  double x0, y0, x1, y1, m;

  g_return_if_fail (layout != NULL && item != NULL && bounds != NULL);

  switch (item->kind)
    {
    case RS_ITEM_UNIT:
    case RS_ITEM_BIAS:
      {
        const RsLayoutLayer *layer = &layout->layers[item->layer];
        double r = item->kind == RS_ITEM_BIAS ? layout->bias_radius : layer->radius;

        rs_diagram_layout_unit_centre (layout, item->layer, item->j, &x0, &y0);
        /* Room for the hover ring and the labels beside and under the unit. */
        m = r + 4 + 0.25 * layout->font_size;
        *bounds = (RsRect) { x0 - m - 3 * layer->label_font_size, y0 - m,
                             2 * m + 6 * layer->label_font_size,
                             2 * m + 1.6 * layer->label_font_size };
        return;
      }
    case RS_ITEM_EDGE:
      rs_diagram_layout_edge_ends (layout, item->layer, item->j, item->k, &x0, &y0, &x1, &y1);
      m = layout->layers[item->layer].edge_width + 6;
      *bounds = (RsRect) { MIN (x0, x1) - m, MIN (y0, y1) - m, fabs (x1 - x0) + 2 * m,
                           fabs (y1 - y0) + 2 * m };
      return;
    case RS_ITEM_NONE:
    default:
      *bounds = (RsRect) { 0, 0, 0, 0 };
      return;
    }
}
