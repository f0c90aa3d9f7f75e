/* rs-format-number.c — numbers for people: U+2212 minus, ×10ⁿ, no NaN printed as a number.
 *
 * All conversions go through g_ascii_formatd / g_ascii_strtod, so a locale with a decimal
 * comma never changes the text.
 */
#include "rs-format.h"

#include <math.h>
#include <string.h>

#define MINUS "−" /* U+2212 */

/* "+∞", "−∞", "not a number"; NULL for a finite value. */
static const char *
non_finite_text (double value)
{
  if (isnan (value))
    return "not a number";
  if (isinf (value))
    return value > 0 ? "+∞" : MINUS "∞";
  return NULL;
}

/* g_ascii_formatd with a precision chosen at run time ('e', 'f' or 'g' conversion). */
static void
format_ascii (char *buf, int size, char conversion, int precision, double value)
{
  char format[16];
  g_snprintf (format, sizeof format, "%%.%d%c", precision, conversion);
  g_ascii_formatd (buf, size, format, value);
}

/* Appends an integer in superscript digits. */
static void
append_superscript (GString *out, long long value)
{
  static const char *const sup_digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  char digits[32];
  g_snprintf (digits, sizeof digits, "%lld", value);
  for (const char *c = digits; *c != '\0'; c++)
    g_string_append (out, *c == '-' ? "⁻" : sup_digits[*c - '0']);
}

char *
rs_format_superscript (long long value)
{
  GString *out = g_string_new (NULL);
  append_superscript (out, value);
  return g_string_free (out, FALSE);
}

/* Appends ×10 and the exponent in superscript digits. */
static void
append_power_of_ten (GString *out, int exponent)
{
  g_string_append (out, "×10");
  append_superscript (out, exponent);
}

/* Turns the ASCII form of |value| ("1.5e-05" or "0.200") into the display form, with the
 * sign in front: U+2212 for minus and ×10ⁿ in place of e±nn. */
static char *
display_form (const char *ascii, gboolean negative)
{
  GString *out = g_string_new (negative ? MINUS : "");
  const char *e = strpbrk (ascii, "eE");
  if (e == NULL)
    {
      g_string_append (out, ascii);
      return g_string_free (out, FALSE);
    }
  g_string_append_len (out, ascii, e - ascii);
  append_power_of_ten (out, (int) g_ascii_strtoll (e + 1, NULL, 10));
  return g_string_free (out, FALSE);
}

/* Drops trailing zeros that come after the third decimal: "0.0500" → "0.050". */
static void
trim_zeros_past_three_decimals (char *text)
{
  char *point = strchr (text, '.');
  if (point == NULL)
    return;
  char *end = text + strlen (text);
  while (end - point - 1 > 3 && end[-1] == '0')
    *--end = '\0';
}

char *
rs_format_number (double value, int digits)
{
  const char *special = non_finite_text (value);
  if (special != NULL)
    return g_strdup (special);
  if (value == 0.0)
    return g_strdup ("0");

  digits = CLAMP (digits, 1, 17);
  double magnitude = fabs (value);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* The exponent after rounding to `digits` (9.9996 → 1.00e+01), which is what decides. */
  format_ascii (buf, sizeof buf, 'e', digits - 1, magnitude);
  int exponent = (int) g_ascii_strtoll (strchr (buf, 'e') + 1, NULL, 10);

  if (exponent >= -4 && exponent < 6)
    {
      int decimals = digits - 1 - exponent;
      if (exponent < 3)
        decimals = MAX (decimals, 3);
      decimals = MAX (decimals, 0);
      format_ascii (buf, sizeof buf, 'f', decimals, magnitude);
      trim_zeros_past_three_decimals (buf);
    }
  return display_form (buf, value < 0.0);
}

char *
rs_format_fixed (double value, int decimals)
{
  const char *special = non_finite_text (value);
  if (special != NULL)
    return g_strdup (special);

  char buf[G_ASCII_DTOSTR_BUF_SIZE + 400]; /* 1e308 in %f is long */
  format_ascii (buf, sizeof buf, 'f', CLAMP (decimals, 0, 17), fabs (value));
  /* A value that rounds to zero shows no sign: "0.000", not "−0.000". */
  gboolean all_zero = strspn (buf, "0.") == strlen (buf);
  return display_form (buf, value < 0.0 && !all_zero);
}

char *
rs_format_shortest (double value)
{
  const char *special = non_finite_text (value);
  if (special != NULL)
    return g_strdup (special);
  if (value == 0.0)
    return g_strdup ("0");

  /* The fewest significant digits that read back exactly, written in fixed point over the
   * same range as rs_format_number() ("10", not "1e+01"; "1×10⁶", not "1000000"). */
  double magnitude = fabs (value);
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 32];
  int digits = 1;
  for (; digits < 17; digits++)
    {
      format_ascii (buf, sizeof buf, 'e', digits - 1, magnitude);
      if (g_ascii_strtod (buf, NULL) == magnitude)
        break;
    }
  format_ascii (buf, sizeof buf, 'e', digits - 1, magnitude);
  int exponent = (int) g_ascii_strtoll (strchr (buf, 'e') + 1, NULL, 10);
  if (exponent >= -4 && exponent < 6)
    format_ascii (buf, sizeof buf, 'f', MAX (digits - 1 - exponent, 0), magnitude);
  return display_form (buf, value < 0.0);
}

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

gboolean
rs_parse_number (const char *text, double *value)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  g_autoptr (GString) ascii = g_string_new (NULL);
  for (const char *c = text; *c != '\0';)
    {
      gsize len;
      const char *replacement = ascii_for (c, &len);
      if (replacement != NULL)
        {
          g_string_append (ascii, replacement);
          c += len;
        }
      else
        {
          /* A decimal comma is what many people type. */
          g_string_append_c (ascii, *c == ',' ? '.' : *c);
          c++;
        }
    }
  g_strstrip (ascii->str);

  char *end = NULL;
  double parsed = g_ascii_strtod (ascii->str, &end);
  if (end == ascii->str || *end != '\0' || g_ascii_isspace (ascii->str[0]))
    return FALSE;
  /* g_ascii_strtod reads hexadecimal too; "0x1p3" is not what anyone means here. */
  if (strchr (ascii->str, 'x') != NULL || strchr (ascii->str, 'X') != NULL)
    return FALSE;
  *value = parsed;
  return TRUE;
}
