/* rs-presets.c — the presets menu's order, and loading one from the GResource. */
#include "io/rs-presets.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "io/rs-model-file.h"
#include "rs-presets-resources.h"

#define PRESETS_PATH "/io/github/reluscope/ReluScope/presets/"

/* The order tells a story: the question, then the ways a ReLU dies, then a network that
 * learns. */
static const char *const preset_ids[] = {
  "question",
  "large-step",
  "leaky-comeback",
  "dead-output",
  "born-dead",
  "xor",
  NULL,
};

const char *const *
rs_presets_get_ids (void)
{
  return preset_ids;
}

/* The presets' resource, registered on first use: a constructor would be dropped from a static
 * link, this call keeps it in. */
static GResource *
presets_resource (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      rs_presets_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  return rs_presets_get_resource ();
}

gboolean
rs_preset_exists (const char *id)
{
  g_return_val_if_fail (id != NULL, FALSE);

  return g_strv_contains (preset_ids, id);
}

RsModel *
rs_preset_load (const char *id, GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr (GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (id != NULL, NULL);

  if (!rs_preset_exists (id))
    {
      g_autofree char *known = g_strjoinv (", ", (char **) preset_ids);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("no example called \"%s\" (%s)"), id,
                   known);
      return NULL;
    }
  path = g_strconcat (PRESETS_PATH, id, ".json", NULL);
  bytes = g_resource_lookup_data (presets_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  file_name = g_strconcat (id, ".json", NULL);
  data = g_bytes_get_data (bytes, &length);
  return rs_model_load_from_data (data, length, file_name, error);
}
