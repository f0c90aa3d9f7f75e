/* rs-small.c — one pass of forward, cost and backward for networks with layers of ≤ 8 units.
 *
 * Batches go four examples at a time, one per vector lane (small_pass()): every z⁽ˡ⁾ⱼ,
 * a⁽ˡ⁾ⱼ, g′ and δ is one v4d. Each Θ value is broadcast once per four examples and
 * multiplied into a whole vector, so the independent sums of a layer keep both FMA units
 * busy instead of waiting on one chain of one example. Nothing is written to memory but the
 * gradient at the end: each lane sums its own examples, and the four partial sums are added
 * when the gradient is written out. A single example through layers of ≤ 4 units (a
 * stochastic step on a tiny network) puts the units in the lanes instead (single_example()).
 */
#include "rs-small.h"

#include <math.h>

#include "rs-kernels.h"
#include "rs-simd.h"

#define W RS_SMALL_MAX_UNITS

bool
rs_small_fits (const RsNetwork *net)
{
  for (int l = 1; l <= net->n_layers; l++)
    if (net->units[l] > W)
      return false;
  return true;
}

/* a = g(z), g′(z) for four examples of one unit. relu and linear in vector form (the common
 * cases, and the same comparisons as rs-propagate.c); the others lane by lane. */
RS_INLINE void
activate (RsActivation activation, const RsActivationParams *params, v4d z, v4d *a,
          v4d *gprime)
{
  switch (activation)
    {
    case RS_ACTIVATION_RELU:
      {
        v4l positive = z > 0, negative = z < 0;
        *a = (v4d) ((v4l) z & positive);
        /* 1 where z > 0, 0 where z < 0, the ReLU′(0) convention at 0 (and for NaN) */
        *gprime = (v4d) (((v4l) splat4 (1.0) & positive)
                         | ((v4l) splat4 (params->relu_prime_at_zero) & ~(positive | negative)));
      }
      break;
    case RS_ACTIVATION_LINEAR:
      *a = z;
      *gprime = splat4 (1.0);
      break;
    case RS_ACTIVATION_LEAKY_RELU:
    case RS_ACTIVATION_SIGMOID:
    case RS_ACTIVATION_TANH:
    case RS_N_ACTIVATIONS:
    default:
      for (int i = 0; i < 4; i++)
        {
          (*a)[i] = rs_activation_value (activation, params, z[i]);
          (*gprime)[i] = rs_activation_derivative (activation, params, z[i]);
        }
      break;
    }
}

/* Four values, element i at p[i · stride], those from `count` on read as 0 (and not read).
 * Built in registers: writing lanes into a vector in memory and reading it back whole would
 * stall on every store that the load cannot take its value from. */
RS_INLINE v4d
load4_strided (const double *p, long stride, int count)
{
  double v0 = 0, v1 = 0, v2 = 0, v3 = 0;
  if (count > 0)
    v0 = p[0];
  if (count > 1)
    v1 = p[stride];
  if (count > 2)
    v2 = p[2 * stride];
  if (count > 3)
    v3 = p[3 * stride];
  return (v4d){ v0, v1, v2, v3 };
}

/* Column `col` of four rows of a row-major matrix with `cols` columns, starting at row t;
 * rows from `rows` on (past the last example) read as 0. */
RS_INLINE v4d
gather4 (const double *matrix, int cols, int col, int t, int rows)
{
  return load4_strided (matrix + (long) t * cols + col, cols, rows - t);
}

/* Where rs_small_step() puts the updated parameters. */
typedef struct
{
  double alpha;
  double *out;  /* n_params values, the layout of net->params */
  bool *finite; /* set to whether every value written to out is finite */
} Update;

/* out[i] = Θᵢ − α gradᵢ. Returns value − value: 0 when it is finite, NaN when it is NaN or
 * ±∞, so that the sum over all parameters is 0 exactly when all are finite — one addition
 * per parameter instead of a comparison and a branch-free flag. */
RS_INLINE double
update_one (const RsNetwork *net, const Update *update, size_t i, double gradient)
{
  double value = net->params[i] - update->alpha * gradient;
  update->out[i] = value;
  return value - value;
}

