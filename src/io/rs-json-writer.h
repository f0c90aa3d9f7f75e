/* rs-json-writer.h — the pieces of hand-written JSON: numbers that read back bit-identical
 * and properly escaped strings. The model writer uses them, and so can anything else that
 * prints JSON (the CLI's --json output), so every JSON number the program writes is exact. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends `value` in the shortest of the %.15g, %.16g and %.17g forms that reads back as
 * exactly the same double, whatever the locale ("0.1", "0.30000000000000004", "1e+300").
 * A value that would look like an integer gets ".0" ("1.0", "-0.0"), so the sign of −0.0
 * survives and readers see a floating-point number. JSON has no NaN or ∞: a non-finite
 * value is written as null, which the model loader refuses. */
void rs_json_append_double (GString *out, double value);

/* Appends `text` as a JSON string literal with quotes, escaping ", \ and control
 * characters. Invalid UTF-8 is replaced by U+FFFD so the output is always valid JSON. */
void rs_json_append_string (GString *out, const char *text);

G_END_DECLS
