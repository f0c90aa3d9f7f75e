/* rs-gradcheck.c — backprop against central differences. */
#include "rs-gradcheck.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rs-propagate.h"
#include "rs-workspace.h"

static double
full_cost (const RsNetwork *net, RsWorkspace *ws, const RsData *data)
{
  rs_forward (net, ws, data->x, data->n_examples);
  return rs_cost (net, ws, data->y);
}

void
rs_gradient_check (RsNetwork *net, const RsData *data, double epsilon, double floor,
                   RsGradCheck *result)
{
  memset (result, 0, sizeof *result);
  RsWorkspace *ws = rs_workspace_new (net, data->n_examples);
  if (ws == NULL)
    {
      result->worst_relative_error = INFINITY;
      return;
    }

  rs_network_zero_grad (net);
  rs_forward (net, ws, data->x, data->n_examples);
  rs_backward (net, ws, data->y);

  result->layer = 2, result->row = 1, result->col = 0;
  for (size_t i = 0; i < net->n_params; i++)
    {
      double saved = net->params[i];
      net->params[i] = saved + epsilon;
      double plus = full_cost (net, ws, data);
      net->params[i] = saved - epsilon;
      double minus = full_cost (net, ws, data);
      net->params[i] = saved;

      double numeric = (plus - minus) / (2 * epsilon);
      double backprop = net->grads[i];
      double scale = fmax (fabs (backprop) + fabs (numeric), floor);
      double error = fabs (backprop - numeric) / scale;
      if (!(error <= result->worst_relative_error)) /* NaN counts as worst */
        {
          result->worst_relative_error = error;
          rs_network_locate (net, i, &result->layer, &result->row, &result->col);
          result->backprop = backprop;
          result->numeric = numeric;
        }
      result->n_checked++;
    }
  rs_workspace_free (ws);
}
