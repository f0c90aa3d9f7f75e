/* rs-palette.c — edge colours, widths and dashes.
 *
 * Magnitude is shown three ways at once (colour strength, width, opacity) so it reads on a
 * projector, in print and for colour-blind viewers. Opacity is pre-blended onto the theme
 * background, which keeps every stroke opaque and therefore cheap.
 */
#include "rs-palette.h"

#include <math.h>

#include "rs-theme.h"

/* Viridis, sampled at nine even stops. */
static const guint32 viridis[] = { 0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e,
                                   0x1f9e89, 0x35b779, 0x6ece58, 0xfde725 };

static RsColour
viridis_at (double t)
{
  double x = CLAMP (t, 0.0, 1.0) * (G_N_ELEMENTS (viridis) - 1);
  int i = MIN ((int) x, (int) G_N_ELEMENTS (viridis) - 2);

  return rs_colour_mix (rs_colour_from_hex (viridis[i]), rs_colour_from_hex (viridis[i + 1]),
                        x - i);
}

RsColour
rs_palette_sequential (double t, gboolean dark)
{
  t = CLAMP (t, 0.0, 1.0);
  /* Large gradients must stand out from the background: on a dark one that is viridis'
   * bright yellow end, on a light one its dark purple end. The far ends that would vanish
   * into the background (yellow on white) are cut off. */
  if (dark)
    return viridis_at (0.12 + 0.88 * t);
  return viridis_at (0.9 * (1 - t));
}

RsColour
rs_palette_diverging (double t, gboolean dark)
{
  /* PuOr/RdBu-like ends: told apart by hue and by lightness, safe for the common forms of
   * colour blindness. */
  RsColour positive = rs_colour_from_hex (dark ? 0x5aaee8 : 0x1f64ad);
  RsColour negative = rs_colour_from_hex (dark ? 0xf59a3c : 0xd95a00);
  RsColour zero = rs_theme_get (dark)->neutral;
  double a = fabs (CLAMP (t, -1.0, 1.0));

  /* A gamma below 1 gives small weights some hue already, so sign reads before size. */
  return rs_colour_mix (zero, t >= 0 ? positive : negative, pow (a, 0.6));
}

int
rs_palette_edge_level (const RsEdgeScale *scale, double value)
{
  double t;
  int level;

  if (value == 0)
    return 0;
  t = rs_edge_scale_position (scale, value);
  level = 1 + (int) (fabs (t) * (RS_PALETTE_LEVELS - 1) + 0.5);
  level = CLAMP (level, 1, RS_PALETTE_LEVELS);
  if (scale->colouring != RS_COLOURING_GRADIENTS && (t < 0 || (value < 0 && t == 0)))
    return -level;
  return level;
}

RsEdgeStyle
rs_palette_level_style (const RsEdgeScale *scale, int level, gboolean dark)
{
  const RsTheme *theme = rs_theme_get (dark);
  RsEdgeStyle style = { 0 };
  double t, opacity;
  RsColour colour;

  if (level == 0)
    {
      /* An exact zero: a weight of 0 is merely the faintest weight; a zero gradient or a
       * zero change is a different kind of thing and gets a style of its own. */
      style.colour = rs_colour_mix (theme->background, theme->neutral, 0.9);
      style.width = 0.22;
      style.dashed = scale->colouring != RS_COLOURING_WEIGHTS;
      return style;
    }

  t = (double) (ABS (level) - 1) / (RS_PALETTE_LEVELS - 1);
  if (scale->colouring == RS_COLOURING_GRADIENTS)
    colour = rs_palette_sequential (t, dark);
  else
    colour = rs_palette_diverging (level < 0 ? -MAX (t, 0.04) : MAX (t, 0.04), dark);

  opacity = 0.3 + 0.7 * t;
  style.colour = rs_colour_mix (theme->background, colour, opacity);
  style.width = 0.15 + 0.85 * t;
  return style;
}

RsEdgeStyle
rs_palette_edge_style (const RsEdgeScale *scale, double value, gboolean dark)
{
  return rs_palette_level_style (scale, rs_palette_edge_level (scale, value), dark);
}
