/* rs-io-private.h — what the io files share and nobody else needs: the error helper and
 * the bounded file reader. */
#pragma once

#include <glib.h>
#include <glib/gi18n-lib.h>

#include "core/rs-data.h"
#include "core/rs-model.h"
#include "core/rs-network.h"
#include "io/rs-model-file.h"
#include "rs-core-autoptr.h"

G_BEGIN_DECLS

/* Sets `error` to "<file>: <place>: <problem>", or "<file>: <problem>" when `place` is
 * NULL, in the RS_IO_ERROR domain. */
void rs_io_set_error (GError **error, RsIoError code, const char *file, const char *place,
                      const char *format, ...) G_GNUC_PRINTF (5, 6);

/* Reads the whole file at `path` into a newly allocated, NUL-terminated buffer. A file
 * larger than `max_bytes` is refused from its size alone, before anything is read, so a
 * wrong file picked by mistake (a disk image, a video) costs nothing. `*display_name`
 * receives the base name messages call the file (free with g_free). */
gboolean rs_io_read_file (const char *path, gsize max_bytes, char **contents, gsize *length,
                          char **display_name, GError **error);

/* `value` in the shortest of the %.15g / %.16g / %.17g forms that reads back as the same
 * double, locale-independent, into buf (at least G_ASCII_DTOSTR_BUF_SIZE bytes). For
 * messages and for rs_json_append_double(), which adds what JSON needs on top. */
const char *rs_io_format_shortest (double value, char *buf, gsize size);

G_END_DECLS
