/* rs-parse.h — numbers a person typed into a field, and numbers shown for editing.
 *
 * Typed text may use U+2212 for minus, a leading +, a decimal comma and spaces around it.
 * Refusals come with a short sentence to show beside the field; nothing is written then.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses a finite number in [min, max] into *out. FALSE with *message (free it) for text that
 * is not a number ("abc", "1.5x"), NaN, ±∞, or a value outside the range. */
gboolean rs_parse_number (const char *text, double min, double max, double *out,
                          char **message);

/* Parses a whole number in [min, max] (decimal digits only) into *out, refusing as above. */
gboolean rs_parse_integer (const char *text, gint64 min, gint64 max, gint64 *out,
                           char **message);

/* The shortest text that reads back as exactly `value` through rs_parse_number(): "0.1",
 * "−0.5", "2.5e−05" (U+2212 for minus). Non-finite values as in rs_format_number(). */
char *rs_format_editable (double value);

/* Like rs_format_editable(), with at most `digits` significant digits (1 … 17): the exact
 * text when it is that short ("0.25"), else the value rounded (−0.0026581049697957586 shows as "−0.0026581").
 * For fields that show measured data, where 17 digits would only be noise. */
char *rs_format_editable_digits (double value, int digits);

G_END_DECLS
