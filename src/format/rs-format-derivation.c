/* rs-format-derivation.c — one gradient's chain rule, as a good teacher writes it.
 *
 * The shape (the README's "The question, answered on the built-in example"): a heading
 * naming the weight, the symbolic lines, then the numbers factor by factor down to the value, then the update. Through a
 * unit whose g′ is 0 the numbers stop at δ = 0 and a plain sentence says what that means.
 * Everything is written through RsTextWriter, so plain text and markup cannot disagree.
 */
#include "rs-format.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "rs-text-writer.h"

#define DIGITS     3  /* significant digits of every factor */
#define MAX_LISTED 8  /* terms and examples listed one by one; past this, elided */
#define WRAP_WIDTH 92 /* columns of a sentence in plain text */

typedef struct
{
  RsTextWriter w;
  const RsDerivation *d;
  int indent; /* of the numeric lines: deeper when they are of one example of several */
} Ctx;

/* The derivative's name as the formulas write it. */
static const char *
prime_name (RsActivation activation)
{
  switch (activation)
    {
    case RS_ACTIVATION_RELU: return "ReLU′";
    case RS_ACTIVATION_LEAKY_RELU: return "LeakyReLU′";
    case RS_ACTIVATION_SIGMOID: return "σ′";
    case RS_ACTIVATION_TANH: return "tanh′";
    case RS_ACTIVATION_LINEAR:
    case RS_N_ACTIVATIONS:
    default: return "g′";
    }
}

/* A symbol with two unit numbers: Θ⁽ˡ⁾ⱼₖ. */
static void
write_pair (RsTextWriter *w, const char *base, int layer, int j, int k)
{
  char sub[32];
  rs_text_index (sub, sizeof sub, j, k);
  rs_text_writer_symbol (w, base, layer, sub);
}

/* A symbol with one unit number: δ⁽ˡ⁾ⱼ, z⁽ˡ⁾ⱼ, yⱼ (layer 0). */
static void
write_unit (RsTextWriter *w, const char *base, int layer, int j)
{
  char sub[16];
  g_snprintf (sub, sizeof sub, "%d", j);
  rs_text_writer_symbol (w, base, layer, sub);
}

static void
write_gradient_symbol (RsTextWriter *w, int layer, int j, int k)
{
  rs_text_writer_text (w, "∂J/∂");
  write_pair (w, "Θ", layer, j, k);
}

/* g′ as a factor. The piecewise and linear slopes are settings or exact (1, 0, the leaky
 * slope, the ReLU′(0) convention) and read best as typed; smooth slopes are computed. */
static void
write_gprime (RsTextWriter *w, RsActivation activation, double gprime)
{
  if (rs_activation_is_piecewise (activation) || activation == RS_ACTIVATION_LINEAR)
    {
      g_autofree char *text = rs_format_shortest (gprime);
      rs_text_writer_text (w, text);
    }
  else
    rs_text_writer_factor (w, gprime, DIGITS);
}

/* "input unit 1", "hidden unit 2" (with "of layer l" when there are several hidden
 * layers), "output unit 1". */
static char *
describe_unit (int n_layers, int l, int j)
{
  if (l == 1)
    return g_strdup_printf (_("input unit %d"), j);
  if (l == n_layers)
    return g_strdup_printf (_("output unit %d"), j);
  if (n_layers > 3)
    return g_strdup_printf (_("hidden unit %d of layer %d"), j, l);
  return g_strdup_printf (_("hidden unit %d"), j);
}

static void
begin_line (Ctx *c, int indent)
{
  rs_text_writer_pad_to (&c->w, indent);
}

static void
end_line (Ctx *c)
{
  rs_text_writer_newline (&c->w);
}

/* ∂J/∂Θ⁽²⁾₂₁ — the weight from input unit 1 into hidden unit 2 */
static void
write_heading (Ctx *c)
{
  const RsDerivation *d = c->d;
  g_autofree char *to = describe_unit (d->n_layers, d->layer, d->row);

  write_gradient_symbol (&c->w, d->layer, d->row, d->col);
  if (d->col == 0)
    rs_text_writer_printf (&c->w, _(" — the bias weight of %s"), to);
  else
    {
      g_autofree char *from = describe_unit (d->n_layers, d->layer - 1, d->col);
      rs_text_writer_printf (&c->w, _(" — the weight from %s into %s"), from, to);
    }
  end_line (c);
}

