/* window-test-util.c — what the window tests share (see window-test-util.h). */
#include "window-test-util.h"

#include <locale.h>

#include "rs-network-view.h"

#define GIVE_UP_US (20 * G_USEC_PER_SEC)

gboolean
wt_init (int *argc, char ***argv)
{
  g_test_init (argc, argv, NULL);
  gtk_disable_setlocale ();
  setlocale (LC_ALL, "C.UTF-8");
  return gtk_init_check ();
}

static gboolean
is_shown (gpointer data)
{
  RsWindow *window = data;

  return gtk_widget_get_mapped (GTK_WIDGET (window))
         && rs_network_view_get_n_diagram_draws (rs_window_get_network_view (window)) > 0;
}

RsWindow *
wt_open_window (RsApplication **app, GApplicationFlags flags)
{
  g_autoptr (GError) error = NULL;
  RsWindow *window;

  *app = rs_application_new (G_APPLICATION_NON_UNIQUE | flags);
  g_assert_true (g_application_register (G_APPLICATION (*app), NULL, &error));
  g_assert_no_error (error);
  window = rs_window_new (GTK_APPLICATION (*app));
  gtk_window_present (GTK_WINDOW (window));
  wt_iterate_until (is_shown, window);
  return window;
}

void
wt_close_window (RsWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  wt_iterate (50);
}

void
wt_iterate (int ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

void
wt_iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 end = g_get_monotonic_time () + GIVE_UP_US;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

GtkWidget *
wt_find_widget (GtkWidget *root, GType type, const char *action_name)
{
  if (root == NULL)
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && (action_name == NULL
          || (GTK_IS_ACTIONABLE (root)
              && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name)
                   == 0)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = wt_find_widget (child, type, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
wt_find_message_dialog (RsWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && found == NULL; i++)
    {
      GObject *item = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (item)
          && gtk_window_get_transient_for (GTK_WINDOW (item)) == GTK_WINDOW (parent))
        found = g_object_ref (GTK_WIDGET (item));
      g_object_unref (item);
    }
  return found;
}
