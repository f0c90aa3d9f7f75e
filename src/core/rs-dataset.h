/* rs-dataset.h — the built-in, seeded data sets. */
#pragma once

#include <stdbool.h>

#include "rs-data.h"
#include "rs-rng.h"

typedef enum
{
  RS_DATASET_XOR,    /* the four corners of [−1, 1]², noisy copies when m > 4 */
  RS_DATASET_CIRCLE, /* inside vs outside a circle of radius 0.6 in [−1, 1]² */
  RS_DATASET_GAUSS,  /* two Gaussian blobs at (±0.5, ±0.5), std 0.25 */
  RS_DATASET_SPIRAL, /* n_outputs (or 2) interleaved spiral arms */
  RS_DATASET_PLANE,  /* regression: y = a fixed plane of x plus a little noise */
  RS_N_DATASETS
} RsDatasetKind;

const char *rs_dataset_name (RsDatasetKind kind);
bool rs_dataset_from_name (const char *name, RsDatasetKind *out);
/* "xor, circle, gauss, spiral, plane" */
const char *rs_dataset_all_names (void);

/* m examples of the given kind drawn with a generator seeded with `seed`.
 *
 * Classification sets (xor, circle, gauss, spiral) need n_inputs = 2. With n_outputs = 1 the
 * target is ±1; with n_outputs ≥ 2 it is one-hot over n_outputs classes (xor, circle and
 * gauss use classes 0 and 1 only). plane takes any n_inputs and n_outputs. Returns NULL when
 * the shape does not fit the kind or a size is out of range. */
RsData *rs_dataset_generate (RsDatasetKind kind, int n_examples, int n_inputs, int n_outputs,
                             unsigned long long seed);