/*   ∂J/∂Θ⁽ˡ⁾ⱼₖ = δ⁽ˡ⁾ⱼ · a⁽ˡ⁻¹⁾ₖ
 *   δ⁽ˡ⁾ⱼ      = (Σᵢ Θ⁽ˡ⁺¹⁾ᵢⱼ δ⁽ˡ⁺¹⁾ᵢ) · g′(z⁽ˡ⁾ⱼ)     or (aⱼ − yⱼ) · g′(zⱼ) at the output
 *   δ⁽ˡ⁺¹⁾ᵢ    = (a⁽ᴸ⁾ᵢ − yᵢ) · g′(z⁽ᴸ⁾ᵢ)             or the sum over layer l + 2
 * with the = signs under each other. */
static void
write_symbolic (Ctx *c)
{
  RsTextWriter *w = &c->w;
  const RsDerivation *d = c->d;
  int l = d->layer, j = d->row, k = d->col, L = d->n_layers;
  char sub[32];

  begin_line (c, 2);
  write_gradient_symbol (w, l, j, k);
  int eq_column = w->column;
  rs_text_writer_text (w, " = ");
  write_unit (w, "δ", l, j);
  rs_text_writer_text (w, " · ");
  write_unit (w, "a", l - 1, k);
  if (k == 0)
    rs_text_writer_text (w, _("   (a₀ = 1, the bias unit)"));
  end_line (c);

  begin_line (c, 2);
  write_unit (w, "δ", l, j);
  rs_text_writer_pad_to (w, eq_column);
  rs_text_writer_text (w, " = (");
  if (l == L)
    {
      write_unit (w, "a", l, j);
      rs_text_writer_text (w, " − ");
      write_unit (w, "y", 0, j);
    }
  else
    {
      g_snprintf (sub, sizeof sub, "i%d", j);
      rs_text_writer_symbol (w, "Σ", 0, "i");
      rs_text_writer_text (w, " ");
      rs_text_writer_symbol (w, "Θ", l + 1, sub);
      rs_text_writer_text (w, " ");
      rs_text_writer_symbol (w, "δ", l + 1, "i");
    }
  rs_text_writer_printf (w, ") · %s(", prime_name (d->activation));
  write_unit (w, "z", l, j);
  rs_text_writer_text (w, ")");
  end_line (c);

  if (l == L)
    return;

  begin_line (c, 2);
  rs_text_writer_symbol (w, "δ", l + 1, "i");
  rs_text_writer_pad_to (w, eq_column);
  rs_text_writer_text (w, " = (");
  if (l + 1 == L)
    {
      rs_text_writer_symbol (w, "a", l + 1, "i");
      rs_text_writer_text (w, " − ");
      rs_text_writer_symbol (w, "y", 0, "i");
    }
  else
    {
      rs_text_writer_symbol (w, "Σ", 0, "h");
      rs_text_writer_text (w, " ");
      rs_text_writer_symbol (w, "Θ", l + 2, "hi");
      rs_text_writer_text (w, " ");
      rs_text_writer_symbol (w, "δ", l + 2, "h");
    }
  rs_text_writer_printf (w, ") · %s(", prime_name (d->next_activation));
  rs_text_writer_symbol (w, "z", l + 1, "i");
  rs_text_writer_text (w, ")");
  end_line (c);
}

/* " > 0", " < 0" or "" after "z = value", by the branch taken. */
static const char *
relation_text (RsBranch branch)
{
  switch (branch)
    {
    case RS_BRANCH_POSITIVE: return " > 0";
    case RS_BRANCH_NEGATIVE: return " < 0";
    case RS_BRANCH_ZERO:
    case RS_BRANCH_SMOOTH:
    default: return "";
    }
}

/* "(z⁽³⁾₁ = 0.285 > 0)" after a δ of the next layer, for piecewise activations: it says why
 * that g′ is what it is. */
