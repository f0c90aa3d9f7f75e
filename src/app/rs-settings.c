/* rs-settings.c — remembering the window and the model between runs. */
#include "rs-settings.h"

GSettings *
rs_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, RS_SETTINGS_SCHEMA_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("Settings schema %s not found: nothing is remembered", RS_SETTINGS_SCHEMA_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

void
rs_settings_bind_window_size (GSettings *settings, GtkWindow *window)
{
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (GTK_IS_WINDOW (window));

  /* GTK keeps the default size at the size the user gave the window, also while it is
   * maximized, so it is the size to come back to. */
  g_settings_bind (settings, "window-width", window, "default-width", RS_SETTINGS_BIND_FLAGS);
  g_settings_bind (settings, "window-height", window, "default-height", RS_SETTINGS_BIND_FLAGS);
  g_settings_bind (settings, "window-maximized", window, "maximized", RS_SETTINGS_BIND_FLAGS);
}

gboolean
rs_settings_restore_model (GSettings *settings, RsDocument *document)
{
  g_autofree char *uri = NULL;
  g_autofree char *preset = NULL;
  g_autoptr (GError) error = NULL;
  double alpha;

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (RS_IS_DOCUMENT (document), FALSE);

  /* Read first: loading the model saves the α in its file when the model is tracked. */
  alpha = g_settings_get_double (settings, "alpha");

  /* A file moved or broken since is no reason for a dialog at start: the default preset
   * shows instead, and the next model loaded is remembered in its place. */
  uri = g_settings_get_string (settings, "last-file");
  if (*uri != '\0')
    {
      g_autoptr (GFile) file = g_file_new_for_uri (uri);

      if (!rs_document_load_file (document, file, &error))
        {
          g_debug ("Not reopening %s: %s", uri, error->message);
          return FALSE;
        }
    }
  else
    {
      preset = g_settings_get_string (settings, "last-preset");
      if (!rs_document_load_preset (document, preset, &error))
        {
          g_debug ("Not reloading preset %s: %s", preset, error->message);
          return FALSE;
        }
    }
  /* The α last used with this model, over the one in its file. Checked here rather than
   * bound: the document refuses an invalid α, whatever the settings database holds. */
  if (rs_alpha_is_valid (alpha))
    rs_document_set_alpha (document, alpha);
  return TRUE;
}

static void
document_loaded_cb (GSettings *settings, RsDocument *document)
{
  GFile *file = rs_document_get_file (document);
  const char *preset = rs_document_get_preset (document);

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_settings_set_string (settings, "last-file", uri);
    }
  else if (preset != NULL)
    {
      g_settings_set_string (settings, "last-file", "");
      g_settings_set_string (settings, "last-preset", preset);
    }
}

static void
document_alpha_cb (GSettings *settings, GParamSpec *pspec, RsDocument *document)
{
  g_settings_set_double (settings, "alpha", rs_document_get_alpha (document));
}

void
rs_settings_track_model (GSettings *settings, RsDocument *document)
{
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (RS_IS_DOCUMENT (document));

  g_signal_connect_object (document, "loaded", G_CALLBACK (document_loaded_cb), settings,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::alpha", G_CALLBACK (document_alpha_cb), settings,
                           G_CONNECT_SWAPPED);
}
