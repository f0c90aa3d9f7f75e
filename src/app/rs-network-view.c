/* rs-network-view.c — the diagram widget.
 *
 * The diagram (and its legend) is rasterized once per change of the document, the colouring or
 * the size and kept as a texture; a frame then costs one texture plus the hover/selection
 * overlay, so moving the pointer over a big network stays cheap. The layout is computed only
 * when the shape, the size or show-bias changes.
 */
#include "rs-network-view.h"

#include <math.h>

#include "render/rs-diagram.h"
#include "render/rs-legend.h"
#include "render/rs-theme.h"
#include "rs-a11y.h"
#include "rs-style.h"

/* How close (px) the pointer must be to an edge to hover it. */
#define HIT_TOLERANCE 4.0
/* Room around the legend strip. */
#define LEGEND_MARGIN 12.0

struct _RsNetworkView
{
  GtkWidget parent_instance;

  RsDocument *document;
  GSignalGroup *document_signals; /* the document's signals, connected while it is set */

  RsDiagramLayout layout;
  gboolean layout_valid;
  int width, height; /* what the layout was computed for */
  RsRect legend_area;

  GdkTexture *diagram; /* the cached drawing, NULL when it must be redrawn */
  guint n_diagram_draws;
  gboolean dark;

  RsDiagramItem hover;
  RsDiagramItem selection;
  gboolean show_bias;
  double text_scale; /* × the text size that fits the widget */
  guint generation; /* the document's, when the selection was last kept */

  RsPhaseState phase; /* drawn instead of the diagram when has_phase */
  gboolean has_phase;
  /* The two ends of the gradients phase's cross-fade, drawn once per step: a frame of the
   * fade then blends two textures instead of drawing two pictures. */
  GdkTexture *fade_from;
  GdkTexture *fade_to;
};

G_DEFINE_FINAL_TYPE (RsNetworkView, rs_network_view, GTK_TYPE_WIDGET)

static const RsDiagramItem no_item = { RS_ITEM_NONE, 0, 0, 0 };

static RsDiagramItem *
item_copy (const RsDiagramItem *item)
{
  return g_memdup2 (item, sizeof *item);
}

G_DEFINE_BOXED_TYPE (RsDiagramItem, rs_network_view_item, item_copy, g_free)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTION,
  PROP_SHOW_BIAS,
  PROP_TEXT_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  EDIT_SELECTION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const RsNetwork *
get_network (RsNetworkView *self)
{
  const RsModel *model = self->document != NULL ? rs_document_get_model (self->document) : NULL;

  return model != NULL ? model->net : NULL;
}

/* Forgets every cached picture, so the next frame draws afresh. */
static void
forget_pictures (RsNetworkView *self)
{
  g_clear_object (&self->diagram);
  g_clear_object (&self->fade_from);
  g_clear_object (&self->fade_to);
}

static void
invalidate_diagram (RsNetworkView *self)
{
  forget_pictures (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
invalidate_layout (RsNetworkView *self)
{
  self->layout_valid = FALSE;
  invalidate_diagram (self);
}

static void
ensure_layout (RsNetworkView *self)
{
  const RsNetwork *net = get_network (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double legend_height;
  RsRect area;

  if (net == NULL)
    return;
  if (self->layout_valid && width == self->width && height == self->height
      && rs_diagram_layout_fits (&self->layout, net))
    return;

  legend_height = MIN (rs_legend_scaled_height (width, self->text_scale), height / 4.0);
  area = (RsRect) { 0, 0, width, MAX (height - legend_height - LEGEND_MARGIN, 1) };
  rs_diagram_layout_compute_scaled (&self->layout, net, &area, self->show_bias,
                                    self->text_scale);
  self->legend_area = (RsRect) { LEGEND_MARGIN, height - legend_height - LEGEND_MARGIN / 2,
                                 MAX (width - 2 * LEGEND_MARGIN, 1), legend_height };
  self->width = width;
  self->height = height;
  self->layout_valid = TRUE;
  forget_pictures (self);
}

static void
fill_state (RsNetworkView *self, RsDiagramState *state)
{
  rs_document_diagram_state (self->document, state);
  state->dark = self->dark;
  state->hover = self->hover;
  state->selection = self->selection;
}

/* The walk-through's phase with the document's values of the current example. */
static void
fill_phase_state (RsNetworkView *self, const RsDiagramState *plain, RsPhaseState *phase)
{
  *phase = self->phase;
  phase->diagram.trace = plain->trace;
  phase->diagram.target = plain->target;
  phase->diagram.census = plain->census;
  phase->diagram.dark = plain->dark;
}

/* Rasterizes the diagram (or `phase`, when not NULL) and legend at the widget's scale into a
 * texture. */
static GdkTexture *
draw_diagram (RsNetworkView *self, const RsDiagramState *state, const RsPhaseState *phase)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_surface_t *surface;
  g_autoptr (GBytes) bytes = NULL;
  RsEdgeScale edge_scale;
  GdkTexture *texture;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, self->width * scale,
                                        self->height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  /* One background under the diagram and the legend, so they read as one picture. */
  rs_colour_set_source (cr, rs_theme_get (state->dark)->background);
  cairo_paint (cr);
  if (phase != NULL)
    rs_phase_draw (cr, &self->layout, phase, &edge_scale);
  else
    {
      rs_diagram_draw_base (cr, &self->layout, state);
      rs_diagram_state_scale (state, self->show_bias, &edge_scale);
    }
  rs_legend_draw (cr, &self->legend_area, &edge_scale, TRUE, state->dark);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface)
                                        * (gsize) cairo_image_surface_get_height (surface),
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                    cairo_image_surface_get_height (surface),
                                    GDK_MEMORY_DEFAULT, bytes,
                                    (gsize) cairo_image_surface_get_stride (surface));
  self->n_diagram_draws++;
  return texture;
}

