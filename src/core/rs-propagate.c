/* rs-propagate.c — the batched forward, cost, backward and step.
 *
 * With the batch's values as m × sₗ row-major matrices, the three products of a step are
 *   forward   Z⁽ˡ⁾  = A⁽ˡ⁻¹⁾ W⁽ˡ⁾ᵀ + 1 bᵀ             (W = Θ without column 0, b = column 0)
 *   backward  D⁽ˡ⁾  = (D⁽ˡ⁺¹⁾ W⁽ˡ⁺¹⁾) ⊙ G⁽ˡ⁾
 *   gradient  ∂W⁽ˡ⁾ = (1/m) D⁽ˡ⁾ᵀ A⁽ˡ⁻¹⁾,  ∂b⁽ˡ⁾ = (1/m) D⁽ˡ⁾ᵀ 1
 * and all go through rs_kernel_gemm(), which reads Θ and the activations where they are
 * (the forward product takes Wᵀ as Θ with its strides swapped); behind relu units, the
 * gradient product of layer 2 from packed inputs skips δ's zeros (gradient_sparse()).
 */
#include "rs-propagate.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "rs-kernels-sparse.h"
#include "rs-kernels.h"

/* a = g(z) and g′(z) over a whole m × s block. Each activation has its own loop so that
 * the compiler can vectorize the common relu case. */
static inline __attribute__ ((always_inline)) void
activate (RsActivation activation, const RsActivationParams *params, const double *z,
          double *a, double *gprime, size_t n)
{
  switch (activation)
    {
    case RS_ACTIVATION_RELU:
      {
        double at_zero = params->relu_prime_at_zero;
        for (size_t i = 0; i < n; i++)
          {
            double v = z[i];
            a[i] = v > 0 ? v : 0.0;
            gprime[i] = v > 0 ? 1.0 : (v < 0 ? 0.0 : at_zero);
          }
      }
      break;
    case RS_ACTIVATION_LINEAR:
      for (size_t i = 0; i < n; i++)
        {
          a[i] = z[i];
          gprime[i] = 1.0;
        }
      break;
    case RS_ACTIVATION_LEAKY_RELU:
    case RS_ACTIVATION_SIGMOID:
    case RS_ACTIVATION_TANH:
    case RS_N_ACTIVATIONS:
    default:
      for (size_t i = 0; i < n; i++)
        {
          a[i] = rs_activation_value (activation, params, z[i]);
          gprime[i] = rs_activation_derivative (activation, params, z[i]);
        }
      break;
    }
}

/* Below this many multiply-adds a layer's product is cheaper as plain loops than through
 * packing and the tiled kernel. (Training steps on networks of small layers go through
 * rs-small.h instead; this keeps single-example evaluations of them cheap.) */
#define SMALL_PRODUCT 512

/* Z = 1 bᵀ + A Wᵀ with plain loops (Θ is s × (n + 1), A is m × n, Z is m × s). */
static inline void
forward_plain (const double *theta, const double *a, double *z, int m, int s, int n)
{
  int cols = n + 1;
  for (int t = 0; t < m; t++)
    for (int j = 0; j < s; j++)
      {
        const double *row = theta + (long) j * cols;
        double sum = row[0];
        for (int k = 0; k < n; k++)
          sum += row[k + 1] * a[(long) t * n + k];
        z[(long) t * s + j] = sum;
      }
}

/* Layer 2 from packed inputs: Zᵀ = W Xᵀ, the panels of Xᵀ being ready, computed s × m
 * into δ⁽²⁾ (unused until the backward pass writes it), then turned into Z = 1 bᵀ + X Wᵀ. */
