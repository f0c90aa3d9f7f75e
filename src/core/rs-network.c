/* rs-network.c — allocation, shape and small queries of a network. */
#include "rs-network.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

bool
rs_network_shape_is_valid (int n_layers, const int *units)
{
  if (units == NULL || n_layers < RS_MIN_LAYERS || n_layers > RS_MAX_LAYERS)
    return false;
  for (int i = 0; i < n_layers; i++)
    if (units[i] < 1 || units[i] > RS_MAX_UNITS)
      return false;
  return true;
}

RsNetwork *
rs_network_new (int n_layers, const int *units)
{
  if (!rs_network_shape_is_valid (n_layers, units))
    return NULL;

  RsNetwork *net = calloc (1, sizeof *net);
  if (net == NULL)
    return NULL;

  net->n_layers = n_layers;
  for (int l = 1; l <= n_layers; l++)
    net->units[l] = units[l - 1];
  for (int l = 2; l <= n_layers; l++)
    net->activation[l] = l == n_layers ? RS_ACTIVATION_LINEAR : RS_ACTIVATION_RELU;
  net->act_params.leaky_slope = 0.01;
  net->act_params.relu_prime_at_zero = 0.0;

  size_t offset = 0;
  for (int l = 2; l <= n_layers; l++)
    {
      net->theta_offset[l] = offset;
      offset += (size_t) net->units[l] * (size_t) (net->units[l - 1] + 1);
    }
  net->n_params = offset;
  net->params = calloc (offset, sizeof (double));
  net->grads = calloc (offset, sizeof (double));
  if (net->params == NULL || net->grads == NULL)
    {
      rs_network_free (net);
      return NULL;
    }
  return net;
}

void
rs_network_free (RsNetwork *net)
{
  if (net == NULL)
    return;
  free (net->params);
  free (net->grads);
  free (net);
}

RsNetwork *
rs_network_copy (const RsNetwork *net)
{
  RsNetwork *copy = rs_network_new (net->n_layers, net->units + 1);
  if (copy == NULL)
    return NULL;
  memcpy (copy->activation, net->activation, sizeof net->activation);
  copy->act_params = net->act_params;
  memcpy (copy->params, net->params, net->n_params * sizeof (double));
  memcpy (copy->grads, net->grads, net->n_params * sizeof (double));
  return copy;
}

bool
rs_network_same_shape (const RsNetwork *a, const RsNetwork *b)
{
  if (a->n_layers != b->n_layers)
    return false;
  for (int l = 1; l <= a->n_layers; l++)
    if (a->units[l] != b->units[l])
      return false;
  return true;
}

bool
rs_network_weight_is_valid (const RsNetwork *net, int l, int j, int k)
{
  return l >= 2 && l <= net->n_layers && j >= 1 && j <= net->units[l] && k >= 0
         && k <= net->units[l - 1];
}

void
rs_network_locate (const RsNetwork *net, size_t index, int *l, int *j, int *k)
{
  int layer = net->n_layers;
  while (layer > 2 && index < net->theta_offset[layer])
    layer--;
  size_t within = index - net->theta_offset[layer];
  size_t cols = (size_t) rs_network_theta_cols (net, layer);
  *l = layer;
  *j = (int) (within / cols) + 1;
  *k = (int) (within % cols);
}

void
rs_network_zero_grad (RsNetwork *net)
{
  memset (net->grads, 0, net->n_params * sizeof (double));
}

int
rs_network_n_hidden_units (const RsNetwork *net)
{
  int n = 0;
  for (int l = 2; l < net->n_layers; l++)
    n += net->units[l];
  return n;
}

int
rs_network_max_units (const RsNetwork *net)
{
  int max = 0;
  for (int l = 1; l <= net->n_layers; l++)
    if (net->units[l] > max)
      max = net->units[l];
  return max;
}

bool
rs_network_params_are_finite (const RsNetwork *net)
{
  for (size_t i = 0; i < net->n_params; i++)
    if (!isfinite (net->params[i]))
      return false;
  return true;
}
