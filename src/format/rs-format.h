/* rs-format.h — numbers and derivations as text, for the CLI and the app alike.
 *
 * Never prints NaN or ∞ as if it were a number: non-finite values read "not a number",
 * "+∞" and "−∞". Minus signs are U+2212 in the pretty forms.
 */
#pragma once

#include <glib.h>

#include "core/rs-derivation.h"

G_BEGIN_DECLS

typedef enum
{
  RS_TEXT_PLAIN,  /* UTF-8 with Unicode sub/superscripts: Θ⁽²⁾₂₁ */
  RS_TEXT_MARKUP  /* Pango markup: Θ<sup>(2)</sup><sub>21</sub> */
} RsTextStyle;

/* A number with `digits` significant digits (trailing zeros kept to 3 decimals as in
 * 0.912 / −0.0268), U+2212 for minus. Non-finite values as above.
 *
 * The rule, so every figure in a derivation reads alike:
 * - exactly 0 is "0" (a gradient that is exactly zero should look it, not like 0.000);
 * - 10⁻⁴ ≤ |v| < 10⁶: fixed point with max(3, digits − 1 − e) decimals (e = the decimal
 *   exponent after rounding), then trailing zeros dropped down to 3 decimals; below 1000
 *   that gives at least 3 decimals: 0.200, 1.000, 0.050, −0.0268, 12.346; from 1000 on
 *   no decimals once `digits` are shown: 1235;
 * - otherwise scientific with `digits` significant digits: 1.23×10⁻⁵, −4.57×10⁸.
 * `digits` is clamped to 1 … 17. */
char *rs_format_number (double value, int digits);

/* The shortest text that reads back as exactly this double, U+2212 for minus and ×10ⁿ for
 * exponents: "0.1", "10", "2.5×10⁻⁵". For values a person typed, such as α. */
char *rs_format_shortest (double value);

/* An integer in superscript digits, U+207B for minus: "⁻³", "¹²". For exponents in text
 * such as 1 − (1 − 2⁻ᴺ)ᴴ. */
char *rs_format_superscript (long long value);


/* A number with a fixed number of decimals, U+2212 for minus. */
char *rs_format_fixed (double value, int decimals);

/* Θ⁽ˡ⁾ⱼₖ, a⁽ˡ⁾ⱼ, z⁽ˡ⁾ⱼ, δ⁽ˡ⁾ⱼ … : a symbol with a layer superscript and unit subscripts;
 * `k` < 0 leaves out the second subscript. */
char *rs_format_symbol (RsTextStyle style, const char *name, int layer, int j, int k);

/* The whole derivation as a good teacher would write it (the README's section "The
 * question, answered on the built-in example" shows it), ending with the update Θ ← Θ − α·∂J/∂Θ for learning rate alpha that a batch step applies
 * (the mean over the examples). */
char *rs_format_derivation (const RsDerivation *derivation, double alpha, RsTextStyle style);

/* The same, ending with the update the next step applies: with the mean gradient when
 * step_example < 0 (batch mode), else with the gradient of that one example (0-based; a
 * stochastic step, see rs_model_step_example()). */
char *rs_format_derivation_for_step (const RsDerivation *derivation, double alpha,
                                     int step_example, RsTextStyle style);

G_END_DECLS