static inline void
forward_packed_inputs (const double *theta, const RsPackedInputs *inputs, double *zt,
                       double *z, int s)
{
  int m = inputs->m, n = inputs->n, cols = n + 1;
  rs_kernel_gemm_packed (s, m, n, 1.0, theta + 1, cols, 1, inputs->by_example, 0.0, zt, m);
  /* eight examples at a time: one cache line of Zᵀ read per unit, eight rows of Z written */
  for (int t0 = 0; t0 < m; t0 += 8)
    {
      int t_end = m - t0 < 8 ? m : t0 + 8;
      for (int j = 0; j < s; j++)
        {
          double bias = theta[(long) j * cols];
          for (int t = t0; t < t_end; t++)
            z[(long) t * s + j] = bias + zt[(long) j * m + t];
        }
    }
}

static inline __attribute__ ((always_inline)) void
forward (const RsNetwork *net, RsWorkspace *ws, const double *x, int m,
         const RsPackedInputs *inputs)
{
  /* The workspace only reads the inputs; it keeps them uncopied to save a pass. */
  ws->a[1] = (double *) x;
  ws->n_examples = m;
  ws->packed = inputs;

  for (int l = 2; l <= net->n_layers; l++)
    {
      int s = net->units[l], n = net->units[l - 1], cols = n + 1;
      const double *theta = rs_network_theta (net, l); /* s × (n + 1) */
      double *z = ws->z[l];                              /* m × s */

      if ((long) m * s * n <= SMALL_PRODUCT)
        forward_plain (theta, ws->a[l - 1], z, m, s, n);
      else if (l == 2 && inputs != NULL)
        forward_packed_inputs (theta, inputs, ws->delta[l], z, s);
      else
        {
          /* Z := 1 bᵀ (row 0 gathered from Θ's column 0, the others copies of it), then
           * Z += A Wᵀ, Wᵀ being read straight out of Θ through the strides */
          for (int j = 0; j < s; j++)
            z[j] = theta[(long) j * cols];
          for (int t = 1; t < m; t++)
            memcpy (z + (long) t * s, z, (size_t) s * sizeof (double));
          rs_kernel_gemm (m, s, n, 1.0, ws->a[l - 1], n, 1, theta + 1, 1, cols, 1.0, z, s);
        }
      activate (net->activation[l], &net->act_params, z, ws->a[l], ws->gprime[l],
                (size_t) m * s);
    }
}

RS_CLONES
void
rs_forward (const RsNetwork *net, RsWorkspace *ws, const double *x, int m)
{
  forward (net, ws, x, m, NULL);
}

RS_CLONES
void
rs_forward_packed (const RsNetwork *net, RsWorkspace *ws, const RsPackedInputs *inputs)
{
  forward (net, ws, inputs->x, inputs->m, inputs);
}

RS_CLONES
double
rs_cost (const RsNetwork *net, const RsWorkspace *ws, const double *y)
{
  int L = net->n_layers;
  size_t n = (size_t) ws->n_examples * net->units[L];
  const double *a = ws->a[L];
  double sum = 0;
  for (size_t i = 0; i < n; i++)
    {
      double e = a[i] - y[i];
      sum += e * e;
    }
  return 0.5 * sum / ws->n_examples;
}

/* One layer of the backward pass with plain loops: ∂Θ⁽ˡ⁾ += (1/m) Σₜ δₜ [1; aₜ]ᵀ and, for
 * l > 2, δ⁽ˡ⁻¹⁾ = (W⁽ˡ⁾ᵀ δ⁽ˡ⁾) ⊙ g′. */
