/* rs-text-writer.h — one way to write text that comes out as plain Unicode or as Pango markup.
 *
 * The derivation is composed once, through these calls; the style only decides how a
 * superscript, a subscript and the characters <, > and & come out (and, in markup, where a
 * line the widget wraps may break: see rs_text_writer_text()). That keeps the CLI's text
 * and the app's inspector from drifting apart. Private to src/format.
 */
#pragma once

#include <glib.h>

#include "rs-format.h"

G_BEGIN_DECLS

typedef struct
{
  GString *out;
  RsTextStyle style;
  int column; /* visible characters since the last newline, for aligning and wrapping */
} RsTextWriter;

void rs_text_writer_init (RsTextWriter *w, RsTextStyle style);

/* Hands over the text written so far and leaves the writer empty. */
char *rs_text_writer_finish (RsTextWriter *w);

/* Text as it should read (UTF-8, may contain newlines); escaped for markup, where " · " and
 * the space after " = " become no-break spaces so products and results stay whole. */
void rs_text_writer_text (RsTextWriter *w, const char *text);
void rs_text_writer_printf (RsTextWriter *w, const char *format, ...) G_GNUC_PRINTF (2, 3);
void rs_text_writer_newline (RsTextWriter *w);

/* Spaces up to the given column (nothing when already there or past it). In markup, only at
 * the start of a line: the widget showing it uses a proportional font, where spaces cannot
 * line up the middle of lines, so there they are left out. */
void rs_text_writer_pad_to (RsTextWriter *w, int column);

/* Starts or ends an emphasized run (italics in markup, nothing in plain text): the sentences
 * in words among the formulas. */
void rs_text_writer_emphasis (RsTextWriter *w, gboolean on);

/* base⁽ˡᵃʸᵉʳ⁾ₛᵤᵦ: `layer` ≤ 0 leaves out the superscript, `sub` NULL or "" the subscript.
 * `sub` is ASCII: digits, commas and the index letters h, i, j, k, t. */
void rs_text_writer_symbol (RsTextWriter *w, const char *base, int layer, const char *sub);

/* The subscript of one or two unit numbers: "21", or "12,3" when a number has two digits or
 * more (Θ⁽²⁾₁₂₃ would be ambiguous). k < 0 leaves out the second number. */
void rs_text_index (char *buf, gsize size, int j, int k);

/* rs_format_number (value, digits), and the same wrapped in parentheses when negative, as a
 * factor after "·" or "−" needs to be: 0.600 · (−0.088). */
void rs_text_writer_number (RsTextWriter *w, double value, int digits);
void rs_text_writer_factor (RsTextWriter *w, double value, int digits);

/* Where the text currently ends, for rs_text_writer_wrap(). */
gsize rs_text_writer_mark (const RsTextWriter *w);

/* Re-flows what was written since `mark` (one paragraph without newlines) into lines of at
 * most `width` columns, each starting with `indent` spaces. Markup is only indented: the
 * widget showing it wraps by itself. */
void rs_text_writer_wrap (RsTextWriter *w, gsize mark, int indent, int width);

G_END_DECLS