static void
write_branch_note (RsTextWriter *w, RsActivation activation, int layer, int i, double z)
{
  if (!rs_activation_is_piecewise (activation))
    return;
  RsBranch branch = rs_activation_branch (activation, z);
  rs_text_writer_text (w, "   (");
  write_unit (w, "z", layer, i);
  rs_text_writer_text (w, " = ");
  rs_text_writer_number (w, z, DIGITS);
  rs_text_writer_text (w, relation_text (branch));
  if (branch == RS_BRANCH_ZERO)
    rs_text_writer_printf (w, _(": %s(0) by convention"), prime_name (activation));
  rs_text_writer_text (w, ")");
}

/* x₁ + x₂ − x₃ …: the first value with its sign, the others joined by + or − and their
 * magnitude, with `write_rest` writing what multiplies each (may be NULL). Past MAX_LISTED
 * values the middle is elided. */
typedef void (*WriteRest) (Ctx *c, int index);

static void
write_signed_sum (Ctx *c, const double *values, gsize stride, int n, WriteRest write_rest)
{
  RsTextWriter *w = &c->w;
  int shown = n <= MAX_LISTED ? n : MAX_LISTED - 2;
  for (int i = 0; i < shown; i++)
    {
      double v = *(const double *) ((const char *) values + stride * (gsize) i);
      if (i == 0)
        rs_text_writer_number (w, v, DIGITS);
      else
        {
          rs_text_writer_text (w, v < 0.0 ? " − " : " + ");
          rs_text_writer_number (w, v < 0.0 ? -v : v, DIGITS);
        }
      if (write_rest != NULL)
        write_rest (c, i);
    }
  if (shown < n)
    rs_text_writer_printf (w, _(" + … (%d more)"), n - shown);
}

/* The δ⁽ˡ⁺¹⁾ᵢ lines, one per unit of the next layer: (aᵢ − yᵢ) · g′ = δ at the output, the
 * sum over layer l + 2 · g′ = δ deeper down. */
static void
write_next_deltas (Ctx *c)
{
  RsTextWriter *w = &c->w;
  const RsDerivation *d = c->d;
  int next = d->layer + 1;
  int shown = d->n_terms <= MAX_LISTED ? d->n_terms : MAX_LISTED - 2;

  for (int i = 0; i < shown; i++)
    {
      const RsDerivationTerm *t = &d->terms[i];
      begin_line (c, c->indent);
      write_unit (w, "δ", next, i + 1);
      rs_text_writer_text (w, " = ");
      if (next == d->n_layers)
        {
          rs_text_writer_text (w, "(");
          rs_text_writer_number (w, t->a, DIGITS);
          rs_text_writer_text (w, " − ");
          rs_text_writer_factor (w, t->y, DIGITS);
          rs_text_writer_text (w, ")");
        }
      else
        rs_text_writer_number (w, t->upstream, DIGITS);
      rs_text_writer_text (w, " · ");
      write_gprime (w, d->next_activation, t->gprime);
      rs_text_writer_text (w, " = ");
      rs_text_writer_number (w, t->delta, DIGITS);
      write_branch_note (w, d->next_activation, next, i + 1, t->z);
      end_line (c);
    }
  if (shown < d->n_terms)
    {
      begin_line (c, c->indent);
      rs_text_writer_printf (w, _("… and %d more"), d->n_terms - shown);
      end_line (c);
    }
}

static void
write_term_delta (Ctx *c, int i)
{
  rs_text_writer_text (&c->w, " · ");
  rs_text_writer_factor (&c->w, c->d->terms[i].delta, DIGITS);
}

/* Σᵢ Θ⁽³⁾ᵢ₂ δ⁽³⁾ᵢ = 0.600 · (−0.088) + 0.200 · 0.130 = −0.0268 */
static void
write_sum_line (Ctx *c)
{
  RsTextWriter *w = &c->w;
  const RsDerivation *d = c->d;
  char sub[32];

  begin_line (c, c->indent);
  g_snprintf (sub, sizeof sub, "i%d", d->row);
  rs_text_writer_symbol (w, "Σ", 0, "i");
  rs_text_writer_text (w, " ");
  rs_text_writer_symbol (w, "Θ", d->layer + 1, sub);
  rs_text_writer_text (w, " ");
  rs_text_writer_symbol (w, "δ", d->layer + 1, "i");
  rs_text_writer_text (w, " = ");
  write_signed_sum (c, &d->terms[0].theta, sizeof (RsDerivationTerm), d->n_terms,
                    write_term_delta);
  rs_text_writer_text (w, " = ");
  rs_text_writer_number (w, d->upstream, DIGITS);
  end_line (c);
}