/* The pass itself. With width = 0 every loop over units runs over the real sizes. With a
 * constant width > 0 every layer is zero-padded to that many units instead: with fixed trip
 * counts the compiler unrolls the loops into straight-line code and keeps a layer's vectors
 * in registers, which for the tiniest networks costs less than the loop control it removes
 * (for 8 units the padding costs more). Padded units see Θ = 0, so they add nothing to any
 * real unit, and their error is masked to 0, so their δ and gradient are 0 too. */
#define SPAN(n) (width > 0 ? width : (n))

RS_INLINE double
small_pass (const int width, RsNetwork *net, const double *x, const double *y, int m,
            const Update *update)
{
  const int L = net->n_layers, *units = net->units;
  double theta[RS_MAX_LAYERS + 1][W][W + 1];   /* [l][j][k]: Θ⁽ˡ⁾ padded */
  v4d a[RS_MAX_LAYERS + 1][W], gprime[RS_MAX_LAYERS + 1][W], delta[W], prev_delta[W];
  v4d grad[RS_MAX_LAYERS + 1][W][W + 1];       /* [l][j][k]: Σ δⱼ aₖ per lane */
  for (int l = 2; l <= L; l++)
    {
      int s = units[l], n = units[l - 1], cols = n + 1;
      const double *src = rs_network_theta (net, l);
      for (int j = 0; j < SPAN (s); j++)
        for (int k = 0; k <= SPAN (n); k++)
          {
            theta[l][j][k] = j < s && k <= n ? src[j * cols + k] : 0.0;
            grad[l][j][k] = splat4 (0.0);
          }
    }

  v4d sum_sq = splat4 (0.0);
  for (int t = 0; t < m; t += 4)
    {
      /* Lanes past the last example compute on zero inputs; their error is masked to 0, so
       * their δ, and what they add to the cost and the gradient, are exact zeros. */
      v4l valid = (v4l){ 0, 1, 2, 3 } < (long long) (m - t);

      for (int k = 0; k < SPAN (units[1]); k++)
        a[1][k] = k < units[1] ? gather4 (x, units[1], k, t, m) : splat4 (0.0);
      for (int l = 2; l <= L; l++)
        for (int j = 0; j < SPAN (units[l]); j++)
          {
            v4d z = splat4 (theta[l][j][0]);
            for (int k = 0; k < SPAN (units[l - 1]); k++)
              z += splat4 (theta[l][j][k + 1]) * a[l - 1][k];
            activate (net->activation[l], &net->act_params, z, &a[l][j], &gprime[l][j]);
          }

      /* cost and δ⁽ᴸ⁾ = (a⁽ᴸ⁾ − y) ⊙ g′(z⁽ᴸ⁾) */
      for (int j = 0; j < SPAN (units[L]); j++)
        {
          v4d error = splat4 (0.0);
          if (j < units[L])
            error = (v4d) ((v4l) (a[L][j] - gather4 (y, units[L], j, t, m)) & valid);
          sum_sq += error * error;
          delta[j] = error * gprime[L][j];
        }

      /* backward: ∂Θ⁽ˡ⁾ += δ⁽ˡ⁾ [1; a⁽ˡ⁻¹⁾]ᵀ, then δ⁽ˡ⁻¹⁾ₖ = Σⱼ δⱼ Θⱼₖ g′(z⁽ˡ⁻¹⁾ₖ); the input
       * layer has no δ */
      for (int l = L; l >= 2; l--)
        {
          for (int j = 0; j < SPAN (units[l]); j++)
            {
              grad[l][j][0] += delta[j];
              for (int k = 0; k < SPAN (units[l - 1]); k++)
                grad[l][j][k + 1] += delta[j] * a[l - 1][k];
            }
          if (l == 2)
            break;
          for (int k = 0; k < SPAN (units[l - 1]); k++)
            {
              v4d back = splat4 (0.0);
              for (int j = 0; j < SPAN (units[l]); j++)
                back += splat4 (theta[l][j][k + 1]) * delta[j];
              prev_delta[k] = back * gprime[l - 1][k];
            }
          for (int k = 0; k < SPAN (units[l - 1]); k++)
            delta[k] = prev_delta[k];
        }
    }

  /* The four lanes are four partial sums over the examples; add them up. */
  double cost = 0.5 * ((sum_sq[0] + sum_sq[1]) + (sum_sq[2] + sum_sq[3])) / m;
  if (!isfinite (cost))
    return cost;
  double inv_m = 1.0 / m;
  double not_finite = 0; /* 0, or NaN once a new parameter is not finite */
  for (int l = 2; l <= L; l++)
    {
      int s = units[l], n = units[l - 1], cols = n + 1;
      double *out = rs_network_grad (net, l);
      for (int j = 0; j < s; j++)
        for (int k = 0; k <= n; k++)
          {
            v4d g = grad[l][j][k];
            double value = ((g[0] + g[1]) + (g[2] + g[3])) * inv_m;
            out[j * cols + k] = value;
            if (update != NULL)
              not_finite += update_one (net, update, net->theta_offset[l] + j * cols + k, value);
          }
    }
  if (update != NULL)
    *update->finite = not_finite == 0;
  return cost;
}

