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

/* Loads a model file. `path`'s base name is what error messages call the file. */
RsModel *rs_model_load (const char *path, GError **error);

/* Parses a model from memory; `name` is what error messages call it (e.g. "question.json"). */
RsModel *rs_model_load_from_data (const char *data, gsize length, const char *name,
                                  GError **error);

/* The model as JSON text: doubles written in the shortest form that reads back
 * bit-identical, matrices one row per line. */
char *rs_model_to_json (const RsModel *model);

/* Writes atomically (a temporary file renamed over the target). */
gboolean rs_model_save (const RsModel *model, const char *path, GError **error);

/* Reads CSV data: one example per row, n_inputs input columns then n_outputs target columns,
 * comma separated, an optional header row (a first row that is not all numbers). Errors name
 * the file, the line and the column. */
RsData *rs_csv_load (const char *path, int n_inputs, int n_outputs, GError **error);
RsData *rs_csv_load_from_data (const char *data, gsize length, const char *name, int n_inputs,
                               int n_outputs, GError **error);

/* A model built-in to the program: "question" etc. Loaded from the GResource when present,
 * else NULL with an error. Implemented by the code that owns the resources. */

G_END_DECLS
