/* rs-diagram.c — the diagram's passes in order: background, titles, edges, edge values,
 * units; and the overlay of hover and selection. */
#include "rs-diagram.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "rs-diagram-private.h"
#include "rs-text.h"

void
rs_diagram_state_init (RsDiagramState *state, const RsNetwork *net)
{
  g_return_if_fail (state != NULL);

  *state = (RsDiagramState) { 0 };
  state->net = net;
  state->colouring = RS_COLOURING_WEIGHTS;
  state->alpha = 0.1;
  state->show_edge_values = TRUE;
  state->draw_background = TRUE;
  state->hover = RS_DIAGRAM_ITEM_NONE;
  state->selection = RS_DIAGRAM_ITEM_NONE;
}

gboolean
rs_diagram_shows_values (const RsDiagramState *state, int l)
{
  return state->trace != NULL && (state->values_through <= 0 || l <= state->values_through);
}

RsUnitState
rs_diagram_unit_state (const RsDiagramState *state, int l, int j)
{
  if (l < 2)
    return RS_UNIT_ACTIVE;
  if (state->census && rs_census_is_dead (state->census, l, j))
    return RS_UNIT_DEAD;
  if (rs_diagram_shows_values (state, l) && state->trace->gprime[l][j - 1] == 0)
    return RS_UNIT_INACTIVE;
  return RS_UNIT_ACTIVE;
}

RsEdgeSource
rs_diagram_state_edge_source (const RsDiagramState *state)
{
  return (RsEdgeSource) { state->net, state->colouring, state->before, state->alpha,
                          state->next_grads };
}

void
rs_diagram_state_scale (const RsDiagramState *state, gboolean include_bias, RsEdgeScale *scale)
{
  RsEdgeSource source = rs_diagram_state_edge_source (state);

  if (state->scale && state->scale->colouring == state->colouring)
    *scale = *state->scale;
  else
    rs_edge_scale_fit (scale, &source, include_bias);
}

static char *
layer_title (const RsNetwork *net, int l, gboolean with_activation)
{
  const char *act = l >= 2 ? rs_activation_name (net->activation[l]) : NULL;

  if (l == 1)
    return g_strdup (_("input"));
  if (l == net->n_layers)
    return with_activation ? g_strdup_printf (_("output (%s)"), act) : g_strdup (_("output"));
  if (with_activation)
    return g_strdup_printf (_("hidden %d (%s)"), l - 1, act);
  return g_strdup_printf (_("hidden %d"), l - 1);
}

static char *
layer_subtitle (const RsDiagramState *state, int l, gboolean with_activation)
{
  const RsNetwork *net = state->net;
  GString *s = g_string_new (NULL);
  int dead = (state->census && l >= 2) ? rs_census_dead_in_layer (state->census, l) : 0;

  if (with_activation && l >= 2)
    g_string_append_printf (s, "%s · ", rs_activation_name (net->activation[l]));
  g_string_append_printf (s, ngettext ("%d unit", "%d units", net->units[l]), net->units[l]);
  if (dead > 0)
    g_string_append_printf (s, _(" · %d dead"), dead);
  return g_string_free (s, FALSE);
}

/* "hidden 1 (relu)" over "3 units · 1 dead"; in narrow columns the activation moves to the
 * second line, and what still does not fit is set smaller. */
static void
draw_titles (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramState *state,
             const RsTheme *theme)
{
  const double fs = layout->font_size, room = 0.94 * layout->column_width;
  const double top = layout->title_band.y;

  for (int l = 1; l <= layout->n_layers; l++)
    {
      gboolean long_form = TRUE;
      g_autofree char *title = layer_title (state->net, l, TRUE);
      g_autofree char *subtitle = NULL;
      double w, sw, size = fs, sub_size = 0.82 * fs;

      rs_text_measure (cr, title, size, RS_TEXT_BOLD, &w, NULL);
      if (w > room)
        {
          long_form = FALSE;
          g_free (title);
          title = layer_title (state->net, l, FALSE);
          rs_text_measure (cr, title, size, RS_TEXT_BOLD, &w, NULL);
        }
      subtitle = layer_subtitle (state, l, !long_form);
      rs_text_measure (cr, subtitle, sub_size, RS_TEXT_REGULAR, &sw, NULL);
      if (w > room)
        size *= room / w;
      if (sw > room)
        sub_size *= room / sw;

      rs_text_draw (cr, title, size, RS_TEXT_BOLD, theme->text, layout->layers[l].x, top, 0.5,
                    0.0);
      rs_text_draw (cr, subtitle, sub_size, RS_TEXT_REGULAR, theme->text_muted,
                    layout->layers[l].x, top + 1.3 * fs, 0.5, 0.0);
    }
}