static void
rs_network_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  RsNetworkView *self = RS_NETWORK_VIEW (widget);
  RsDiagramState state;
  graphene_rect_t bounds;

  if (get_network (self) == NULL)
    return;
  ensure_layout (self);
  if (self->width < 1 || self->height < 1)
    return;

  fill_state (self, &state);
  graphene_rect_init (&bounds, 0, 0, self->width, self->height);
  if (self->has_phase && self->phase.phase == RS_PHASE_GRADIENTS && self->phase.progress < 1.0)
    {
      /* The same picture rs_phase_draw() gives for the fade, from two cached ends. */
      RsPhaseState end;

      fill_phase_state (self, &state, &end);
      end.progress = 1.0;
      if (self->fade_from == NULL)
        {
          end.phase = RS_PHASE_BACKWARD;
          self->fade_from = draw_diagram (self, &state, &end);
        }
      if (self->fade_to == NULL)
        {
          end.phase = RS_PHASE_GRADIENTS;
          self->fade_to = draw_diagram (self, &state, &end);
        }
      gtk_snapshot_append_texture (snapshot, self->fade_from, &bounds);
      gtk_snapshot_push_opacity (snapshot, CLAMP (self->phase.progress, 0.0, 1.0));
      gtk_snapshot_append_texture (snapshot, self->fade_to, &bounds);
      gtk_snapshot_pop (snapshot);
      return;
    }
  if (self->diagram == NULL)
    {
      RsPhaseState phase;

      if (self->has_phase)
        fill_phase_state (self, &state, &phase);
      self->diagram = draw_diagram (self, &state, self->has_phase ? &phase : NULL);
    }
  gtk_snapshot_append_texture (snapshot, self->diagram, &bounds);
  if (!self->has_phase
      && (self->hover.kind != RS_ITEM_NONE || self->selection.kind != RS_ITEM_NONE))
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

      rs_diagram_draw_overlay (cr, &self->layout, &state);
      cairo_destroy (cr);
    }
}

static void
rs_network_view_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                         int *minimum, int *natural, int *minimum_baseline,
                         int *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = 240, *natural = 900;
  else
    *minimum = 200, *natural = 560;
}

static void
rs_network_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  RsNetworkView *self = RS_NETWORK_VIEW (widget);

  if (width != self->width || height != self->height)
    invalidate_layout (self);
}

/* The theme can change under us (dark style): the diagram has a light and a dark palette. */
static void
rs_network_view_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  RsNetworkView *self = RS_NETWORK_VIEW (widget);
  gboolean dark;

  GTK_WIDGET_CLASS (rs_network_view_parent_class)->css_changed (widget, change);

  dark = rs_style_is_dark (widget);
  if (dark != self->dark)
    {
      self->dark = dark;
      invalidate_diagram (self);
    }
}

