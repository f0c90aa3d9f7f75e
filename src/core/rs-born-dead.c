/* rs-born-dead.c — the born-dead experiment: many small random networks, one pass each. */
#include "rs-born-dead.h"

#include <math.h>
#include <stdlib.h>

#include "rs-rng.h"

RsBornDeadSpec
rs_born_dead_spec_default (void)
{
  return (RsBornDeadSpec){ .width = 3, .depth = 4, .input_dim = 2, .n_inputs = 1,
                           .bias_std = 0.0, .seed = 1, .trials = 10000 };
}

bool
rs_born_dead_spec_is_valid (const RsBornDeadSpec *spec)
{
  return spec != NULL && spec->width >= 1 && spec->width <= RS_MAX_UNITS && spec->depth >= 1
         && spec->depth <= RS_BORN_DEAD_MAX_DEPTH && spec->input_dim >= 1
         && spec->input_dim <= RS_MAX_UNITS && spec->n_inputs >= 1
         && spec->n_inputs <= RS_BORN_DEAD_MAX_INPUTS && isfinite (spec->bias_std)
         && spec->bias_std >= 0.0 && spec->trials >= 1
         && spec->trials <= RS_BORN_DEAD_MAX_TRIALS;
}

double
rs_born_dead_formula (int width, int depth)
{
  /* (1 − 2⁻ᴺ)ᴴ = exp (H log1p (−2⁻ᴺ)): for N ≳ 53 the direct form would round 1 − 2⁻ᴺ to 1. */
  return -expm1 ((double) depth * log1p (-ldexp (1.0, -width)));
}

/* Scratch space for one trial: the activations of the inputs still in play (K × N, two
 * buffers swapped layer by layer) and one layer's weights. */
typedef struct
{
  double *h, *next;  /* K × max(N, d) each */
  double *w;         /* N × max(N, d) */
  double *b;         /* N */
  double *block;
} Scratch;

static bool
scratch_init (Scratch *s, const RsBornDeadSpec *spec)
{
  size_t wide = (size_t) (spec->width > spec->input_dim ? spec->width : spec->input_dim);
  size_t k = (size_t) spec->n_inputs, n = (size_t) spec->width;
  s->block = malloc ((2 * k * wide + n * wide + n) * sizeof (double));
  if (s->block == NULL)
    return false;
  s->h = s->block;
  s->next = s->h + k * wide;
  s->w = s->next + k * wide;
  s->b = s->w + n * wide;
  return true;
}

/* One hidden layer for `alive` inputs: next = ReLU (W h + b), W being N × fan_in. With zero
 * biases an input whose layer is all zero stays zero forever, so its row is dropped and the
 * rows are compacted; with biases every row is kept. Returns how many inputs have a nonzero
 * layer; *rows_out receives how many rows `next` now holds. */
static int
layer_forward (const Scratch *s, int alive, int fan_in, int width, bool has_bias, int *rows_out)
{
  int rows = 0, nonzero = 0;
  for (int t = 0; t < alive; t++)
    {
      const double *in = s->h + (size_t) t * fan_in;
      double *out = s->next + (size_t) rows * width;
      bool any = false;
      for (int j = 0; j < width; j++)
        {
          const double *wj = s->w + (size_t) j * fan_in; /* row j of W, fan_in values */
          double z = has_bias ? s->b[j] : 0.0;
          for (int k = 0; k < fan_in; k++)
            z += wj[k] * in[k];
          out[j] = z > 0.0 ? z : 0.0;
          any |= z > 0.0;
        }
      nonzero += any;
      if (any || has_bias)
        rows++;
    }
  *rows_out = rows;
  return nonzero;
}

/* n draws from N(0, std²). rs_rng_normal() keeps one half of each Box–Muller pair so that
 * its sequence never depends on how many calls came before; a whole layer is drawn here at
 * once, so both halves are used, which halves the cost of the experiment's dominant step. */
static void
fill_normal (RsRng *rng, double *out, size_t n, double std)
{
  size_t i = 0;
  for (; i + 1 < n; i += 2)
    {
      double u1 = 1.0 - rs_rng_uniform (rng); /* in (0, 1]: the logarithm is finite */
      double u2 = rs_rng_uniform (rng);
      double r = std * sqrt (-2.0 * log (u1)), angle = 2.0 * M_PI * u2;
      out[i] = r * cos (angle);
      out[i + 1] = r * sin (angle);
    }
  if (i < n)
    out[i] = std * rs_rng_normal (rng);
}

/* One network: true when its last hidden layer is zero at all K inputs. */
static bool
trial_is_born_dead (const RsBornDeadSpec *spec, Scratch *s, RsRng *rng)
{
  int d = spec->input_dim, n = spec->width, k = spec->n_inputs;
  bool has_bias = spec->bias_std > 0.0;

  for (int t = 0; t < k; t++)
    for (int i = 0; i < d; i++)
      s->h[(size_t) t * d + i] = rs_rng_uniform_range (rng, -1.0, 1.0);

  int alive = k, fan_in = d, nonzero = 0;
  for (int layer = 0; layer < spec->depth; layer++)
    {
      fill_normal (rng, s->w, (size_t) n * fan_in, sqrt (2.0 / fan_in)); /* He */
      if (has_bias)
        fill_normal (rng, s->b, (size_t) n, spec->bias_std);

      int rows;
      nonzero = layer_forward (s, alive, fan_in, n, has_bias, &rows);
      double *swap = s->h;
      s->h = s->next;
      s->next = swap;
      alive = rows;
      fan_in = n;
      if (!has_bias && alive == 0)
        return true; /* every input already hit an all-zero layer */
    }
  return nonzero == 0;
}

bool
rs_born_dead_run (const RsBornDeadSpec *spec, RsBornDeadResult *result)
{
  if (!rs_born_dead_spec_is_valid (spec) || result == NULL)
    return false;

  Scratch s;
  if (!scratch_init (&s, spec))
    return false;
  RsRng rng;
  rs_rng_seed (&rng, spec->seed);

  long long dead = 0;
  for (long long trial = 0; trial < spec->trials; trial++)
    dead += trial_is_born_dead (spec, &s, &rng);
  free (s.block);

  double p = (double) dead / (double) spec->trials;
  result->trials = spec->trials;
  result->born_dead = dead;
  result->fraction = p;
  result->std_error = sqrt (p * (1.0 - p) / (double) spec->trials);
  result->formula = rs_born_dead_formula (spec->width, spec->depth);
  return true;
}