/* The line about the branch taken at z⁽ˡ⁾ⱼ, e.g. "z⁽²⁾₂ = 0.050 > 0  ⇒  ReLU′(z⁽²⁾₂) = 1",
 * or through a zero slope "z⁽²⁾₃ = −0.500 < 0  ⇒  ReLU′ = 0  ⇒  δ⁽²⁾₃ = 0". A linear output
 * needs no such line: its g′ = 1 shows in the δ line. Returns whether g′ = 0 cut the error
 * off. */
static gboolean
write_branch_line (Ctx *c)
{
  RsTextWriter *w = &c->w;
  const RsDerivation *d = c->d;
  int l = d->layer, j = d->row;
  const char *name = prime_name (d->activation);
  gboolean cut = d->gprime == 0.0;

  if (d->activation == RS_ACTIVATION_LINEAR && l == d->n_layers)
    return FALSE;

  begin_line (c, c->indent);
  write_unit (w, "z", l, j);
  rs_text_writer_text (w, " = ");
  rs_text_writer_number (w, d->z, DIGITS);
  rs_text_writer_text (w, relation_text (d->branch));
  rs_text_writer_text (w, "  ⇒  ");

  switch (d->branch)
    {
    case RS_BRANCH_ZERO:
      rs_text_writer_printf (w, "%s(0) = ", name);
      write_gprime (w, d->activation, d->gprime);
      rs_text_writer_text (w, _(" by convention"));
      break;
    case RS_BRANCH_NEGATIVE:
    case RS_BRANCH_POSITIVE:
      if (cut)
        rs_text_writer_printf (w, "%s = 0", name);
      else
        {
          rs_text_writer_printf (w, "%s(", name);
          write_unit (w, "z", l, j);
          rs_text_writer_text (w, ") = ");
          write_gprime (w, d->activation, d->gprime);
          if (d->branch == RS_BRANCH_NEGATIVE)
            rs_text_writer_text (w, _(" (the leaky slope)"));
        }
      break;
    case RS_BRANCH_SMOOTH:
    default:
      rs_text_writer_printf (w, "%s(", name);
      write_unit (w, "z", l, j);
      rs_text_writer_text (w, ") = ");
      if (d->activation == RS_ACTIVATION_SIGMOID)
        rs_text_writer_text (w, "σ(z)(1 − σ(z)) = ");
      else if (d->activation == RS_ACTIVATION_TANH)
        rs_text_writer_text (w, _("1 − tanh²(z) = "));
      write_gprime (w, d->activation, d->gprime);
      if (d->activation == RS_ACTIVATION_LINEAR)
        rs_text_writer_text (w, _(" (linear)"));
      break;
    }

  if (cut)
    {
      rs_text_writer_text (w, "  ⇒  ");
      write_unit (w, "δ", l, j);
      rs_text_writer_text (w, " = 0");
    }
  end_line (c);
  return cut;
}

/* What a zero g′ means, in words: no error gets through, and whether the unit is dead. */
static void
write_cut_sentence (Ctx *c)
{
  RsTextWriter *w = &c->w;
  const RsDerivation *d = c->d;
  int l = d->layer, j = d->row, m = d->n_examples;
  int inactive = m - d->n_active;
  char sub[32];
  g_autofree char *unit = describe_unit (d->n_layers, l, j);

  begin_line (c, 0);
  gsize mark = rs_text_writer_mark (w);
  rs_text_writer_emphasis (w, TRUE);
  g_snprintf (sub, sizeof sub, "%dk", j);
  rs_text_writer_text (w, _("No error reaches any "));
  rs_text_writer_symbol (w, "Θ", l, sub);
  if (l == d->n_layers)
    {
      rs_text_writer_text (w, _(", whatever its error "));
      write_unit (w, "a", l, j);
      rs_text_writer_text (w, " − ");
      write_unit (w, "y", 0, j);
      rs_text_writer_text (w, " is: ");
    }
  else
    rs_text_writer_text (w, _(", whatever the output errors are: "));

  if (d->dead)
    {
      rs_text_writer_printf (w, _("%s is inactive on %d of %d examples (dead), so gradient descent "
                                "cannot change its incoming weights while its inputs stay fixed."),
                             unit, m, m);
      if (l == 2)
        rs_text_writer_text (w, _(" Its inputs are the training data themselves, so here it "
                                "stays dead."));
    }
  else if (inactive == 1)
    rs_text_writer_printf (w, _("%s is only inactive on this example (active on %d of %d), so "
                              "the other examples still move its incoming weights."),
                           unit, d->n_active, m);
  else
    rs_text_writer_printf (w, _("%s is inactive on this example and %d other%s (active on %d "
                              "of %d), so the examples where it is active still move its "
                              "incoming weights."),
                           unit, inactive - 1, inactive - 1 == 1 ? "" : "s", d->n_active, m);
  rs_text_writer_emphasis (w, FALSE);
  rs_text_writer_wrap (w, mark, c->indent + 2, WRAP_WIDTH);
  end_line (c);
}

