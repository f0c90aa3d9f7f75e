/* rs-walkthrough.c — the walk-through's state machine: the step's snapshot, the current phase
 * and its animation, and the one place where it touches the document. */
#include "rs-walkthrough.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "core/rs-trainer.h"
#include "format/rs-format.h"

/* Stepping by hand animates the next phase this quickly (or at the chosen speed, if faster):
 * fast enough not to wait for, slow enough to see what moves. */
#define HAND_SECONDS 0.35

struct _RsWalkthrough
{
  GObject parent_instance;

  RsDocument *document;
  RsNetworkView *view; /* not owned: the window holds both */
  gulong changed_handler;
  gulong loaded_handler;
  gulong alpha_handler;

  gboolean active;
  RsPhase phase;
  double t;          /* linear progress of the phase, 0 … 1 */
  double seconds;    /* the length of the running animation */
  gint64 start_time; /* frame time of its first frame, 0 before it */
  guint tick_id;
  gboolean playing;
  RsWalkthroughSpeed speed;

  /* The snapshot: Θ before the step with the step's ∂J/∂Θ, and Θ after it (NULL when the step
   * would diverge). */
  RsNetwork *before;
  double *after;
  gboolean applied;    /* the document has taken this step */
  gboolean own_change; /* the document is changing because of us */
};

G_DEFINE_FINAL_TYPE (RsWalkthrough, rs_walkthrough, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ACTIVE,
  PROP_PHASE,
  PROP_PLAYING,
  PROP_SPEED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static double
ease (double t)
{
  /* Cubic ease in and out: the front starts and lands gently. */
  t = CLAMP (t, 0.0, 1.0);
  return t < 0.5 ? 4 * t * t * t : 1 - pow (-2 * t + 2, 3) / 2;
}

double
rs_walkthrough_speed_seconds (RsWalkthroughSpeed speed)
{
  static const double seconds[RS_WALKTHROUGH_N_SPEEDS] = { 3.0, 1.6, 0.7 };

  g_return_val_if_fail (speed < RS_WALKTHROUGH_N_SPEEDS, 1.6);
  return seconds[speed];
}

const char *
rs_walkthrough_phase_name (RsPhase phase)
{
  static const char *const names[RS_N_PHASES] = { N_("Forward"), N_("Output error"),
                                                  N_("Backward"), N_("Gradients"),
                                                  N_("Update") };

  g_return_val_if_fail (phase < RS_N_PHASES, NULL);
  return _(names[phase]);
}

/* The view ------------------------------------------------------------------------------ */

static void
push_to_view (RsWalkthrough *self)
{
  RsPhaseState state;

  if (!self->active || self->before == NULL)
    {
      rs_network_view_set_phase (self->view, NULL);
      return;
    }
  rs_phase_state_init (&state, self->before);
  state.after = self->after;
  state.phase = self->phase;
  state.progress = ease (self->t);
  rs_network_view_set_phase (self->view, &state);
}

static void
set_phase (RsWalkthrough *self, RsPhase phase, double t)
{
  gboolean phase_changed = phase != self->phase;

  self->phase = phase;
  self->t = t;
  push_to_view (self);
  if (phase_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The snapshot --------------------------------------------------------------------------- */

static void
clear_snapshot (RsWalkthrough *self)
{
  g_clear_pointer (&self->before, rs_network_free);
  g_clear_pointer (&self->after, g_free);
  self->applied = FALSE;
}

/* The step the document would take now, taken by the trainer on a copy. */
static void
take_snapshot (RsWalkthrough *self)
{
  const RsModel *model = rs_document_get_model (self->document);
  RsModel *copy;
  RsTrainer *trainer;

  clear_snapshot (self);
  if (model == NULL)
    return;
  self->before = rs_network_copy (model->net);
  copy = rs_model_copy (model);
  trainer = copy != NULL ? rs_trainer_new (copy) : NULL;
  if (self->before == NULL || trainer == NULL)
    g_error ("Out of memory");
  if (rs_trainer_step (trainer, rs_document_get_alpha (self->document), NULL))
    {
      /* The trainer leaves the gradient it stepped with: in stochastic mode that of the
       * step's example, which is what the update applies. */
      memcpy (self->before->grads, copy->net->grads, model->net->n_params * sizeof (double));
      self->after = g_memdup2 (copy->net->params, model->net->n_params * sizeof (double));
    }
  rs_trainer_free (trainer);
  rs_model_free (copy);
}

/* Animation ------------------------------------------------------------------------------ */

static void stop_animation (RsWalkthrough *self);
static void start_phase (RsWalkthrough *self, RsPhase phase, gboolean by_hand);

/* Takes the step in the document. FALSE when it diverged (the document says why). */
static gboolean
apply_step (RsWalkthrough *self)
{
  gboolean ok;

  if (self->applied)
    return TRUE;
  self->own_change = TRUE;
  ok = rs_document_step (self->document);
  self->own_change = FALSE;
  self->applied = ok;
  return ok;
}

/* Brings the current phase to its end state. FALSE when that was the update and the step was
 * refused. */
static gboolean
finish_phase (RsWalkthrough *self)
{
  stop_animation (self);
  self->t = 1.0;
  /* A step the snapshot could not take is still tried: the document refuses it and says why
   * (the divergence bar), which also stops play. */
  if (self->phase == RS_PHASE_UPDATE && !apply_step (self))
    {
      set_phase (self, self->phase, 1.0);
      return FALSE;
    }
  set_phase (self, self->phase, 1.0);
  return TRUE;
}

/* After a finished update: a fresh snapshot of the new parameters, from the forward phase. */
static void
begin_next_step (RsWalkthrough *self, gboolean by_hand)
{
  take_snapshot (self);
  start_phase (self, RS_PHASE_FORWARD, by_hand);
}

static gboolean
tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  RsWalkthrough *self = RS_WALKTHROUGH (user_data);
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  if (self->start_time == 0)
    self->start_time = now;
  self->t = MIN ((double) (now - self->start_time) / (self->seconds * G_USEC_PER_SEC), 1.0);
  if (self->t < 1.0)
    {
      push_to_view (self);
      return G_SOURCE_CONTINUE;
    }

  self->tick_id = 0;
  if (!finish_phase (self))
    {
      rs_walkthrough_set_playing (self, FALSE);
      return G_SOURCE_REMOVE;
    }
  if (self->playing)
    {
      if (self->phase == RS_PHASE_UPDATE)
        begin_next_step (self, FALSE);
      else
        start_phase (self, self->phase + 1, FALSE);
    }
  return G_SOURCE_REMOVE;
}

static void
stop_animation (RsWalkthrough *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->tick_id);
  self->tick_id = 0;
}

static void
start_phase (RsWalkthrough *self, RsPhase phase, gboolean by_hand)
{
  double seconds = rs_walkthrough_speed_seconds (self->speed);

  stop_animation (self);
  self->seconds = by_hand ? MIN (seconds, HAND_SECONDS) : seconds;
  self->start_time = 0;
  set_phase (self, phase, 0.0);
  self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->view), tick_cb, self, NULL);
}

