/* rs-diagram-private.h — the passes of rs_diagram_draw_base(), each in its own file. */
#pragma once

#include "rs-diagram.h"
#include "rs-palette.h"
#include "rs-theme.h"

G_BEGIN_DECLS

/* Every edge, grouped by style and stroked group by group (rs-diagram-edges.c). */
void rs_diagram_draw_edges (cairo_t *cr, const RsDiagramLayout *layout,
                            const RsDiagramState *state, const RsEdgeScale *scale);

/* The values written on the edges of small networks, placed where they do not collide;
 * only the one of edge `only` when it is not NULL (the overlay redraws it over its halo). */
void rs_diagram_draw_edge_values (cairo_t *cr, const RsDiagramLayout *layout,
                                  const RsDiagramState *state, const RsEdgeScale *scale,
                                  const RsDiagramItem *only);

/* One edge Θ⁽ˡ⁾ⱼₖ in its style, at least 1.5 px wide (the overlay redraws it on its halo). */
void rs_diagram_stroke_edge (cairo_t *cr, const RsDiagramLayout *layout,
                             const RsDiagramState *state, const RsEdgeScale *scale,
                             const RsDiagramItem *edge);

/* Whether layer l's a and z are shown (a trace is given and values_through allows it). */
gboolean rs_diagram_shows_values (const RsDiagramState *state, int l);

/* Units, bias nodes and their labels (rs-diagram-units.c). */
void rs_diagram_draw_units (cairo_t *cr, const RsDiagramLayout *layout,
                            const RsDiagramState *state);

/* The dash pattern of the exact-zero style for edges of base width `width` px. */
void rs_diagram_zero_dash (double width, double *on, double *off);
void rs_diagram_set_zero_dash (cairo_t *cr, double width);

/* Unit glyphs shared with the legend's key, centred at (x, y) with radius r. */
void rs_diagram_unit_glyph (cairo_t *cr, const RsTheme *theme, RsUnitState state, double x,
                            double y, double r);

G_END_DECLS
