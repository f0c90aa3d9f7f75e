/* rs-json-read.h — typed access to a parsed JSON tree where every refusal names the place.
 *
 * Each reader takes `file` (what messages call the file) and a `place` in the notation of
 * the messages ("training.learning_rate", "layers[2].activation") and either stores the value
 * and returns TRUE, or sets an RS_IO_ERROR_INVALID "<file>: <place>: <problem>" and returns
 * FALSE (or NULL). Private to src/io.
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* How a message shows a value it did not expect: "an object", "an array", "null", "true",
 * "\"fast\"" (a string, shortened), "2.5" (a number). */
char *rs_json_describe (JsonNode *node);

/* The member `name` of `object`; when it is missing, sets "<place>: missing". */
JsonNode *rs_json_require_member (JsonObject *object, const char *name, const char *file,
                                  const char *place, GError **error);

/* Refuses a member of `object` that is not in the NULL-terminated `known`:
 * "<prefix>: unknown member "rate" (learning_rate, mode, step)"; `prefix` is the object's
 * place, NULL for the top level. Catches misspellings that would otherwise silently fall
 * back to a default. */
gboolean rs_json_check_members (JsonObject *object, const char *const *known, const char *file,
                                const char *prefix, GError **error);

JsonObject *rs_json_expect_object (JsonNode *node, const char *file, const char *place,
                                   GError **error);
JsonArray *rs_json_expect_array (JsonNode *node, const char *file, const char *place,
                                 GError **error);
gboolean rs_json_read_string (JsonNode *node, const char *file, const char *place,
                              const char **out, GError **error);

/* A finite number (integers are accepted and converted). */
gboolean rs_json_read_double (JsonNode *node, const char *file, const char *place,
                              double *out, GError **error);

/* A finite number in [min, max] (either bound may be ±INFINITY): "must not be negative" or
 * "must be between 0 and 1" when outside. */
gboolean rs_json_read_double_in (JsonNode *node, const char *file, const char *place,
                                 double min, double max, double *out, GError **error);

/* An integer in [min, max]; a number with a fraction is refused, 3.0 is taken as 3. */
gboolean rs_json_read_integer (JsonNode *node, const char *file, const char *place,
                               gint64 min, gint64 max, gint64 *out, GError **error);

/* An array of exactly `n` finite numbers into out[0 … n−1]. The row is called
 * "<parent>[<index>]" and its elements "<parent>[<index>][<k>]"; those names are only
 * built when something is wrong, since data sets can have a million rows. */
gboolean rs_json_read_row (JsonNode *node, int n, const char *file, const char *parent,
                           int index, double *out, GError **error);

/* An array of `rows` rows of `cols` finite numbers into out, row-major. */
gboolean rs_json_read_matrix (JsonNode *node, int rows, int cols, const char *file,
                              const char *place, double *out, GError **error);

G_END_DECLS
