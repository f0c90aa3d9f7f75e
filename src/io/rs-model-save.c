/* rs-model-save.c — an RsModel as a model file: JSON written by hand so the layout reads
 * well (one matrix row per line) and every double reads back bit-identical. */
#include "io/rs-model-file.h"

#include <math.h>

#include "core/rs-activation.h"
#include "core/rs-init.h"
#include "io/rs-io-private.h"
#include "io/rs-json-writer.h"

/* rows × cols row-major as "[\n<indent>  [a, b],\n …<indent>]". */
static void
append_matrix (GString *out, const double *m, int rows, int cols, const char *indent)
{
  g_string_append (out, "[\n");
  for (int j = 0; j < rows; j++)
    {
      g_string_append_printf (out, "%s  [", indent);
      for (int k = 0; k < cols; k++)
        {
          if (k > 0)
            g_string_append (out, ", ");
          rs_json_append_double (out, m[(gsize) j * (gsize) cols + (gsize) k]);
        }
      g_string_append (out, j + 1 < rows ? "],\n" : "]\n");
    }
  g_string_append_printf (out, "%s]", indent);
}

static void
append_layers (GString *out, const RsNetwork *net)
{
  g_string_append (out, "  \"layers\": [\n");
  for (int l = 1; l <= net->n_layers; l++)
    {
      g_string_append_printf (out, "    {\"units\": %d", net->units[l]);
      if (l >= 2)
        g_string_append_printf (out, ", \"activation\": \"%s\"",
                                rs_activation_name (net->activation[l]));
      g_string_append (out, l < net->n_layers ? "},\n" : "}\n");
    }
  g_string_append (out, "  ],\n");
}

static void
append_theta (GString *out, const RsNetwork *net)
{
  g_string_append (out, "  \"theta\": [\n");
  for (int l = 2; l <= net->n_layers; l++)
    {
      /* theta[l-2] is Θ⁽ˡ⁾: sₗ × (sₗ₋₁ + 1) */
      g_string_append (out, "    ");
      append_matrix (out, rs_network_theta (net, l), net->units[l],
                     rs_network_theta_cols (net, l), "    ");
      g_string_append (out, l < net->n_layers ? ",\n" : "\n");
    }
  g_string_append (out, "  ],\n");
}

static void
append_data (GString *out, const RsData *data)
{
  g_string_append (out, "  \"data\": {\n    \"x\": ");
  append_matrix (out, data->x, data->n_examples, data->n_inputs, "    ");
  g_string_append (out, ",\n    \"y\": ");
  append_matrix (out, data->y, data->n_examples, data->n_outputs, "    ");
  g_string_append (out, "\n  },\n");
}

char *
rs_model_to_json (const RsModel *model)
{
  GString *out;
  const RsNetwork *net;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (model->net != NULL && model->data != NULL, NULL);

  net = model->net;
  out = g_string_sized_new (1024 + 24 * (net->n_params + (gsize) model->data->n_examples
                                                            * (gsize) (model->data->n_inputs
                                                                       + model->data->n_outputs)));

  g_string_append (out, "{\n  \"format\": \"reluscope-model\",\n  \"version\": 1,\n");
  if (model->name != NULL)
    {
      g_string_append (out, "  \"name\": ");
      rs_json_append_string (out, model->name);
      g_string_append (out, ",\n");
    }
  if (model->hint != NULL)
    {
      g_string_append (out, "  \"hint\": ");
      rs_json_append_string (out, model->hint);
      g_string_append (out, ",\n");
    }

  append_layers (out, net);
  g_string_append (out, "  \"relu_prime_at_zero\": ");
  rs_json_append_double (out, net->act_params.relu_prime_at_zero);
  g_string_append (out, ",\n  \"leaky_slope\": ");
  rs_json_append_double (out, net->act_params.leaky_slope);
  g_string_append (out, ",\n");
  append_theta (out, net);
  append_data (out, model->data);

  g_string_append (out, "  \"training\": {\"learning_rate\": ");
  rs_json_append_double (out, model->learning_rate);
  g_string_append_printf (out, ", \"mode\": \"%s\", \"step\": %" G_GUINT64_FORMAT "},\n",
                          rs_step_mode_name (model->mode), (guint64) model->step);

  g_string_append_printf (out, "  \"init\": {\"scheme\": \"%s\", \"seed\": %" G_GUINT64_FORMAT
                               ", \"bias\": ",
                          rs_init_scheme_name (model->init.scheme), (guint64) model->init.seed);
  rs_json_append_double (out, model->init.bias);
  g_string_append (out, ", \"range\": ");
  rs_json_append_double (out, model->init.range);
  g_string_append (out, "}\n}\n");

  return g_string_free (out, FALSE);
}

