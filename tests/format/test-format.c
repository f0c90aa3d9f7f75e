/* test-format.c — numbers, symbols and derivations as text, checked against hand-worked
 * values of the question's network (resources/presets/question.json):
 *
 *   x = (1, 0.5), y = (1, 0)
 *   z⁽²⁾ = (0.4, 0.05, −0.5), a⁽²⁾ = (0.4, 0.05, 0)
 *   a⁽³⁾ = (0.285, 0.005), δ⁽³⁾ = (−0.715, 0.005)
 *   δ⁽²⁾₁ = 0.6 · (−0.715) + 0.2 · 0.005 = −0.428
 *   δ⁽²⁾₂ = −0.1 · (−0.715) + 0.5 · 0.005 = 0.074
 *   δ⁽²⁾₃ = (0.3 · (−0.715) − 0.4 · 0.005) · ReLU′(−0.5) = −0.2165 · 0 = 0
 *   ∂J/∂Θ⁽²⁾₂₁ = 0.074 · 1 = 0.074;   Θ⁽²⁾₂₁ ← 0.2 − 0.1 · 0.074 = 0.1926
 *   ∂J/∂Θ⁽³⁾₁₂ = −0.715 · 0.05 = −0.03575;   Θ⁽³⁾₁₂ ← −0.1 + 0.003575 = −0.096425
 *   ∂J/∂Θ⁽²⁾₁₀ = −0.428;   Θ⁽²⁾₁₀ ← 0.1 + 0.0428 = 0.1428
 */
#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib.h>
#ifdef HAVE_PANGO
#include <pango/pango.h>
#endif

#include "core/rs-derivation.h"
#include "core/rs-network.h"
#include "format/rs-format.h"
#include "format/rs-parse.h"

typedef struct
{
  RsNetwork *net;
  RsData *data;
} Fixture;

static const double question_theta2[] = { 0.1, 0.4, -0.2, -0.3, 0.2, 0.3, 0.2, -0.5, -0.4 };
static const double question_theta3[] = { 0.05, 0.6, -0.1, 0.3, -0.1, 0.2, 0.5, -0.4 };

/* The question's network with `m` examples: the first is the question's x = (1, 0.5); the
 * others (when m = 4) are chosen so that hidden unit 3 is active on all of them. */
static void
fixture_question (Fixture *f, int m)
{
  static const double xs[] = { 1, 0.5, -1, 0, 0, 0, -1, -1 };
  int units[] = { 2, 3, 2 };

  f->net = rs_network_new (3, units);
  memcpy (rs_network_theta (f->net, 2), question_theta2, sizeof question_theta2);
  memcpy (rs_network_theta (f->net, 3), question_theta3, sizeof question_theta3);
  f->data = rs_data_new (m, 2, 2);
  for (int t = 0; t < m; t++)
    {
      rs_data_x (f->data, t)[0] = xs[2 * t];
      rs_data_x (f->data, t)[1] = xs[2 * t + 1];
      rs_data_y (f->data, t)[0] = 1.0;
      rs_data_y (f->data, t)[1] = 0.0;
    }
}

static void
fixture_clear (Fixture *f)
{
  rs_network_free (f->net);
  rs_data_free (f->data);
}

static char *
derive (const Fixture *f, int l, int j, int k, int t, RsTextStyle style)
{
  RsDerivation *d = rs_derivation_new (f->net, f->data, l, j, k, t);
  g_assert_nonnull (d);
  char *text = rs_format_derivation (d, 0.1, style);
  rs_derivation_free (d);
  return text;
}

/* Asserts that `text` contains `line` as one whole line. */
static void
assert_has_line (const char *text, const char *line)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (char **l = lines; *l != NULL; l++)
    if (strcmp (*l, line) == 0)
      return;
  g_test_message ("text:\n%s", text);
  g_test_message ("missing line: “%s”", line);
  g_test_fail ();
}

/* The text with every run of spaces and newlines made one space, so wrapped sentences can be
 * matched whole. */
static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  for (const char *c = text; *c != '\0'; c++)
    {
      gboolean space = *c == ' ' || *c == '\n';
      if (!space || (out->len > 0 && out->str[out->len - 1] != ' '))
        g_string_append_c (out, space ? ' ' : *c);
    }
  return g_string_free (out, FALSE);
}

static void
assert_has_sentence (const char *text, const char *sentence)
{
  g_autofree char *flat = collapse_spaces (text);
  if (strstr (flat, sentence) == NULL)
    {
      g_test_message ("text:\n%s", text);
      g_test_message ("missing: “%s”", sentence);
      g_test_fail ();
    }
}

