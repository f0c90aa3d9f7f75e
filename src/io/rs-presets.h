/* rs-presets.h — the built-in example models, stored as model files in a GResource linked into
 * this library, so the app and the command-line tool both have them. */
#pragma once

#include <glib.h>

#include "core/rs-model.h"

G_BEGIN_DECLS

#define RS_PRESET_DEFAULT "question"

/* The preset ids in the order the presets menu lists them, NULL-terminated. */
const char *const *rs_presets_get_ids (void);

/* Whether `id` names a preset. */
gboolean rs_preset_exists (const char *id);

/* Loads preset `id` (e.g. "question") from the GResource with rs_model_load_from_data(): the
 * same loader a user's file goes through. NULL with an error when there is no such preset or it
 * does not load. Free with rs_model_free(). */
RsModel *rs_preset_load (const char *id, GError **error);

G_END_DECLS
