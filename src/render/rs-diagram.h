/* rs-diagram.h — drawing the network diagram onto any cairo_t.
 *
 * Units are circles showing a (and z under them where it fits). Edges are coloured by the
 * state's colouring (rs-palette.h), strongest on top. Unit states are told apart by shape,
 * not by colour alone:
 *   active on this example       filled circle, solid outline
 *   inactive on this example     hollow circle with a dashed outline (g′(z) = 0 here only)
 *   dead (inactive on every      dark neutral fill, a cross over it and the word "dead";
 *   example, from the census)    in the gradients view its incoming edges show their
 *                                exact-zero gradient style
 * In dense layers units become dots: live units filled dots, inactive ones rings, dead ones
 * crosses.
 *
 * Drawing is split so a widget can cache the expensive part: rs_diagram_draw_base() draws
 * everything that depends on the network and the colouring, rs_diagram_draw_overlay() only
 * the hover and selection marks on top of it. rs_diagram_draw() does both.
 *
 * Speed: draw the base into an ARGB32 or RGB24 image surface (cairo_image_surface_create,
 * any device scale and translation, a rectangular clip) and cache it. There the edges are
 * quantized to a few dozen opaque styles and written straight into the pixels, band by band
 * on all processors (rs-line-raster.h), which keeps a 6 × 64 network within a frame budget
 * that thousands of translucent cairo strokes would blow many times over. On any other
 * target (SVG, PDF, a recording surface such as gtk_snapshot_append_cairo's) the same styles
 * are stroked as paths, one path per style: identical look, not meant for 30 frames a
 * second. The overlay is a handful of strokes and can go anywhere.
 *
 * Colours are opaque, blended onto the theme background (rs_theme_get (dark)->background):
 * draw on that background, or let the base fill it (draw_background).
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "core/rs-census.h"
#include "core/rs-network.h"
#include "core/rs-trace.h"
#include "rs-diagram-item.h"
#include "rs-diagram-layout.h"
#include "rs-edge-scale.h"

G_BEGIN_DECLS

typedef struct
{
  const RsNetwork *net;       /* required; the layout must fit its shape */
  const RsTrace *trace;       /* the current example's z, a, g′, δ; NULL: no values shown
                                 and no unit is drawn inactive */
  const double *target;       /* y of the current example (s_L values); NULL: not shown */
  const RsCensus *census;     /* which units are dead; NULL: none is drawn dead */
  RsColouring colouring;
  const double *before;       /* for RS_COLOURING_CHANGE: the parameters before the last step
                                 (n_params values); NULL: the pending update −α ∂J/∂Θ */
  double alpha;               /* α, for the pending update */
  const double *next_grads;   /* the gradient the pending update applies (n_params values);
                                 NULL: net->grads, a batch step's mean */
  const RsEdgeScale *scale;   /* NULL: fitted to the current values on every draw; a caller
                                 that wants steady colours while training passes its own */
  gboolean dark;              /* dark theme (rs_theme_get) */
  gboolean show_edge_values;  /* write Θ / ∂J/∂Θ / ΔΘ on the edges when the layout has room */
  gboolean draw_background;   /* fill the layout's area with the theme background first */
  int values_through;         /* a, z and the inactive state are shown only for layers
                                 l ≤ values_through (a forward pass under way); 0: all */
  RsDiagramItem hover;
  RsDiagramItem selection;
} RsDiagramState;

/* Defaults: weights colouring, light, no trace/census/before, α 0.1, edge values on,
 * background on, nothing hovered or selected. */
void rs_diagram_state_init (RsDiagramState *state, const RsNetwork *net);

/* Where the state's edge values come from. */
RsEdgeSource rs_diagram_state_edge_source (const RsDiagramState *state);

/* The whole diagram: base then overlay. */
void rs_diagram_draw (cairo_t *cr, const RsDiagramLayout *layout, const RsDiagramState *state);

/* Everything except hover and selection. */
void rs_diagram_draw_base (cairo_t *cr, const RsDiagramLayout *layout,
                           const RsDiagramState *state);

/* Only the hover and selection marks (nothing when both are RS_ITEM_NONE). */
void rs_diagram_draw_overlay (cairo_t *cr, const RsDiagramLayout *layout,
                              const RsDiagramState *state);

/* The scale the diagram uses for `state`: state->scale when set, else fitted. */
void rs_diagram_state_scale (const RsDiagramState *state, gboolean include_bias,
                             RsEdgeScale *scale);

/* The state of unit j (1 … sₗ) of layer l under `state`. */
typedef enum
{
  RS_UNIT_ACTIVE,   /* g′(z) ≠ 0 on the current example, or the input layer */
  RS_UNIT_INACTIVE, /* g′(z) = 0 on the current example, but not dead */
  RS_UNIT_DEAD      /* inactive on every example */
} RsUnitState;

RsUnitState rs_diagram_unit_state (const RsDiagramState *state, int l, int j);

G_END_DECLS