void
rs_diagram_draw_base (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramState *state)
{
  const RsTheme *theme;
  RsEdgeScale scale;

  g_return_if_fail (cr != NULL && layout != NULL && state != NULL && state->net != NULL);
  g_return_if_fail (rs_diagram_layout_fits (layout, state->net));

  theme = rs_theme_get (state->dark);
  rs_diagram_state_scale (state, layout->show_bias, &scale);

  cairo_save (cr);
  if (state->draw_background)
    {
      cairo_rectangle (cr, layout->area.x, layout->area.y, layout->area.width,
                       layout->area.height);
      rs_colour_set_source (cr, theme->background);
      cairo_fill (cr);
    }
  draw_titles (cr, layout, state, theme);
  rs_diagram_draw_edges (cr, layout, state, &scale);
  rs_diagram_draw_units (cr, layout, state);
  if (state->show_edge_values && layout->show_edge_values)
    rs_diagram_draw_edge_values (cr, layout, state, &scale, NULL);
  cairo_restore (cr);
}

static void
ring (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramItem *item, RsColour colour,
      double width)
{
  const RsLayoutLayer *layer = &layout->layers[item->layer];
  double x, y;

  rs_diagram_layout_unit_centre (layout, item->layer, item->j, &x, &y);
  cairo_new_path (cr);
  if (item->kind == RS_ITEM_BIAS)
    {
      double h = layout->bias_radius + 0.5 * width + 2;

      cairo_rectangle (cr, x - h, y - h, 2 * h, 2 * h);
    }
  else
    /* Dots get a ring big enough to be seen around them. */
    cairo_arc (cr, x, y, MAX (layer->radius, 4.0) + 0.5 * width + 2, 0, 2 * G_PI);
  rs_colour_set_source (cr, colour);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

/* Clips to the layout's area minus the two units an edge joins. */
static void
clip_out_ends (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramItem *edge, double x0,
               double y0, double x1, double y1)
{
  const RsLayoutLayer *from = &layout->layers[edge->layer - 1];
  const RsLayoutLayer *to = &layout->layers[edge->layer];
  double r0 = edge->k == 0 ? layout->bias_radius * G_SQRT2 : from->radius;

  cairo_new_path (cr);
  cairo_rectangle (cr, layout->area.x, layout->area.y, layout->area.width,
                   layout->area.height);
  if (r0 >= RS_LAYOUT_DOT_RADIUS)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x0, y0, r0, 0, 2 * G_PI);
    }
  if (to->radius >= RS_LAYOUT_DOT_RADIUS)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x1, y1, to->radius, 0, 2 * G_PI);
    }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_clip (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
}

static void
mark (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramState *state,
      const RsEdgeScale *scale, const RsDiagramItem *item, RsColour colour, double width)
{
  if (!rs_diagram_item_is_valid (item, state->net))
    return;
  if (item->kind == RS_ITEM_BIAS && !layout->layers[item->layer].has_bias)
    return;

  if (item->kind == RS_ITEM_EDGE)
    {
      double x0, y0, x1, y1;

      if (item->k == 0 && !layout->layers[item->layer - 1].has_bias)
        return;
      /* A halo under the edge, then the edge again in its own colour, so it keeps its
       * meaning while standing out; both stop at the units' rims so the units stay on top
       * as in the base. */
      rs_diagram_layout_edge_ends (layout, item->layer, item->j, item->k, &x0, &y0, &x1, &y1);
      cairo_save (cr);
      clip_out_ends (cr, layout, item, x0, y0, x1, y1);
      cairo_new_path (cr);
      cairo_move_to (cr, x0, y0);
      cairo_line_to (cr, x1, y1);
      rs_colour_set_source (cr, colour);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_width (cr, layout->layers[item->layer].edge_width + 2 * width);
      cairo_stroke (cr);
      rs_diagram_stroke_edge (cr, layout, state, scale, item);
      cairo_restore (cr);
      if (state->show_edge_values && layout->show_edge_values)
        rs_diagram_draw_edge_values (cr, layout, state, scale, item);
      return;
    }
  ring (cr, layout, item, colour, width);
}

void
rs_diagram_draw_overlay (cairo_t *cr, const RsDiagramLayout *layout,
                         const RsDiagramState *state)
{
  const RsTheme *theme;
  RsEdgeScale scale;
  const double w = CLAMP (0.18 * layout->font_size, 2.0, 4.0);

  g_return_if_fail (cr != NULL && layout != NULL && state != NULL && state->net != NULL);

  if (state->hover.kind == RS_ITEM_NONE && state->selection.kind == RS_ITEM_NONE)
    return;
  theme = rs_theme_get (state->dark);
  rs_diagram_state_scale (state, layout->show_bias, &scale);

  cairo_save (cr);
  if (!rs_diagram_item_equal (&state->hover, &state->selection))
    mark (cr, layout, state, &scale, &state->hover, theme->hover, w);
  mark (cr, layout, state, &scale, &state->selection, theme->selection, 1.4 * w);
  cairo_restore (cr);
}

void
rs_diagram_draw (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramState *state)
{
  rs_diagram_draw_base (cr, layout, state);
  rs_diagram_draw_overlay (cr, layout, state);
}