/* The document's changes ----------------------------------------------------------------- */

static void
document_changed (RsWalkthrough *self, gboolean loaded)
{
  if (!self->active || self->own_change)
    return;
  /* A finished update's "before" is gone once anything else changes; so is a model's. */
  if (loaded || (self->phase == RS_PHASE_UPDATE && self->applied))
    {
      stop_animation (self);
      take_snapshot (self);
      set_phase (self, RS_PHASE_FORWARD, 1.0);
      return;
    }
  take_snapshot (self);
  set_phase (self, self->phase, self->t);
}

static void
changed_cb (RsWalkthrough *self)
{
  document_changed (self, FALSE);
}

static void
loaded_cb (RsWalkthrough *self)
{
  document_changed (self, TRUE);
}

/* GObject -------------------------------------------------------------------------------- */

static void
rs_walkthrough_dispose (GObject *object)
{
  RsWalkthrough *self = RS_WALKTHROUGH (object);

  stop_animation (self);
  if (self->document != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->document);
      g_clear_signal_handler (&self->loaded_handler, self->document);
      g_clear_signal_handler (&self->alpha_handler, self->document);
    }
  g_clear_object (&self->document);
  clear_snapshot (self);

  G_OBJECT_CLASS (rs_walkthrough_parent_class)->dispose (object);
}

