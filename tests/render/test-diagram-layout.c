/* test-diagram-layout.c — the layout's arithmetic: everything inside the area for every
 * shape from 1-1-1 to 12 × 1024, and hit-testing of units, bias nodes and edges (checked
 * against brute force). */
#include <math.h>
#include <string.h>

#include "render-test-util.h"
#include "render/rs-render.h"

static void
assert_inside (const RsDiagramLayout *layout)
{
  const RsRect *a = &layout->area;

  for (int l = 1; l <= layout->n_layers; l++)
    {
      const RsLayoutLayer *layer = &layout->layers[l];
      double x, y;

      g_assert_cmpfloat (layer->radius, >, 0);
      for (int j = layer->has_bias ? 0 : 1; j <= layer->n_units; j++)
        {
          double r = j == 0 ? layout->bias_radius : layer->radius;

          rs_diagram_layout_unit_centre (layout, l, j, &x, &y);
          g_assert_cmpfloat (x - r, >=, a->x - 1e-9);
          g_assert_cmpfloat (x + r, <=, a->x + a->width + 1e-9);
          g_assert_cmpfloat (y - r, >=, a->y - 1e-9);
          g_assert_cmpfloat (y + r, <=, a->y + a->height + 1e-9);
        }
      if (l >= 2)
        g_assert_cmpfloat (layer->edge_width, >, 0);
    }
  g_assert_cmpfloat (layout->title_band.y + layout->title_band.height, <=,
                     a->y + a->height);
}

static void
test_extreme_shapes (void)
{
  static const RsRect areas[] = { { 0, 0, 1400, 900 }, { 30, 40, 800, 600 }, { 0, 0, 320, 200 },
                                  { 5, 5, 3000, 2000 } };
  int tiny[3] = { 1, 1, 1 }, huge[RS_MAX_LAYERS], mixed[4] = { 1, RS_MAX_UNITS, 3, 1 };

  for (int l = 0; l < RS_MAX_LAYERS; l++)
    huge[l] = RS_MAX_UNITS;
  for (size_t i = 0; i < G_N_ELEMENTS (areas); i++)
    for (int bias = 0; bias <= 1; bias++)
      {
        RsDiagramLayout layout;

        rs_diagram_layout_compute_shape (&layout, 3, tiny, &areas[i], bias);
        assert_inside (&layout);
        /* Roomy areas write a in the circles (a 320 × 200 thumbnail need not). */
        if (areas[i].width >= 800)
          g_assert_true (layout.layers[2].show_value);

        rs_diagram_layout_compute_shape (&layout, RS_MAX_LAYERS, huge, &areas[i], bias);
        assert_inside (&layout);
        /* A 1024-unit layer is dots without labels. */
        g_assert_cmpfloat (layout.layers[2].radius, <, RS_LAYOUT_DOT_RADIUS);
        g_assert_false (layout.layers[2].show_value);
        g_assert_false (layout.layers[2].show_z);
        g_assert_false (layout.show_edge_values);

        rs_diagram_layout_compute_shape (&layout, 4, mixed, &areas[i], bias);
        assert_inside (&layout);
      }
}

static void
test_draw_extremes (void)
{
  /* Drawing the extreme shapes completes (the 12 × 1024 one within its edge budget). */
  int tiny[3] = { 1, 1, 1 }, huge[RS_MAX_LAYERS];
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 500);
  RsRect area = { 0, 0, 800, 500 };

  for (int l = 0; l < RS_MAX_LAYERS; l++)
    huge[l] = RS_MAX_UNITS;
  for (int shape = 0; shape < 2; shape++)
    {
      RsData *data;
      RsNetwork *net = shape == 0 ? rt_random_network (3, tiny, 2, 3, &data)
                                  : rt_random_network (RS_MAX_LAYERS, huge, 1, 3, &data);
      RsDiagramValues *values = rs_diagram_values_new (net, data, 0);
      RsDiagramLayout layout;
      RsDiagramState state;
      cairo_t *cr = cairo_create (surface);

      rs_diagram_state_init (&state, net);
      rs_diagram_values_apply (values, &state);
      rs_diagram_layout_compute (&layout, net, &area, TRUE);
      for (RsColouring c = RS_COLOURING_WEIGHTS; c < RS_N_COLOURINGS; c++)
        {
          state.colouring = c;
          rs_diagram_draw (cr, &layout, &state);
        }
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      rs_diagram_values_free (values);
      rs_network_free (net);
      rs_data_free (data);
    }
  cairo_surface_destroy (surface);
}

