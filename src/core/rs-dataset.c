/* rs-dataset.c — the built-in data sets, drawn from the core's seeded generator. */
#include "rs-dataset.h"

#include "rs-network.h"

#include <math.h>
#include <string.h>

static const char *const dataset_names[RS_N_DATASETS] = {
  [RS_DATASET_XOR] = "xor",
  [RS_DATASET_CIRCLE] = "circle",
  [RS_DATASET_GAUSS] = "gauss",
  [RS_DATASET_SPIRAL] = "spiral",
  [RS_DATASET_PLANE] = "plane",
};

const char *
rs_dataset_name (RsDatasetKind kind)
{
  if ((unsigned) kind >= RS_N_DATASETS)
    return "unknown";
  return dataset_names[kind];
}

bool
rs_dataset_from_name (const char *name, RsDatasetKind *out)
{
  if (name == NULL)
    return false;
  for (int i = 0; i < RS_N_DATASETS; i++)
    if (strcmp (name, dataset_names[i]) == 0)
      {
        *out = (RsDatasetKind) i;
        return true;
      }
  return false;
}

const char *
rs_dataset_all_names (void)
{
  return "xor, circle, gauss, spiral, plane";
}

/* Target row for class c: ±1 with one output (class 0 → −1), one-hot otherwise. */
static void
set_class (double *y, int n_outputs, int c)
{
  if (n_outputs == 1)
    {
      y[0] = c == 0 ? -1.0 : 1.0;
      return;
    }
  for (int o = 0; o < n_outputs; o++)
    y[o] = o == c ? 1.0 : 0.0;
}

static int
xor_example (RsRng *rng, int t, int m, double *x)
{
  static const double corners[4][2] = { { -1, -1 }, { -1, 1 }, { 1, -1 }, { 1, 1 } };
  const double *corner = corners[t % 4];
  /* The first four are the exact corners; further ones are noisy copies. */
  double noise = m > 4 && t >= 4 ? 0.15 : 0.0;
  x[0] = corner[0] + noise * rs_rng_normal (rng);
  x[1] = corner[1] + noise * rs_rng_normal (rng);
  return corner[0] * corner[1] < 0 ? 1 : 0;
}

static int
circle_example (RsRng *rng, double *x)
{
  x[0] = rs_rng_uniform_range (rng, -1, 1);
  x[1] = rs_rng_uniform_range (rng, -1, 1);
  return x[0] * x[0] + x[1] * x[1] < 0.36 ? 1 : 0;
}

static int
gauss_example (RsRng *rng, int t, double *x)
{
  int c = t % 2;
  double centre = c == 0 ? -0.5 : 0.5;
  x[0] = centre + 0.25 * rs_rng_normal (rng);
  x[1] = centre + 0.25 * rs_rng_normal (rng);
  return c;
}

static int
spiral_example (RsRng *rng, int t, int m, int n_classes, double *x)
{
  int c = t % n_classes;
  int per_class = (m + n_classes - 1) / n_classes;
  double r = (double) (t / n_classes + 1) / per_class; /* (0, 1] */
  double angle = c * 2.0 * M_PI / n_classes + 4.0 * r + 0.2 * rs_rng_normal (rng);
  x[0] = r * sin (angle);
  x[1] = r * cos (angle);
  return c;
}

static void
plane_examples (RsRng *rng, RsData *data)
{
  /* A fixed random plane per output, then points on it with a little noise. */
  double coef[RS_MAX_UNITS + 1];
  for (int o = 0; o < data->n_outputs; o++)
    {
      for (int i = 0; i <= data->n_inputs; i++)
        coef[i] = rs_rng_uniform_range (rng, -1, 1);
      for (int t = 0; t < data->n_examples; t++)
        {
          double *x = rs_data_x (data, t);
          if (o == 0)
            for (int i = 0; i < data->n_inputs; i++)
              x[i] = rs_rng_uniform_range (rng, -1, 1);
          double y = coef[0];
          for (int i = 0; i < data->n_inputs; i++)
            y += coef[i + 1] * x[i];
          rs_data_y (data, t)[o] = y + 0.05 * rs_rng_normal (rng);
        }
    }
}

RsData *
rs_dataset_generate (RsDatasetKind kind, int n_examples, int n_inputs, int n_outputs,
                     unsigned long long seed)
{
  if ((unsigned) kind >= RS_N_DATASETS || (kind != RS_DATASET_PLANE && n_inputs != 2))
    return NULL;
  RsData *data = rs_data_new (n_examples, n_inputs, n_outputs);
  if (data == NULL)
    return NULL;

  RsRng rng;
  rs_rng_seed (&rng, seed);
  if (kind == RS_DATASET_PLANE)
    {
      plane_examples (&rng, data);
      return data;
    }

  int n_classes = kind == RS_DATASET_SPIRAL && n_outputs > 2 ? n_outputs : 2;
  for (int t = 0; t < n_examples; t++)
    {
      double *x = rs_data_x (data, t);
      int c = 0;
      switch (kind)
        {
        case RS_DATASET_XOR:
          c = xor_example (&rng, t, n_examples, x);
          break;
        case RS_DATASET_CIRCLE:
          c = circle_example (&rng, x);
          break;
        case RS_DATASET_GAUSS:
          c = gauss_example (&rng, t, x);
          break;
        case RS_DATASET_SPIRAL:
          c = spiral_example (&rng, t, n_examples, n_classes, x);
          break;
        case RS_DATASET_PLANE:
        case RS_N_DATASETS:
        default:
          break;
        }
      set_class (rs_data_y (data, t), n_outputs, c);
    }
  return data;
}