/* A single example through layers of at most four units (a stochastic step on a tiny
 * network): here four examples per vector would leave three lanes idle and pay for all four,
 * so the lanes hold a layer's units instead, and one pass is a few dozen vector operations.
 * Padded units get Θ = 0 and a masked error, as in small_pass(). With m = 1 the gradient is
 * δⱼ aₖ itself and goes straight to net->grads. */
RS_INLINE double
single_example (RsNetwork *net, const double *x, const double *y, const Update *update)
{
  const int L = net->n_layers, *units = net->units;
  v4d a[RS_MAX_LAYERS + 1], gprime[RS_MAX_LAYERS + 1];
  a[1] = load4_strided (x, 1, units[1]);
  for (int l = 2; l <= L; l++)
    {
      int s = units[l], n = units[l - 1], cols = n + 1;
      const double *theta = rs_network_theta (net, l);
      v4d z = load4_strided (theta, cols, s);
      for (int k = 0; k < n; k++)
        z += splat4 (a[l - 1][k]) * load4_strided (theta + k + 1, cols, s);
      activate (net->activation[l], &net->act_params, z, &a[l], &gprime[l]);
    }

  int s_out = units[L];
  v4l real = (v4l){ 0, 1, 2, 3 } < (long long) s_out;
  v4d error = (v4d) ((v4l) (a[L] - load4_strided (y, 1, s_out)) & real);
  /* the padded lanes add exact zeros, so this is the plain sum over the outputs */
  v4d squares = error * error;
  double cost = 0.5 * (((squares[0] + squares[1]) + squares[2]) + squares[3]);
  if (!isfinite (cost))
    return cost;

  v4d delta = error * gprime[L];
  double not_finite = 0; /* 0, or NaN once a new parameter is not finite */
  for (int l = L; l >= 2; l--)
    {
      int s = units[l], n = units[l - 1], cols = n + 1;
      size_t offset = net->theta_offset[l];
      double *grad = net->grads + offset;
      for (int j = 0; j < s; j++)
        for (int k = 0; k <= n; k++)
          {
            double value = k == 0 ? delta[j] : delta[j] * a[l - 1][k - 1];
            grad[j * cols + k] = value;
            if (update != NULL)
              not_finite += update_one (net, update, offset + j * cols + k, value);
          }
      if (l == 2)
        break;
      const double *theta = rs_network_theta (net, l);
      v4d back = splat4 (0.0);
      for (int j = 0; j < s; j++)
        back += splat4 (delta[j]) * load4_strided (theta + j * cols + 1, 1, n);
      delta = back * gprime[l - 1];
    }
  if (update != NULL)
    *update->finite = not_finite == 0;
  return cost;
}

RS_INLINE double
cost_and_gradient (RsNetwork *net, const double *x, const double *y, int m,
                   const Update *update)
{
  int widest = 0;
  for (int l = 1; l <= net->n_layers; l++)
    widest = net->units[l] > widest ? net->units[l] : widest;
  if (m == 1 && widest <= 4)
    return single_example (net, x, y, update);
  if (widest <= 2)
    return small_pass (2, net, x, y, m, update);
  if (widest <= 4)
    return small_pass (4, net, x, y, m, update);
  return small_pass (0, net, x, y, m, update);
}

RS_CLONES
double
rs_small_cost_and_gradient (RsNetwork *net, const double *x, const double *y, int m)
{
  return cost_and_gradient (net, x, y, m, NULL);
}

RS_CLONES
double
rs_small_step (RsNetwork *net, const double *x, const double *y, int m, double alpha,
               double *out, bool *finite)
{
  Update update = { alpha, out, finite };
  return cost_and_gradient (net, x, y, m, &update);
}