static void
test_hit_units_and_bias (void)
{
  RsData *data;
  RsNetwork *net = rt_question_network (&data);
  RsRect area = { 0, 0, 1400, 900 };
  RsDiagramLayout layout;
  RsDiagramItem item;
  double x, y;

  rs_diagram_layout_compute (&layout, net, &area, TRUE);
  for (int l = 1; l <= 3; l++)
    for (int j = 1; j <= net->units[l]; j++)
      {
        rs_diagram_layout_unit_centre (&layout, l, j, &x, &y);
        /* The centre and a point just inside the rim both hit the unit. */
        for (double d = 0; d <= 0.9; d += 0.9)
          {
            item = rs_diagram_layout_hit (&layout, x + d * layout.layers[l].radius, y, 3);
            g_assert_cmpint (item.kind, ==, RS_ITEM_UNIT);
            g_assert_cmpint (item.layer, ==, l);
            g_assert_cmpint (item.j, ==, j);
          }
      }

  rs_diagram_layout_unit_centre (&layout, 2, 0, &x, &y);
  item = rs_diagram_layout_hit (&layout, x, y, 3);
  g_assert_cmpint (item.kind, ==, RS_ITEM_BIAS);
  g_assert_cmpint (item.layer, ==, 2);

  /* The empty corner hits nothing. */
  item = rs_diagram_layout_hit (&layout, 5, 895, 3);
  g_assert_cmpint (item.kind, ==, RS_ITEM_NONE);

  /* Without bias nodes there is nothing to hit where they were. */
  rs_diagram_layout_compute (&layout, net, &area, FALSE);
  item = rs_diagram_layout_hit (&layout, x, y, 3);
  g_assert_cmpint (item.kind, !=, RS_ITEM_BIAS);

  rs_network_free (net);
  rs_data_free (data);
}

static void
test_hit_edges (void)
{
  RsData *data;
  RsNetwork *net = rt_question_network (&data);
  RsRect area = { 0, 0, 1400, 900 };
  RsDiagramLayout layout;

  rs_diagram_layout_compute (&layout, net, &area, TRUE);
  for (int l = 2; l <= 3; l++)
    for (int j = 1; j <= net->units[l]; j++)
      for (int k = 0; k <= net->units[l - 1]; k++)
        {
          double x0, y0, x1, y1;
          RsDiagramItem item;

          rs_diagram_layout_edge_ends (&layout, l, j, k, &x0, &y0, &x1, &y1);
          /* A third along, where the question's edges do not cross each other. */
          item = rs_diagram_layout_hit (&layout, x0 + (x1 - x0) * 0.3, y0 + (y1 - y0) * 0.3,
                                        2);
          g_assert_cmpint (item.kind, ==, RS_ITEM_EDGE);
          g_assert_cmpint (item.layer, ==, l);
          g_assert_cmpint (item.j, ==, j);
          g_assert_cmpint (item.k, ==, k);
        }
  rs_network_free (net);
  rs_data_free (data);
}

/* The nearest edge by trying every one. */
static double
brute_force_nearest (const RsDiagramLayout *layout, double x, double y)
{
  double best = INFINITY;

  for (int l = 2; l <= layout->n_layers; l++)
    for (int j = 1; j <= layout->layers[l].n_units; j++)
      for (int k = layout->layers[l - 1].has_bias ? 0 : 1; k <= layout->layers[l - 1].n_units;
           k++)
        {
          double x0, y0, x1, y1;

          rs_diagram_layout_edge_ends (layout, l, j, k, &x0, &y0, &x1, &y1);
          best = MIN (best, rs_point_segment_distance (x, y, x0, y0, x1, y1));
        }
  return best;
}

static void
test_hit_dense_matches_brute_force (void)
{
  int units[4] = { 5, 64, 40, 3 };
  RsRect area = { 0, 0, 1200, 800 };
  RsDiagramLayout layout;
  GRand *rand = g_rand_new_with_seed (7);
  int checked = 0;

  rs_diagram_layout_compute_shape (&layout, 4, units, &area, TRUE);
  for (int i = 0; i < 3000; i++)
    {
      double x = g_rand_double_range (rand, 0, 1200), y = g_rand_double_range (rand, 0, 800);
      double tolerance = 3, nearest = brute_force_nearest (&layout, x, y);
      RsDiagramItem item = rs_diagram_layout_hit (&layout, x, y, tolerance);

      if (item.kind == RS_ITEM_UNIT || item.kind == RS_ITEM_BIAS)
        continue;
      if (nearest <= tolerance - 1e-6)
        {
          double x0, y0, x1, y1;

          /* Some edge is within reach: the hit names one, and it is within reach too. */
          g_assert_cmpint (item.kind, ==, RS_ITEM_EDGE);
          rs_diagram_layout_edge_ends (&layout, item.layer, item.j, item.k, &x0, &y0, &x1, &y1);
          g_assert_cmpfloat (rs_point_segment_distance (x, y, x0, y0, x1, y1), <=, tolerance);
          checked++;
        }
      else if (nearest > tolerance + 1e-6)
        g_assert_cmpint (item.kind, ==, RS_ITEM_NONE);
    }
  g_assert_cmpint (checked, >, 100);
  g_rand_free (rand);
}

