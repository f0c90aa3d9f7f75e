/* rs-legend.c — the key to the colours, as one horizontal strip:
 *
 *   weight Θ                                 ○ active  ◌ inactive here  ⊗ dead
 *   ▁▂▃▄▅▆▇██▇▆▅▄▃▂▁  (the wedge: colour and width of the edges)
 *   −0.6   −0.3   0   0.3   0.6
 *
 * The wedge is drawn from the very styles the diagram strokes its edges with, so it cannot
 * disagree with them.
 */
#include "rs-legend.h"

#include <glib/gi18n-lib.h>

#include <math.h>

#include "rs-diagram-private.h"
#include "rs-palette.h"
#include "rs-text.h"
#include "rs-theme.h"

double
rs_legend_natural_height (double width)
{
  return CLAMP (width * 0.046, 46.0, 120.0);
}

double
rs_legend_scaled_height (double width, double text_scale)
{
  return sqrt (CLAMP (text_scale, RS_TEXT_SCALE_MIN, RS_TEXT_SCALE_MAX))
         * rs_legend_natural_height (width);
}

static const char *
caption_for (const RsEdgeScale *scale)
{
  switch (scale->colouring)
    {
    case RS_COLOURING_GRADIENTS:
      return _("gradient |∂J/∂Θ| (log scale)");
    case RS_COLOURING_CHANGE:
      /* Before any step the colours foretell; after one they tell what it did. */
      return scale->pending ? _("change of Θ the next step makes") : _("change of Θ");
    case RS_COLOURING_WEIGHTS:
    case RS_N_COLOURINGS:
    default:
      return _("weight Θ");
    }
}

/* The level shown at position u ∈ [0, 1] along the bar. */
static int
level_at (const RsEdgeScale *scale, double u)
{
  if (scale->colouring == RS_COLOURING_GRADIENTS)
    return 1 + (int) lround (u * (RS_PALETTE_LEVELS - 1));
  {
    int magnitude = 1 + (int) lround (fabs (2 * u - 1) * (RS_PALETTE_LEVELS - 1));

    return u < 0.5 ? -magnitude : magnitude;
  }
}

static void
draw_wedge (cairo_t *cr, const RsEdgeScale *scale, double x, double y, double w, double h,
            gboolean dark)
{
  const int n = 2 * RS_PALETTE_LEVELS;
  const double slice = w / n;

  for (int i = 0; i < n; i++)
    {
      int level = level_at (scale, (i + 0.5) / n);
      RsEdgeStyle style = rs_palette_level_style (scale, level, dark);
      double sh = MAX (h * style.width, 2.0);

      /* Slices overlap by a hair so no seam shows between them. */
      cairo_rectangle (cr, x + i * slice, y + (h - sh) / 2, slice + 0.5, sh);
      rs_colour_set_source (cr, style.colour);
      cairo_fill (cr);
    }
}

/* The least space between two tick labels, in text sizes. */
#define TICK_GAP 0.6

static char *
weight_tick_label (const RsEdgeScale *scale, int i)
{
  g_autofree char *number = rs_text_number (scale->max_abs * i / 2.0, 3);

  /* Values beyond the ends are drawn as the ends: say so there. */
  if (scale->clipped && i == -2)
    return g_strdup_printf ("≤ %s", number);
  if (scale->clipped && i == 2)
    return g_strdup_printf ("≥ %s", number);
  return g_steal_pointer (&number);
}

static double
label_width (cairo_t *cr, const char *label, double size)
{
  double width;

  rs_text_measure (cr, label, size, RS_TEXT_REGULAR, &width, NULL);
  return width;
}

/* Ticks under the wedge. Where the legend is narrow (a small window), labels that would run
 * into each other are left out: the ends and 0 stay, every other decade or the halves go. */
static void
draw_gradient_ticks (cairo_t *cr, const RsEdgeScale *scale, double x, double y, double w,
                     double size, RsColour colour)
{
  int decades = MAX (scale->log_hi - scale->log_lo, 1);
  double widest = 0;
  int every = 1;

  for (int e = scale->log_lo; e <= scale->log_hi; e++)
    {
      g_autofree char *label = rs_text_power_of_ten (e);
      widest = MAX (widest, label_width (cr, label, size));
    }
  while (every < decades && every * w / decades < widest + TICK_GAP * size)
    every++;
  for (int e = scale->log_lo; e <= scale->log_hi; e += every)
    {
      g_autofree char *label = rs_text_power_of_ten (e);
      double u = (double) (e - scale->log_lo) / decades;

      rs_text_draw (cr, label, size, RS_TEXT_REGULAR, colour, x + u * w, y,
                    e == scale->log_lo ? 0.0 : e == scale->log_hi ? 1.0 : 0.5, 0.0);
    }
}

