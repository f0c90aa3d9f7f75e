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
 * 0.912 / −0.0268), U+2212 for minus. Non-finite values as above. */
char *rs_format_number (double value, int digits);

/* A number with a fixed number of decimals, U+2212 for minus. */
char *rs_format_fixed (double value, int decimals);

/* Θ⁽ˡ⁾ⱼₖ, a⁽ˡ⁾ⱼ, z⁽ˡ⁾ⱼ, δ⁽ˡ⁾ⱼ … : a symbol with a layer superscript and unit subscripts;
 * `k` < 0 leaves out the second subscript. */
char *rs_format_symbol (RsTextStyle style, const char *name, int layer, int j, int k);

/* The whole derivation as a good teacher would write it (DESIGN.md "How a derivation reads"),
 * ending with the update Θ ← Θ − α·∂J/∂Θ for learning rate alpha. */
char *rs_format_derivation (const RsDerivation *derivation, double alpha, RsTextStyle style);

G_END_DECLS
