/* rs-loss-plot.c — J against step (log y) and the dead-unit count (right axis).
 *
 * Non-finite and non-positive J cannot be placed on a log axis: they are skipped and the
 * line is broken there, so a divergence shows as the line ending, never as a number.
 */
#include "rs-loss-plot.h"

#include <glib/gi18n-lib.h>

#include <limits.h>
#include <math.h>

#include "rs-text.h"
#include "rs-theme.h"

void
rs_loss_plot_data_init (RsLossPlotData *data)
{
  g_return_if_fail (data != NULL);
  *data = (RsLossPlotData) { 0 };
  data->text_scale = 1.0;
}

typedef struct
{
  RsRect frame;       /* the plotting rectangle inside the axes */
  double x_lo, x_hi;  /* steps */
  int y_lo, y_hi;     /* log₁₀ J, whole decades */
  double size;        /* font px */
} Axes;

static double
step_at (const RsLossPlotData *data, int i)
{
  return data->steps ? (double) data->steps[i] : (double) data->first_step + i;
}

static gboolean
cost_usable (double j)
{
  return isfinite (j) && j > 0;
}

static double
px_x (const Axes *ax, double step)
{
  return ax->frame.x + (step - ax->x_lo) / (ax->x_hi - ax->x_lo) * ax->frame.width;
}

static double
px_y (const Axes *ax, double cost)
{
  double t = (log10 (cost) - ax->y_lo) / (ax->y_hi - ax->y_lo);

  return ax->frame.y + (1 - t) * ax->frame.height;
}

/* 1, 2 or 5 × 10ⁿ, so that about `n` ticks cover `span`. */
static double
nice_step (double span, int n)
{
  double raw = span / MAX (n, 1), p = pow (10, floor (log10 (raw)));

  if (raw <= p)
    return p;
  if (raw <= 2 * p)
    return 2 * p;
  if (raw <= 5 * p)
    return 5 * p;
  return 10 * p;
}

/* The decade of the first usable J (rounded down), or INT_MAX when there is none. */
static int
first_decade (const RsLossPlotData *data)
{
  for (int i = 0; i < data->n; i++)
    if (cost_usable (data->cost[i]))
      return (int) floor (log10 (data->cost[i]) - 1e-9);
  return INT_MAX;
}

/* Returns FALSE when no J is usable. */
static gboolean
fit_axes (Axes *ax, const RsLossPlotData *data)
{
  double lo = INFINITY, hi = -INFINITY;

  ax->x_lo = data->n > 0 ? step_at (data, 0) : 0;
  ax->x_hi = data->n > 0 ? step_at (data, data->n - 1) : 1;
  if (ax->x_hi <= ax->x_lo)
    {
      ax->x_lo -= 0.5;
      ax->x_hi += 0.5;
    }

  for (int i = 0; i < data->n; i++)
    if (cost_usable (data->cost[i]))
      {
        lo = MIN (lo, log10 (data->cost[i]));
        hi = MAX (hi, log10 (data->cost[i]));
      }
  if (!isfinite (lo))
    {
      ax->y_lo = -3;
      ax->y_hi = 0;
      return FALSE;
    }
  /* Below 16 decades under the top, only the start of the run is kept in view: a J falling
   * to 1e-300 must not squash the curve into hundreds of decades, but a run that diverged
   * from J = 0.25 to 1e300 must still show where it started. */
  ax->y_hi = (int) ceil (hi + 1e-9);
  ax->y_lo = (int) floor (lo - 1e-9);
  ax->y_lo = MAX (ax->y_lo, MIN (ax->y_hi - 16, first_decade (data)));
  ax->y_lo = MIN (ax->y_lo, ax->y_hi - 1);
  return TRUE;
}

static void
draw_axes (cairo_t *cr, const Axes *ax, const RsLossPlotData *data, const RsTheme *theme)
{
  const RsRect *f = &ax->frame;
  int decades = ax->y_hi - ax->y_lo;
  int every = (int) ceil (decades / MAX (f->height / (2.2 * ax->size), 1.0));
  double xs = nice_step (ax->x_hi - ax->x_lo, (int) MAX (f->width / (7 * ax->size), 1));

  cairo_set_line_width (cr, 1);
  for (int e = ax->y_lo; e <= ax->y_hi; e += MAX (every, 1))
    {
      g_autofree char *label = rs_text_power_of_ten (e);
      double y = round (px_y (ax, pow (10, e))) + 0.5;

      rs_colour_set_source (cr, theme->grid);
      cairo_move_to (cr, f->x, y);
      cairo_line_to (cr, f->x + f->width, y);
      cairo_stroke (cr);
      rs_text_draw (cr, label, ax->size, RS_TEXT_REGULAR, theme->text_muted,
                    f->x - 0.4 * ax->size, y, 1.0, 0.5);
    }

  /* Steps are whole numbers: no tick at 2.5. */
  xs = MAX (xs, 1);
  for (double s = ceil (ax->x_lo / xs) * xs; s <= ax->x_hi + 1e-9; s += xs)
    {
      char label[32];
      double x = round (px_x (ax, s)) + 0.5;

      if (s < -1e-9)
        continue; /* the padding round a single step 0 */
      rs_colour_set_source (cr, theme->grid);
      cairo_move_to (cr, x, f->y);
      cairo_line_to (cr, x, f->y + f->height);
      cairo_stroke (cr);
      g_snprintf (label, sizeof label, "%.0f", fabs (s));
      rs_text_draw (cr, label, ax->size, RS_TEXT_REGULAR, theme->text_muted, x,
                    f->y + f->height + 0.3 * ax->size, 0.5, 0.0);
    }

  rs_colour_set_source (cr, theme->text_muted);
  cairo_rectangle (cr, f->x + 0.5, f->y + 0.5, f->width - 1, f->height - 1);
  cairo_stroke (cr);
  rs_text_draw (cr, _("step"), ax->size, RS_TEXT_REGULAR, theme->text_muted,
                f->x + f->width, f->y + f->height + 1.5 * ax->size, 1.0, 0.0);

  if (data->dead)
    {
      int top = MAX (data->n_hidden, 1);

      for (int v = 0; v <= top; v += MAX (top / 4, 1))
        {
          char label[32];

          g_snprintf (label, sizeof label, "%d", v);
          rs_text_draw (cr, label, ax->size, RS_TEXT_REGULAR, theme->plot_dead,
                        f->x + f->width + 0.4 * ax->size,
                        f->y + f->height * (1 - (double) v / top), 0.0, 0.5);
        }
    }
}

