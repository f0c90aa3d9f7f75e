/* rs-io-file.c — reading a whole file, with its size checked before a byte is read. */
#include "io/rs-io-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

static gboolean
refuse_size (goffset size, gsize max_bytes, const char *name, GError **error)
{
  /* Plain ASCII, unlike g_format_size(): the message may go to a terminal or a log. */
  g_autofree char *limit = max_bytes % (1024 * 1024) == 0
                             ? g_strdup_printf ("%" G_GSIZE_FORMAT " MiB", max_bytes / (1024 * 1024))
                             : g_strdup_printf ("%" G_GSIZE_FORMAT " bytes", max_bytes);

  g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) size);

  rs_io_set_error (error, RS_IO_ERROR_READ, name, NULL, _("too large (%s bytes, the limit is %s)"),
                   found, limit);
  return FALSE;
}

gboolean
rs_io_read_file (const char *path, gsize max_bytes, char **contents, gsize *length,
                 char **display_name, GError **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize filled = 0;
  gsize capacity;
  int fd;

  g_assert (contents != NULL && length != NULL && display_name != NULL);

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      rs_io_set_error (error, RS_IO_ERROR_READ, name, NULL, _("cannot open: %s"),
                       g_strerror (saved));
      return FALSE;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      rs_io_set_error (error, RS_IO_ERROR_READ, name, NULL, _("not a regular file"));
      close (fd);
      return FALSE;
    }

  if ((guint64) st.st_size > max_bytes)
    {
      close (fd);
      return refuse_size (st.st_size, max_bytes, name, error);
    }

  /* Room for one byte more than fstat() said, so the usual read ends on a short read; a
   * file that grows meanwhile is followed, but never past the limit. */
  capacity = (gsize) st.st_size + 1;
  buffer = g_malloc (capacity + 1);
  for (;;)
    {
      gssize got;

      if (filled == capacity)
        {
          if (capacity > max_bytes)
            {
              close (fd);
              return refuse_size ((goffset) filled, max_bytes, name, error);
            }
          capacity = MIN (capacity * 2, max_bytes + 1);
          buffer = g_realloc (buffer, capacity + 1);
        }
      got = read (fd, buffer + filled, capacity - filled);
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved = errno;
          rs_io_set_error (error, RS_IO_ERROR_READ, name, NULL, _("cannot read: %s"),
                           g_strerror (saved));
          close (fd);
          return FALSE;
        }
      if (got == 0)
        break;
      filled += (gsize) got;
    }
  close (fd);

  buffer[filled] = '\0';
  *contents = g_steal_pointer (&buffer);
  *length = filled;
  *display_name = g_steal_pointer (&name);
  return TRUE;
}
