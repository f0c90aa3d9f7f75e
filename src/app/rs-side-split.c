/* rs-side-split.c — see rs-side-split.h.
 *
 * GtkPaned counts its position from the start, so a window that grows would widen the panel
 * unless told otherwise (resize-end-child = FALSE), and a position saved in one window size
 * means another width in the next. Keeping the end width here, and turning it into a
 * position at each allocation, makes the panel's width the one number that persists. */
#include "rs-side-split.h"

struct _RsSideSplit
{
  GtkWidget parent_instance;

  GtkPaned *paned;
  int end_width;       /* -1: the panel's natural width */
  gboolean allocating; /* position changes made by allocation are not the user's wish */
};

G_DEFINE_FINAL_TYPE (RsSideSplit, rs_side_split, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
  PROP_END_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
end_child_shown (RsSideSplit *self)
{
  GtkWidget *end = gtk_paned_get_end_child (self->paned);

  return end != NULL && gtk_widget_get_visible (end);
}

/* A drag of the handle (or its keys) outside allocation: the user chose a width. */
static void
position_cb (RsSideSplit *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int end_width;
  gboolean position_set = FALSE;

  if (self->allocating || width <= 0 || !end_child_shown (self))
    return;
  g_object_get (self->paned, "position-set", &position_set, NULL);
  if (!position_set)
    return;
  end_width = MIN (width - gtk_paned_get_position (self->paned), RS_SIDE_SPLIT_MAX_WIDTH);
  if (end_width == self->end_width)
    return;
  self->end_width = end_width;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_WIDTH]);
}

static GtkSizeRequestMode
rs_side_split_get_request_mode (GtkWidget *widget)
{
  return gtk_widget_get_request_mode (GTK_WIDGET (RS_SIDE_SPLIT (widget)->paned));
}

static void
rs_side_split_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                       int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (RS_SIDE_SPLIT (widget)->paned), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* Not a layout manager's: GTK calls a widget's own size_allocate only when it has none. */
static void
rs_side_split_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  RsSideSplit *self = RS_SIDE_SPLIT (widget);

  self->allocating = TRUE;
  /* GtkPaned clamps the position to its children's minimum widths as it allocates. */
  if (self->end_width >= 0 && end_child_shown (self))
    gtk_paned_set_position (self->paned, MAX (0, width - self->end_width));
  gtk_widget_allocate (GTK_WIDGET (self->paned), width, height, baseline, NULL);
  self->allocating = FALSE;
}

static void
rs_side_split_dispose (GObject *object)
{
  RsSideSplit *self = RS_SIDE_SPLIT (object);

  if (self->paned != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->paned));
  self->paned = NULL;

  G_OBJECT_CLASS (rs_side_split_parent_class)->dispose (object);
}

static void
rs_side_split_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RsSideSplit *self = RS_SIDE_SPLIT (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      g_value_set_object (value, gtk_paned_get_start_child (self->paned));
      break;
    case PROP_END_CHILD:
      g_value_set_object (value, gtk_paned_get_end_child (self->paned));
      break;
    case PROP_END_WIDTH:
      g_value_set_int (value, self->end_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_side_split_set_property (GObject *object, guint prop_id, const GValue *value,
                            GParamSpec *pspec)
{
  RsSideSplit *self = RS_SIDE_SPLIT (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      rs_side_split_set_start_child (self, g_value_get_object (value));
      break;
    case PROP_END_CHILD:
      rs_side_split_set_end_child (self, g_value_get_object (value));
      break;
    case PROP_END_WIDTH:
      rs_side_split_set_end_width (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_side_split_class_init (RsSideSplitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rs_side_split_dispose;
  object_class->get_property = rs_side_split_get_property;
  object_class->set_property = rs_side_split_set_property;
  widget_class->get_request_mode = rs_side_split_get_request_mode;
  widget_class->measure = rs_side_split_measure;
  widget_class->size_allocate = rs_side_split_size_allocate;

  properties[PROP_START_CHILD] = g_param_spec_object ("start-child", NULL, NULL,
                                                      GTK_TYPE_WIDGET, flags);
  properties[PROP_END_CHILD] = g_param_spec_object ("end-child", NULL, NULL, GTK_TYPE_WIDGET,
                                                    flags);
  properties[PROP_END_WIDTH] = g_param_spec_int ("end-width", NULL, NULL, -1,
                                                 RS_SIDE_SPLIT_MAX_WIDTH, -1, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_side_split_init (RsSideSplit *self)
{
  self->end_width = -1;
  self->paned = GTK_PANED (gtk_paned_new (GTK_ORIENTATION_HORIZONTAL));
  /* The diagram takes every change of the window's width; neither side is squeezed below
   * what it needs (the panel's pages wrap down to their minimum width). */
  gtk_paned_set_resize_start_child (self->paned, TRUE);
  gtk_paned_set_resize_end_child (self->paned, FALSE);
  gtk_paned_set_shrink_start_child (self->paned, FALSE);
  gtk_paned_set_shrink_end_child (self->paned, FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->paned), GTK_WIDGET (self));
  g_signal_connect_swapped (self->paned, "notify::position", G_CALLBACK (position_cb), self);
}

GtkWidget *
rs_side_split_new (void)
{
  return g_object_new (RS_TYPE_SIDE_SPLIT, NULL);
}

void
rs_side_split_set_start_child (RsSideSplit *self, GtkWidget *child)
{
  g_return_if_fail (RS_IS_SIDE_SPLIT (self));

  gtk_paned_set_start_child (self->paned, child);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_CHILD]);
}

void
rs_side_split_set_end_child (RsSideSplit *self, GtkWidget *child)
{
  g_return_if_fail (RS_IS_SIDE_SPLIT (self));

  gtk_paned_set_end_child (self->paned, child);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_CHILD]);
}

int
rs_side_split_get_end_width (RsSideSplit *self)
{
  g_return_val_if_fail (RS_IS_SIDE_SPLIT (self), -1);

  return self->end_width;
}

void
rs_side_split_set_end_width (RsSideSplit *self, int width)
{
  g_return_if_fail (RS_IS_SIDE_SPLIT (self));

  width = CLAMP (width, -1, RS_SIDE_SPLIT_MAX_WIDTH);
  if (width == self->end_width)
    return;
  self->end_width = width;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_WIDTH]);
}
