/* rs-walkthrough.h — one gradient descent step played as five phases (rs-phase.h): forward,
 * output error, backward, gradients, update.
 *
 * While active, the walk-through draws the network view's diagram as the current phase at
 * its progress, animated from the view's frame clock with an eased progress. It owns a
 * snapshot of the step: Θ before it, the step's ∂J/∂Θ (the mean over all examples in batch
 * mode, example n mod m in stochastic mode) and Θ after it, computed with the core trainer on
 * a copy of the model, so the document is not touched until the step is really taken.
 *
 * How the document changes:
 *   - the step is applied through rs_document_step() when the update phase's animation ends
 *     (or is skipped by going on); undo, the loss plot and the status line follow it. A step
 *     the document refuses (divergence) is reported by the document as always and changes
 *     nothing; going on starts the next step from the same Θ
 *   - going back from a finished update undoes that step (rs_document_undo)
 *   - leaving before the update has finished leaves the parameters exactly as they were;
 *     leaving after it keeps the step
 *   - any other change of the document (example, α, undo, a new model) takes a new snapshot;
 *     the phase is kept, except that a finished update or a new model go back to the end of
 *     the forward phase of the next step
 * Going on from a finished update starts the next step with its forward phase.
 */
#pragma once

#include <gtk/gtk.h>

#include "render/rs-phase.h"
#include "rs-document.h"
#include "rs-network-view.h"

G_BEGIN_DECLS

typedef enum
{
  RS_WALKTHROUGH_SLOW,
  RS_WALKTHROUGH_NORMAL,
  RS_WALKTHROUGH_FAST,
  RS_WALKTHROUGH_N_SPEEDS
} RsWalkthroughSpeed;

#define RS_TYPE_WALKTHROUGH (rs_walkthrough_get_type ())
G_DECLARE_FINAL_TYPE (RsWalkthrough, rs_walkthrough, RS, WALKTHROUGH, GObject)

/* A walk-through of `document`'s steps, drawn in `view` (which shows that document). */
RsWalkthrough *rs_walkthrough_new (RsDocument *document, RsNetworkView *view);

/* Entering starts the forward phase of the next step; leaving returns the view to the plain
 * diagram (see above for what happens to the document). */
gboolean rs_walkthrough_get_active (RsWalkthrough *self);
void rs_walkthrough_set_active (RsWalkthrough *self, gboolean active);

RsPhase rs_walkthrough_get_phase (RsWalkthrough *self);
/* The eased progress of the phase, 0 … 1 (1 when it is shown at its end). */
double rs_walkthrough_get_progress (RsWalkthrough *self);
gboolean rs_walkthrough_get_animating (RsWalkthrough *self);

/* The next phase: the current one is first brought to its end (which takes the step in the
 * update phase), then the next one is animated quickly. */
void rs_walkthrough_next (RsWalkthrough *self);
/* The previous phase, shown at its end; nothing at the forward phase. */
void rs_walkthrough_previous (RsWalkthrough *self);
gboolean rs_walkthrough_can_go_back (RsWalkthrough *self);

/* Playing runs the phases one after another at the chosen speed, step after step. */
gboolean rs_walkthrough_get_playing (RsWalkthrough *self);
void rs_walkthrough_set_playing (RsWalkthrough *self, gboolean playing);

RsWalkthroughSpeed rs_walkthrough_get_speed (RsWalkthrough *self);
void rs_walkthrough_set_speed (RsWalkthrough *self, RsWalkthroughSpeed speed);
/* Seconds per phase at a speed. */
double rs_walkthrough_speed_seconds (RsWalkthroughSpeed speed);

/* "Forward", "Output error" … (translated). */
const char *rs_walkthrough_phase_name (RsPhase phase);
/* The phase's equation as Pango markup, e.g. "Θ ← Θ − α ∂J/∂Θ" with real super- and
 * subscripts. Free with g_free(). */
char *rs_walkthrough_get_equation_markup (RsWalkthrough *self);
/* One plain sentence on what the phase shows and for which examples. Free with g_free(). */
char *rs_walkthrough_get_note (RsWalkthrough *self);

/* Whether this step has been applied to the document (the update phase has finished). */
gboolean rs_walkthrough_get_step_applied (RsWalkthrough *self);

G_END_DECLS
