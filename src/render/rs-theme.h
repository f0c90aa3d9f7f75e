/* rs-theme.h — the colours of everything that is not an edge: background, text, units,
 * dead and inactive units, bias nodes, hover and selection, in a light and a dark variant.
 *
 * Both variants keep every mark readable when projected: text at least 4.5:1 against the
 * background, and the dead-unit fill far from both the background and the live-unit fill.
 */
#pragma once

#include <glib.h>

#include "rs-colour.h"

G_BEGIN_DECLS

typedef struct
{
  RsColour background;
  RsColour text;          /* titles, values */
  RsColour text_muted;    /* secondary text: z under a unit, units counts, axis labels */
  RsColour grid;          /* plot grid lines, layer separators */
  RsColour unit_fill;     /* a unit that is active on the current example */
  RsColour unit_outline;
  RsColour inactive_fill; /* inactive on this example only: hollow, so the background */
  RsColour dead_fill;     /* inactive on every example: dark neutral */
  RsColour dead_mark;     /* the cross drawn over a dead unit and the text on it */
  RsColour dead_text;     /* the word "dead" next to it */
  RsColour bias_fill;     /* the "+1" nodes */
  RsColour bias_outline;
  RsColour neutral;       /* zero weight / exact-zero gradient grey */
  RsColour hover;         /* hover ring */
  RsColour selection;     /* selection ring and selected edge outline */
  RsColour plot_cost;     /* J in the loss plot */
  RsColour plot_dead;     /* the dead-unit count in the loss plot */
} RsTheme;

/* The light or the dark theme. Static data, never freed. */
const RsTheme *rs_theme_get (gboolean dark);

/* The font family every text of the renderer uses. */
#define RS_RENDER_FONT_FAMILY "Sans"

G_END_DECLS