static void
test_item_bounds_and_text (void)
{
  RsData *data;
  RsNetwork *net = rt_question_network (&data);
  RsDiagramValues *values = rs_diagram_values_new (net, data, 0);
  RsRect area = { 0, 0, 1400, 900 }, bounds;
  RsDiagramLayout layout;
  RsDiagramItem unit = { RS_ITEM_UNIT, 2, 3, 0 }, edge = { RS_ITEM_EDGE, 2, 3, 1 };
  double x, y;
  g_autofree char *unit_text = NULL, *edge_text = NULL;
  const RsNextUpdate batch_update = { 0.1, -1, 0.0 };

  rs_diagram_layout_compute (&layout, net, &area, TRUE);
  rs_diagram_layout_unit_centre (&layout, 2, 3, &x, &y);
  rs_diagram_layout_item_bounds (&layout, &unit, &bounds);
  g_assert_true (rs_rect_contains (&bounds, x, y));
  g_assert_true (rs_rect_contains (&bounds, x, y + layout.layers[2].radius));

  unit_text = rs_diagram_item_describe (&unit, net, values->trace, TRUE, &batch_update,
                                        RS_TEXT_PLAIN);
  g_assert_nonnull (strstr (unit_text, "hidden unit 3"));
  g_assert_nonnull (strstr (unit_text, "dead"));
  g_assert_null (strstr (unit_text, "nan"));
  edge_text = rs_diagram_item_describe (&edge, net, values->trace, FALSE, &batch_update,
                                        RS_TEXT_PLAIN);
  g_assert_nonnull (strstr (edge_text, "from input unit 1 into hidden unit 3"));
  g_assert_true (rs_diagram_item_is_valid (&edge, net));
  edge.k = 3;
  g_assert_false (rs_diagram_item_is_valid (&edge, net));

  rs_diagram_values_free (values);
  rs_network_free (net);
  rs_data_free (data);
}

/* Text scaled for a lecture room: every size × the scale, clamped to the limits; NaN is 1. */
static void
test_text_scale (void)
{
  RsData *data = NULL;
  RsNetwork *net = rt_question_network (&data);
  RsRect area = { 0, 0, 1000, 600 };
  RsDiagramLayout normal, large, huge, tiny, not_a_number;

  rs_diagram_layout_compute (&normal, net, &area, TRUE);
  rs_diagram_layout_compute_scaled (&large, net, &area, TRUE, 2.0);
  rs_diagram_layout_compute_scaled (&huge, net, &area, TRUE, 50.0);
  rs_diagram_layout_compute_scaled (&tiny, net, &area, TRUE, 0.01);
  rs_diagram_layout_compute_scaled (&not_a_number, net, &area, TRUE, NAN);

  g_assert_cmpfloat (normal.text_scale, ==, 1.0);
  g_assert_cmpfloat_with_epsilon (large.font_size, 2 * normal.font_size, 1e-12);
  g_assert_cmpfloat_with_epsilon (large.layers[2].label_font_size,
                                  2 * normal.layers[2].label_font_size, 1e-12);
  g_assert_cmpfloat_with_epsilon (large.bias_font_size, 2 * normal.bias_font_size, 1e-12);
  g_assert_cmpfloat (large.title_band.height, >, normal.title_band.height);
  g_assert_cmpfloat (huge.text_scale, ==, RS_TEXT_SCALE_MAX);
  g_assert_cmpfloat_with_epsilon (huge.font_size, RS_TEXT_SCALE_MAX * normal.font_size, 1e-12);
  g_assert_cmpfloat (tiny.text_scale, ==, RS_TEXT_SCALE_MIN);
  g_assert_cmpfloat (tiny.font_size, >=, 5.0);
  g_assert_cmpfloat (not_a_number.font_size, ==, normal.font_size);
  rs_network_free (net);
  rs_data_free (data);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/layout/extreme-shapes", test_extreme_shapes);
  g_test_add_func ("/render/layout/draw-extremes", test_draw_extremes);
  g_test_add_func ("/render/layout/hit-units-bias", test_hit_units_and_bias);
  g_test_add_func ("/render/layout/hit-edges", test_hit_edges);
  g_test_add_func ("/render/layout/hit-dense-brute-force", test_hit_dense_matches_brute_force);
  g_test_add_func ("/render/layout/item-bounds-text", test_item_bounds_and_text);
  g_test_add_func ("/render/layout/text-scale", test_text_scale);
  return g_test_run ();
}
