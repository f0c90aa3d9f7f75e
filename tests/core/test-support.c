/* test-support.c — builders for the core tests. */
#include "test-support.h"

#include <math.h>
#include <string.h>

#include "core/rs-init.h"
#include "core/rs-rng.h"

RsModel *
test_question_model (void)
{
  static const int units[] = { 2, 3, 2 };
  static const double theta2[] = { 0.1, 0.4, -0.2, -0.3, 0.2, 0.3, 0.2, -0.5, -0.4 };
  static const double theta3[] = { 0.05, 0.6, -0.1, 0.3, -0.1, 0.2, 0.5, -0.4 };
  RsNetwork *net = rs_network_new (3, units);
  memcpy (rs_network_theta (net, 2), theta2, sizeof theta2);
  memcpy (rs_network_theta (net, 3), theta3, sizeof theta3);
  RsData *data = rs_data_new (1, 2, 2);
  data->x[0] = 1.0, data->x[1] = 0.5;
  data->y[0] = 1.0, data->y[1] = 0.0;
  return rs_model_new (net, data);
}

RsModel *
test_random_model (int n_layers, const int *units, RsActivation hidden, RsActivation output,
                   int m, unsigned long long seed)
{
  RsNetwork *net = rs_network_new (n_layers, units);
  for (int l = 2; l < n_layers; l++)
    net->activation[l] = hidden;
  net->activation[n_layers] = output;
  RsInitSpec spec = { .scheme = RS_INIT_UNIFORM, .seed = seed, .bias = 0.1, .range = 0.8 };
  rs_network_init (net, &spec);

  RsData *data = rs_data_new (m, units[0], units[n_layers - 1]);
  RsRng rng;
  rs_rng_seed (&rng, seed * 7919 + 17);
  for (long i = 0; i < (long) m * data->n_inputs; i++)
    data->x[i] = rs_rng_uniform_range (&rng, -1, 1);
  for (long i = 0; i < (long) m * data->n_outputs; i++)
    data->y[i] = rs_rng_uniform_range (&rng, -1, 1);
  return rs_model_new (net, data);
}

double
test_worst_layer_difference (const RsNetwork *net, const double *a, const double *b)
{
  double worst = 0;
  for (int l = 2; l <= net->n_layers; l++)
    {
      size_t first = net->theta_offset[l];
      size_t n = (size_t) net->units[l] * rs_network_theta_cols (net, l);
      double scale = 1e-300, diff = 0;
      for (size_t i = first; i < first + n; i++)
        {
          scale = fmax (scale, fabs (b[i]));
          diff = fmax (diff, fabs (a[i] - b[i]));
        }
      worst = fmax (worst, diff / scale);
    }
  return worst;
}
