/* rs-loss-plot.h — J against step on a log y-axis, with the number of dead hidden units as a
 * step line on a secondary (right) axis.
 *
 * Handles no points (an empty frame with "no steps yet"), one point (a marker), and
 * non-finite or non-positive J (left out, the line broken there, never written as a number).
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "rs-geometry.h"

G_BEGIN_DECLS

typedef struct
{
  int n;                /* number of points */
  const guint64 *steps; /* step of each point (increasing); NULL: first_step + i */
  guint64 first_step;
  const double *cost;   /* J at each point */
  const int *dead;      /* dead hidden units at each point; NULL: no dead line */
  int n_hidden;         /* top of the dead axis (≥ 1 when dead is given) */
  gboolean dark;
  double text_scale;    /* × the text size that fits the area (as the diagram's) */
} RsLossPlotData;

void rs_loss_plot_data_init (RsLossPlotData *data);

/* Draws the plot, axes, ticks and labels inside `area` (fills it with the background). */
void rs_loss_plot_draw (cairo_t *cr, const RsRect *area, const RsLossPlotData *data);

G_END_DECLS