static void
draw_weight_ticks (cairo_t *cr, const RsEdgeScale *scale, double x, double y, double w,
                   double size, RsColour colour)
{
  char *labels[5];
  double quarter = 0.25 * w - TICK_GAP * size;
  gboolean halves_fit;

  for (int i = 0; i < 5; i++)
    labels[i] = weight_tick_label (scale, i - 2);
  /* The end label is left-aligned at its tick, the half and 0 centred at theirs. */
  halves_fit
    = quarter >= label_width (cr, labels[0], size) + 0.5 * label_width (cr, labels[1], size)
      && quarter >= 0.5 * (label_width (cr, labels[1], size) + label_width (cr, labels[2], size));
  for (int i = 0; i < 5; i++)
    {
      if (halves_fit || i % 2 == 0)
        rs_text_draw (cr, labels[i], size, RS_TEXT_REGULAR, colour, x + i / 4.0 * w, y,
                      i == 0 ? 0.0 : i == 4 ? 1.0 : 0.5, 0.0);
      g_free (labels[i]);
    }
}

/* The "exactly 0" sample; returns its width. */
static double
draw_zero_key (cairo_t *cr, const RsEdgeScale *scale, double x, double y, double size,
               gboolean dark, gboolean draw)
{
  RsEdgeStyle style = rs_palette_level_style (scale, 0, dark);
  const double line = 3.2 * size;
  double tw;

  rs_text_measure (cr, _("exactly 0"), size, RS_TEXT_REGULAR, &tw, NULL);
  if (draw)
    {
      cairo_new_path (cr);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + line, y);
      rs_colour_set_source (cr, style.colour);
      cairo_set_line_width (cr, MAX (1.5, 0.16 * size));
      rs_diagram_set_zero_dash (cr, 0.45 * size);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      rs_text_draw (cr, _("exactly 0"), size, RS_TEXT_REGULAR, rs_theme_get (dark)->text,
                    x + line + 0.5 * size, y, 0.0, 0.5);
    }
  return line + 0.5 * size + tw;
}

/* Active / inactive / dead samples; returns the width. */
static double
draw_unit_key (cairo_t *cr, double x, double y, double size, gboolean dark, gboolean draw)
{
  static const char *const labels[] = { N_("active"), N_("inactive on this example"),
                                        N_("dead (inactive on all)") };
  const RsTheme *theme = rs_theme_get (dark);
  const double r = 0.72 * size;
  double cx = x;

  for (RsUnitState s = RS_UNIT_ACTIVE; s <= RS_UNIT_DEAD; s++)
    {
      double tw;

      rs_text_measure (cr, _(labels[s]), size, RS_TEXT_REGULAR, &tw, NULL);
      if (draw)
        {
          rs_diagram_unit_glyph (cr, theme, s, cx + r, y, r);
          rs_text_draw (cr, _(labels[s]), size, RS_TEXT_REGULAR, theme->text, cx + 2 * r + 0.4 * size,
                        y, 0.0, 0.5);
        }
      cx += 2 * r + 0.4 * size + tw + (s < RS_UNIT_DEAD ? 1.2 * size : 0);
    }
  return cx - x;
}

void
rs_legend_draw (cairo_t *cr, const RsRect *area, const RsEdgeScale *scale,
                gboolean show_unit_key, gboolean dark)
{
  const RsTheme *theme;
  double size, bar_w, bar_h, x, y, zero_w = 0, key_w = 0, gap;

  g_return_if_fail (cr != NULL && area != NULL && scale != NULL);

  theme = rs_theme_get (dark);
  size = CLAMP (area->height / 4.0, 7.0, 22.0);
  gap = 2.2 * size;
  bar_h = 1.0 * size;
  bar_w = MIN (26 * size, 0.45 * area->width);
  x = area->x + 0.8 * size;
  y = area->y + 0.15 * size;

  cairo_save (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip (cr);

  rs_text_draw (cr, caption_for (scale), size, RS_TEXT_BOLD, theme->text, x, y, 0.0, 0.0);
  draw_wedge (cr, scale, x, y + 1.35 * size, bar_w, bar_h, dark);
  if (scale->colouring == RS_COLOURING_GRADIENTS)
    draw_gradient_ticks (cr, scale, x, y + 1.45 * size + bar_h, bar_w, 0.9 * size,
                         theme->text_muted);
  else
    draw_weight_ticks (cr, scale, x, y + 1.45 * size + bar_h, bar_w, 0.9 * size,
                       theme->text_muted);
  x += bar_w + gap;

  if (scale->colouring != RS_COLOURING_WEIGHTS)
    zero_w = draw_zero_key (cr, scale, x, 0, size, dark, FALSE);
  if (show_unit_key)
    key_w = draw_unit_key (cr, 0, 0, size, dark, FALSE);
  /* What does not fit is left out, the unit key first: the diagram explains itself by the
   * word "dead" on the units already. */
  if (x + zero_w + (zero_w > 0 ? gap : 0) + key_w > area->x + area->width)
    key_w = 0;
  if (zero_w > 0 && x + zero_w <= area->x + area->width)
    {
      draw_zero_key (cr, scale, x, y + 1.35 * size + bar_h / 2, size, dark, TRUE);
      x += zero_w + gap;
    }
  if (key_w > 0)
    draw_unit_key (cr, MAX (x, area->x + area->width - key_w - 0.8 * size),
                   y + 1.35 * size + bar_h / 2, size, dark, TRUE);
  cairo_restore (cr);
}