static void
test_number (void)
{
  static const struct
  {
    double value;
    int digits;
    const char *expected;
  } cases[] = {
    { 0.912, 3, "0.912" },         { -0.0268, 3, "−0.0268" },   { 0.2027, 4, "0.2027" },
    { 0.2, 3, "0.200" },           { 0.05, 3, "0.050" },        { -0.088, 3, "−0.088" },
    { 1.0, 3, "1.000" },           { 12.3456, 3, "12.346" },    { 12345.678, 3, "12346" },
    { 0.00012, 3, "0.00012" },     { 1e-5, 3, "1.00×10⁻⁵" },    { -4.5678e8, 3, "−4.57×10⁸" },
    { 9.9996, 3, "10.000" },       { 0.0, 3, "0" },             { -0.0, 3, "0" },
    { -0.715, 3, "−0.715" },       { 0.005, 3, "0.005" },       { 1e300, 3, "1.00×10³⁰⁰" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rs_format_number (cases[i].value, cases[i].digits);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_number_non_finite (void)
{
  double values[] = { NAN, INFINITY, -INFINITY };
  const char *expected[] = { "not a number", "+∞", "−∞" };
  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *number = rs_format_number (values[i], 3);
      g_autofree char *fixed = rs_format_fixed (values[i], 3);
      g_autofree char *shortest = rs_format_shortest (values[i]);
      g_assert_cmpstr (number, ==, expected[i]);
      g_assert_cmpstr (fixed, ==, expected[i]);
      g_assert_cmpstr (shortest, ==, expected[i]);
    }
}

static void
test_number_other_forms (void)
{
  static const struct
  {
    double value;
    const char *fixed2, *shortest;
  } cases[] = {
    { 2.5, "2.50", "2.5" },       { -0.001, "0.00", "−0.001" }, { 0.1, "0.10", "0.1" },
    { 1e-5, "0.00", "1×10⁻⁵" },   { 10.0, "10.00", "10" },      { 1e6, "1000000.00", "1×10⁶" },
    { -1234.5, "−1234.50", "−1234.5" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *fixed = rs_format_fixed (cases[i].value, 2);
      g_autofree char *shortest = rs_format_shortest (cases[i].value);
      g_assert_cmpstr (fixed, ==, cases[i].fixed2);
      g_assert_cmpstr (shortest, ==, cases[i].shortest);
    }
  g_autofree char *minus3 = rs_format_superscript (-3);
  g_autofree char *twelve = rs_format_superscript (12);
  g_assert_cmpstr (minus3, ==, "⁻³");
  g_assert_cmpstr (twelve, ==, "¹²");

  /* A decimal-comma locale must not leak into the text. */
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") != NULL)
    {
      g_autofree char *text = rs_format_number (0.5, 3);
      g_assert_cmpstr (text, ==, "0.500");
      setlocale (LC_NUMERIC, "C");
    }
}

static void
test_symbol (void)
{
  g_autofree char *plain = rs_format_symbol (RS_TEXT_PLAIN, "Θ", 2, 2, 1);
  g_autofree char *markup = rs_format_symbol (RS_TEXT_MARKUP, "Θ", 2, 2, 1);
  g_autofree char *one = rs_format_symbol (RS_TEXT_PLAIN, "δ", 3, 1, -1);
  g_autofree char *wide = rs_format_symbol (RS_TEXT_PLAIN, "Θ", 2, 12, 3);
  g_autofree char *bare = rs_format_symbol (RS_TEXT_PLAIN, "Θ", 10, -1, -1);

  g_assert_cmpstr (plain, ==, "Θ⁽²⁾₂₁");
  g_assert_cmpstr (markup, ==, "Θ<sup>(2)</sup><sub>21</sub>");
  g_assert_cmpstr (one, ==, "δ⁽³⁾₁");
  g_assert_cmpstr (wide, ==, "Θ⁽²⁾₁₂,₃");
  g_assert_cmpstr (bare, ==, "Θ⁽¹⁰⁾");
}

static void
test_question_221 (void)
{
  Fixture f;
  fixture_question (&f, 1);
  g_autofree char *text = derive (&f, 2, 2, 1, 0, RS_TEXT_PLAIN);
  g_assert_cmpstr (text, ==,
                   "∂J/∂Θ⁽²⁾₂₁ — the weight from input unit 1 into hidden unit 2\n"
                   "\n"
                   "  ∂J/∂Θ⁽²⁾₂₁ = δ⁽²⁾₂ · a⁽¹⁾₁\n"
                   "  δ⁽²⁾₂      = (Σᵢ Θ⁽³⁾ᵢ₂ δ⁽³⁾ᵢ) · ReLU′(z⁽²⁾₂)\n"
                   "  δ⁽³⁾ᵢ      = (a⁽³⁾ᵢ − yᵢ) · g′(z⁽³⁾ᵢ)\n"
                   "\n"
                   "  δ⁽³⁾₁ = (0.285 − 1.000) · 1 = −0.715\n"
                   "  δ⁽³⁾₂ = (0.005 − 0) · 1 = 0.005\n"
                   "  Σᵢ Θ⁽³⁾ᵢ₂ δ⁽³⁾ᵢ = −0.100 · (−0.715) + 0.500 · 0.005 = 0.074\n"
                   "  z⁽²⁾₂ = 0.050 > 0  ⇒  ReLU′(z⁽²⁾₂) = 1\n"
                   "  δ⁽²⁾₂ = 0.074 · 1 = 0.074\n"
                   "  ∂J/∂Θ⁽²⁾₂₁ = 0.074 · 1.000 = 0.074\n"
                   "  update: Θ⁽²⁾₂₁ ← 0.200 − 0.1 · 0.074 = 0.1926\n");
  fixture_clear (&f);
}

static void
test_question_231_dead (void)
{
  Fixture f;
  fixture_question (&f, 1);
  g_autofree char *text = derive (&f, 2, 3, 1, 0, RS_TEXT_PLAIN);
  g_assert_true (g_str_has_prefix (
    text, "∂J/∂Θ⁽²⁾₃₁ — the weight from input unit 1 into hidden unit 3\n"
          "\n"
          "  ∂J/∂Θ⁽²⁾₃₁ = δ⁽²⁾₃ · a⁽¹⁾₁\n"
          "  δ⁽²⁾₃      = (Σᵢ Θ⁽³⁾ᵢ₃ δ⁽³⁾ᵢ) · ReLU′(z⁽²⁾₃)\n"
          "  δ⁽³⁾ᵢ      = (a⁽³⁾ᵢ − yᵢ) · g′(z⁽³⁾ᵢ)\n"
          "\n"
          "  δ⁽³⁾₁ = (0.285 − 1.000) · 1 = −0.715\n"
          "  δ⁽³⁾₂ = (0.005 − 0) · 1 = 0.005\n"
          "  Σᵢ Θ⁽³⁾ᵢ₃ δ⁽³⁾ᵢ = 0.300 · (−0.715) − 0.400 · 0.005 = −0.217\n"
          "  z⁽²⁾₃ = −0.500 < 0  ⇒  ReLU′ = 0  ⇒  δ⁽²⁾₃ = 0\n"));
  assert_has_sentence (text, "No error reaches any Θ⁽²⁾₃ₖ, whatever the output errors are: "
                             "hidden unit 3 is inactive on 1 of 1 examples (dead), so gradient "
                             "descent cannot change its incoming weights while its inputs stay "
                             "fixed.");
  assert_has_line (text, "  ∂J/∂Θ⁽²⁾₃₁ = 0 · 1.000 = 0");
  assert_has_line (text, "  update: Θ⁽²⁾₃₁ ← −0.500 − 0.1 · 0 = −0.500 (unchanged)");
  /* The sentence is wrapped for a terminal, under the line it explains. */
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (char **l = lines; *l != NULL; l++)
    g_assert_cmpint (g_utf8_strlen (*l, -1), <=, 92);
  fixture_clear (&f);
}

static void
test_question_312 (void)
{
  Fixture f;
  fixture_question (&f, 1);
  g_autofree char *text = derive (&f, 3, 1, 2, 0, RS_TEXT_PLAIN);
  g_assert_cmpstr (text, ==,
                   "∂J/∂Θ⁽³⁾₁₂ — the weight from hidden unit 2 into output unit 1\n"
                   "\n"
                   "  ∂J/∂Θ⁽³⁾₁₂ = δ⁽³⁾₁ · a⁽²⁾₂\n"
                   "  δ⁽³⁾₁      = (a⁽³⁾₁ − y₁) · g′(z⁽³⁾₁)\n"
                   "\n"
                   "  δ⁽³⁾₁ = (0.285 − 1.000) · 1 = −0.715\n"
                   "  ∂J/∂Θ⁽³⁾₁₂ = −0.715 · 0.050 = −0.0358\n"
                   "  update: Θ⁽³⁾₁₂ ← −0.100 − 0.1 · (−0.0358) = −0.09643\n");
  fixture_clear (&f);
}

/* The weight leaving the inactive unit: δ⁽³⁾₁ = −0.715 arrives, but a⁽²⁾₃ = 0. */
static void
test_question_313_silent_input (void)
{
  Fixture f;
  fixture_question (&f, 1);
  g_autofree char *text = derive (&f, 3, 1, 3, 0, RS_TEXT_PLAIN);
  assert_has_line (text, "  ∂J/∂Θ⁽³⁾₁₃ = −0.715 · 0 = 0");
  assert_has_sentence (text, "a⁽²⁾₃ = 0: hidden unit 3 sends nothing on this example, so this "
                             "weight gets no gradient from it, whatever δ⁽³⁾₁ is.");
  assert_has_line (text, "  update: Θ⁽³⁾₁₃ ← 0.300 − 0.1 · 0 = 0.300 (unchanged)");
  fixture_clear (&f);
}

static void
test_question_bias (void)
{
  Fixture f;
  fixture_question (&f, 1);
  g_autofree char *text = derive (&f, 2, 1, 0, 0, RS_TEXT_PLAIN);
  g_assert_true (g_str_has_prefix (text, "∂J/∂Θ⁽²⁾₁₀ — the bias weight of hidden unit 1\n"));
  assert_has_line (text, "  ∂J/∂Θ⁽²⁾₁₀ = δ⁽²⁾₁ · a⁽¹⁾₀   (a₀ = 1, the bias unit)");
  assert_has_line (text, "  Σᵢ Θ⁽³⁾ᵢ₁ δ⁽³⁾ᵢ = 0.600 · (−0.715) + 0.200 · 0.005 = −0.428");
  assert_has_line (text, "  z⁽²⁾₁ = 0.400 > 0  ⇒  ReLU′(z⁽²⁾₁) = 1");
  assert_has_line (text, "  ∂J/∂Θ⁽²⁾₁₀ = −0.428 · 1 = −0.428");
  assert_has_line (text, "  update: Θ⁽²⁾₁₀ ← 0.100 − 0.1 · (−0.428) = 0.1428");
  fixture_clear (&f);
}

/* A 1-2-2-1 network, so that l + 1 < L for a weight of layer 2:
 *   x = 1, y = 0
 *   Θ⁽²⁾ = [[0, 1], [0, −1]]          z⁽²⁾ = (1, −1),   a⁽²⁾ = (1, 0)
 *   Θ⁽³⁾ = [[0, 2, 0], [0.5, −1, 3]]  z⁽³⁾ = (2, −0.5), a⁽³⁾ = (2, 0)
 *   Θ⁽⁴⁾ = [[0, 0.5, 4]]              z⁽⁴⁾ = 1,  δ⁽⁴⁾ = (1 − 0) · 1 = 1
 *   δ⁽³⁾₁ = 0.5 · 1 · ReLU′(2) = 0.5;  δ⁽³⁾₂ = 4 · 1 · ReLU′(−0.5) = 0
 *   δ⁽²⁾₁ = (2 · 0.5 − 1 · 0) · ReLU′(1) = 1;  ∂J/∂Θ⁽²⁾₁₁ = 1 · 1 = 1;  Θ⁽²⁾₁₁ ← 1 − 0.1 = 0.9 */
static void
test_deep (void)
{
  static const double theta2[] = { 0, 1, 0, -1 };
  static const double theta3[] = { 0, 2, 0, 0.5, -1, 3 };
  static const double theta4[] = { 0, 0.5, 4 };
  int units[] = { 1, 2, 2, 1 };
  Fixture f = { rs_network_new (4, units), rs_data_new (1, 1, 1) };
  memcpy (rs_network_theta (f.net, 2), theta2, sizeof theta2);
  memcpy (rs_network_theta (f.net, 3), theta3, sizeof theta3);
  memcpy (rs_network_theta (f.net, 4), theta4, sizeof theta4);
  f.data->x[0] = 1.0;
  f.data->y[0] = 0.0;

  g_autofree char *text = derive (&f, 2, 1, 1, 0, RS_TEXT_PLAIN);
  g_assert_cmpstr (text, ==,
                   "∂J/∂Θ⁽²⁾₁₁ — the weight from input unit 1 into hidden unit 1 of layer 2\n"
                   "\n"
                   "  ∂J/∂Θ⁽²⁾₁₁ = δ⁽²⁾₁ · a⁽¹⁾₁\n"
                   "  δ⁽²⁾₁      = (Σᵢ Θ⁽³⁾ᵢ₁ δ⁽³⁾ᵢ) · ReLU′(z⁽²⁾₁)\n"
                   "  δ⁽³⁾ᵢ      = (Σₕ Θ⁽⁴⁾ₕᵢ δ⁽⁴⁾ₕ) · ReLU′(z⁽³⁾ᵢ)\n"
                   "\n"
                   "  δ⁽³⁾₁ = 0.500 · 1 = 0.500   (z⁽³⁾₁ = 2.000 > 0)\n"
                   "  δ⁽³⁾₂ = 4.000 · 0 = 0   (z⁽³⁾₂ = −0.500 < 0)\n"
                   "  Σᵢ Θ⁽³⁾ᵢ₁ δ⁽³⁾ᵢ = 2.000 · 0.500 − 1.000 · 0 = 1.000\n"
                   "  z⁽²⁾₁ = 1.000 > 0  ⇒  ReLU′(z⁽²⁾₁) = 1\n"
                   "  δ⁽²⁾₁ = 1.000 · 1 = 1.000\n"
                   "  ∂J/∂Θ⁽²⁾₁₁ = 1.000 · 1.000 = 1.000\n"
                   "  update: Θ⁽²⁾₁₁ ← 1.000 − 0.1 · 1.000 = 0.900\n");
  fixture_clear (&f);
}

/* Four examples (see fixture_question); hidden unit 3 is inactive on the first only:
 *   example 2, x = (−1, 0):  a⁽²⁾ = (0, 0, 0.7), δ⁽³⁾ = (−0.74, −0.38), δ⁽²⁾₃ = −0.07
 *   example 3, x = (0, 0):   δ⁽²⁾₃ = −0.185, but a⁽¹⁾₁ = 0
 *   example 4, x = (−1, −1): a⁽²⁾ = (0, 0, 1.1), δ⁽³⁾ = (−0.62, −0.54), δ⁽²⁾₃ = 0.03
 *   ∂J/∂Θ⁽²⁾₃₁ per example: 0, 0.07, 0, −0.03; mean 0.01; Θ⁽²⁾₃₁ ← −0.5 − 0.001 = −0.501 */
static void
test_several_examples (void)
{
  Fixture f;
  fixture_question (&f, 4);

  g_autofree char *first = derive (&f, 2, 3, 1, 0, RS_TEXT_PLAIN);
  assert_has_line (first, "  on example 1 of 4:");
  assert_has_line (first, "    z⁽²⁾₃ = −0.500 < 0  ⇒  ReLU′ = 0  ⇒  δ⁽²⁾₃ = 0");
  assert_has_sentence (first, "hidden unit 3 is only inactive on this example (active on 3 of "
                              "4), so the other examples still move its incoming weights.");
  assert_has_line (first, "  mean over 4 examples: ∂J/∂Θ⁽²⁾₃₁ = (0 + 0.070 + 0 − 0.030) / 4 "
                          "= 0.010");
  assert_has_line (first, "  update: Θ⁽²⁾₃₁ ← −0.500 − 0.1 · 0.010 = −0.501");

  g_autofree char *second = derive (&f, 2, 3, 1, 1, RS_TEXT_PLAIN);
  assert_has_line (second, "  on example 2 of 4:");
  assert_has_line (second, "    δ⁽³⁾₁ = (0.260 − 1.000) · 1 = −0.740");
  assert_has_line (second, "    z⁽²⁾₃ = 0.700 > 0  ⇒  ReLU′(z⁽²⁾₃) = 1");
  assert_has_line (second, "    ∂J/∂Θ⁽²⁾₃₁ = −0.070 · (−1.000) = 0.070");
  fixture_clear (&f);
}

/* A stochastic step learns from one example: its update line uses that example's gradient
 * (g₂ = 0.070 above), not the mean (0.010), and says which example it is. */
static void
test_stochastic_update (void)
{
  Fixture f;
  fixture_question (&f, 4);
  RsDerivation *d = rs_derivation_new (f.net, f.data, 2, 3, 1, 0);

  g_autofree char *second = rs_format_derivation_for_step (d, 0.1, 1, RS_TEXT_PLAIN);
  assert_has_line (second, "  update by a stochastic step on example 2: Θ⁽²⁾₃₁ ← −0.500 − 0.1 · "
                           "0.070 = −0.507");
  /* Unit 3 is inactive on example 1: that step leaves the weight where it is. */
  g_autofree char *first = rs_format_derivation_for_step (d, 0.1, 0, RS_TEXT_PLAIN);
  assert_has_line (first, "  update by a stochastic step on example 1: Θ⁽²⁾₃₁ ← −0.500 − 0.1 · "
                          "0 = −0.500 (unchanged)");
  g_autofree char *batch = rs_format_derivation_for_step (d, 0.1, -1, RS_TEXT_PLAIN);
  assert_has_line (batch, "  update: Θ⁽²⁾₃₁ ← −0.500 − 0.1 · 0.010 = −0.501");
  rs_derivation_free (d);
  fixture_clear (&f);
}

static void
test_zero_convention (void)
{
  Fixture f;
  fixture_question (&f, 1);
  double *row3 = rs_network_theta (f.net, 2) + 6; /* Θ⁽²⁾₃ₖ: z⁽²⁾₃ = 0 exactly */
  row3[0] = row3[1] = row3[2] = 0.0;

  g_autofree char *zero = derive (&f, 2, 3, 1, 0, RS_TEXT_PLAIN);
  assert_has_line (zero, "  z⁽²⁾₃ = 0  ⇒  ReLU′(0) = 0 by convention  ⇒  δ⁽²⁾₃ = 0");
  assert_has_sentence (zero, "inactive on 1 of 1 examples (dead)");

  f.net->act_params.relu_prime_at_zero = 0.5;
  g_autofree char *half = derive (&f, 2, 3, 1, 0, RS_TEXT_PLAIN);
  assert_has_line (half, "  z⁽²⁾₃ = 0  ⇒  ReLU′(0) = 0.5 by convention");
  assert_has_line (half, "  δ⁽²⁾₃ = −0.217 · 0.5 = −0.108");
  g_assert_null (strstr (half, "No error reaches"));
  fixture_clear (&f);
}

static void
test_leaky (void)
{
  Fixture f;
  fixture_question (&f, 1);
  f.net->activation[2] = RS_ACTIVATION_LEAKY_RELU;

  g_autofree char *text = derive (&f, 2, 3, 1, 0, RS_TEXT_PLAIN);
  assert_has_line (text, "  δ⁽²⁾₃      = (Σᵢ Θ⁽³⁾ᵢ₃ δ⁽³⁾ᵢ) · LeakyReLU′(z⁽²⁾₃)");
  assert_has_line (text, "  z⁽²⁾₃ = −0.500 < 0  ⇒  LeakyReLU′(z⁽²⁾₃) = 0.01 (the leaky slope)");
  g_assert_null (strstr (text, "No error reaches"));
  fixture_clear (&f);
}

static void
test_non_finite (void)
{
  Fixture f;
  fixture_question (&f, 1);
  double *theta2 = rs_network_theta (f.net, 2);
  for (int i = 0; i < 9; i++)
    theta2[i] = 1e300;
  f.data->x[0] = f.data->x[1] = 1e300; /* z⁽²⁾ overflows to +∞ */

  g_autofree char *text = derive (&f, 3, 1, 1, 0, RS_TEXT_PLAIN);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_assert_nonnull (strstr (text, "+∞"));
  g_assert_null (strstr (lower, "inf"));
  g_assert_null (strstr (lower, "nan"));
  fixture_clear (&f);
}

/* Markup comes out of the same code path: it must parse, and read like the plain text with
 * the tags taken out. */
static void
test_markup (void)
{
  Fixture f;
  fixture_question (&f, 1);
  static const int weights[][3] = { { 2, 2, 1 }, { 2, 3, 1 }, { 3, 1, 2 }, { 2, 1, 0 } };

  for (gsize i = 0; i < G_N_ELEMENTS (weights); i++)
    {
      g_autofree char *markup =
        derive (&f, weights[i][0], weights[i][1], weights[i][2], 0, RS_TEXT_MARKUP);
      g_assert_nonnull (strstr (markup, "Θ<sup>("));
      g_assert_null (strstr (markup, "₁")); /* no Unicode subscripts in markup */
#ifdef HAVE_PANGO
      g_autoptr (GError) error = NULL;
      g_autofree char *stripped = NULL;
      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, &stripped, NULL, &error));
      g_assert_no_error (error);
      /* The no-break spaces that guide the widget's wrapping read as spaces. */
      g_auto (GStrv) parts = g_strsplit (stripped, "\u00a0", -1);
      g_free (stripped);
      stripped = g_strjoinv (" ", parts);
      if (i == 1)
        {
          g_assert_true (g_str_has_prefix (stripped, "∂J/∂Θ(2)31 — the weight from input unit 1"));
          g_assert_nonnull (strstr (stripped, "z(2)3 = −0.500 < 0  ⇒  ReLU′ = 0  ⇒  δ(2)3 = 0"));
        }
#else
      int sup = 0, sub = 0;
      for (const char *c = markup; (c = strchr (c, '<')) != NULL; c++)
        {
          sup += g_str_has_prefix (c, "<sup>") - g_str_has_prefix (c, "</sup>");
          sub += g_str_has_prefix (c, "<sub>") - g_str_has_prefix (c, "</sub>");
          g_assert_true (sup >= 0 && sup <= 1 && sub >= 0 && sub <= 1);
        }
      g_assert_cmpint (sup, ==, 0);
      g_assert_cmpint (sub, ==, 0);
#endif
      if (i == 1)
        g_assert_nonnull (strstr (markup, "=\u00a0−0.500 &lt; 0"));
    }
  fixture_clear (&f);
}

/* The bias weight of an output unit: ∂J/∂Θ⁽³⁾₁₀ = δ⁽³⁾₁ · 1 = (0.285 − 1) · 1 = −0.715;
 * Θ⁽³⁾₁₀ ← 0.05 − 0.1 · (−0.715) = 0.1215. */
static void
test_question_output_bias (void)
{
  Fixture f;
  fixture_question (&f, 1);
  g_autofree char *text = derive (&f, 3, 1, 0, 0, RS_TEXT_PLAIN);
  g_assert_cmpstr (text, ==,
                   "∂J/∂Θ⁽³⁾₁₀ — the bias weight of output unit 1\n"
                   "\n"
                   "  ∂J/∂Θ⁽³⁾₁₀ = δ⁽³⁾₁ · a⁽²⁾₀   (a₀ = 1, the bias unit)\n"
                   "  δ⁽³⁾₁      = (a⁽³⁾₁ − y₁) · g′(z⁽³⁾₁)\n"
                   "\n"
                   "  δ⁽³⁾₁ = (0.285 − 1.000) · 1 = −0.715\n"
                   "  ∂J/∂Θ⁽³⁾₁₀ = −0.715 · 1 = −0.715\n"
                   "  update: Θ⁽³⁾₁₀ ← 0.050 − 0.1 · (−0.715) = 0.1215\n");
  fixture_clear (&f);
}

/* Hidden unit 3 of the question inactive on every one of four examples, z⁽²⁾₃ = 0.2 − 0.5 x₁
 * − 0.4 x₂: (1, 0.5) → −0.5, (2, 0) → −0.8, (1, 1) → −0.7, (0.5, 0.5) → −0.25. Dead: every
 * per-example gradient and the mean are exactly 0. */
static void
test_dead_on_all_examples (void)
{
  static const double xs[] = { 1, 0.5, 2, 0, 1, 1, 0.5, 0.5 };
  Fixture f;
  fixture_question (&f, 4);
  memcpy (f.data->x, xs, sizeof xs);

  g_autofree char *text = derive (&f, 2, 3, 2, 1, RS_TEXT_PLAIN);
  assert_has_line (text, "  on example 2 of 4:");
  assert_has_line (text, "    z⁽²⁾₃ = −0.800 < 0  ⇒  ReLU′ = 0  ⇒  δ⁽²⁾₃ = 0");
  assert_has_sentence (text, "No error reaches any Θ⁽²⁾₃ₖ, whatever the output errors are: "
                             "hidden unit 3 is inactive on 4 of 4 examples (dead), so gradient "
                             "descent cannot change its incoming weights while its inputs stay "
                             "fixed.");
  assert_has_line (text, "  mean over 4 examples: ∂J/∂Θ⁽²⁾₃₂ = (0 + 0 + 0 + 0) / 4 = 0");
  assert_has_line (text, "  update: Θ⁽²⁾₃₂ ← −0.400 − 0.1 · 0 = −0.400 (unchanged)");
  fixture_clear (&f);
}

/* A 1-2-3-1 network, so the sum over the next layer has three terms, one through a dead ReLU:
 *   x = 1, y = 0
 *   Θ⁽²⁾ = [[0, 1], [0, 2]]                       z⁽²⁾ = (1, 2),        a⁽²⁾ = (1, 2)
 *   Θ⁽³⁾ = [[0, 1, 0], [0, −1, 0], [0.5, 0, 1]]   z⁽³⁾ = (1, −1, 2.5),  a⁽³⁾ = (1, 0, 2.5)
 *   Θ⁽⁴⁾ = [[0, 2, 3, −1]]                         z⁽⁴⁾ = 2 − 2.5 = −0.5, δ⁽⁴⁾ = −0.5
 *   δ⁽³⁾ = (2 · (−0.5) · 1, 3 · (−0.5) · 0, −1 · (−0.5) · 1) = (−1, 0, 0.5)
 *   δ⁽²⁾₁ = (1 · (−1) − 1 · 0 + 0 · 0.5) · ReLU′(1) = −1;  ∂J/∂Θ⁽²⁾₁₁ = −1 · 1 = −1
 *   Θ⁽²⁾₁₁ ← 1 − 0.1 · (−1) = 1.1 */
static void
test_deep_three_terms (void)
{
  static const double theta2[] = { 0, 1, 0, 2 };
  static const double theta3[] = { 0, 1, 0, 0, -1, 0, 0.5, 0, 1 };
  static const double theta4[] = { 0, 2, 3, -1 };
  int units[] = { 1, 2, 3, 1 };
  Fixture f = { rs_network_new (4, units), rs_data_new (1, 1, 1) };
  memcpy (rs_network_theta (f.net, 2), theta2, sizeof theta2);
  memcpy (rs_network_theta (f.net, 3), theta3, sizeof theta3);
  memcpy (rs_network_theta (f.net, 4), theta4, sizeof theta4);
  f.data->x[0] = 1.0;
  f.data->y[0] = 0.0;

  g_autofree char *text = derive (&f, 2, 1, 1, 0, RS_TEXT_PLAIN);
  assert_has_line (text, "  δ⁽³⁾ᵢ      = (Σₕ Θ⁽⁴⁾ₕᵢ δ⁽⁴⁾ₕ) · ReLU′(z⁽³⁾ᵢ)");
  assert_has_line (text, "  δ⁽³⁾₁ = −1.000 · 1 = −1.000   (z⁽³⁾₁ = 1.000 > 0)");
  assert_has_line (text, "  δ⁽³⁾₂ = −1.500 · 0 = 0   (z⁽³⁾₂ = −1.000 < 0)");
  assert_has_line (text, "  δ⁽³⁾₃ = 0.500 · 1 = 0.500   (z⁽³⁾₃ = 2.500 > 0)");
  assert_has_line (text, "  Σᵢ Θ⁽³⁾ᵢ₁ δ⁽³⁾ᵢ = 1.000 · (−1.000) − 1.000 · 0 + 0 · 0.500 = −1.000");
  assert_has_line (text, "  δ⁽²⁾₁ = −1.000 · 1 = −1.000");
  assert_has_line (text, "  ∂J/∂Θ⁽²⁾₁₁ = −1.000 · 1.000 = −1.000");
  assert_has_line (text, "  update: Θ⁽²⁾₁₁ ← 1.000 − 0.1 · (−1.000) = 1.100");
  fixture_clear (&f);
}

/* For the app's proportional font: no spaces to line up the middle of lines, the sentences in
 * words in italics and indented like the lines around them. */
static void
test_markup_layout (void)
{
  Fixture f;
  fixture_question (&f, 1);

  g_autofree char *live = derive (&f, 2, 2, 1, 0, RS_TEXT_MARKUP);
  g_assert_nonnull (strstr (live, "\n  δ<sup>(2)</sup><sub>2</sub> =\u00a0(Σ"));
  /* A long line may break before "=" or "+", not inside a product. */
  g_assert_nonnull (strstr (live, "−0.100\u00a0·\u00a0(−0.715) + 0.500\u00a0·\u00a00.005 "
                                  "=\u00a00.074"));
  g_assert_null (strstr (live, "  ="));
  g_assert_null (strstr (live, "<i>"));

  g_autofree char *dead = derive (&f, 2, 3, 1, 0, RS_TEXT_MARKUP);
  g_assert_nonnull (strstr (dead, "\n    <i>No error reaches any Θ<sup>(2)</sup><sub>3k</sub>"));
  g_assert_nonnull (strstr (dead, "so here it stays dead.</i>\n"));

  g_autofree char *silent = derive (&f, 3, 1, 3, 0, RS_TEXT_MARKUP);
  g_assert_nonnull (strstr (silent, "\n    <i>a<sup>(2)</sup><sub>3</sub> =\u00a00: hidden unit 3 sends"));
  fixture_clear (&f);
}

/* Numbers as people type them, and as the app writes them, read back. */
/* What the inspector's weight field reads: also the forms rs_format_shortest() writes. */
static void
test_parse_number (void)
{
  static const struct
  {
    const char *text;
    double value;
  } good[] = {
    { "0.5", 0.5 },   { "−0.5", -0.5 },  { "-0.5", -0.5 },       { "+2", 2.0 },
    { " 1e-3 ", 1e-3 }, { "0,25", 0.25 }, { "2.5×10⁻⁵", 2.5e-5 }, { "−1×10¹²", -1e12 },
    { "0", 0.0 },     { "10", 10.0 },
  };
  static const char *const bad[] = { "abc", "", "  ", "0.5x", "0x10", "1..2", "−", "1 2", "e5",
                                     "nan", "inf", "−∞", "1e999" };
  static const double round_trip[] = { 0.1, -0.4, 2.5e-5, -1e300, 0.1 + 0.2, 123456789.0,
                                       5e-324 };
  double v;

  for (gsize i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *message = NULL;

      g_assert_true (rs_parse_number (good[i].text, -G_MAXDOUBLE, G_MAXDOUBLE, &v, &message));
      g_assert_cmpfloat (v, ==, good[i].value);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *message = NULL;

      if (rs_parse_number (bad[i], -G_MAXDOUBLE, G_MAXDOUBLE, &v, &message))
        g_error ("“%s” read as %g", bad[i], v);
      g_assert_nonnull (message);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (round_trip); i++)
    {
      g_autofree char *text = rs_format_shortest (round_trip[i]);
      g_autofree char *message = NULL;

      g_assert_true (rs_parse_number (text, -G_MAXDOUBLE, G_MAXDOUBLE, &v, &message));
      g_assert_cmpfloat (v, ==, round_trip[i]);
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/number", test_number);
  g_test_add_func ("/format/number/non-finite", test_number_non_finite);
  g_test_add_func ("/format/number/other-forms", test_number_other_forms);
  g_test_add_func ("/format/symbol", test_symbol);
  g_test_add_func ("/format/derivation/question-221", test_question_221);
  g_test_add_func ("/format/derivation/question-231-dead", test_question_231_dead);
  g_test_add_func ("/format/derivation/question-312", test_question_312);
  g_test_add_func ("/format/derivation/question-313-silent-input",
                   test_question_313_silent_input);
  g_test_add_func ("/format/derivation/question-bias", test_question_bias);
  g_test_add_func ("/format/derivation/deep", test_deep);
  g_test_add_func ("/format/derivation/several-examples", test_several_examples);
  g_test_add_func ("/format/derivation/stochastic-update", test_stochastic_update);
  g_test_add_func ("/format/derivation/zero-convention", test_zero_convention);
  g_test_add_func ("/format/derivation/leaky", test_leaky);
  g_test_add_func ("/format/derivation/non-finite", test_non_finite);
  g_test_add_func ("/format/derivation/markup", test_markup);
  g_test_add_func ("/format/derivation/question-output-bias", test_question_output_bias);
  g_test_add_func ("/format/derivation/dead-on-all-examples", test_dead_on_all_examples);
  g_test_add_func ("/format/derivation/deep-three-terms", test_deep_three_terms);
  g_test_add_func ("/format/derivation/markup-layout", test_markup_layout);
  g_test_add_func ("/format/parse-number", test_parse_number);

  return g_test_run ();
}
