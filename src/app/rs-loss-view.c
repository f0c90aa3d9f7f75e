/* rs-loss-view.c — the loss plot widget; redrawn once per document change (once per frame
 * while playing). */
#include "rs-loss-view.h"

#include <math.h>

#include "render/rs-diagram-layout.h"
#include "render/rs-loss-plot.h"
#include "rs-a11y.h"
#include "rs-style.h"

struct _RsLossView
{
  GtkWidget parent_instance;

  RsDocument *document;
  GSignalGroup *document_signals; /* the document's signals, connected while it is set */
  double text_scale;              /* as the diagram's (rs-network-view.h) */
};

G_DEFINE_FINAL_TYPE (RsLossView, rs_loss_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_TEXT_SCALE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The plot's text and height grow by the square root of the diagram's text scale: readable
 * from the back of the room, while the diagram stays the larger part. */
static double
plot_scale (RsLossView *self)
{
  return sqrt (self->text_scale);
}

static void
rs_loss_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  RsLossView *self = RS_LOSS_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  const RsCensus *census;
  RsLossPlotData data;
  RsRect area = { 0, 0, width, height };
  cairo_t *cr;

  if (self->document == NULL || rs_document_get_model (self->document) == NULL)
    return;

  rs_loss_plot_data_init (&data);
  data.n = (int) rs_document_get_loss_history (self->document, &data.steps, &data.cost,
                                               &data.dead);
  census = rs_document_get_census (self->document);
  data.n_hidden = census != NULL ? census->n_hidden : 0;
  /* A network without hidden units has no dead count to plot. */
  if (data.n_hidden < 1)
    data.dead = NULL;
  data.dark = rs_style_is_dark (widget);
  data.text_scale = plot_scale (self);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rs_loss_plot_draw (cr, &area, &data);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
rs_loss_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* A plot is wide and low: its height follows the width, so a small window keeps its room for
 * the diagram and a big one gets a readable plot. */
static void
rs_loss_view_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                      int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  double grow = plot_scale (RS_LOSS_VIEW (widget));

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 900;
    }
  else
    {
      *minimum = (int) (90 * grow);
      *natural = (int) (grow * (for_size < 0 ? 150 : CLAMP (for_size / 8, 90, 190)));
    }
}

static void
rs_loss_view_dispose (GObject *object)
{
  rs_loss_view_set_document (RS_LOSS_VIEW (object), NULL);
  g_clear_object (&RS_LOSS_VIEW (object)->document_signals);
  G_OBJECT_CLASS (rs_loss_view_parent_class)->dispose (object);
}

static void
rs_loss_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RsLossView *self = RS_LOSS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_loss_view_set_property (GObject *object, guint prop_id, const GValue *value,
                           GParamSpec *pspec)
{
  RsLossView *self = RS_LOSS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      rs_loss_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_TEXT_SCALE:
      self->text_scale = g_value_get_double (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_loss_view_class_init (RsLossViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_loss_view_dispose;
  object_class->get_property = rs_loss_view_get_property;
  object_class->set_property = rs_loss_view_set_property;
  widget_class->snapshot = rs_loss_view_snapshot;
  widget_class->measure = rs_loss_view_measure;
  widget_class->get_request_mode = rs_loss_view_get_request_mode;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, RS_TYPE_DOCUMENT,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                     | G_PARAM_STATIC_STRINGS);
  /* The window binds it to the diagram's. */
  properties[PROP_TEXT_SCALE] = g_param_spec_double ("text-scale", NULL, NULL,
                                                     RS_TEXT_SCALE_MIN, RS_TEXT_SCALE_MAX, 1.0,
                                                     G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                       | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "lossview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rs_loss_view_init (RsLossView *self)
{
  self->text_scale = 1.0;
  self->document_signals = g_signal_group_new (RS_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "loaded",
                                  G_CALLBACK (gtk_widget_queue_draw), self);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (gtk_widget_queue_draw), self);
}

GtkWidget *
rs_loss_view_new (void)
{
  return g_object_new (RS_TYPE_LOSS_VIEW, NULL);
}

RsDocument *
rs_loss_view_get_document (RsLossView *self)
{
  g_return_val_if_fail (RS_IS_LOSS_VIEW (self), NULL);
  return self->document;
}

void
rs_loss_view_set_document (RsLossView *self, RsDocument *document)
{
  g_return_if_fail (RS_IS_LOSS_VIEW (self));
  g_return_if_fail (document == NULL || RS_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  g_set_object (&self->document, document);
  g_signal_group_set_target (self->document_signals, document);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  rs_a11y_follow_loss (GTK_WIDGET (self), document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}
