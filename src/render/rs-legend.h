/* rs-legend.h — the key to the diagram's colours, following its colouring:
 *   weights / change  a diverging bar −max … 0 … +max with numbers
 *   gradients         a sequential bar 10^a … 10^b with numbers, plus the "exactly 0" dashed
 *                     sample
 * and, after the bar, the unit key: active, "inactive on this example" (hollow, dashed) and
 * "dead" (dark, crossed) exactly as the diagram draws them.
 *
 * Laid out as one horizontal strip; it shrinks its text to the height it is given and drops
 * the unit key when the width is too small.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "rs-geometry.h"
#include "rs-edge-scale.h"

G_BEGIN_DECLS

/* The height the legend looks best at for a strip `width` px wide (grows with the width, for
 * big exports, within limits). */
double rs_legend_natural_height (double width);

/* The same for the diagram's text scaled by text_scale (rs-diagram-layout.h): the legend grows
 * by its square root only, so the diagram keeps the room its larger text needs. */
double rs_legend_scaled_height (double width, double text_scale);

/* Draws the legend inside `area` (nothing is drawn outside it). The background is not
 * filled. `show_unit_key` adds the active / inactive / dead samples. */
void rs_legend_draw (cairo_t *cr, const RsRect *area, const RsEdgeScale *scale,
                     gboolean show_unit_key, gboolean dark);

G_END_DECLS
