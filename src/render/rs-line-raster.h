/* rs-line-raster.h — (private) anti-aliased opaque lines written straight into the pixels of
 * an image surface.
 *
 * Why: cairo strokes a path of thousands of long, thin, overlapping segments by building
 * one polygon and scan-converting it, which costs about a second for the 20 000 edges of a
 * 6 × 64 network at 1400 × 900. Walking each line pixel by pixel along its major axis costs
 * a few pixels per step instead. The lines are collected first and then drawn band by band
 * of rows, so the pixels being written stay in the cache, and the bands are shared out over
 * the processors (they are disjoint, so no two threads touch one pixel). Within a band the
 * lines are drawn in the order they were given, so later lines lie on top as with cairo.
 *
 * Coverage is the overlap of the line's cross-section with each pixel (a box filter across
 * the line), which matches what cairo draws for lines of these widths.
 *
 * Only possible when the drawing target is an ARGB32 or RGB24 image surface, the operator
 * is OVER, the transformation is a translation and a uniform scale, and the clip is one
 * rectangle; otherwise the caller strokes with cairo (vector export, recording surfaces).
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "rs-colour.h"

G_BEGIN_DECLS

typedef struct _RsRaster RsRaster;

/* A raster batch onto cr's current target, or NULL when the target or the state does not
 * allow drawing into its pixels directly (see above). */
RsRaster *rs_raster_new (cairo_t *cr);

/* What the following lines look like: `width` user units wide, an opaque colour, and when
 * `dash` > 0 dashed with dash user units on and `gap` off. */
void rs_raster_set_pen (RsRaster *raster, double width, RsColour colour, double dash,
                        double gap);

/* A line from (x0, y0) to (x1, y1) in user space, butt ends, with the current pen. Nothing
 * is drawn yet. */
void rs_raster_line (RsRaster *raster, double x0, double y0, double x1, double y1);

/* Draws every line, tells cairo the pixels changed, and frees the batch. Anything drawn
 * with cairo between rs_raster_new() and here lies under the lines. */
void rs_raster_finish (RsRaster *raster);

G_END_DECLS
