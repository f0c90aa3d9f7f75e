/* rs-parse.c — numbers typed into fields, and numbers shown for editing. */
#include "rs-parse.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rs-format.h"

#define UNICODE_MINUS "\xe2\x88\x92" /* U+2212 */

/* ASCII for the one Unicode character at `c` that a typed or pasted number may hold, or NULL
 * to keep it: U+2212 and the superscripts of ×10ⁿ. Sets *len to its length in bytes. */
static const char *
ascii_for (const char *c, gsize *len)
{
  static const struct
  {
    const char *unicode;
    const char *ascii;
  } map[] = {
    { "−", "-" }, { "×10", "e" }, { "⁻", "-" }, { "⁺", "+" }, { "⁰", "0" }, { "¹", "1" },
    { "²", "2" }, { "³", "3" },  { "⁴", "4" }, { "⁵", "5" }, { "⁶", "6" }, { "⁷", "7" },
    { "⁸", "8" }, { "⁹", "9" },  { "∞", "inf" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_has_prefix (c, map[i].unicode))
      {
        *len = strlen (map[i].unicode);
        return map[i].ascii;
      }
  return NULL;
}

/* The typed text in the form g_ascii_strtod() reads: trimmed, U+2212 and the superscripts of
 * ×10ⁿ (as rs_format_shortest() writes them) in ASCII, a decimal comma as '.', a leading '+'
 * dropped. */
static char *
normalize (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  GString *s = g_string_new (NULL);

  for (const char *p = trimmed; *p != '\0';)
    {
      gsize len;
      const char *replacement = ascii_for (p, &len);

      if (replacement != NULL)
        {
          g_string_append (s, replacement);
          p += len;
        }
      else
        {
          g_string_append_c (s, *p == ',' ? '.' : *p);
          p++;
        }
    }
  if (s->str[0] == '+')
    g_string_erase (s, 0, 1);
  return g_string_free (s, FALSE);
}

/* Only what a decimal number is made of: strtod also reads "0x1p3", "nan" and "infinity". */
static gboolean
looks_decimal (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && strchr ("+-.eE", *p) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
names_infinity_or_nan (const char *text)
{
  const char *p = text[0] == '-' ? text + 1 : text;

  return g_ascii_strcasecmp (p, "nan") == 0 || g_ascii_strcasecmp (p, "inf") == 0
         || g_ascii_strcasecmp (p, "infinity") == 0 || strcmp (p, "∞") == 0;
}

static char *
out_of_range (const char *text, double min, double max)
{
  g_autofree char *lo = rs_format_shortest (min);
  g_autofree char *hi = rs_format_shortest (max);

  /* Translators: a typed number outside the allowed range, e.g. "2000 is outside 1 … 1024" */
  return g_strdup_printf (_("%s is outside %s … %s"), text, lo, hi);
}

gboolean
rs_parse_number (const char *text, double min, double max, double *out, char **message)
{
  g_autofree char *normal = NULL;
  g_autofree char *shown = NULL;
  char *end = NULL;
  double value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL && message != NULL, FALSE);

  shown = g_strstrip (g_strdup (text));
  if (*shown == '\0')
    {
      *message = g_strdup (_("Type a number"));
      return FALSE;
    }
  normal = normalize (text);
  if (names_infinity_or_nan (normal))
    {
      *message = g_strdup_printf (_("“%s” is not a finite number"), shown);
      return FALSE;
    }
  value = g_ascii_strtod (normal, &end);
  if (!looks_decimal (normal) || end == normal || *end != '\0')
    {
      *message = g_strdup_printf (_("“%s” is not a number"), shown);
      return FALSE;
    }
  if (!isfinite (value))
    {
      *message = g_strdup_printf (_("%s is too large to be a finite number"), shown);
      return FALSE;
    }
  if (value < min || value > max)
    {
      *message = out_of_range (shown, min, max);
      return FALSE;
    }
  *out = value;
  return TRUE;
}

gboolean
rs_parse_integer (const char *text, gint64 min, gint64 max, gint64 *out, char **message)
{
  g_autofree char *normal = NULL;
  g_autofree char *shown = NULL;
  double as_double;
  gint64 value;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL && message != NULL, FALSE);

  shown = g_strstrip (g_strdup (text));
  normal = normalize (text);
  if (*normal != '\0' && g_ascii_string_to_signed (normal, 10, G_MININT64, G_MAXINT64, &value,
                                                    NULL))
    {
      if (value < min || value > max)
        {
          *message = out_of_range (shown, (double) min, (double) max);
          return FALSE;
        }
      *out = value;
      return TRUE;
    }
  /* Say why: not a number at all, or a number that is not whole (or too long). */
  if (!rs_parse_number (text, -INFINITY, INFINITY, &as_double, message))
    return FALSE;
  if (as_double != floor (as_double))
    *message = g_strdup_printf (_("%s is not a whole number"), shown);
  else
    *message = out_of_range (shown, (double) min, (double) max);
  return FALSE;
}

/* The ASCII minus as U+2212. */
static char *
pretty_minus (const char *buffer)
{
  GString *s = g_string_new (NULL);

  for (const char *p = buffer; *p != '\0'; p++)
    if (*p == '-')
      g_string_append (s, UNICODE_MINUS);
    else
      g_string_append_c (s, *p);
  return g_string_free (s, FALSE);
}

char *
rs_format_editable_digits (double value, int digits)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *exact = NULL;

  digits = CLAMP (digits, 1, 17);
  exact = rs_format_editable (value);
  if (!isfinite (value) || g_utf8_strlen (exact, -1) <= digits + 2)
    return g_steal_pointer (&exact);
  for (int d = 1; d <= digits; d++)
    {
      g_autofree char *format = g_strdup_printf ("%%.%dg", d);

      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return pretty_minus (buffer);
}

char *
rs_format_editable (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    return rs_format_number (value, 4);
  if (value == 0.0)
    return g_strdup ("0");
  /* Plain decimals for every value a person would type; exponents only for the extremes. */
  buffer[0] = '\0';
  if (fabs (value) >= 1e-6 && fabs (value) < 1e15)
    for (int decimals = 0; decimals <= 22; decimals++)
      {
        g_autofree char *format = g_strdup_printf ("%%.%df", decimals);

        g_ascii_formatd (buffer, sizeof buffer, format, value);
        if (g_ascii_strtod (buffer, NULL) == value)
          break;
        buffer[0] = '\0';
      }
  if (buffer[0] == '\0')
    for (int digits = 1; digits <= 17; digits++)
      {
        g_autofree char *format = g_strdup_printf ("%%.%dg", digits);

        g_ascii_formatd (buffer, sizeof buffer, format, value);
        if (g_ascii_strtod (buffer, NULL) == value)
          break;
      }
  return pretty_minus (buffer);
}
