/* rs-diagram-layout.h — where everything of the diagram goes: pure arithmetic.
 *
 * Compute it when the network's shape, the area or show_bias changes, never per frame; it
 * holds no pointers and may be copied freely. Layers run left to right, each layer's units
 * top to bottom; a non-output layer's bias "+1" node sits above its units when show_bias.
 * Any shape from 1-1-1 to RS_MAX_LAYERS × RS_MAX_UNITS fits inside the area: dense layers
 * shrink their units to dots and drop labels, and every mark stays inside the area.
 */
#pragma once

#include <glib.h>

#include "core/rs-network.h"
#include "rs-diagram-item.h"
#include "rs-geometry.h"

G_BEGIN_DECLS

typedef struct
{
  int n_units;        /* sₗ */
  double x;           /* the column's centre x */
  double y0;          /* centre y of unit 1 */
  double dy;          /* unit j's centre is y0 + (j − 1)·dy (0 when there is one unit) */
  double radius;      /* of every unit of this layer; below RS_LAYOUT_DOT_RADIUS a dot */
  gboolean has_bias;  /* a "+1" node is drawn (l < L and show_bias) */
  double bias_y;      /* its centre (at x) */
  gboolean show_value;    /* a (x for the input layer) fits inside each circle */
  gboolean show_z;        /* z fits under each circle (never for the input layer) */
  gboolean show_z_twice;  /* … even under the word "dead" (two lines) */
  gboolean show_index;    /* the unit's number fits to its left */
  double value_font_size; /* px, for a inside the circles */
  double label_font_size; /* px, for z, the index, "dead" */
  double edge_width;      /* px, the strongest edge into this layer (l ≥ 2) */
  gboolean thin_edges;    /* edges into this layer are dense: thin, fast strokes */
} RsLayoutLayer;

/* Units smaller than this are drawn as dots (no outline, no text). */
#define RS_LAYOUT_DOT_RADIUS 5.0

typedef struct
{
  RsRect area;            /* what the layout was computed for */
  int n_layers;           /* L */
  gboolean show_bias;
  RsLayoutLayer layers[RS_MAX_LAYERS + 1]; /* layers[l], l = 1 … L */
  double bias_radius;     /* half the side of a "+1" node */
  double bias_font_size;  /* px, the "+1" */
  RsRect title_band;      /* where the layer titles go (above the units) */
  double column_width;    /* the horizontal room each layer's title and labels may use */
  double font_size;       /* px, the titles; other text is sized from it */
  double text_scale;      /* what the text sizes fitted to the area were multiplied by */
  gboolean show_edge_values; /* few enough edges that their values may be written on them */
  gboolean show_targets;  /* y fits beside each output unit */
} RsDiagramLayout;

/* How far text may be scaled from the size that fits the area: larger for the back of a
 * lecture room, smaller for a dense network on a laptop. */
#define RS_TEXT_SCALE_MIN 0.5
#define RS_TEXT_SCALE_MAX 3.0

/* Lays out `net`'s shape inside `area`, its text sized for the area. */
void rs_diagram_layout_compute (RsDiagramLayout *layout, const RsNetwork *net,
                                const RsRect *area, gboolean show_bias);

/* The same with every text size multiplied by `text_scale` (clamped to RS_TEXT_SCALE_MIN …
 * RS_TEXT_SCALE_MAX); the units, edges and what fits where follow from those sizes. */
void rs_diagram_layout_compute_scaled (RsDiagramLayout *layout, const RsNetwork *net,
                                       const RsRect *area, gboolean show_bias,
                                       double text_scale);

/* The same from the shape alone (units[0] … units[n_layers − 1] = s₁ … s_L). */
void rs_diagram_layout_compute_shape (RsDiagramLayout *layout, int n_layers, const int *units,
                                      const RsRect *area, gboolean show_bias);

/* True when the layout was computed for this shape (and may be reused for `net`). */
gboolean rs_diagram_layout_fits (const RsDiagramLayout *layout, const RsNetwork *net);

/* The centre of unit j of layer l; j = 0 is the layer's bias node (only when has_bias). */
void rs_diagram_layout_unit_centre (const RsDiagramLayout *layout, int l, int j, double *x,
                                    double *y);

/* The two ends of the edge Θ⁽ˡ⁾ⱼₖ: from unit k of layer l−1 (k = 0: its bias node) to unit j of
 * layer l, at the centres. */
void rs_diagram_layout_edge_ends (const RsDiagramLayout *layout, int l, int j, int k,
                                  double *x0, double *y0, double *x1, double *y1);

/* What is at (x, y): a unit or bias node when the point is within its radius plus
 * `tolerance` px, else the nearest edge within `tolerance` px (point-to-segment distance),
 * else RS_ITEM_NONE. Units win over edges. O(units of the two layers around x), not
 * O(edges). Edges from bias nodes are considered only when show_bias. */
RsDiagramItem rs_diagram_layout_hit (const RsDiagramLayout *layout, double x, double y,
                                     double tolerance);

/* A rectangle that holds everything drawn for `item` (for invalidation and tooltips). */
void rs_diagram_layout_item_bounds (const RsDiagramLayout *layout, const RsDiagramItem *item,
                                    RsRect *bounds);

G_END_DECLS
