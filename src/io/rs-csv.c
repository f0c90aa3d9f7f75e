/* rs-csv.c — training examples from CSV: one example per line, the input columns then the
 * target columns, comma separated.
 *
 * Accepted beyond the bare format, because spreadsheets and scripts write them: a header
 * row (a first row that is not all numbers), blank lines, CRLF line ends, a UTF-8 byte
 * order mark, spaces around fields and double-quoted fields ("" for a quote inside).
 * A quoted field cannot span lines.
 */
#include "io/rs-model-file.h"

#include <math.h>
#include <string.h>

#include "core/rs-data.h"
#include "core/rs-network.h"
#include "io/rs-io-private.h"

#define UTF8_BOM "\xEF\xBB\xBF"

/* Fields in messages are cut: the message is about where, not the whole text. */
#define SHOWN_MAX_CHARS 24

/* Splits one line (without its end) into fields, unquoted and trimmed. FALSE when a quote
 * is left open. */
static gboolean
split_fields (const char *start, const char *stop, GPtrArray *fields)
{
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = start; p < stop; p++)
    {
      if (quoted)
        {
          if (*p != '"')
            g_string_append_c (field, *p);
          else if (p + 1 < stop && p[1] == '"')
            g_string_append_c (field, *p++);
          else
            quoted = FALSE;
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (fields, g_strstrip (g_string_free (field, FALSE)));
          field = g_string_new (NULL);
        }
      else
        g_string_append_c (field, *p);
    }
  g_ptr_array_add (fields, g_strstrip (g_string_free (field, FALSE)));
  return !quoted;
}

static gboolean
parse_number (const char *field, double *out)
{
  char *end;

  if (*field == '\0')
    return FALSE;
  *out = g_ascii_strtod (field, &end);
  return *end == '\0';
}

/* A field as a message shows it: quoted, valid UTF-8, shortened. */
static char *
show_field (const char *field)
{
  g_autofree char *valid = g_utf8_make_valid (field, -1);

  if (g_utf8_strlen (valid, -1) > SHOWN_MAX_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (valid, 0, SHOWN_MAX_CHARS - 1);
      return g_strdup_printf ("\"%s…\"", cut);
    }
  return g_strdup_printf ("\"%s\"", valid);
}

/* Reads the numbers of one data line into row. FALSE with the error set when a field is
 * not a finite number, or, on the first row, when it is a header (with *is_header set and
 * no error). */
static gboolean
read_row (GPtrArray *fields, gboolean may_be_header, const char *file, int line, double *row,
          gboolean *is_header, GError **error)
{
  *is_header = FALSE;

  if (may_be_header)
    for (guint c = 0; c < fields->len; c++)
      if (!parse_number (g_ptr_array_index (fields, c), &row[c]))
        {
          *is_header = TRUE;
          return FALSE;
        }

  for (guint c = 0; c < fields->len; c++)
    {
      const char *field = g_ptr_array_index (fields, c);
      gboolean is_number = parse_number (field, &row[c]);

      if (!is_number || !isfinite (row[c]))
        {
          g_autofree char *place = g_strdup_printf (_("line %d, column %u"), line, c + 1);
          g_autofree char *shown = show_field (field);

          /* strtod takes "inf", "nan" and 1e999 (→ ∞): numbers, but none a network can
           * learn from. */
          rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place, _("%s is not a %snumber"),
                           shown, is_number ? "finite " : "");
          return FALSE;
        }
    }
  return TRUE;
}

