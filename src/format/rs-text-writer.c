/* rs-text-writer.c — plain Unicode or Pango markup from the same calls. */
#include "rs-text-writer.h"

#include <string.h>

void
rs_text_writer_init (RsTextWriter *w, RsTextStyle style)
{
  w->out = g_string_new (NULL);
  w->style = style;
  w->column = 0;
}

char *
rs_text_writer_finish (RsTextWriter *w)
{
  char *text = g_string_free (w->out, FALSE);
  w->out = NULL;
  w->column = 0;
  return text;
}

#define NBSP "\u00a0"

/* In markup the widget showing the text wraps its lines: no-break spaces keep a product
 * together and a result with its "=", so a long line breaks before "=", "+" or "−" rather
 * than inside a factor ("0.600 · (−0.715) + 0.200 · 0.005 / = −0.428"). */
static void
append_markup (RsTextWriter *w, const char *escaped, int columns)
{
  GString *bound = g_string_new (escaped);

  g_string_replace (bound, " · ", NBSP "·" NBSP, 0);
  g_string_replace (bound, " = ", " =" NBSP, 0);
  g_string_append (w->out, bound->str);
  w->column += columns;
  g_string_free (bound, TRUE);
}

/* Appends already-escaped text whose visible width is `columns`. */
static void
append_raw (RsTextWriter *w, const char *raw, int columns)
{
  g_string_append (w->out, raw);
  w->column += columns;
}

void
rs_text_writer_text (RsTextWriter *w, const char *text)
{
  const char *line = text;
  for (;;)
    {
      const char *end = strchr (line, '\n');
      gsize len = end != NULL ? (gsize) (end - line) : strlen (line);
      int columns = (int) g_utf8_strlen (line, (gssize) len);
      if (w->style == RS_TEXT_MARKUP)
        {
          g_autofree char *escaped = g_markup_escape_text (line, (gssize) len);
          append_markup (w, escaped, columns);
        }
      else
        {
          g_string_append_len (w->out, line, (gssize) len);
          w->column += columns;
        }
      if (end == NULL)
        break;
      rs_text_writer_newline (w);
      line = end + 1;
    }
}

void
rs_text_writer_printf (RsTextWriter *w, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *text = g_strdup_vprintf (format, args);
  va_end (args);
  rs_text_writer_text (w, text);
}

void
rs_text_writer_newline (RsTextWriter *w)
{
  g_string_append_c (w->out, '\n');
  w->column = 0;
}

void
rs_text_writer_pad_to (RsTextWriter *w, int column)
{
  gboolean line_start = w->out->len == 0 || w->out->str[w->out->len - 1] == '\n';

  if (w->style == RS_TEXT_MARKUP && !line_start)
    return;
  while (w->column < column)
    append_raw (w, " ", 1);
}

void
rs_text_writer_emphasis (RsTextWriter *w, gboolean on)
{
  if (w->style == RS_TEXT_MARKUP)
    g_string_append (w->out, on ? "<i>" : "</i>");
}

/* The Unicode superscript or subscript form of one ASCII character, or NULL when there is
 * none (the character is then written as it is). */
static const char *
script_char (char c, gboolean super)
{
  static const char *const sup_digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  static const char *const sub_digits[] = { "₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉" };

  if (c >= '0' && c <= '9')
    return super ? sup_digits[c - '0'] : sub_digits[c - '0'];
  if (super)
    switch (c)
      {
      case '(': return "⁽";
      case ')': return "⁾";
      case '+': return "⁺";
      case '-': return "⁻";
      case 'l': return "ˡ";
      case 'L': return "ᴸ";
      default: return NULL;
      }
  switch (c)
    {
    case '+': return "₊";
    case '-': return "₋";
    case 'h': return "ₕ";
    case 'i': return "ᵢ";
    case 'j': return "ⱼ";
    case 'k': return "ₖ";
    case 't': return "ₜ";
    default: return NULL;
    }
}

/* One superscript or subscript run, `ascii` as described in the header. */
static void
append_script (RsTextWriter *w, const char *ascii, gboolean super)
{
  if (w->style == RS_TEXT_MARKUP)
    {
      g_autofree char *escaped = g_markup_escape_text (ascii, -1);
      g_string_append (w->out, super ? "<sup>" : "<sub>");
      append_raw (w, escaped, (int) strlen (ascii));
      g_string_append (w->out, super ? "</sup>" : "</sub>");
      return;
    }
  for (const char *c = ascii; *c != '\0'; c++)
    {
      const char *glyph = script_char (*c, super);
      if (glyph != NULL)
        append_raw (w, glyph, 1);
      else
        {
          g_string_append_c (w->out, *c);
          w->column++;
        }
    }
}

void
rs_text_writer_symbol (RsTextWriter *w, const char *base, int layer, const char *sub)
{
  rs_text_writer_text (w, base);
  if (layer > 0)
    {
      char sup[16];
      g_snprintf (sup, sizeof sup, "(%d)", layer);
      append_script (w, sup, TRUE);
    }
  if (sub != NULL && *sub != '\0')
    append_script (w, sub, FALSE);
}

void
rs_text_index (char *buf, gsize size, int j, int k)
{
  if (k < 0)
    g_snprintf (buf, size, "%d", j);
  else if (j >= 10 || k >= 10)
    g_snprintf (buf, size, "%d,%d", j, k);
  else
    g_snprintf (buf, size, "%d%d", j, k);
}

void
rs_text_writer_number (RsTextWriter *w, double value, int digits)
{
  g_autofree char *text = rs_format_number (value, digits);
  rs_text_writer_text (w, text);
}

void
rs_text_writer_factor (RsTextWriter *w, double value, int digits)
{
  /* −0 prints as "0" and needs none; −∞ does. */
  gboolean negative = value < 0.0;
  if (negative)
    rs_text_writer_text (w, "(");
  rs_text_writer_number (w, value, digits);
  if (negative)
    rs_text_writer_text (w, ")");
}

gsize
rs_text_writer_mark (const RsTextWriter *w)
{
  return w->out->len;
}

void
rs_text_writer_wrap (RsTextWriter *w, gsize mark, int indent, int width)
{
  g_assert (mark <= w->out->len);

  if (w->style == RS_TEXT_MARKUP)
    {
      g_autofree char *spaces = g_strnfill ((gsize) MAX (indent, 0), ' ');
      g_string_insert (w->out, (gssize) mark, spaces);
      return;
    }

  g_autofree char *paragraph = g_strdup (w->out->str + mark);
  g_string_truncate (w->out, mark);
  w->column = 0;

  g_auto (GStrv) words = g_strsplit (paragraph, " ", -1);
  gboolean line_empty = TRUE;
  rs_text_writer_pad_to (w, indent);
  for (char **word = words; *word != NULL; word++)
    {
      if (**word == '\0')
        continue;
      int columns = (int) g_utf8_strlen (*word, -1);
      if (!line_empty && w->column + 1 + columns > width)
        {
          rs_text_writer_newline (w);
          rs_text_writer_pad_to (w, indent);
          line_empty = TRUE;
        }
      if (!line_empty)
        append_raw (w, " ", 1);
      append_raw (w, *word, columns);
      line_empty = FALSE;
    }
}
