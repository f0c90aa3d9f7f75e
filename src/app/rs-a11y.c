/* rs-a11y.c — textual summaries of the drawn views for screen readers. */
#include "rs-a11y.h"

#include <glib/gi18n.h>

#include "format/rs-format.h"

/* Significant digits of J: enough to hear it fall, few enough not to drown the listener. */
#define COST_DIGITS 3

char *
rs_a11y_describe_network (RsDocument *document)
{
  const RsModel *model = rs_document_get_model (document);
  const RsCensus *census = rs_document_get_census (document);
  g_autoptr (GString) shape = g_string_new (NULL);
  g_autofree char *cost = NULL;
  g_autofree char *dead = NULL;

  if (model == NULL)
    return g_strdup (_("Network diagram, no model loaded"));
  for (int l = 1; l <= model->net->n_layers; l++)
    g_string_append_printf (shape, l > 1 ? "-%d" : "%d", model->net->units[l]);
  cost = rs_format_number (rs_document_get_cost (document), COST_DIGITS);
  if (census == NULL || census->n_hidden == 0)
    /* Translators: the network's layer sizes ("2-3-2") and its cost. */
    return g_strdup_printf (_("Network %s, J = %s"), shape->str, cost);
  dead = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %d hidden unit dead",
                                       "%d of %d hidden units dead", census->n_hidden),
                          census->n_dead_hidden, census->n_hidden);
  /* Translators: layer sizes ("2-3-2"), cost, and "1 of 3 hidden units dead". */
  return g_strdup_printf (_("Network %s, J = %s, %s"), shape->str, cost, dead);
}

char *
rs_a11y_describe_loss (RsDocument *document)
{
  const guint64 *steps;
  const double *cost;
  const int *n_dead;
  guint n;
  g_autofree char *last = NULL;
  g_autofree char *first = NULL;
  g_autofree char *step = NULL;
  g_autofree char *first_step = NULL;

  if (rs_document_get_model (document) == NULL)
    return g_strdup (_("Loss plot, no model loaded"));
  n = rs_document_get_loss_history (document, &steps, &cost, &n_dead);
  last = rs_format_number (rs_document_get_cost (document), COST_DIGITS);
  step = g_strdup_printf ("%" G_GUINT64_FORMAT, rs_document_get_step (document));
  if (n < 2)
    /* Translators: the cost J and the step number. */
    return g_strdup_printf (_("Loss J = %s at step %s"), last, step);
  first = rs_format_number (cost[0], COST_DIGITS);
  first_step = g_strdup_printf ("%" G_GUINT64_FORMAT, steps[0]);
  /* Translators: the cost now and at the plot's first step. */
  return g_strdup_printf (_("Loss J = %s at step %s, from %s at step %s"), last, step, first,
                          first_step);
}

/* Following a document ------------------------------------------------------------------ */

typedef struct
{
  GtkWidget *widget; /* not owned: the follower lives as long as the widget */
  RsDocument *document;
  char *(*describe) (RsDocument *document);
  char *label; /* the last label set: screen readers hear each change, so only real ones */
} Follower;

static const char follower_key[] = "rs-a11y-follower";

static void
follower_free (gpointer data)
{
  Follower *follower = data;

  if (follower->document != NULL)
    g_signal_handlers_disconnect_by_data (follower->document, follower);
  g_clear_object (&follower->document);
  g_free (follower->label);
  g_free (follower);
}

static void
update_label (Follower *follower)
{
  g_autofree char *label = follower->describe (follower->document);

  if (g_strcmp0 (label, follower->label) == 0)
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (follower->widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_free (follower->label);
  follower->label = g_steal_pointer (&label);
}

static void
follow (GtkWidget *widget, RsDocument *document, char *(*describe) (RsDocument *),
        const char *description)
{
  Follower *follower;

  g_assert (GTK_IS_WIDGET (widget));
  g_assert (document == NULL || RS_IS_DOCUMENT (document));

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
  g_object_set_data (G_OBJECT (widget), follower_key, NULL);
  if (document == NULL)
    return;
  follower = g_new0 (Follower, 1);
  follower->widget = widget;
  follower->document = g_object_ref (document);
  follower->describe = describe;
  g_signal_connect_swapped (document, "loaded", G_CALLBACK (update_label), follower);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (update_label), follower);
  g_object_set_data_full (G_OBJECT (widget), follower_key, follower, follower_free);
  update_label (follower);
}

void
rs_a11y_follow_network (GtkWidget *view, RsDocument *document)
{
  g_return_if_fail (GTK_IS_WIDGET (view));
  g_return_if_fail (document == NULL || RS_IS_DOCUMENT (document));

  follow (view, document, rs_a11y_describe_network,
          _("The network's layers, units and weighted edges. Edges are coloured by the "
            "weights, the gradients or the change of the last step; dead units are crossed "
            "out. Select an edge or a unit to see its derivation."));
}

void
rs_a11y_follow_loss (GtkWidget *view, RsDocument *document)
{
  g_return_if_fail (GTK_IS_WIDGET (view));
  g_return_if_fail (document == NULL || RS_IS_DOCUMENT (document));

  follow (view, document, rs_a11y_describe_loss,
          _("The cost J over the steps taken, and the number of dead hidden units."));
}