/* δ⁽²⁾₂ = −0.0268 · 1 = −0.0268, or at the output δ⁽³⁾₁ = (0.912 − 1.000) · 1 = −0.088. */
static void
write_delta_line (Ctx *c)
{
  RsTextWriter *w = &c->w;
  const RsDerivation *d = c->d;

  begin_line (c, c->indent);
  write_unit (w, "δ", d->layer, d->row);
  rs_text_writer_text (w, " = ");
  if (d->layer == d->n_layers)
    {
      rs_text_writer_text (w, "(");
      rs_text_writer_number (w, d->a, DIGITS);
      rs_text_writer_text (w, " − ");
      rs_text_writer_factor (w, d->y, DIGITS);
      rs_text_writer_text (w, ")");
    }
  else
    rs_text_writer_number (w, d->upstream, DIGITS);
  rs_text_writer_text (w, " · ");
  write_gprime (w, d->activation, d->gprime);
  rs_text_writer_text (w, " = ");
  rs_text_writer_number (w, d->delta, DIGITS);
  end_line (c);
}

/* ∂J/∂Θ⁽²⁾₂₁ = −0.0268 · 1.000 = −0.0268 (the bias: · 1). */
static void
write_gradient_line (Ctx *c)
{
  RsTextWriter *w = &c->w;
  const RsDerivation *d = c->d;

  begin_line (c, c->indent);
  write_gradient_symbol (w, d->layer, d->row, d->col);
  rs_text_writer_text (w, " = ");
  rs_text_writer_number (w, d->delta, DIGITS);
  rs_text_writer_text (w, " · ");
  if (d->col == 0)
    rs_text_writer_text (w, "1");
  else
    rs_text_writer_factor (w, d->a_prev, DIGITS);
  rs_text_writer_text (w, " = ");
  rs_text_writer_number (w, d->grad_example, DIGITS);
  end_line (c);

  /* The other way to a zero gradient: the error arrives, but the unit the weight leaves is
   * silent (a ReLU with z ≤ 0, or an input of 0). Said here, since it is easy to miss. */
  if (d->col > 0 && d->a_prev == 0.0 && d->delta != 0.0)
    {
      g_autofree char *from = describe_unit (d->n_layers, d->layer - 1, d->col);
      begin_line (c, 0);
      gsize mark = rs_text_writer_mark (w);
      rs_text_writer_emphasis (w, TRUE);
      write_unit (w, "a", d->layer - 1, d->col);
      rs_text_writer_printf (w, _(" = 0: %s sends nothing on this example, so this weight gets no "
                                "gradient from it, whatever "), from);
      write_unit (w, "δ", d->layer, d->row);
      rs_text_writer_text (w, " is.");
      rs_text_writer_emphasis (w, FALSE);
      rs_text_writer_wrap (w, mark, c->indent + 2, WRAP_WIDTH);
      end_line (c);
    }
}

