/* rs-colour.h — an opaque RGB colour and the few operations the renderer needs on it.
 *
 * Colours are kept opaque on purpose: translucent strokes cost cairo far more than opaque
 * ones, so whatever would be drawn with alpha is pre-blended onto the background instead.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double r, g, b; /* each in [0, 1] */
} RsColour;

/* A colour from 0xRRGGBB. */
RsColour rs_colour_from_hex (guint32 rgb);

/* (1 − t)·a + t·b, componentwise, t clamped to [0, 1]. */
RsColour rs_colour_mix (RsColour a, RsColour b, double t);

/* Relative luminance (sRGB, WCAG), 0 black … 1 white. */
double rs_colour_luminance (RsColour c);

/* Sets an opaque source. */
void rs_colour_set_source (cairo_t *cr, RsColour c);

G_END_DECLS