static inline void
backward_plain (RsNetwork *net, RsWorkspace *ws, int l, double inv_m, bool accumulate)
{
  int m = ws->n_examples, s = net->units[l], n = net->units[l - 1], cols = n + 1;
  const double *delta = ws->delta[l], *a = ws->a[l - 1]; /* m × s, m × n */
  const double *theta = rs_network_theta (net, l);
  double *grad = rs_network_grad (net, l);               /* s × (n + 1) */
  if (!accumulate)
    for (int i = 0; i < s * cols; i++)
      grad[i] = 0;
  for (int t = 0; t < m; t++)
    for (int j = 0; j < s; j++)
      {
        double d = delta[(long) t * s + j] * inv_m;
        double *row = grad + (long) j * cols;
        row[0] += d;
        for (int k = 0; k < n; k++)
          row[k + 1] += d * a[(long) t * n + k];
      }
  if (l == 2)
    return;
  double *prev = ws->delta[l - 1];
  const double *gprime = ws->gprime[l - 1];
  for (int t = 0; t < m; t++)
    for (int k = 0; k < n; k++)
      {
        double sum = 0;
        for (int j = 0; j < s; j++)
          sum += theta[(long) j * cols + k + 1] * delta[(long) t * s + j];
        prev[(long) t * n + k] = sum * gprime[(long) t * n + k];
      }
}

/* Behind relu units much of δ is exactly zero: when at most this fraction of it is not, the
 * gradient product from packed inputs leaves the zeros out (rs-kernels-sparse.h). The sparse
 * kernel's time grows with the fill and meets the dense kernel's near 3/4 (784-128-10, batch
 * 64: about 155 µs at half full against 242 µs dense). */
#define SPARSE_MAX_FILL 0.7

/* Gathering δ costs, per entry, about what leaving its zeros out saves over 50 inputs (at half
 * full): below this many inputs the dense product is as fast. */
#define SPARSE_MIN_INPUTS 64

/* ∂W⁽ˡ⁾ = (1/m) D⁽ˡ⁾ᵀ X through the sparse kernel, when layer l is relu and δ⁽ˡ⁾ has zeros
 * enough; returns false (and leaves grad alone) when it is not worth it. */
static bool
gradient_sparse (const RsNetwork *net, RsWorkspace *ws, int l, double inv_m, bool accumulate,
                 double *grad)
{
  if (net->activation[l] != RS_ACTIVATION_RELU || net->units[l - 1] < SPARSE_MIN_INPUTS)
    return false;
  RsSparseRows *sparse = rs_workspace_sparse (ws);
  if (sparse == NULL)
    return false;
  int m = ws->n_examples, s = net->units[l], n = net->units[l - 1];
  long nonzero = rs_sparse_rows_gather (sparse, s, m, ws->delta[l], 1, s);
  if (nonzero > SPARSE_MAX_FILL * s * m)
    return false;
  rs_kernel_gemm_sparse_packed (sparse, n, inv_m, ws->packed->by_input, accumulate ? 1.0 : 0.0,
                                grad + 1, n + 1);
  return true;
}

/* The same through the tiled kernel. */
static inline void
backward_tiled (RsNetwork *net, RsWorkspace *ws, int l, double inv_m, bool accumulate)
{
  int m = ws->n_examples, s = net->units[l], n = net->units[l - 1], cols = n + 1;
  const double *delta = ws->delta[l];       /* m × s */
  double *grad = rs_network_grad (net, l); /* s × (n + 1) */

  /* ∂b = (1/m) Dᵀ 1: column sums of D, eight columns at a time in registers */
  for (int j0 = 0; j0 < s; j0 += 8)
    {
      int width = s - j0 < 8 ? s - j0 : 8;
      double sum[8] = { 0 };
      if (width == 8)
        for (int t = 0; t < m; t++)
          for (int jj = 0; jj < 8; jj++)
            sum[jj] += delta[(long) t * s + j0 + jj];
      else
        for (int t = 0; t < m; t++)
          for (int jj = 0; jj < width; jj++)
            sum[jj] += delta[(long) t * s + j0 + jj];
      for (int jj = 0; jj < width; jj++)
        {
          double *cell = grad + (long) (j0 + jj) * cols;
          *cell = sum[jj] * inv_m + (accumulate ? *cell : 0.0);
        }
    }
  /* ∂W = (1/m) Dᵀ A⁽ˡ⁻¹⁾: A-operand Dᵀ is read transposed through the strides */
  if (l == 2 && ws->packed != NULL)
    {
      if (!gradient_sparse (net, ws, l, inv_m, accumulate, grad))
        rs_kernel_gemm_packed (s, n, m, inv_m, delta, 1, s, ws->packed->by_input,
                               accumulate ? 1.0 : 0.0, grad + 1, cols);
    }
  else
    rs_kernel_gemm (s, n, m, inv_m, delta, 1, s, ws->a[l - 1], n, 1, accumulate ? 1.0 : 0.0,
                    grad + 1, cols);

  if (l == 2)
    return;
  /* δ⁽ˡ⁻¹⁾ = (D⁽ˡ⁾ W⁽ˡ⁾) ⊙ g′(z⁽ˡ⁻¹⁾) */
  double *prev = ws->delta[l - 1]; /* m × n */
  rs_kernel_gemm (m, n, s, 1.0, delta, s, 1, rs_network_theta (net, l) + 1, cols, 1, 0.0,
                  prev, n);
  const double *gprime = ws->gprime[l - 1];
  size_t count = (size_t) m * n;
  for (size_t i = 0; i < count; i++)
    prev[i] *= gprime[i];
}