static void
set_hover (RsNetworkView *self, const RsDiagramItem *item)
{
  if (rs_diagram_item_equal (&self->hover, item))
    return;
  self->hover = *item;
  /* Only the overlay changes: the cached diagram stays. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static RsDiagramItem
hit (RsNetworkView *self, double x, double y)
{
  if (get_network (self) == NULL)
    return RS_DIAGRAM_ITEM_NONE;
  ensure_layout (self);
  return rs_diagram_layout_hit (&self->layout, x, y, HIT_TOLERANCE);
}

static void
motion_cb (GtkEventControllerMotion *controller, double x, double y, RsNetworkView *self)
{
  RsDiagramItem item = hit (self, x, y);

  set_hover (self, &item);
}

static void
leave_cb (GtkEventControllerMotion *controller, RsNetworkView *self)
{
  set_hover (self, &no_item);
}

static void
pressed_cb (GtkGestureClick *gesture, int n_press, double x, double y, RsNetworkView *self)
{
  RsDiagramItem item = hit (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  rs_network_view_set_selection (self, &item);
  if (n_press == 2 && item.kind == RS_ITEM_EDGE)
    g_signal_emit (self, signals[EDIT_SELECTION], 0);
}

static void
edit_selection_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsNetworkView *self = RS_NETWORK_VIEW (widget);

  if (self->selection.kind == RS_ITEM_EDGE)
    g_signal_emit (self, signals[EDIT_SELECTION], 0);
}

/* What the next step does to `item` (an edge): −α times the mean gradient in batch mode,
 * or times the gradient of the one example a stochastic step learns from. */
static RsNextUpdate
next_update (RsNetworkView *self, const RsDiagramItem *item)
{
  const RsModel *model = rs_document_get_model (self->document);
  RsNextUpdate update = { rs_document_get_alpha (self->document), -1, 0.0 };
  const double *example_grads;

  /* With one example the two are the same; say it the simple way. */
  if (item->kind != RS_ITEM_EDGE || model->data->n_examples < 2)
    return update;
  example_grads = rs_document_get_step_example_gradient (self->document);
  if (example_grads == NULL)
    return update;
  update.example = rs_model_step_example (model);
  update.example_grad
    = example_grads[rs_network_index (model->net, item->layer, item->j, item->k)];
  return update;
}

static gboolean
rs_network_view_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard_mode,
                               GtkTooltip *tooltip)
{
  RsNetworkView *self = RS_NETWORK_VIEW (widget);
  RsDiagramItem item = keyboard_mode ? self->selection : hit (self, x, y);
  g_autofree char *text = NULL;
  RsRect bounds;

  if (item.kind == RS_ITEM_NONE)
    return FALSE;
  text = rs_network_view_describe_item (self, &item);
  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);

  /* Moving onto another item must bring its own tooltip. */
  rs_diagram_layout_item_bounds (&self->layout, &item, &bounds);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) bounds.x, (int) bounds.y,
                                                       MAX ((int) bounds.width, 1),
                                                       MAX ((int) bounds.height, 1) });
  return TRUE;
}

static void
clear_selection_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  rs_network_view_set_selection (RS_NETWORK_VIEW (widget), &no_item);
}

static void
document_loaded_cb (RsNetworkView *self)
{
  guint generation = self->document != NULL ? rs_document_get_generation (self->document) : 0;

  self->hover = RS_DIAGRAM_ITEM_NONE;
  /* An edit (or its undo) keeps what is selected, as long as it still exists; another model
   * starts afresh. */
  if (generation != self->generation)
    rs_network_view_set_selection (self, &no_item);
  else
    rs_network_view_set_selection (self, &self->selection);
  self->generation = generation;
  invalidate_layout (self);
}

static void
alpha_changed_cb (RsNetworkView *self)
{
  /* Without a previous step, the change colouring shows the pending update −α ∂J/∂Θ. */
  if (rs_document_get_colouring (self->document) == RS_COLOURING_CHANGE
      && rs_document_get_previous_params (self->document) == NULL)
    invalidate_diagram (self);
}

static void
rs_network_view_dispose (GObject *object)
{
  RsNetworkView *self = RS_NETWORK_VIEW (object);

  rs_network_view_set_document (self, NULL);
  g_clear_object (&self->document_signals);
  forget_pictures (self);

  G_OBJECT_CLASS (rs_network_view_parent_class)->dispose (object);
}

