/* rs-data.c — a set of examples. */
#include "rs-data.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rs-network.h"

RsData *
rs_data_new (int n_examples, int n_inputs, int n_outputs)
{
  if (n_examples < 1 || n_examples > RS_MAX_EXAMPLES || n_inputs < 1 || n_inputs > RS_MAX_UNITS
      || n_outputs < 1 || n_outputs > RS_MAX_UNITS)
    return NULL;
  RsData *data = calloc (1, sizeof *data);
  if (data == NULL)
    return NULL;
  data->n_examples = n_examples;
  data->n_inputs = n_inputs;
  data->n_outputs = n_outputs;
  data->x = calloc ((size_t) n_examples * (size_t) n_inputs, sizeof (double));
  data->y = calloc ((size_t) n_examples * (size_t) n_outputs, sizeof (double));
  if (data->x == NULL || data->y == NULL)
    {
      rs_data_free (data);
      return NULL;
    }
  return data;
}

void
rs_data_free (RsData *data)
{
  if (data == NULL)
    return;
  free (data->x);
  free (data->y);
  free (data);
}

RsData *
rs_data_copy (const RsData *data)
{
  RsData *copy = rs_data_new (data->n_examples, data->n_inputs, data->n_outputs);
  if (copy == NULL)
    return NULL;
  memcpy (copy->x, data->x, (size_t) data->n_examples * data->n_inputs * sizeof (double));
  memcpy (copy->y, data->y, (size_t) data->n_examples * data->n_outputs * sizeof (double));
  return copy;
}

RsData *
rs_data_without_example (const RsData *data, int t)
{
  if (t < 0 || t >= data->n_examples || data->n_examples == 1)
    return NULL;
  RsData *copy = rs_data_new (data->n_examples - 1, data->n_inputs, data->n_outputs);
  if (copy == NULL)
    return NULL;
  for (int s = 0, d = 0; s < data->n_examples; s++)
    {
      if (s == t)
        continue;
      memcpy (rs_data_x (copy, d), rs_data_x (data, s), data->n_inputs * sizeof (double));
      memcpy (rs_data_y (copy, d), rs_data_y (data, s), data->n_outputs * sizeof (double));
      d++;
    }
  return copy;
}

RsData *
rs_data_with_example (const RsData *data, const double *x, const double *y)
{
  RsData *copy = rs_data_new (data->n_examples + 1, data->n_inputs, data->n_outputs);
  if (copy == NULL)
    return NULL;
  size_t nx = (size_t) data->n_examples * data->n_inputs;
  size_t ny = (size_t) data->n_examples * data->n_outputs;
  memcpy (copy->x, data->x, nx * sizeof (double));
  memcpy (copy->y, data->y, ny * sizeof (double));
  if (x != NULL)
    memcpy (copy->x + nx, x, data->n_inputs * sizeof (double));
  if (y != NULL)
    memcpy (copy->y + ny, y, data->n_outputs * sizeof (double));
  return copy;
}

bool
rs_data_is_finite (const RsData *data)
{
  size_t nx = (size_t) data->n_examples * data->n_inputs;
  size_t ny = (size_t) data->n_examples * data->n_outputs;
  for (size_t i = 0; i < nx; i++)
    if (!isfinite (data->x[i]))
      return false;
  for (size_t i = 0; i < ny; i++)
    if (!isfinite (data->y[i]))
      return false;
  return true;
}
