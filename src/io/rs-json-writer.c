/* rs-json-writer.c — exact numbers and escaped strings for hand-written JSON. */
#include "io/rs-json-writer.h"

#include <math.h>
#include <string.h>

#include "io/rs-io-private.h"

const char *
rs_io_format_shortest (double value, char *buf, gsize size)
{
  /* Fewer digits first: most numbers people type (0.1, 2.5) come out as typed at %.15g,
   * and %.17g always reads back exactly. */
  static const char *const formats[] = { "%.15g", "%.16g", "%.17g" };

  g_assert (size >= G_ASCII_DTOSTR_BUF_SIZE);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      double back;

      g_ascii_formatd (buf, size, formats[i], value);
      back = g_ascii_strtod (buf, NULL);
      if (memcmp (&back, &value, sizeof value) == 0)
        break;
    }
  return buf;
}

void
rs_json_append_double (GString *out, double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (out != NULL);

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append (out, rs_io_format_shortest (value, buf, sizeof buf));
  /* JSON readers (json-glib among them) take "-0" as the integer 0 and lose the sign. */
  if (strpbrk (buf, ".e") == NULL)
    g_string_append (out, ".0");
}

void
rs_json_append_string (GString *out, const char *text)
{
  g_autofree char *valid = NULL;

  g_return_if_fail (out != NULL);
  g_return_if_fail (text != NULL);

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      unsigned char c = (unsigned char) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}