/* mean over 4 examples: ∂J/∂Θ = (g₁ + g₂ + g₃ + g₄) / 4 = ḡ — what a batch step uses. */
static void
write_mean_line (Ctx *c)
{
  RsTextWriter *w = &c->w;
  const RsDerivation *d = c->d;
  int m = d->n_examples;

  begin_line (c, 2);
  rs_text_writer_printf (w, _("mean over %d examples: "), m);
  write_gradient_symbol (w, d->layer, d->row, d->col);
  rs_text_writer_text (w, " = ");
  if (m <= MAX_LISTED)
    {
      rs_text_writer_text (w, "(");
      write_signed_sum (c, d->grad_per_example, sizeof (double), m, NULL);
      rs_text_writer_printf (w, ") / %d = ", m);
    }
  rs_text_writer_number (w, d->grad_mean, DIGITS);
  end_line (c);
}

/* The new value with enough digits to differ visibly from the old one: 0.200 → 0.1926, and
 * a step of 10⁻⁶ still shows. */
static char *
format_new_value (double old_value, double new_value)
{
  for (int digits = DIGITS + 1; digits < 17; digits++)
    {
      g_autofree char *old_text = rs_format_number (old_value, digits);
      char *new_text = rs_format_number (new_value, digits);
      if (g_strcmp0 (old_text, new_text) != 0)
        return new_text;
      g_free (new_text);
    }
  return rs_format_number (new_value, 17);
}

/* update: Θ⁽²⁾₂₁ ← 0.200 − 0.1 · (−0.0268) = 0.2027, with the mean gradient, or with the
 * gradient of the one example a stochastic step learns from (step_example ≥ 0). */
static void
write_update_line (Ctx *c, double alpha, int step_example)
{
  RsTextWriter *w = &c->w;
  const RsDerivation *d = c->d;
  double gradient = step_example >= 0 ? d->grad_per_example[step_example] : d->grad_mean;
  double new_theta = d->theta - alpha * gradient;
  g_autofree char *alpha_text = rs_format_shortest (alpha);

  begin_line (c, 2);
  if (step_example >= 0)
    rs_text_writer_printf (w, _("update by a stochastic step on example %d: "),
                           step_example + 1);
  else
    rs_text_writer_text (w, _("update: "));
  write_pair (w, "Θ", d->layer, d->row, d->col);
  rs_text_writer_text (w, " ← ");
  rs_text_writer_number (w, d->theta, DIGITS);
  rs_text_writer_printf (w, " − %s · ", alpha_text);
  rs_text_writer_factor (w, gradient, DIGITS);
  rs_text_writer_text (w, " = ");
  if (new_theta == d->theta)
    {
      rs_text_writer_number (w, new_theta, DIGITS);
      rs_text_writer_text (w, _(" (unchanged)"));
    }
  else if (!isfinite (new_theta))
    {
      rs_text_writer_number (w, new_theta, DIGITS);
      rs_text_writer_text (w, _(" — this step would diverge"));
    }
  else
    {
      g_autofree char *text = format_new_value (d->theta, new_theta);
      rs_text_writer_text (w, text);
    }
  end_line (c);
}

char *
rs_format_derivation (const RsDerivation *derivation, double alpha, RsTextStyle style)
{
  return rs_format_derivation_for_step (derivation, alpha, -1, style);
}

char *
rs_format_derivation_for_step (const RsDerivation *derivation, double alpha, int step_example,
                               RsTextStyle style)
{
  g_return_val_if_fail (derivation != NULL, NULL);
  g_return_val_if_fail (derivation->n_examples >= 1, NULL);
  g_return_val_if_fail (step_example < derivation->n_examples, NULL);

  Ctx c = { .d = derivation, .indent = derivation->n_examples > 1 ? 4 : 2 };
  rs_text_writer_init (&c.w, style);

  write_heading (&c);
  end_line (&c);
  write_symbolic (&c);
  end_line (&c);

  if (derivation->n_examples > 1)
    {
      begin_line (&c, 2);
      rs_text_writer_printf (&c.w, _("on example %d of %d:"), derivation->example + 1,
                             derivation->n_examples);
      end_line (&c);
    }
  if (derivation->layer < derivation->n_layers)
    {
      write_next_deltas (&c);
      write_sum_line (&c);
    }
  if (write_branch_line (&c))
    write_cut_sentence (&c);
  else
    write_delta_line (&c);
  write_gradient_line (&c);
  if (derivation->n_examples > 1)
    write_mean_line (&c);
  write_update_line (&c, alpha, step_example);

  return rs_text_writer_finish (&c.w);
}
