/* render-test-util.h — networks and pixel probes shared by the render tests and the
 * benchmark. */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "core/rs-data.h"
#include "core/rs-network.h"
#include "render/rs-colour.h"

G_BEGIN_DECLS

/* The question's network (README.md, "The question, answered on the built-in example"):
 * 2-3-2, hidden relu, output linear, x = (1, 0.5), y = (1, 0). Hidden unit 3 has z = −0.5 and is dead on the single example. */
RsNetwork *rt_question_network (RsData **data);

/* A network of the given shape with seeded, He-like random weights (hidden relu, output
 * linear) and `m` random examples. */
RsNetwork *rt_random_network (int n_layers, const int *units, int m, guint32 seed,
                              RsData **data);

/* The colour of pixel (x, y) of an RGB24/ARGB32 image surface. */
RsColour rt_pixel (cairo_surface_t *surface, int x, int y);

/* Hue in degrees [0, 360) and saturation (HSV) of a colour. */
double rt_hue (RsColour c);
double rt_saturation (RsColour c);

/* Euclidean distance of two colours in RGB, 0 … √3. */
double rt_colour_distance (RsColour a, RsColour b);

G_END_DECLS
