/* test-support.h — small builders shared by the core tests. */
#pragma once

#include "core/rs-data.h"
#include "core/rs-model.h"
#include "core/rs-network.h"

/* The question's network: 2-3-2, hidden relu, output linear, one example x = (1, 0.5),
 * y = (1, 0), with the weights of resources/presets/question.json. */
RsModel *test_question_model (void);

/* A random network of the given shape, activations and data (m examples, inputs and targets
 * uniform in [−1, 1]), all from `seed`. */
RsModel *test_random_model (int n_layers, const int *units, RsActivation hidden,
                            RsActivation output, int m, unsigned long long seed);

/* The largest |a − b| in a layer relative to that layer's largest |b|, over every layer (a, b
 * laid out like net->params). Two ways of computing a gradient sum in different orders, so
 * one cancelling entry may differ in its last digits relative to itself, but never relative
 * to the scale of its layer. */
double test_worst_layer_difference (const RsNetwork *net, const double *a, const double *b);
