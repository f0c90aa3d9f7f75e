/* rs-data.h — a set of training examples (x, y), stored row-major: example t has inputs
 * x[t·n_inputs …] and targets y[t·n_outputs …]. Examples are numbered from 0. */
#pragma once

#include <stdbool.h>

#define RS_MAX_EXAMPLES 1000000

typedef struct
{
  int n_examples; /* m, 1 … RS_MAX_EXAMPLES */
  int n_inputs;   /* s₁ */
  int n_outputs;  /* s_L */
  double *x;      /* m × n_inputs, owned */
  double *y;      /* m × n_outputs, owned */
} RsData;

/* A data set of m examples with all values 0. NULL when a size is out of range or memory
 * runs out. */
RsData *rs_data_new (int n_examples, int n_inputs, int n_outputs);

void rs_data_free (RsData *data);

RsData *rs_data_copy (const RsData *data);

/* Example t's inputs and targets (views). */
static inline double *
rs_data_x (const RsData *data, int t)
{
  return data->x + (long) t * data->n_inputs;
}

static inline double *
rs_data_y (const RsData *data, int t)
{
  return data->y + (long) t * data->n_outputs;
}

/* A copy with example t removed (NULL if it is the only one), or with one zero example
 * appended. */
RsData *rs_data_without_example (const RsData *data, int t);
RsData *rs_data_with_example (const RsData *data, const double *x, const double *y);

/* True when every value is finite. */
bool rs_data_is_finite (const RsData *data);