/* Refuses what the loader would refuse, so a saved file always loads: non-finite numbers
 * (JSON has no NaN or ∞), settings out of range, and counts beyond the signed 64-bit
 * integers json-glib reads back. The error names the place as the loader would. */
static gboolean
check_savable (const RsModel *model, const char *file, GError **error)
{
  const RsNetwork *net = model->net;
  const RsData *data = model->data;
  const struct
  {
    const char *place;
    double value, min, max;
  } settings[] = {
    { "relu_prime_at_zero", net->act_params.relu_prime_at_zero, 0.0, 1.0 },
    { "leaky_slope", net->act_params.leaky_slope, -INFINITY, INFINITY },
    { "training.learning_rate", model->learning_rate, 0.0, INFINITY },
    { "init.bias", model->init.bias, -INFINITY, INFINITY },
    { "init.range", model->init.range, 0.0, INFINITY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      char shown[G_ASCII_DTOSTR_BUF_SIZE];

      if (!isfinite (settings[i].value))
        {
          rs_io_set_error (error, RS_IO_ERROR_WRITE, file, settings[i].place,
                           _("not a finite number, nothing was saved"));
          return FALSE;
        }
      if (settings[i].value < settings[i].min || settings[i].value > settings[i].max)
        {
          rs_io_set_error (error, RS_IO_ERROR_WRITE, file, settings[i].place,
                           _("%s is out of range, nothing was saved"),
                           rs_io_format_shortest (settings[i].value, shown, sizeof shown));
          return FALSE;
        }
    }

  for (size_t i = 0; i < net->n_params; i++)
    if (!isfinite (net->params[i]))
      {
        g_autofree char *place = NULL;
        int l, j, k;

        rs_network_locate (net, i, &l, &j, &k);
        place = g_strdup_printf ("theta[%d][%d][%d]", l - 2, j - 1, k);
        rs_io_set_error (error, RS_IO_ERROR_WRITE, file, place,
                         _("not a finite number, nothing was saved"));
        return FALSE;
      }

  for (int t = 0; t < data->n_examples; t++)
    for (int side = 0; side < 2; side++)
      {
        const double *row = side == 0 ? rs_data_x (data, t) : rs_data_y (data, t);
        int n = side == 0 ? data->n_inputs : data->n_outputs;

        for (int i = 0; i < n; i++)
          if (!isfinite (row[i]))
            {
              g_autofree char *place =
                g_strdup_printf ("data.%c[%d][%d]", side == 0 ? 'x' : 'y', t, i);
              rs_io_set_error (error, RS_IO_ERROR_WRITE, file, place,
                               _("not a finite number, nothing was saved"));
              return FALSE;
            }
      }

  if (model->step > G_MAXINT64 || model->init.seed > G_MAXINT64)
    {
      g_autofree char *limit = g_strdup_printf ("%" G_GINT64_FORMAT, G_MAXINT64);

      rs_io_set_error (error, RS_IO_ERROR_WRITE, file,
                       model->step > G_MAXINT64 ? "training.step" : "init.seed",
                       _("larger than %s, nothing was saved"), limit);
      return FALSE;
    }
  return TRUE;
}

gboolean
rs_model_save (const RsModel *model, const char *path, GError **error)
{
  g_autofree char *name = NULL;
  g_autofree char *json = NULL;
  g_autoptr (GError) local = NULL;

  g_return_val_if_fail (model != NULL, FALSE);
  g_return_val_if_fail (model->net != NULL && model->data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  name = g_filename_display_basename (path);
  if (!check_savable (model, name, error))
    return FALSE;

  json = rs_model_to_json (model);
  /* CONSISTENT writes a temporary file and renames it over the target, so readers see the
   * old file or the new one, never half of one; DURABLE syncs it first, so a power loss
   * right after the rename does not leave an empty file either. */
  if (!g_file_set_contents_full (path, json, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0666, &local))
    {
      rs_io_set_error (error, RS_IO_ERROR_WRITE, name, NULL, _("cannot save: %s"),
                       local->message);
      return FALSE;
    }
  return TRUE;
}
