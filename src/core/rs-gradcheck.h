/* rs-gradcheck.h — backprop against central finite differences. */
#pragma once

#include <stddef.h>

#include "rs-data.h"
#include "rs-network.h"

typedef struct
{
  double worst_relative_error; /* max over parameters of |b − n| / max(|b| + |n|, floor) */
  int layer, row, col;         /* where that worst error is */
  double backprop;             /* ∂J/∂Θ there by backprop … */
  double numeric;              /* … and by (J(Θ + ε) − J(Θ − ε)) / 2ε */
  size_t n_checked;
} RsGradCheck;

/* Compares the backprop gradient of the full-batch J with central differences of step
 * `epsilon` for every parameter. `floor` keeps the relative error of gradients that are both
 * ≈ 0 from blowing up (1e-8 is a good choice). The network's parameters are restored bit for
 * bit; its grads hold the backprop gradient afterwards. */
void rs_gradient_check (RsNetwork *net, const RsData *data, double epsilon, double floor,
                        RsGradCheck *result);
