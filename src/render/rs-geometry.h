/* rs-geometry.h — rectangles and distances shared by the layouts and hit-testing. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double x, y, width, height;
} RsRect;

/* The distance from (px, py) to the segment (x0, y0)–(x1, y1). */
double rs_point_segment_distance (double px, double py, double x0, double y0, double x1,
                                  double y1);

/* `r` shrunk by `d` on every side (never to a negative size). */
RsRect rs_rect_inset (const RsRect *r, double d);

gboolean rs_rect_contains (const RsRect *r, double x, double y);

G_END_DECLS
