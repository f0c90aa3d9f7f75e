/* rs-geometry.c — rectangles and distances. */
#include "rs-geometry.h"

#include <math.h>

double
rs_point_segment_distance (double px, double py, double x0, double y0, double x1, double y1)
{
  double dx = x1 - x0, dy = y1 - y0;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / len2 : 0;

  t = CLAMP (t, 0.0, 1.0);
  return hypot (px - (x0 + t * dx), py - (y0 + t * dy));
}

RsRect
rs_rect_inset (const RsRect *r, double d)
{
  double dx = MIN (d, r->width / 2), dy = MIN (d, r->height / 2);

  return (RsRect) { r->x + dx, r->y + dy, r->width - 2 * dx, r->height - 2 * dy };
}

gboolean
rs_rect_contains (const RsRect *r, double x, double y)
{
  return x >= r->x && x <= r->x + r->width && y >= r->y && y <= r->y + r->height;
}
