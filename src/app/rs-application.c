/* rs-application.c — app actions, accelerators, the style sheet, light or dark, the About
 * dialog and opening windows. */
#include "rs-application.h"

#include <glib/gi18n.h>

#include "rs-colour-scheme.h"
#include "rs-settings.h"
#include "rs-window.h"

struct _RsApplication
{
  GtkApplication parent_instance;

  RsColourScheme *colour_scheme;
  GSettings *settings; /* NULL when the schema is not installed */
};

G_DEFINE_FINAL_TYPE (RsApplication, rs_application, GTK_TYPE_APPLICATION)

static gpointer
ref_window (gconstpointer window, gpointer unused)
{
  return g_object_ref ((gpointer) window);
}

/* Closes every window as its close button would, so each asks about unsaved changes; the
 * application ends with the last one. */
static void
quit_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  /* Referenced: closing one window destroys the dialogs over it. */
  GList *windows = g_list_copy_deep (gtk_application_get_windows (app), ref_window, NULL);
  gboolean any_left = FALSE;

  for (GList *l = windows; l != NULL; l = l->next)
    if (RS_IS_WINDOW (l->data))
      gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    any_left |= RS_IS_WINDOW (l->data);
  /* Helper windows (shortcuts, About) would keep the application running otherwise. */
  if (!any_left)
    g_application_quit (G_APPLICATION (app));
}

static void
new_window_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  gtk_window_present (GTK_WINDOW (rs_window_new (GTK_APPLICATION (user_data))));
}

static void
about_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  static const char *authors[] = { N_("The ReluScope authors"), NULL };
  const char *translated_authors[] = { _(authors[0]), NULL };
  /* The ideas the diagram's colours rest on. */
  static const char *colour_maps[] = { "ColorBrewer, by Cynthia Brewer",
                                       "viridis, by Stéfan van der Walt and Nathaniel Smith",
                                       NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkAboutDialog *about;

  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                        "transient-for", parent,
                        "modal", TRUE,
                        "destroy-with-parent", TRUE,
                        "program-name", "ReluScope",
                        "logo-icon-name", RS_APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("See backpropagation through ReLU networks: weights, "
                                      "gradients, dead units and the chain rule, one step at "
                                      "a time."),
                        "website", "https://github.com/reluscope/reluscope",
                        "website-label", _("Website"),
                        "copyright", _("© 2026 The ReluScope authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "authors", translated_authors,
                        /* Translators: your name(s), one per line, shown in the About dialog. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_about_dialog_add_credit_section (about, _("Colour maps"), colour_maps);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated, NULL, NULL, NULL, { 0 } },
  { "new-window", new_window_activated, NULL, NULL, NULL, { 0 } },
  { "about", about_activated, NULL, NULL, NULL, { 0 } },
};

/* Accelerators that also show in menus. Plain keys (Space, ←, P, C …) are window bindings
 * instead (see rs-window.c): as application accelerators they would be taken before a text
 * entry could type them. */
static const struct
{
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.new-window", { "<Control>n", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.import-data", { "<Control><Shift>o", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.reset", { "<Control>r", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.show-side-panel", { "F9", NULL } },
  { "win.fullscreen", { "F11", NULL } },
  { "win.text-larger", { "<Control>plus", "<Control>equal", NULL } },
  { "win.text-smaller", { "<Control>minus", NULL } },
  { "win.text-normal", { "<Control>0", NULL } },
};

static void
load_style (void)
{
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/io/github/reluscope/ReluScope/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* Follow System / Light / Dark in the primary menu (app.colour-scheme), remembered. */
static void
setup_colour_scheme (RsApplication *self)
{
  g_autoptr (GAction) action = NULL;

  self->colour_scheme = rs_colour_scheme_new (
    g_application_get_dbus_connection (G_APPLICATION (self)));
  self->settings = rs_settings_new ();
  if (self->settings != NULL)
    g_settings_bind (self->settings, "colour-scheme", self->colour_scheme, "choice",
                     G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_NO_SENSITIVITY);
  action = G_ACTION (g_property_action_new ("colour-scheme", self->colour_scheme, "choice"));
  g_action_map_add_action (G_ACTION_MAP (self), action);
}

static void
rs_application_dispose (GObject *object)
{
  RsApplication *self = RS_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->colour_scheme);
  G_OBJECT_CLASS (rs_application_parent_class)->dispose (object);
}

static void
rs_application_startup (GApplication *application)
{
  GtkApplication *app = GTK_APPLICATION (application);

  G_APPLICATION_CLASS (rs_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  for (gsize i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (app, app_accels[i].action, app_accels[i].accels);
  load_style ();
  gtk_window_set_default_icon_name (RS_APPLICATION_ID);
  setup_colour_scheme (RS_APPLICATION (application));
}

static void
rs_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (rs_window_new (GTK_APPLICATION (application)));
  gtk_window_present (window);
}

/* A window still showing the preset it opened with holds nothing of the user's: a file
 * opened from the command line or the file manager goes there rather than into a second
 * window beside it. */
static gboolean
is_untouched (GtkWindow *window)
{
  RsDocument *document;

  if (!RS_IS_WINDOW (window))
    return FALSE;
  document = rs_window_get_document (RS_WINDOW (window));
  return rs_document_get_file (document) == NULL && !rs_document_get_modified (document);
}

static void
rs_application_open (GApplication *application, GFile **files, int n_files, const char *hint)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (application));

  for (int i = 0; i < n_files; i++)
    {
      RsWindow *window = i == 0 && active != NULL && is_untouched (active)
                           ? RS_WINDOW (active)
                           : rs_window_new (GTK_APPLICATION (application));

      rs_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
rs_application_class_init (RsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = rs_application_dispose;

  app_class->startup = rs_application_startup;
  app_class->activate = rs_application_activate;
  app_class->open = rs_application_open;
}

static void
rs_application_init (RsApplication *self)
{
}

RsColourScheme *
rs_application_get_colour_scheme (RsApplication *self)
{
  g_return_val_if_fail (RS_IS_APPLICATION (self), NULL);
  return self->colour_scheme;
}

RsApplication *
rs_application_new (GApplicationFlags flags)
{
  return g_object_new (RS_TYPE_APPLICATION,
                       "application-id", RS_APPLICATION_ID,
                       "flags", flags,
                       NULL);
}
