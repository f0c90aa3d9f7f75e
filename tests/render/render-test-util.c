/* render-test-util.c — networks and pixel probes for the render tests. */
#include "render-test-util.h"

#include <math.h>
#include <string.h>

RsNetwork *
rt_question_network (RsData **data)
{
  static const int units[] = { 2, 3, 2 };
  static const double theta2[] = { 0.1, 0.4, -0.2, -0.3, 0.2, 0.3, 0.2, -0.5, -0.4 };
  static const double theta3[] = { 0.05, 0.6, -0.1, 0.3, -0.1, 0.2, 0.5, -0.4 };
  RsNetwork *net = rs_network_new (3, units);

  g_assert_nonnull (net);
  memcpy (rs_network_theta (net, 2), theta2, sizeof theta2);
  memcpy (rs_network_theta (net, 3), theta3, sizeof theta3);

  *data = rs_data_new (1, 2, 2);
  g_assert_nonnull (*data);
  (*data)->x[0] = 1.0;
  (*data)->x[1] = 0.5;
  (*data)->y[0] = 1.0;
  (*data)->y[1] = 0.0;
  return net;
}

RsNetwork *
rt_random_network (int n_layers, const int *units, int m, guint32 seed, RsData **data)
{
  RsNetwork *net = rs_network_new (n_layers, units);
  GRand *rand = g_rand_new_with_seed (seed);

  g_assert_nonnull (net);
  for (int l = 2; l <= n_layers; l++)
    {
      double *theta = rs_network_theta (net, l);
      int cols = rs_network_theta_cols (net, l);
      double scale = sqrt (2.0 / units[l - 2]);

      for (int i = 0; i < units[l - 1] * cols; i++)
        theta[i] = g_rand_double_range (rand, -1.7, 1.7) * scale;
    }

  *data = rs_data_new (m, units[0], units[n_layers - 1]);
  g_assert_nonnull (*data);
  for (int i = 0; i < m * units[0]; i++)
    (*data)->x[i] = g_rand_double_range (rand, -1, 1);
  for (int i = 0; i < m * units[n_layers - 1]; i++)
    (*data)->y[i] = g_rand_double_range (rand, -1, 1);
  g_rand_free (rand);
  return net;
}

RsColour
rt_pixel (cairo_surface_t *surface, int x, int y)
{
  const unsigned char *row;
  guint32 p;

  cairo_surface_flush (surface);
  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);
  p = ((const guint32 *) row)[x];
  return (RsColour) { ((p >> 16) & 0xff) / 255.0, ((p >> 8) & 0xff) / 255.0,
                      (p & 0xff) / 255.0 };
}

double
rt_hue (RsColour c)
{
  double max = MAX (c.r, MAX (c.g, c.b)), min = MIN (c.r, MIN (c.g, c.b));
  double d = max - min, h;

  if (d == 0)
    return 0;
  if (max == c.r)
    h = fmod ((c.g - c.b) / d, 6);
  else if (max == c.g)
    h = (c.b - c.r) / d + 2;
  else
    h = (c.r - c.g) / d + 4;
  h *= 60;
  return h < 0 ? h + 360 : h;
}

double
rt_saturation (RsColour c)
{
  double max = MAX (c.r, MAX (c.g, c.b)), min = MIN (c.r, MIN (c.g, c.b));

  return max > 0 ? (max - min) / max : 0;
}

double
rt_colour_distance (RsColour a, RsColour b)
{
  return sqrt ((a.r - b.r) * (a.r - b.r) + (a.g - b.g) * (a.g - b.g)
               + (a.b - b.b) * (a.b - b.b));
}
