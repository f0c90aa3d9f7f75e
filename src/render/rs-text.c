/* rs-text.c — pango text for the renderer. */
#include "rs-text.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "format/rs-format.h"
#include "rs-theme.h"

static PangoLayout *
make_layout (cairo_t *cr, const char *text, double size, RsTextFlags flags)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family_static (desc, RS_RENDER_FONT_FAMILY);
  pango_font_description_set_absolute_size (desc, MAX (size, 1.0) * PANGO_SCALE);
  pango_font_description_set_weight (desc, (flags & RS_TEXT_BOLD) ? PANGO_WEIGHT_BOLD
                                                                  : PANGO_WEIGHT_NORMAL);
  if (flags & RS_TEXT_ITALIC)
    pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

double
rs_text_draw (cairo_t *cr, const char *text, double size, RsTextFlags flags, RsColour colour,
              double x, double y, double xalign, double yalign)
{
  return rs_text_draw_with_halo (cr, text, size, flags, colour, NULL, x, y, xalign, yalign);
}

double
rs_text_draw_with_halo (cairo_t *cr, const char *text, double size, RsTextFlags flags,
                        RsColour colour, const RsColour *halo, double x, double y,
                        double xalign, double yalign)
{
  PangoLayout *layout = make_layout (cr, text, size, flags);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  cairo_move_to (cr, x - xalign * w / PANGO_SCALE, y - yalign * h / PANGO_SCALE);
  if (halo)
    {
      /* A rim of background round the glyphs keeps them legible where edges cross them. */
      cairo_save (cr);
      pango_cairo_layout_path (cr, layout);
      rs_colour_set_source (cr, *halo);
      cairo_set_line_width (cr, MAX (2.0, 0.25 * size));
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      cairo_restore (cr);
      cairo_move_to (cr, x - xalign * w / PANGO_SCALE, y - yalign * h / PANGO_SCALE);
    }
  rs_colour_set_source (cr, colour);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  g_object_unref (layout);
  return (double) w / PANGO_SCALE;
}

void
rs_text_measure (cairo_t *cr, const char *text, double size, RsTextFlags flags, double *width,
                 double *height)
{
  PangoLayout *layout = make_layout (cr, text, size, flags);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (width)
    *width = (double) w / PANGO_SCALE;
  if (height)
    *height = (double) h / PANGO_SCALE;
  g_object_unref (layout);
}

char *
rs_text_power_of_ten (int exponent)
{
  static const char *const digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  GString *s = g_string_new ("10");
  char buf[16];

  if (exponent < 0)
    g_string_append (s, "⁻");
  g_snprintf (buf, sizeof buf, "%d", ABS (exponent));
  for (const char *p = buf; *p; p++)
    g_string_append (s, digits[*p - '0']);
  return g_string_free (s, FALSE);
}

char *
rs_text_number (double value, int digits)
{
  char *text, *zeros, *times;

  /* "not a number" would not fit in a unit; a dash says "no value" and the tooltip says
   * why. Infinities are short enough as rs_format_number writes them ("+∞"). */
  if (isnan (value))
    return g_strdup ("—");
  text = rs_format_number (value, digits);

  /* Labels are read at a glance: "0.6", not "0.600" (the derivation keeps the zeros). */
  times = strstr (text, "×");
  if (strchr (text, '.') == NULL)
    return text;
  zeros = times ? times : text + strlen (text);
  while (zeros > text && zeros[-1] == '0')
    zeros--;
  if (zeros > text && zeros[-1] == '.')
    zeros--;
  memmove (zeros, times ? times : text + strlen (text),
           strlen (times ? times : text + strlen (text)) + 1);
  return text;
}