static void
rs_walkthrough_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RsWalkthrough *self = RS_WALKTHROUGH (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_PHASE:
      g_value_set_int (value, self->phase);
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;
    case PROP_SPEED:
      g_value_set_int (value, self->speed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_walkthrough_set_property (GObject *object, guint prop_id, const GValue *value,
                             GParamSpec *pspec)
{
  RsWalkthrough *self = RS_WALKTHROUGH (object);

  switch (prop_id)
    {
    case PROP_ACTIVE:
      rs_walkthrough_set_active (self, g_value_get_boolean (value));
      break;
    case PROP_PLAYING:
      rs_walkthrough_set_playing (self, g_value_get_boolean (value));
      break;
    case PROP_SPEED:
      rs_walkthrough_set_speed (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_walkthrough_class_init (RsWalkthroughClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rs_walkthrough_dispose;
  object_class->get_property = rs_walkthrough_get_property;
  object_class->set_property = rs_walkthrough_set_property;

  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, FALSE, flags);
  properties[PROP_PHASE] = g_param_spec_int ("phase", NULL, NULL, 0, RS_N_PHASES - 1, 0,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] = g_param_spec_boolean ("playing", NULL, NULL, FALSE, flags);
  properties[PROP_SPEED] = g_param_spec_int ("speed", NULL, NULL, 0, RS_WALKTHROUGH_N_SPEEDS - 1,
                                             RS_WALKTHROUGH_NORMAL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The phase, its progress's end state or the snapshot changed: texts may need updating. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rs_walkthrough_init (RsWalkthrough *self)
{
  self->speed = RS_WALKTHROUGH_NORMAL;
  self->phase = RS_PHASE_FORWARD;
}

RsWalkthrough *
rs_walkthrough_new (RsDocument *document, RsNetworkView *view)
{
  RsWalkthrough *self;

  g_return_val_if_fail (RS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (RS_IS_NETWORK_VIEW (view), NULL);

  self = g_object_new (RS_TYPE_WALKTHROUGH, NULL);
  self->document = g_object_ref (document);
  self->view = view;
  self->changed_handler = g_signal_connect_swapped (document, "changed",
                                                    G_CALLBACK (changed_cb), self);
  self->loaded_handler = g_signal_connect_swapped (document, "loaded", G_CALLBACK (loaded_cb),
                                                   self);
  /* α changes the step's "after". */
  self->alpha_handler = g_signal_connect_swapped (document, "notify::alpha",
                                                  G_CALLBACK (changed_cb), self);
  return self;
}

/* Public --------------------------------------------------------------------------------- */

gboolean
rs_walkthrough_get_active (RsWalkthrough *self)
{
  g_return_val_if_fail (RS_IS_WALKTHROUGH (self), FALSE);
  return self->active;
}

void
rs_walkthrough_set_active (RsWalkthrough *self, gboolean active)
{
  g_return_if_fail (RS_IS_WALKTHROUGH (self));

  active = !!active;
  if (self->active == active)
    return;
  if (active && rs_document_get_model (self->document) == NULL)
    return;
  self->active = active;
  if (active)
    begin_next_step (self, FALSE);
  else
    {
      /* An update that has not finished was never applied: the document is as it was. */
      rs_walkthrough_set_playing (self, FALSE);
      stop_animation (self);
      clear_snapshot (self);
      self->phase = RS_PHASE_FORWARD;
      self->t = 0;
      push_to_view (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

RsPhase
rs_walkthrough_get_phase (RsWalkthrough *self)
{
  g_return_val_if_fail (RS_IS_WALKTHROUGH (self), RS_PHASE_FORWARD);
  return self->phase;
}

double
rs_walkthrough_get_progress (RsWalkthrough *self)
{
  g_return_val_if_fail (RS_IS_WALKTHROUGH (self), 0.0);
  return ease (self->t);
}

gboolean
rs_walkthrough_get_animating (RsWalkthrough *self)
{
  g_return_val_if_fail (RS_IS_WALKTHROUGH (self), FALSE);
  return self->tick_id != 0;
}

gboolean
rs_walkthrough_get_step_applied (RsWalkthrough *self)
{
  g_return_val_if_fail (RS_IS_WALKTHROUGH (self), FALSE);
  return self->applied;
}

void
rs_walkthrough_next (RsWalkthrough *self)
{
  g_return_if_fail (RS_IS_WALKTHROUGH (self));

  if (!self->active)
    return;
  /* A refused update is stepped over: the next step starts from the same Θ. */
  finish_phase (self);
  if (self->phase == RS_PHASE_UPDATE)
    begin_next_step (self, TRUE);
  else
    start_phase (self, self->phase + 1, TRUE);
}

gboolean
rs_walkthrough_can_go_back (RsWalkthrough *self)
{
  g_return_val_if_fail (RS_IS_WALKTHROUGH (self), FALSE);
  return self->active && self->phase > RS_PHASE_FORWARD;
}

void
rs_walkthrough_previous (RsWalkthrough *self)
{
  g_return_if_fail (RS_IS_WALKTHROUGH (self));

  if (!rs_walkthrough_can_go_back (self))
    return;
  stop_animation (self);
  if (self->phase == RS_PHASE_UPDATE && self->applied)
    {
      self->own_change = TRUE;
      rs_document_undo (self->document);
      self->own_change = FALSE;
      self->applied = FALSE;
    }
  set_phase (self, self->phase - 1, 1.0);
}

gboolean
rs_walkthrough_get_playing (RsWalkthrough *self)
{
  g_return_val_if_fail (RS_IS_WALKTHROUGH (self), FALSE);
  return self->playing;
}

void
rs_walkthrough_set_playing (RsWalkthrough *self, gboolean playing)
{
  g_return_if_fail (RS_IS_WALKTHROUGH (self));

  playing = !!playing && self->active;
  if (self->playing == playing)
    return;
  self->playing = playing;
  /* Play goes on from where the walk-through stands: a phase at its end hands over to the
   * next one at the chosen speed. */
  if (playing && self->tick_id == 0)
    {
      if (self->phase == RS_PHASE_UPDATE)
        begin_next_step (self, FALSE);
      else
        start_phase (self, self->phase + 1, FALSE);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

RsWalkthroughSpeed
rs_walkthrough_get_speed (RsWalkthrough *self)
{
  g_return_val_if_fail (RS_IS_WALKTHROUGH (self), RS_WALKTHROUGH_NORMAL);
  return self->speed;
}

void
rs_walkthrough_set_speed (RsWalkthrough *self, RsWalkthroughSpeed speed)
{
  g_return_if_fail (RS_IS_WALKTHROUGH (self));
  g_return_if_fail (speed < RS_WALKTHROUGH_N_SPEEDS);

  if (self->speed == speed)
    return;
  self->speed = speed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

/* Texts ---------------------------------------------------------------------------------- */

char *
rs_walkthrough_get_equation_markup (RsWalkthrough *self)
{
  g_return_val_if_fail (RS_IS_WALKTHROUGH (self), NULL);

  switch (self->phase)
    {
    case RS_PHASE_FORWARD:
      return g_strdup ("z<sup>(l)</sup> = Θ<sup>(l)</sup> [1; a<sup>(l−1)</sup>],   "
                       "a<sup>(l)</sup> = g(z<sup>(l)</sup>)");
    case RS_PHASE_ERROR:
      return g_strdup ("δ<sup>(L)</sup> = (a<sup>(L)</sup> − y) ⊙ g′(z<sup>(L)</sup>)");
    case RS_PHASE_BACKWARD:
      return g_strdup ("δ<sup>(l)</sup> = (Θ<sup>(l+1)</sup><sup>T</sup> δ<sup>(l+1)</sup>) ⊙ "
                       "g′(z<sup>(l)</sup>)");
    case RS_PHASE_GRADIENTS:
      return g_strdup ("∂J/∂Θ<sup>(l)</sup> = δ<sup>(l)</sup> a<sup>(l−1)</sup><sup>T</sup>");
    case RS_PHASE_UPDATE:
    default:
      {
        g_autofree char *alpha = rs_format_shortest (rs_document_get_alpha (self->document));

        return g_strdup_printf ("Θ ← Θ − α ∂J/∂Θ,   α = %s", alpha);
      }
    }
}

char *
rs_walkthrough_get_note (RsWalkthrough *self)
{
  const RsModel *model;
  int t, m;

  g_return_val_if_fail (RS_IS_WALKTHROUGH (self), NULL);

  model = rs_document_get_model (self->document);
  if (model == NULL)
    return g_strdup ("");
  t = rs_document_get_example (self->document) + 1;
  m = rs_document_get_n_examples (self->document);

  switch (self->phase)
    {
    case RS_PHASE_FORWARD:
      return g_strdup_printf (_("Values appear layer by layer (example %d of %d)."), t, m);
    case RS_PHASE_ERROR:
      return g_strdup_printf (_("aᵢ − yᵢ at each output (example %d of %d); the output's g′ "
                                "turns it into δ."),
                              t, m);
    case RS_PHASE_BACKWARD:
      return g_strdup_printf (_("δ flows back (example %d of %d). A unit with g′(z) = 0 "
                                "blocks it: the edges into it get nothing."),
                              t, m);
    case RS_PHASE_GRADIENTS:
      if (model->mode == RS_MODE_STOCHASTIC)
        return g_strdup_printf (_("This step uses example %d only (stochastic mode)."),
                                (int) (model->step % (guint64) m) + 1);
      if (m == 1)
        return g_strdup (_("The mean over the one example: what the step applies."));
      return g_strdup_printf (g_dngettext (NULL, "The mean over all %d example: what the step "
                                                 "applies, not only example %d's.",
                                           "The mean over all %d examples: what the step "
                                           "applies, not only example %d's.",
                                           m),
                              m, t);
    case RS_PHASE_UPDATE:
    default:
      if (self->after == NULL)
        return g_strdup (_("This step would make a parameter infinite: try a smaller α."));
      if (!self->applied && self->t >= 1.0)
        return g_strdup (_("The step was refused (see the message above): try a smaller α."));
      return g_strdup (self->applied ? _("Step taken: undo, the loss plot and the status line "
                                         "show it. Next: the forward pass of the new Θ.")
                                     : _("The step is taken when the edges arrive."));
    }
}
