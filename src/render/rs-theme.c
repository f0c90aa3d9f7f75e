/* rs-theme.c — the light and dark themes.
 *
 * Contrast was checked for projection: text ≥ 7:1 and muted text ≥ 4.5:1 on the background;
 * the dead fill is far from both the background and the live unit fill, and in the dark
 * theme it is lighter than the background (a darker fill would read as "hollow" there).
 */
#include "rs-theme.h"

static RsTheme themes[2];
static gsize initialized;

static void
fill_light (RsTheme *t)
{
  t->background = rs_colour_from_hex (0xfcfcfb);
  t->text = rs_colour_from_hex (0x1e1e1e);
  t->text_muted = rs_colour_from_hex (0x5c5c5c);
  t->grid = rs_colour_from_hex (0xe2e2e0);
  t->unit_fill = rs_colour_from_hex (0xf1f0ec);
  t->unit_outline = rs_colour_from_hex (0x3c3c3c);
  t->inactive_fill = t->background;
  t->dead_fill = rs_colour_from_hex (0x3a3a3a);
  t->dead_mark = rs_colour_from_hex (0xdedede);
  t->dead_text = rs_colour_from_hex (0x1e1e1e);
  t->bias_fill = rs_colour_from_hex (0xeaeae7);
  t->bias_outline = rs_colour_from_hex (0x8c8c8c);
  t->neutral = rs_colour_from_hex (0x9a9a9a);
  t->hover = rs_colour_from_hex (0xe67bb3);
  t->selection = rs_colour_from_hex (0xc2187a);
  t->plot_cost = rs_colour_from_hex (0x1f5f9e);
  t->plot_dead = rs_colour_from_hex (0x6e6e6e);
}

static void
fill_dark (RsTheme *t)
{
  t->background = rs_colour_from_hex (0x1d1d20);
  t->text = rs_colour_from_hex (0xededed);
  t->text_muted = rs_colour_from_hex (0xa8a8ad);
  t->grid = rs_colour_from_hex (0x38383c);
  t->unit_fill = rs_colour_from_hex (0x34343a);
  t->unit_outline = rs_colour_from_hex (0xd4d4d8);
  t->inactive_fill = t->background;
  t->dead_fill = rs_colour_from_hex (0x8a8a90);
  t->dead_mark = rs_colour_from_hex (0x141416);
  t->dead_text = rs_colour_from_hex (0xededed);
  t->bias_fill = rs_colour_from_hex (0x2c2c31);
  t->bias_outline = rs_colour_from_hex (0x8e8e94);
  t->neutral = rs_colour_from_hex (0x7a7a80);
  t->hover = rs_colour_from_hex (0xb9588c);
  t->selection = rs_colour_from_hex (0xf58ac4);
  t->plot_cost = rs_colour_from_hex (0x78b6ea);
  t->plot_dead = rs_colour_from_hex (0x9e9ea4);
}

const RsTheme *
rs_theme_get (gboolean dark)
{
  if (g_once_init_enter (&initialized))
    {
      fill_light (&themes[0]);
      fill_dark (&themes[1]);
      g_once_init_leave (&initialized, 1);
    }
  return &themes[dark ? 1 : 0];
}
