/* rs-colour.c — opaque colours. */
#include "rs-colour.h"

#include <math.h>

RsColour
rs_colour_from_hex (guint32 rgb)
{
  return (RsColour) { ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                      (rgb & 0xff) / 255.0 };
}

RsColour
rs_colour_mix (RsColour a, RsColour b, double t)
{
  t = CLAMP (t, 0.0, 1.0);
  return (RsColour) { a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t };
}

static double
linear_channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

double
rs_colour_luminance (RsColour c)
{
  return 0.2126 * linear_channel (c.r) + 0.7152 * linear_channel (c.g)
         + 0.0722 * linear_channel (c.b);
}

void
rs_colour_set_source (cairo_t *cr, RsColour c)
{
  cairo_set_source_rgb (cr, c.r, c.g, c.b);
}