RsData *
rs_csv_load_from_data (const char *data, gsize length, const char *name, int n_inputs,
                       int n_outputs, GError **error)
{
  g_autoptr (GArray) values = NULL;
  g_autofree double *row = NULL;
  const char *p, *end;
  gboolean first_row = TRUE;
  int columns = n_inputs + n_outputs;
  int line = 0;
  int m = 0;
  RsData *examples;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (n_inputs >= 1 && n_inputs <= RS_MAX_UNITS, NULL);
  g_return_val_if_fail (n_outputs >= 1 && n_outputs <= RS_MAX_UNITS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > 0 && memchr (data, '\0', length) != NULL)
    {
      rs_io_set_error (error, RS_IO_ERROR_SYNTAX, name, NULL,
                       _("not a text file (it contains a NUL byte)"));
      return NULL;
    }

  p = data != NULL ? data : "";
  end = p + length;
  if (length >= strlen (UTF8_BOM) && memcmp (p, UTF8_BOM, strlen (UTF8_BOM)) == 0)
    p += strlen (UTF8_BOM);

  values = g_array_new (FALSE, FALSE, sizeof (double));
  row = g_new (double, columns);

  while (p < end)
    {
      const char *newline = memchr (p, '\n', (gsize) (end - p));
      const char *stop = newline != NULL ? newline : end;
      const char *next = newline != NULL ? newline + 1 : end;
      g_autoptr (GPtrArray) fields = NULL;
      gboolean is_header;

      /* No need to cut the \r of a CRLF: it is trimmed with the other spaces around the
       * last field, and a line of only spaces is blank. */
      line++;

      /* Blank lines (and a trailing newline) are not examples. */
      {
        const char *q = p;
        while (q < stop && g_ascii_isspace (*q))
          q++;
        if (q == stop)
          {
            p = next;
            continue;
          }
      }

      fields = g_ptr_array_new_with_free_func (g_free);
      if (!split_fields (p, stop, fields))
        {
          g_autofree char *place = g_strdup_printf (_("line %d"), line);
          rs_io_set_error (error, RS_IO_ERROR_SYNTAX, name, place, _("a quote is not closed"));
          return NULL;
        }
      if (fields->len != (guint) columns)
        {
          g_autofree char *place = g_strdup_printf (_("line %d"), line);
          rs_io_set_error (error, RS_IO_ERROR_INVALID, name, place,
                           _("expected %d columns, found %u"), columns, fields->len);
          return NULL;
        }

      if (!read_row (fields, first_row, name, line, row, &is_header, error))
        {
          if (!is_header)
            return NULL;
          first_row = FALSE;
          p = next;
          continue;
        }
      first_row = FALSE;

      if (m == RS_MAX_EXAMPLES)
        {
          g_autofree char *place = g_strdup_printf (_("line %d"), line);
          rs_io_set_error (error, RS_IO_ERROR_INVALID, name, place,
                           _("more than %d examples"), RS_MAX_EXAMPLES);
          return NULL;
        }
      g_array_append_vals (values, row, (guint) columns);
      m++;
      p = next;
    }

  if (m == 0)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, name, NULL, _("no examples"));
      return NULL;
    }

  examples = rs_data_new (m, n_inputs, n_outputs);
  if (examples == NULL)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, name, NULL,
                       _("not enough memory for %d examples"), m);
      return NULL;
    }
  for (int t = 0; t < m; t++)
    {
      const double *values_t = &g_array_index (values, double, (gsize) t * (gsize) columns);

      memcpy (rs_data_x (examples, t), values_t, (gsize) n_inputs * sizeof (double));
      memcpy (rs_data_y (examples, t), values_t + n_inputs, (gsize) n_outputs * sizeof (double));
    }
  return examples;
}

RsData *
rs_csv_load (const char *path, int n_inputs, int n_outputs, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (n_inputs >= 1 && n_inputs <= RS_MAX_UNITS, NULL);
  g_return_val_if_fail (n_outputs >= 1 && n_outputs <= RS_MAX_UNITS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The model file's limit: a CSV that size is far beyond any data set the core takes. */
  if (!rs_io_read_file (path, RS_MODEL_FILE_MAX_BYTES, &contents, &length, &name, error))
    return NULL;
  return rs_csv_load_from_data (contents, length, name, n_inputs, n_outputs, error);
}
