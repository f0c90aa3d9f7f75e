/* rs-reshape.h — a model rebuilt with other layers or another initialization.
 *
 * What the app's network settings do: a new shape cannot keep Θ (its matrices change size), so
 * every Θ is drawn afresh from an init spec; the data, the activation settings (leaky slope,
 * ReLU′(0)), α, the step mode and count, name and hint come along unchanged.
 */
#pragma once

#include <stdbool.h>

#include "rs-model.h"

/* True when the spec can initialize a network: a known scheme, a finite bias and, for
 * uniform, a finite range r ≥ 0. */
bool rs_init_spec_is_valid (const RsInitSpec *spec);

/* True when a network of these sizes fits `data`: a valid shape (rs_network_shape_is_valid())
 * whose first size is data->n_inputs and last is data->n_outputs. */
bool rs_shape_fits_data (int n_layers, const int *units, const RsData *data);

/* A copy of `model` with a network of `n_layers` layers of units[0] … units[n_layers − 1]
 * units (s₁ … s_L) and activations[i] as the activation of the layer of units[i] (so
 * activations[0], the input layer's, is ignored), every Θ initialized from `spec`
 * (rs_network_init()), every ∂J/∂Θ 0, and model->init set to *spec. Everything else is kept
 * (see above). The same model, shape and spec give bit-identical Θ.
 *
 * NULL when the shape does not fit the data, an activation or the spec is not valid, or
 * memory runs out; `model` is never changed. Free with rs_model_free(). */
RsModel *rs_model_rebuilt (const RsModel *model, int n_layers, const int *units,
                           const RsActivation *activations, const RsInitSpec *spec);
