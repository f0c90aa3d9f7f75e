/* rs-text.h — (private) one line of text drawn or measured with pango, anchored at a point.
 *
 * Every text of the renderer goes through here, so all of it shares one family and the
 * alignment arithmetic is written once.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "rs-colour.h"

G_BEGIN_DECLS

typedef enum
{
  RS_TEXT_REGULAR = 0,
  RS_TEXT_BOLD = 1 << 0,
  RS_TEXT_ITALIC = 1 << 1
} RsTextFlags;

/* Draws `text` (UTF-8, no markup) at size px so that the point (x, y) is at (xalign, yalign)
 * of its ink-independent logical box: (0, 0) top left, (0.5, 0.5) centred, (1, 1) bottom
 * right. Returns the width drawn. */
double rs_text_draw (cairo_t *cr, const char *text, double size, RsTextFlags flags,
                     RsColour colour, double x, double y, double xalign, double yalign);

/* The same with a rim of `halo` (the background) round the glyphs, for labels that edges
 * may cross; halo NULL draws no rim. */
double rs_text_draw_with_halo (cairo_t *cr, const char *text, double size, RsTextFlags flags,
                               RsColour colour, const RsColour *halo, double x, double y,
                               double xalign, double yalign);

/* The logical size of `text` at size px. */
void rs_text_measure (cairo_t *cr, const char *text, double size, RsTextFlags flags,
                      double *width, double *height);

/* "10⁻³", "10⁰", "10²": a power of ten with a superscript exponent. Free with g_free(). */
char *rs_text_power_of_ten (int exponent);

/* A number for a label: rs_format_number with `digits` significant digits, without its
 * trailing zeros ("0.6", "−0.0268", "1×10⁻⁵"), "+∞" / "−∞" for infinities and "—" for NaN,
 * so no label ever reads "nan". Free with g_free(). */
char *rs_text_number (double value, int digits);

G_END_DECLS
