/* rs-diagram-edge-values.c — the numbers on the edges of small networks.
 *
 * For the handful of edges of a teaching network (the question's has 17) the value itself is
 * the point: "this gradient is exactly 0". Each label is a small pill placed on its edge at
 * the first of a few positions along it where it hits neither a unit nor another label;
 * a label that finds no free place is left out rather than overlap (the tooltip still has
 * it).
 */
#include <math.h>

#include "rs-diagram-private.h"
#include "rs-text.h"

/* Positions along an edge, from its source (0) to its target (1), in order of preference:
 * near the ends edges of one unit fan out and have room; the middle is where they cross. */
static const double positions[] = { 0.26, 0.74, 0.36, 0.64, 0.18, 0.82, 0.5 };

#define MAX_OBSTACLES 256

typedef struct
{
  RsRect boxes[MAX_OBSTACLES];
  int n;
} Obstacles;

static void
add_box (Obstacles *o, RsRect box)
{
  if (o->n < MAX_OBSTACLES)
    o->boxes[o->n++] = box;
}

static gboolean
is_free (const Obstacles *o, const RsRect *box)
{
  for (int i = 0; i < o->n; i++)
    {
      const RsRect *b = &o->boxes[i];

      if (box->x < b->x + b->width && b->x < box->x + box->width && box->y < b->y + b->height
          && b->y < box->y + box->height)
        return FALSE;
    }
  return TRUE;
}

/* The units, bias nodes and the labels under the units. */
static void
add_units (Obstacles *o, const RsDiagramLayout *layout)
{
  for (int l = 1; l <= layout->n_layers; l++)
    {
      const RsLayoutLayer *layer = &layout->layers[l];
      double lf = layer->label_font_size;

      if (layer->has_bias)
        {
          double h = layout->bias_radius;

          add_box (o, (RsRect) { layer->x - h, layer->bias_y - h, 2 * h, 2 * h });
        }
      for (int j = 1; j <= layer->n_units; j++)
        {
          double x, y, r = layer->radius;

          rs_diagram_layout_unit_centre (layout, l, j, &x, &y);
          add_box (o, (RsRect) { x - r - 1.5 * lf, y - r - 1.2 * lf, 2 * r + 1.5 * lf,
                                 2 * r + 3.8 * lf });
        }
    }
}

static void
pill (cairo_t *cr, const RsRect *box)
{
  double r = box->height / 2;

  cairo_new_path (cr);
  cairo_arc (cr, box->x + r, box->y + r, r, G_PI / 2, 3 * G_PI / 2);
  cairo_arc (cr, box->x + box->width - r, box->y + r, r, -G_PI / 2, G_PI / 2);
  cairo_close_path (cr);
}

/* Places the label of Θ⁽ˡ⁾ⱼₖ and draws it when `draw`. */
static void
place_label (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramState *state,
             const RsEdgeScale *scale, Obstacles *obstacles, int l, int j, int k,
             gboolean draw)
{
  const RsTheme *theme = rs_theme_get (state->dark);
  const double size = layout->layers[l].label_font_size;
  size_t i = rs_network_index (state->net, l, j, k);
  RsEdgeSource source = rs_diagram_state_edge_source (state);
  double v = rs_edge_value (&source, i);
  RsEdgeStyle style = rs_palette_edge_style (scale, v, state->dark);
  g_autofree char *text = rs_text_number (v, 3);
  double x0, y0, x1, y1, w, h;

  rs_diagram_layout_edge_ends (layout, l, j, k, &x0, &y0, &x1, &y1);
  rs_text_measure (cr, text, size, RS_TEXT_REGULAR, &w, &h);
  w += 0.7 * size;

  for (size_t p = 0; p < G_N_ELEMENTS (positions); p++)
    {
      double cx = x0 + positions[p] * (x1 - x0), cy = y0 + positions[p] * (y1 - y0);
      RsRect box = { cx - w / 2, cy - h / 2, w, h };

      if (!is_free (obstacles, &box))
        continue;
      add_box (obstacles, box);
      if (!draw)
        return;
      pill (cr, &box);
      rs_colour_set_source (cr, theme->background);
      cairo_fill_preserve (cr);
      /* The pill's rim in the edge's colour ties the number to its edge where edges cross. */
      rs_colour_set_source (cr, style.colour);
      cairo_set_line_width (cr, 1.2);
      if (style.dashed)
        rs_diagram_set_zero_dash (cr, 2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      rs_text_draw (cr, text, size, RS_TEXT_REGULAR, theme->text, cx, cy, 0.5, 0.5);
      return;
    }
}

void
rs_diagram_draw_edge_values (cairo_t *cr, const RsDiagramLayout *layout,
                             const RsDiagramState *state, const RsEdgeScale *scale,
                             const RsDiagramItem *only)
{
  Obstacles *obstacles = g_new0 (Obstacles, 1);

  /* Every label is placed in the same order even when only one is drawn, so the overlay
   * puts a label exactly where the base has it. */
  add_units (obstacles, layout);
  cairo_save (cr);
  for (int l = 2; l <= layout->n_layers; l++)
    for (int k = layout->layers[l - 1].has_bias ? 0 : 1; k <= layout->layers[l - 1].n_units;
         k++)
      for (int j = 1; j <= layout->layers[l].n_units; j++)
        {
          RsDiagramItem edge = { RS_ITEM_EDGE, l, j, k };

          place_label (cr, layout, state, scale, obstacles, l, j, k,
                       only == NULL || rs_diagram_item_equal (only, &edge));
        }
  cairo_restore (cr);
  g_free (obstacles);
}
