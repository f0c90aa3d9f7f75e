/* rs-palette.h — how an edge looks: its colour, width and dash under each colouring.
 *
 *   RS_COLOURING_WEIGHTS    Θ: diverging, colour-blind safe (PuOr-like): blue for Θ > 0,
 *                           orange for Θ < 0, neutral grey at 0; |Θ| grows saturation, width
 *                           and opacity.
 *   RS_COLOURING_GRADIENTS  |∂J/∂Θ| on a log₁₀ scale, viridis-like sequential map (dark
 *                           purple small … yellow large on a dark background, reversed in
 *                           contrast order on a light one so large is always prominent).
 *                           An exact zero is not "small": it is a thin dashed neutral grey.
 *   RS_COLOURING_CHANGE     ΔΘ after a step (or the pending −α ∂J/∂Θ): the same diverging
 *                           pair as the weights (blue = Θ went up, orange = down); an exact
 *                           zero change is the dashed zero style too.
 *
 * "Opacity" is simulated by blending towards the background, so every colour returned is
 * opaque (see rs-colour.h for why).
 */
#pragma once

#include <glib.h>

#include "rs-colour.h"
#include "rs-edge-scale.h"

G_BEGIN_DECLS

typedef struct
{
  RsColour colour; /* opaque, already blended onto the background */
  double width;    /* in units of the layout's edge width (1 = the layout's full width) */
  gboolean dashed; /* the exact-zero style */
} RsEdgeStyle;

/* Number of distinct styles rs_palette_edge_level() maps values to, per sign. The diagram
 * draws the edges level by level, so this bounds its number of strokes (or pens). */
#define RS_PALETTE_LEVELS 24

/* A level for `value` under `scale`:
 *   0                         exact zero (dashed for gradients and change; for weights just
 *                             the faintest solid grey)
 *   ±1 … ±RS_PALETTE_LEVELS   increasing |value|, the sign of the value (gradients: always
 *                             positive, by log₁₀|value|)
 * Non-finite values map to the extreme level (NaN to +RS_PALETTE_LEVELS). */
int rs_palette_edge_level (const RsEdgeScale *scale, double value);

/* The style of a level, for a background from rs_theme_get (dark). */
RsEdgeStyle rs_palette_level_style (const RsEdgeScale *scale, int level, gboolean dark);

/* The style of one value: rs_palette_level_style (rs_palette_edge_level ()). */
RsEdgeStyle rs_palette_edge_style (const RsEdgeScale *scale, double value, gboolean dark);

/* The continuous colour maps behind the levels, for legends and plots.
 * t ∈ [−1, 1] for the diverging map (−1 full orange, 0 grey, +1 full blue) and t ∈ [0, 1]
 * for the sequential one (0 smallest, 1 largest). Fully opaque, not blended. */
RsColour rs_palette_diverging (double t, gboolean dark);
RsColour rs_palette_sequential (double t, gboolean dark);

G_END_DECLS
