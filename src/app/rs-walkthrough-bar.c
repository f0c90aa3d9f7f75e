/* rs-walkthrough-bar.c — the walk-through's bar: it shows the walk-through's state and drives
 * it only through the window's actions (win.step, win.step-back, win.play, win.walkthrough)
 * and the speed. */
#include "rs-walkthrough-bar.h"

#include <glib/gi18n.h>

struct _RsWalkthroughBar
{
  GtkWidget parent_instance;

  GtkLabel *phase_label;
  GtkLabel *names_label;
  GtkDropDown *speed_dropdown;
  GtkLabel *equation_label;
  GtkLabel *note_label;

  RsWalkthrough *walkthrough;
  gulong changed_handler;
  GBinding *speed_binding;
};

G_DEFINE_FINAL_TYPE (RsWalkthroughBar, rs_walkthrough_bar, GTK_TYPE_WIDGET)

/* "Forward › Output error › Backward › …": the current phase bold, those still to come
 * faint, so it reads without colour. One label, so a narrow window ellipsizes it instead of
 * growing. */
static char *
names_markup (RsPhase current)
{
  GString *markup = g_string_new (NULL);

  for (int p = 0; p < RS_N_PHASES; p++)
    {
      g_autofree char *name = g_markup_escape_text (rs_walkthrough_phase_name (p), -1);

      if (p > 0)
        g_string_append (markup, " <span alpha=\"55%\">›</span> ");
      if (p == (int) current)
        g_string_append_printf (markup, "<b>%s</b>", name);
      else if (p > (int) current)
        g_string_append_printf (markup, "<span alpha=\"55%%\">%s</span>", name);
      else
        g_string_append (markup, name);
    }
  return g_string_free (markup, FALSE);
}

static void
update (RsWalkthroughBar *self)
{
  RsPhase phase;
  g_autofree char *text = NULL;
  g_autofree char *equation = NULL;
  g_autofree char *note = NULL;
  g_autofree char *names = NULL;

  if (self->walkthrough == NULL)
    return;
  phase = rs_walkthrough_get_phase (self->walkthrough);
  text = g_strdup_printf (_("Phase %d of %d: %s"), (int) phase + 1, RS_N_PHASES,
                          rs_walkthrough_phase_name (phase));
  gtk_label_set_text (self->phase_label, text);
  names = names_markup (phase);
  gtk_label_set_markup (self->names_label, names);
  equation = rs_walkthrough_get_equation_markup (self->walkthrough);
  gtk_label_set_markup (self->equation_label, equation);
  note = rs_walkthrough_get_note (self->walkthrough);
  gtk_label_set_text (self->note_label, note);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->note_label), note);
}

void
rs_walkthrough_bar_set_walkthrough (RsWalkthroughBar *self, RsWalkthrough *walkthrough)
{
  g_return_if_fail (RS_IS_WALKTHROUGH_BAR (self));
  g_return_if_fail (walkthrough == NULL || RS_IS_WALKTHROUGH (walkthrough));

  if (self->walkthrough == walkthrough)
    return;
  if (self->walkthrough != NULL)
    {
      g_clear_signal_handler (&self->changed_handler, self->walkthrough);
      g_clear_pointer (&self->speed_binding, g_binding_unbind);
    }
  g_set_object (&self->walkthrough, walkthrough);
  if (walkthrough != NULL)
    {
      self->changed_handler = g_signal_connect_swapped (walkthrough, "changed",
                                                        G_CALLBACK (update), self);
      self->speed_binding = g_object_bind_property (walkthrough, "speed", self->speed_dropdown,
                                                    "selected",
                                                    G_BINDING_SYNC_CREATE
                                                      | G_BINDING_BIDIRECTIONAL);
      update (self);
    }
}

const char *
rs_walkthrough_bar_get_text (RsWalkthroughBar *self, const char *part)
{
  g_return_val_if_fail (RS_IS_WALKTHROUGH_BAR (self), NULL);

  if (g_strcmp0 (part, "phase") == 0)
    return gtk_label_get_text (self->phase_label);
  if (g_strcmp0 (part, "equation") == 0)
    return gtk_label_get_label (self->equation_label);
  if (g_strcmp0 (part, "note") == 0)
    return gtk_label_get_text (self->note_label);
  g_return_val_if_reached (NULL);
}

static void
rs_walkthrough_bar_dispose (GObject *object)
{
  RsWalkthroughBar *self = RS_WALKTHROUGH_BAR (object);
  GtkWidget *child;

  rs_walkthrough_bar_set_walkthrough (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_WALKTHROUGH_BAR);
  /* The two rows hold the bound children but are not bound themselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rs_walkthrough_bar_parent_class)->dispose (object);
}

static void
rs_walkthrough_bar_class_init (RsWalkthroughBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_walkthrough_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/reluscope/ReluScope/"
                                               "rs-walkthrough-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RsWalkthroughBar, phase_label);
  gtk_widget_class_bind_template_child (widget_class, RsWalkthroughBar, names_label);
  gtk_widget_class_bind_template_child (widget_class, RsWalkthroughBar, speed_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RsWalkthroughBar, equation_label);
  gtk_widget_class_bind_template_child (widget_class, RsWalkthroughBar, note_label);
  gtk_widget_class_set_css_name (widget_class, "walkthroughbar");
}

static void
rs_walkthrough_bar_init (RsWalkthroughBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rs_walkthrough_bar_new (void)
{
  return g_object_new (RS_TYPE_WALKTHROUGH_BAR, NULL);
}