static void
draw_cost (cairo_t *cr, const Axes *ax, const RsLossPlotData *data, const RsTheme *theme)
{
  gboolean pen_down = FALSE;
  int n_usable = 0;

  cairo_new_path (cr);
  for (int i = 0; i < data->n; i++)
    {
      double x, y;

      if (!cost_usable (data->cost[i]))
        {
          pen_down = FALSE;
          continue;
        }
      x = px_x (ax, step_at (data, i));
      y = px_y (ax, data->cost[i]);
      if (pen_down)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      pen_down = TRUE;
      n_usable++;
    }
  rs_colour_set_source (cr, theme->plot_cost);
  cairo_set_line_width (cr, CLAMP (0.16 * ax->size, 1.5, 3.0));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);

  /* Few points: mark each, so a single one is visible at all. */
  if (n_usable <= 40)
    for (int i = 0; i < data->n; i++)
      if (cost_usable (data->cost[i]))
        {
          cairo_arc (cr, px_x (ax, step_at (data, i)), px_y (ax, data->cost[i]),
                     0.25 * ax->size, 0, 2 * G_PI);
          cairo_fill (cr);
        }
}

static void
draw_dead (cairo_t *cr, const Axes *ax, const RsLossPlotData *data, const RsTheme *theme)
{
  const RsRect *f = &ax->frame;
  const int top = MAX (data->n_hidden, 1);
  double dash[2] = { 0.5 * ax->size, 0.3 * ax->size };

  cairo_new_path (cr);
  for (int i = 0; i < data->n; i++)
    {
      double x = px_x (ax, step_at (data, i));
      double y = f->y + f->height * (1 - (double) CLAMP (data->dead[i], 0, top) / top);

      /* A step line: the count holds until the next point. */
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        {
          double prev_x, prev_y;

          cairo_get_current_point (cr, &prev_x, &prev_y);
          cairo_line_to (cr, x, prev_y);
          cairo_line_to (cr, x, y);
        }
    }
  if (data->n == 1)
    cairo_rel_line_to (cr, f->width * 0.02, 0);
  rs_colour_set_source (cr, theme->plot_dead);
  cairo_set_line_width (cr, CLAMP (0.14 * ax->size, 1.2, 2.5));
  cairo_set_dash (cr, dash, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_key (cairo_t *cr, const Axes *ax, const RsLossPlotData *data, const RsTheme *theme)
{
  double y = ax->frame.y - 0.75 * ax->size;

  rs_text_draw (cr, _("J (log scale)"), ax->size, RS_TEXT_BOLD, theme->plot_cost, ax->frame.x, y,
                0.0, 0.5);
  if (data->dead)
    rs_text_draw (cr, _("dead hidden units (right axis, dashed)"), ax->size, RS_TEXT_REGULAR,
                  theme->plot_dead, ax->frame.x + ax->frame.width, y, 1.0, 0.5);
}

void
rs_loss_plot_draw (cairo_t *cr, const RsRect *area, const RsLossPlotData *data)
{
  const RsTheme *theme;
  gboolean any_cost;
  Axes ax;

  g_return_if_fail (cr != NULL && area != NULL && data != NULL);
  g_return_if_fail (data->n == 0 || data->cost != NULL);

  theme = rs_theme_get (data->dark);
  ax.size = CLAMP (MIN (area->width / 40, area->height / 9), 7.0, 14.0)
            * (isfinite (data->text_scale) && data->text_scale > 0 ? data->text_scale : 1.0);
  ax.frame = (RsRect) { area->x + 3.6 * ax.size, area->y + 1.6 * ax.size,
                        area->width - 3.6 * ax.size - (data->dead ? 2.6 : 0.8) * ax.size,
                        area->height - 1.6 * ax.size - 2.9 * ax.size };
  ax.frame.width = MAX (ax.frame.width, 1);
  ax.frame.height = MAX (ax.frame.height, 1);
  any_cost = fit_axes (&ax, data);

  cairo_save (cr);
  cairo_rectangle (cr, area->x, area->y, area->width, area->height);
  cairo_clip_preserve (cr);
  rs_colour_set_source (cr, theme->background);
  cairo_fill (cr);

  draw_axes (cr, &ax, data, theme);
  draw_key (cr, &ax, data, theme);

  cairo_save (cr);
  cairo_rectangle (cr, ax.frame.x, ax.frame.y, ax.frame.width, ax.frame.height);
  cairo_clip (cr);
  if (data->dead && data->n > 0)
    draw_dead (cr, &ax, data, theme);
  if (any_cost)
    draw_cost (cr, &ax, data, theme);
  cairo_restore (cr);

  if (!any_cost)
    rs_text_draw (cr, data->n == 0 ? _("no steps yet") : _("J is not finite"), ax.size,
                  RS_TEXT_ITALIC, theme->text_muted, ax.frame.x + ax.frame.width / 2,
                  ax.frame.y + ax.frame.height / 2, 0.5, 0.5);
  cairo_restore (cr);
}
