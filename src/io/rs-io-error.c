/* rs-io-error.c — the RS_IO_ERROR domain and the one way io messages are worded. */
#include "io/rs-io-private.h"

G_DEFINE_QUARK (rs-io-error-quark, rs_io_error)

void
rs_io_set_error (GError **error, RsIoError code, const char *file, const char *place,
                 const char *format, ...)
{
  va_list args;
  g_autofree char *problem = NULL;

  g_assert (file != NULL);
  g_assert (format != NULL);

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (place != NULL)
    g_set_error (error, RS_IO_ERROR, code, "%s: %s: %s", file, place, problem);
  else
    g_set_error (error, RS_IO_ERROR, code, "%s: %s", file, problem);
}