RS_CLONES
void
rs_backward_into (RsNetwork *net, RsWorkspace *ws, const double *y, bool accumulate)
{
  int L = net->n_layers, m = ws->n_examples;
  double inv_m = 1.0 / m;

  /* δ⁽ᴸ⁾ = (a⁽ᴸ⁾ − y) ⊙ g′(z⁽ᴸ⁾), m × s_L */
  size_t n_out = (size_t) m * net->units[L];
  for (size_t i = 0; i < n_out; i++)
    ws->delta[L][i] = (ws->a[L][i] - y[i]) * ws->gprime[L][i];

  for (int l = L; l >= 2; l--)
    {
      int s = net->units[l], n = net->units[l - 1];
      if ((long) m * s * n <= SMALL_PRODUCT)
        backward_plain (net, ws, l, inv_m, accumulate);
      else
        backward_tiled (net, ws, l, inv_m, accumulate);
    }
}

void
rs_backward (RsNetwork *net, RsWorkspace *ws, const double *y)
{
  rs_backward_into (net, ws, y, true);
}

static void
find_failure (const RsNetwork *net, double alpha, RsStepFailure *failure)
{
  for (size_t i = 0; i < net->n_params; i++)
    {
      double v = net->params[i] - alpha * net->grads[i];
      if (!isfinite (v))
        {
          rs_network_locate (net, i, &failure->layer, &failure->row, &failure->col);
          failure->value = v;
          return;
        }
    }
}

RS_CLONES
bool
rs_step_into (const RsNetwork *net, double alpha, double *out, RsStepFailure *failure)
{
  /* One pass writing and checking; the comparison is written so that NaN fails it and the
   * loop still vectorizes. */
  const double *restrict theta = net->params, *restrict grad = net->grads;
  double *restrict dest = out;
  long long ok = 1; /* as wide as a double, so the vectorized check needs no repacking */
  for (size_t i = 0; i < net->n_params; i++)
    {
      double v = theta[i] - alpha * grad[i];
      dest[i] = v;
      ok &= fabs (v) <= DBL_MAX;
    }
  if (!ok && failure != NULL)
    find_failure (net, alpha, failure);
  return ok;
}

bool
rs_step (RsNetwork *net, double alpha, RsStepFailure *failure)
{
  int ok = 1;
  for (size_t i = 0; i < net->n_params; i++)
    ok &= fabs (net->params[i] - alpha * net->grads[i]) <= DBL_MAX;
  if (!ok)
    {
      if (failure != NULL)
        find_failure (net, alpha, failure);
      return false;
    }
  for (size_t i = 0; i < net->n_params; i++)
    net->params[i] -= alpha * net->grads[i];
  return true;
}
