/* rs-phase.h — one gradient descent step drawn as the five phases of a walk-through.
 *
 * Each phase is a picture of the diagram at a progress t ∈ [0, 1] (already eased by the
 * caller); t = 1 is the phase's end state. Edges are "lit" in their weight colours when the
 * signal of the phase has passed them and grey (the zero weight style) before:
 *
 *   forward    a front (a soft band) runs from the input to the output layer: the edges
 *              into a layer fade in as it crosses their gap, then the layer's a and z
 *              appear; at t = 0.5 of a 3-layer network the output layer has no values yet
 *   error      everything forward computed; aᵢ − yᵢ fades in beside each output unit
 *   backward   all edges grey, δ runs from the output layer back to the input (the band
 *              again): δ appears at each layer it reaches, and the edges into a unit fade in
 *              as δ leaves it towards the layer before — except behind a unit with
 *              g′(z) = 0, whose δ is 0: it gets a bar across its input side and "blocked",
 *              and its incoming edges stay grey
 *   gradients  the backward picture cross-fades into the gradient colouring of ∂J/∂Θ (the
 *              step's, the mean over its examples in batch mode)
 *   update     edges move from the old Θ to the new Θ (colours, widths and values
 *              interpolated); at t = 0 they look exactly like the plain weights diagram of the
 *              old Θ, at t = 1 like that of the new Θ. Unit values other than the input are
 *              hidden: they belong to the old Θ.
 *
 * Drawing goes through rs_diagram_draw_base(), so a phase is about as fast as the plain
 * diagram on image surfaces (the gradients cross-fade draws two pictures) and looks the same
 * on vector ones.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "rs-diagram.h"

G_BEGIN_DECLS

typedef enum
{
  RS_PHASE_FORWARD,
  RS_PHASE_ERROR,
  RS_PHASE_BACKWARD,
  RS_PHASE_GRADIENTS,
  RS_PHASE_UPDATE,
  RS_N_PHASES
} RsPhase;

typedef struct
{
  /* diagram.net holds Θ before the step and, in its grads, the step's ∂J/∂Θ; trace, target
   * and census are the current example's at that Θ (trace is required). dark,
   * show_edge_values and draw_background are honoured; colouring, before, alpha, scale and
   * values_through are set by the phase. */
  RsDiagramState diagram;
  const double *after; /* Θ after the step (n_params values); NULL: the step cannot be
                          taken (it would diverge) and the update phase shows Θ unmoved */
  RsPhase phase;
  double progress;     /* 0 … 1 */
} RsPhaseState;

/* Defaults: forward at progress 0, no `after`, the diagram state of rs_diagram_state_init. */
void rs_phase_state_init (RsPhaseState *state, const RsNetwork *net);

/* "forward", "error", "backward", "gradients", "update" (identifiers, not for display). */
const char *rs_phase_id (RsPhase phase);

/* Draws the phase (no hover or selection). When `legend_scale` is not NULL it receives the
 * scale the edges were coloured with, for a legend beside the picture. */
void rs_phase_draw (cairo_t *cr, const RsDiagramLayout *layout, const RsPhaseState *state,
                    RsEdgeScale *legend_scale);

/* Where the forward (backward) front is at `progress` as a fractional layer index: 1 … L
 * forward, L … 1 backward, reaching its end at progress 0.9 so the end state is held a
 * moment. Layer l's values are shown once the forward front is at l (δ once the backward
 * front is at l); the edges into layer l fade in while the front crosses the middle 70 % of
 * their gap. */
double rs_phase_front (RsPhase phase, int n_layers, double progress);

G_END_DECLS
