/* rs-presets.c — the presets menu's order, and loading one from the GResource. */
#include "rs-presets.h"

#include <gio/gio.h>

#include "io/rs-model-file.h"

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

RsModel *
rs_preset_load (const char *id, GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr (GBytes) bytes = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (id != NULL, NULL);

  path = g_strconcat (PRESETS_PATH, id, ".json", NULL);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  file_name = g_strconcat (id, ".json", NULL);
  data = g_bytes_get_data (bytes, &length);
  return rs_model_load_from_data (data, length, file_name, error);
}