static void
rs_network_view_get_property (GObject *object, guint prop_id, GValue *value,
                              GParamSpec *pspec)
{
  RsNetworkView *self = RS_NETWORK_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_SELECTION:
      g_value_set_boxed (value, &self->selection);
      break;
    case PROP_SHOW_BIAS:
      g_value_set_boolean (value, self->show_bias);
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_network_view_set_property (GObject *object, guint prop_id, const GValue *value,
                              GParamSpec *pspec)
{
  RsNetworkView *self = RS_NETWORK_VIEW (object);
  const RsDiagramItem *item;

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rs_network_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      item = g_value_get_boxed (value);
      rs_network_view_set_selection (self, item != NULL ? item : &no_item);
      break;
    case PROP_SHOW_BIAS:
      rs_network_view_set_show_bias (self, g_value_get_boolean (value));
      break;
    case PROP_TEXT_SCALE:
      rs_network_view_set_text_scale (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_network_view_class_init (RsNetworkViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rs_network_view_dispose;
  object_class->get_property = rs_network_view_get_property;
  object_class->set_property = rs_network_view_set_property;

  widget_class->snapshot = rs_network_view_snapshot;
  widget_class->measure = rs_network_view_measure;
  widget_class->size_allocate = rs_network_view_size_allocate;
  widget_class->css_changed = rs_network_view_css_changed;
  widget_class->query_tooltip = rs_network_view_query_tooltip;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, RS_TYPE_DOCUMENT,
                                                   flags);
  properties[PROP_SELECTION] = g_param_spec_boxed ("selection", NULL, NULL,
                                                   RS_TYPE_DIAGRAM_ITEM, flags);
  properties[PROP_SHOW_BIAS] = g_param_spec_boolean ("show-bias", NULL, NULL, TRUE, flags);
  properties[PROP_TEXT_SCALE] = g_param_spec_double ("text-scale", NULL, NULL,
                                                     RS_TEXT_SCALE_MIN, RS_TEXT_SCALE_MAX, 1.0,
                                                     flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "diagram.clear-selection", NULL,
                                   clear_selection_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "diagram.clear-selection", NULL);

  /* ::edit-selection: the user asked to edit the selected edge's weight (F2, Enter or a
   * double click on it). */
  signals[EDIT_SELECTION] = g_signal_new ("edit-selection", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  gtk_widget_class_install_action (widget_class, "diagram.edit-selection", NULL,
                                   edit_selection_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "diagram.edit-selection",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0,
                                       "diagram.edit-selection", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0,
                                       "diagram.edit-selection", NULL);

  gtk_widget_class_set_css_name (widget_class, "networkview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rs_network_view_init (RsNetworkView *self)
{
  self->document_signals = g_signal_group_new (RS_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "loaded",
                                  G_CALLBACK (document_loaded_cb), self);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (invalidate_diagram), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::colouring",
                                  G_CALLBACK (invalidate_diagram), self);
  g_signal_group_connect_swapped (self->document_signals, "notify::alpha",
                                  G_CALLBACK (alpha_changed_cb), self);

  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->show_bias = TRUE;
  self->text_scale = 1.0;
  self->hover = RS_DIAGRAM_ITEM_NONE;
  self->selection = RS_DIAGRAM_ITEM_NONE;
  self->width = self->height = -1;

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  /* The texture is rasterized for one scale: a move to a HiDPI monitor needs a new one. */
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (invalidate_diagram), NULL);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diagram.clear-selection", FALSE);
}

GtkWidget *
rs_network_view_new (void)
{
  return g_object_new (RS_TYPE_NETWORK_VIEW, NULL);
}

RsDocument *
rs_network_view_get_document (RsNetworkView *self)
{
  g_return_val_if_fail (RS_IS_NETWORK_VIEW (self), NULL);
  return self->document;
}

void
rs_network_view_set_document (RsNetworkView *self, RsDocument *document)
{
  g_return_if_fail (RS_IS_NETWORK_VIEW (self));
  g_return_if_fail (document == NULL || RS_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, document);
  self->generation = G_MAXUINT; /* another document: nothing stays selected */
  document_loaded_cb (self);
  rs_a11y_follow_network (GTK_WIDGET (self), document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

const RsDiagramItem *
rs_network_view_get_selection (RsNetworkView *self)
{
  g_return_val_if_fail (RS_IS_NETWORK_VIEW (self), NULL);
  return &self->selection;
}

void
rs_network_view_set_selection (RsNetworkView *self, const RsDiagramItem *item)
{
  const RsNetwork *net;

  g_return_if_fail (RS_IS_NETWORK_VIEW (self));
  g_return_if_fail (item != NULL);

  net = get_network (self);
  if (item->kind != RS_ITEM_NONE && (net == NULL || !rs_diagram_item_is_valid (item, net)))
    item = &no_item;
  if (rs_diagram_item_equal (&self->selection, item))
    return;
  self->selection = *item;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diagram.clear-selection",
                                 item->kind != RS_ITEM_NONE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

const RsDiagramLayout *
rs_network_view_get_layout (RsNetworkView *self)
{
  g_return_val_if_fail (RS_IS_NETWORK_VIEW (self), NULL);

  ensure_layout (self);
  return self->layout_valid ? &self->layout : NULL;
}

double
rs_network_view_get_text_scale (RsNetworkView *self)
{
  g_return_val_if_fail (RS_IS_NETWORK_VIEW (self), 1.0);

  return self->text_scale;
}

void
rs_network_view_set_text_scale (RsNetworkView *self, double text_scale)
{
  g_return_if_fail (RS_IS_NETWORK_VIEW (self));

  if (!isfinite (text_scale))
    return;
  text_scale = CLAMP (text_scale, RS_TEXT_SCALE_MIN, RS_TEXT_SCALE_MAX);
  if (text_scale == self->text_scale)
    return;
  self->text_scale = text_scale;
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

gboolean
rs_network_view_get_show_bias (RsNetworkView *self)
{
  g_return_val_if_fail (RS_IS_NETWORK_VIEW (self), FALSE);
  return self->show_bias;
}

void
rs_network_view_set_show_bias (RsNetworkView *self, gboolean show_bias)
{
  g_return_if_fail (RS_IS_NETWORK_VIEW (self));

  show_bias = !!show_bias;
  if (self->show_bias == show_bias)
    return;
  self->show_bias = show_bias;
  /* A hidden bias node cannot stay hovered or selected. */
  self->hover = RS_DIAGRAM_ITEM_NONE;
  if (!show_bias && (self->selection.kind == RS_ITEM_BIAS
                     || (self->selection.kind == RS_ITEM_EDGE && self->selection.k == 0)))
    rs_network_view_set_selection (self, &no_item);
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_BIAS]);
}

guint
rs_network_view_get_n_diagram_draws (RsNetworkView *self)
{
  g_return_val_if_fail (RS_IS_NETWORK_VIEW (self), 0);
  return self->n_diagram_draws;
}

void
rs_network_view_set_phase (RsNetworkView *self, const RsPhaseState *phase)
{
  g_return_if_fail (RS_IS_NETWORK_VIEW (self));

  /* Only the progress of the gradients fade moving: its two ends stay as they are. */
  if (phase != NULL && self->has_phase && phase->phase == RS_PHASE_GRADIENTS
      && self->phase.phase == RS_PHASE_GRADIENTS && phase->after == self->phase.after
      && phase->diagram.net == self->phase.diagram.net)
    {
      self->phase.progress = phase->progress;
      g_clear_object (&self->diagram);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  self->has_phase = phase != NULL;
  if (phase != NULL)
    self->phase = *phase;
  invalidate_diagram (self);
}

const RsPhaseState *
rs_network_view_get_phase (RsNetworkView *self)
{
  g_return_val_if_fail (RS_IS_NETWORK_VIEW (self), NULL);
  return self->has_phase ? &self->phase : NULL;
}

char *
rs_network_view_describe_item (RsNetworkView *self, const RsDiagramItem *item)
{
  const RsNetwork *net;
  const RsCensus *census;
  RsNextUpdate update;
  gboolean dead = FALSE;

  g_return_val_if_fail (RS_IS_NETWORK_VIEW (self) && item != NULL, NULL);

  net = get_network (self);
  if (net == NULL || !rs_diagram_item_is_valid (item, net))
    return NULL;
  census = rs_document_get_census (self->document);
  if (item->kind == RS_ITEM_UNIT && census != NULL)
    dead = rs_census_is_dead (census, item->layer, item->j);
  update = next_update (self, item);
  return rs_diagram_item_describe (item, net, rs_document_get_trace (self->document), dead,
                                   &update, RS_TEXT_PLAIN);
}
