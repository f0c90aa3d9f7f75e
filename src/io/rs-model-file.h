/* rs-model-file.h — reading and writing model files (JSON, format "reluscope-model",
 * version 1) and CSV data.
 *
 * Every error names the file and the place and says what is wrong, e.g.
 *   model.json: theta[1][0]: expected 4 numbers, found 3
 *   model.json: data.y[7][1]: not a finite number
 *   model.json: layers[2].activation: unknown "rleu" (relu, leaky_relu, linear, sigmoid, tanh)
 * and on any error nothing is returned and nothing is written.
 */
#pragma once

#include <glib.h>

#include "core/rs-model.h"

G_BEGIN_DECLS

#define RS_IO_ERROR (rs_io_error_quark ())

typedef enum
{
  RS_IO_ERROR_READ,    /* the file could not be read (missing, unreadable, too large) */
  RS_IO_ERROR_SYNTAX,  /* not valid JSON / CSV */
  RS_IO_ERROR_INVALID, /* valid syntax, but a value is missing, of the wrong kind or out of range */
  RS_IO_ERROR_WRITE    /* the file could not be written */
} RsIoError;

GQuark rs_io_error_quark (void);

/* Files larger than this are refused before they are parsed. */
#define RS_MODEL_FILE_MAX_BYTES (256 * 1024 * 1024)

/* Loads a model file. `path`'s base name is what error messages call the file.
 *
 * Required: "format", "version", "layers" and "data" (at least one example: a model
 * without examples is refused rather than given a made-up one). Optional, with the defaults
 * of rs_model_new() / rs_network_new(): a layer's "activation" (relu on hidden layers,
 * linear on the output; the input layer has none), "relu_prime_at_zero" (0, in [0, 1]),
 * "leaky_slope" (0.01), "theta" (else Θ is drawn with rs_network_init() from "init"),
 * "training" (learning_rate 0.1 ≥ 0, mode "batch", step 0), "init" (he, seed 1, bias 0,
 * range 0.5), "name", "hint". Unknown members are refused, so a misspelling does not
 * silently become a default. Integers (step, seed) are 0 … G_MAXINT64, what JSON readers
 * hold. Files over RS_MODEL_FILE_MAX_BYTES are refused from their size, unread. */
RsModel *rs_model_load (const char *path, GError **error);

/* Parses a model from memory; `name` is what error messages call it (e.g. "question.json"). */
RsModel *rs_model_load_from_data (const char *data, gsize length, const char *name,
                                  GError **error);

/* The model as JSON text: doubles written in the shortest form that reads back
 * bit-identical (−0.0 as "-0.0"), matrices one row per line. A value the format cannot
 * hold (NaN, ∞) is written as null; rs_model_save() refuses such a model instead. */
char *rs_model_to_json (const RsModel *model);

/* Writes atomically (a temporary file, synced, renamed over the target). Refuses, writing
 * nothing, a model that would not load back: non-finite numbers, settings out of range,
 * step or seed above G_MAXINT64. */
gboolean rs_model_save (const RsModel *model, const char *path, GError **error);

/* Reads CSV data: one example per row, n_inputs input columns then n_outputs target columns,
 * comma separated, an optional header row (a first row that is not all numbers). Blank
 * lines, CRLF, a UTF-8 byte order mark, spaces around fields and double-quoted fields are
 * accepted; non-finite numbers are not. Errors name the file, the line and the column
 * ("data.csv: line 7, column 3: "abc" is not a number"). */
RsData *rs_csv_load (const char *path, int n_inputs, int n_outputs, GError **error);
RsData *rs_csv_load_from_data (const char *data, gsize length, const char *name, int n_inputs,
                               int n_outputs, GError **error);

/* A model built-in to the program: "question" etc. Loaded from the GResource when present,
 * else NULL with an error. Implemented by the code that owns the resources. */

G_END_DECLS
