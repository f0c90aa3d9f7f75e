/* rs-diagram-units.c — units, bias nodes and their labels.
 *
 * A unit's state is shown by shape as well as colour, never by colour alone (README.md,
 * "Using the app"): active = filled, inactive on this example = hollow with a dashed outline, dead = dark
 * with a cross and the word "dead". Dense layers draw dots, rings and small crosses, one
 * path per kind, so a 1024-unit layer costs three fills or strokes.
 */
#include <math.h>

#include <glib/gi18n-lib.h>

#include "rs-diagram-private.h"
#include "rs-text.h"

static void
cross_path (cairo_t *cr, double x, double y, double half)
{
  cairo_move_to (cr, x - half, y - half);
  cairo_line_to (cr, x + half, y + half);
  cairo_move_to (cr, x - half, y + half);
  cairo_line_to (cr, x + half, y - half);
}

void
rs_diagram_unit_glyph (cairo_t *cr, const RsTheme *theme, RsUnitState state, double x,
                       double y, double r)
{
  double outline = CLAMP (r * 0.07, 1.0, 2.5);

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, r, 0, 2 * G_PI);
  switch (state)
    {
    case RS_UNIT_DEAD:
      rs_colour_set_source (cr, theme->dead_fill);
      cairo_fill_preserve (cr);
      rs_colour_set_source (cr, theme->unit_outline);
      cairo_set_line_width (cr, outline);
      cairo_stroke (cr);
      /* The cross leaves the circle's rim free, so it reads as a mark on the unit. */
      cross_path (cr, x, y, r * 0.5);
      rs_colour_set_source (cr, theme->dead_mark);
      cairo_set_line_width (cr, MAX (r * 0.12, 1.2));
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke (cr);
      break;
    case RS_UNIT_INACTIVE:
      {
        double dash[2] = { MAX (2.0, r * 0.22), MAX (2.0, r * 0.16) };

        rs_colour_set_source (cr, theme->inactive_fill);
        cairo_fill_preserve (cr);
        rs_colour_set_source (cr, theme->unit_outline);
        cairo_set_line_width (cr, outline);
        cairo_set_dash (cr, dash, 2, 0);
        cairo_stroke (cr);
        break;
      }
    case RS_UNIT_ACTIVE:
    default:
      rs_colour_set_source (cr, theme->unit_fill);
      cairo_fill_preserve (cr);
      rs_colour_set_source (cr, theme->unit_outline);
      cairo_set_line_width (cr, outline);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

static void
draw_bias (cairo_t *cr, const RsDiagramLayout *layout, const RsTheme *theme, int l)
{
  const RsLayoutLayer *layer = &layout->layers[l];
  double h = layout->bias_radius, x = layer->x, y = layer->bias_y;
  double c = 0.35 * h;

  /* A rounded square: a bias is a constant, not a unit with an activation. */
  cairo_new_path (cr);
  cairo_arc (cr, x + h - c, y - h + c, c, -G_PI / 2, 0);
  cairo_arc (cr, x + h - c, y + h - c, c, 0, G_PI / 2);
  cairo_arc (cr, x - h + c, y + h - c, c, G_PI / 2, G_PI);
  cairo_arc (cr, x - h + c, y - h + c, c, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  rs_colour_set_source (cr, theme->bias_fill);
  cairo_fill_preserve (cr);
  rs_colour_set_source (cr, theme->bias_outline);
  cairo_set_line_width (cr, CLAMP (h * 0.08, 1.0, 2.0));
  cairo_stroke (cr);
  rs_text_draw (cr, "+1", layout->bias_font_size, RS_TEXT_REGULAR, theme->text_muted, x, y,
                0.5, 0.5);
}

/* The labels of one large unit: a inside, the number to the left, z (and "dead") under
 * it, y to the right of an output unit. Labels outside the circle get a rim of background,
 * as edges run under them. */
static void
draw_unit_labels (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramState *state,
                  const RsTheme *theme, int l, int j, RsUnitState unit_state)
{
  const RsLayoutLayer *layer = &layout->layers[l];
  const RsTrace *trace = rs_diagram_shows_values (state, l) ? state->trace : NULL;
  const RsColour *halo = &theme->background;
  const double lf = layer->label_font_size;
  double x, y, below;

  rs_diagram_layout_unit_centre (layout, l, j, &x, &y);
  below = y + layer->radius + 0.15 * lf;

  if (layer->show_index)
    {
      char index[16];

      g_snprintf (index, sizeof index, "%d", j);
      rs_text_draw_with_halo (cr, index, lf, RS_TEXT_REGULAR, theme->text_muted, halo,
                              x - layer->radius - 0.3 * lf, y, 1.0, 0.5);
    }

  if (unit_state == RS_UNIT_DEAD)
    {
      rs_text_draw_with_halo (cr, _("dead"), lf, RS_TEXT_BOLD, theme->dead_text, halo, x, below,
                              0.5, 0.0);
      below += 1.15 * lf;
    }
  else if (trace && layer->show_value)
    {
      g_autofree char *a = rs_text_number (trace->a[l][j - 1], 3);
      double size = layer->value_font_size, width;

      /* "−0.000497" is wider than "0.4": set it smaller rather than past the rim. */
      rs_text_measure (cr, a, size, RS_TEXT_REGULAR, &width, NULL);
      if (width > 1.7 * layer->radius)
        size *= 1.7 * layer->radius / width;
      rs_text_draw (cr, a, size, RS_TEXT_REGULAR,
                    unit_state == RS_UNIT_INACTIVE ? theme->text_muted : theme->text, x, y,
                    0.5, 0.5);
    }

  /* Under a dead unit z needs a second line; without room the word "dead" wins. */
  if (trace && layer->show_z && l >= 2 && (unit_state != RS_UNIT_DEAD || layer->show_z_twice))
    {
      g_autofree char *z = rs_text_number (trace->z[l][j - 1], 3);
      g_autofree char *text = g_strdup_printf ("z = %s", z);

      rs_text_draw_with_halo (cr, text, lf, RS_TEXT_REGULAR, theme->text_muted, halo, x, below,
                              0.5, 0.0);
    }

  if (state->target && layout->show_targets && l == layout->n_layers)
    {
      g_autofree char *v = rs_text_number (state->target[j - 1], 3);
      g_autofree char *text = g_strdup_printf ("y = %s", v);

      rs_text_draw_with_halo (cr, text, lf, RS_TEXT_REGULAR, theme->text_muted, halo,
                              x + layer->radius + 0.6 * lf, y, 0.0, 0.5);
    }
}

static void
draw_large_layer (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramState *state,
                  const RsTheme *theme, int l)
{
  const RsLayoutLayer *layer = &layout->layers[l];

  for (int j = 1; j <= layer->n_units; j++)
    {
      RsUnitState unit_state = rs_diagram_unit_state (state, l, j);
      double x, y;

      rs_diagram_layout_unit_centre (layout, l, j, &x, &y);
      rs_diagram_unit_glyph (cr, theme, unit_state, x, y, layer->radius);
      draw_unit_labels (cr, layout, state, theme, l, j, unit_state);
    }
}

/* Dots: one path per unit state. */
static void
draw_dense_layer (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramState *state,
                  const RsTheme *theme, int l)
{
  const RsLayoutLayer *layer = &layout->layers[l];
  const double r = layer->radius;

  for (RsUnitState kind = RS_UNIT_ACTIVE; kind <= RS_UNIT_DEAD; kind++)
    {
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (int j = 1; j <= layer->n_units; j++)
        {
          double x, y;

          if (rs_diagram_unit_state (state, l, j) != kind)
            continue;
          rs_diagram_layout_unit_centre (layout, l, j, &x, &y);
          if (kind == RS_UNIT_DEAD)
            cross_path (cr, x, y, MAX (1.6 * r, 2.0));
          else
            {
              cairo_move_to (cr, x + r, y);
              cairo_arc (cr, x, y, r, 0, 2 * G_PI);
            }
          any = TRUE;
        }
      if (!any)
        continue;

      switch (kind)
        {
        case RS_UNIT_ACTIVE:
          rs_colour_set_source (cr, theme->unit_outline);
          cairo_fill (cr);
          break;
        case RS_UNIT_INACTIVE:
          rs_colour_set_source (cr, theme->unit_outline);
          cairo_set_line_width (cr, MAX (r * 0.35, 0.6));
          cairo_stroke (cr);
          break;
        case RS_UNIT_DEAD:
        default:
          /* Crosses bigger than the dots, so a dead unit reads by shape among them. */
          rs_colour_set_source (cr, theme->dead_fill);
          cairo_set_line_width (cr, MAX (r * 0.7, 1.0));
          cairo_stroke (cr);
          break;
        }
    }
}

void
rs_diagram_draw_units (cairo_t *cr, const RsDiagramLayout *layout,
                       const RsDiagramState *state)
{
  const RsTheme *theme = rs_theme_get (state->dark);

  cairo_save (cr);
  for (int l = 1; l <= layout->n_layers; l++)
    {
      if (layout->layers[l].has_bias)
        draw_bias (cr, layout, theme, l);
      if (layout->layers[l].radius >= RS_LAYOUT_DOT_RADIUS)
        draw_large_layer (cr, layout, state, theme, l);
      else
        draw_dense_layer (cr, layout, state, theme, l);
    }
  cairo_restore (cr);
}
