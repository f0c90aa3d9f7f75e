/* rs-cli-args.c — option parsing, strict numbers and model loading for every subcommand. */
#include "cli/rs-cli-args.h"

#include <math.h>
#include <stdio.h>

#include "format/rs-format.h"
#include "io/rs-model-file.h"
#include "io/rs-presets.h"

static void
print_error (const char *name, const char *format, va_list args, gboolean usage)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  if (name != NULL)
    fprintf (stderr, "reluscope-cli %s: %s\n", name, message);
  else
    fprintf (stderr, "reluscope-cli: %s\n", message);
  if (usage)
    fprintf (stderr, "Try “reluscope-cli%s%s --help”.\n", name != NULL ? " " : "",
             name != NULL ? name : "");
}

void
rs_cli_error (const char *name, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  print_error (name, format, args, FALSE);
  va_end (args);
}

void
rs_cli_usage_error (const char *name, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  print_error (name, format, args, TRUE);
  va_end (args);
}

gboolean
rs_cli_parse_options (const RsCliCommand *command, const GOptionEntry *entries, int argc,
                      char **argv, GStrv *positional)
{
  g_autoptr (GOptionContext) context = g_option_context_new (command->parameters);
  g_autoptr (GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("reluscope-cli %s", command->name);

  /* The usage line reads "reluscope-cli train [OPTION…] MODEL". */
  g_set_prgname (prgname);
  g_option_context_set_summary (context, command->summary);
  if (command->description != NULL)
    g_option_context_set_description (context, command->description);
  g_option_context_add_main_entries (context, entries, NULL);

  GStrv args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_strfreev (args);
      rs_cli_usage_error (command->name, "%s", error->message);
      return FALSE;
    }

  /* args[0] is the subcommand itself; what follows it are the positional arguments. */
  guint n = g_strv_length (args) - 1;
  if (n != (guint) command->n_positional)
    {
      if (n < (guint) command->n_positional)
        rs_cli_usage_error (command->name, "missing %s", command->parameters);
      else
        rs_cli_usage_error (command->name, "unexpected argument “%s”",
                            args[1 + command->n_positional]);
      g_strfreev (args);
      return FALSE;
    }
  *positional = g_strdupv (args + 1);
  g_strfreev (args);
  return TRUE;
}

gboolean
rs_cli_parse_double (const char *name, const char *option, const char *text, double min,
                     double max, double *out)
{
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);

  if (*text == '\0' || g_ascii_isspace (*text) || end == text || *end != '\0')
    {
      rs_cli_usage_error (name, "%s: “%s” is not a number", option, text);
      return FALSE;
    }
  if (!isfinite (value))
    {
      rs_cli_usage_error (name, "%s: “%s” is not a finite number", option, text);
      return FALSE;
    }
  if (value < min || value > max)
    {
      g_autofree char *lo = rs_format_shortest (min);
      g_autofree char *hi = rs_format_shortest (max);
      if (isinf (max))
        rs_cli_usage_error (name, "%s: %s is too small; it must be at least %s", option, text, lo);
      else
        rs_cli_usage_error (name, "%s: %s is outside %s … %s", option, text, lo, hi);
      return FALSE;
    }
  *out = value;
  return TRUE;
}

gboolean
rs_cli_parse_int (const char *name, const char *option, const char *text, gint64 min,
                  gint64 max, gint64 *out)
{
  g_autoptr (GError) error = NULL;
  gint64 value;

  if (g_ascii_string_to_signed (text, 10, min, max, &value, &error))
    {
      *out = value;
      return TRUE;
    }
  if (g_error_matches (error, G_NUMBER_PARSER_ERROR, G_NUMBER_PARSER_ERROR_OUT_OF_BOUNDS))
    rs_cli_usage_error (name, "%s: %s is outside %" G_GINT64_FORMAT " … %" G_GINT64_FORMAT,
                        option, text, min, max);
  else
    rs_cli_usage_error (name, "%s: “%s” is not a whole number", option, text);
  return FALSE;
}

void
rs_cli_unknown_choice (const char *name, const char *option, const char *text,
                       const char *choices)
{
  rs_cli_usage_error (name, "%s: unknown “%s” (%s)", option, text, choices);
}

gboolean
rs_cli_parse_layers (const char *name, const char *text, int *n_layers,
                     int units[RS_MAX_LAYERS])
{
  g_auto (GStrv) parts = g_strsplit (text, ",", -1);
  guint n = g_strv_length (parts);

  if (n < RS_MIN_LAYERS || n > RS_MAX_LAYERS)
    {
      rs_cli_usage_error (name,
                          "--layers %s: %u layer%s given; a network has %d to %d layers, e.g. "
                          "--layers 2,3,2",
                          text, n, n == 1 ? "" : "s", RS_MIN_LAYERS, RS_MAX_LAYERS);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *option = g_strdup_printf ("--layers %s: layer %u", text, i + 1);
      gint64 value;
      if (!rs_cli_parse_int (name, option, parts[i], 1, RS_MAX_UNITS, &value))
        return FALSE;
      units[i] = (int) value;
    }
  *n_layers = (int) n;
  g_assert (rs_network_shape_is_valid (*n_layers, units));
  return TRUE;
}

/* "Θ⁽²⁾ is 3 × 3 (j = 1 … 3, k = 0 … 2; k = 0 is the bias)" for every layer, so a wrong
 * --weight is answered with what would have been right. */
static char *
valid_weights_text (const RsNetwork *net)
{
  GString *text = g_string_new (NULL);
  for (int l = 2; l <= net->n_layers; l++)
    {
      g_autofree char *theta = rs_format_symbol (RS_TEXT_PLAIN, "Θ", l, -1, -1);
      g_string_append_printf (text, "%s%s: j = 1 … %d, k = 0 … %d", l > 2 ? "; " : "", theta,
                              net->units[l], net->units[l - 1]);
    }
  g_string_append_printf (text, " (k = 0 is the bias; l = 2 … %d)", net->n_layers);
  return g_string_free (text, FALSE);
}

gboolean
rs_cli_parse_weight (const char *name, const char *text, const RsNetwork *net, int *l, int *j,
                     int *k)
{
  g_auto (GStrv) parts = g_strsplit (text, ",", -1);
  gint64 value[3];
  gboolean ok = g_strv_length (parts) == 3;

  for (int i = 0; ok && i < 3; i++)
    ok = g_ascii_string_to_signed (parts[i], 10, 0, G_MAXINT, &value[i], NULL);
  if (ok)
    ok = rs_network_weight_is_valid (net, (int) value[0], (int) value[1], (int) value[2]);
  if (!ok)
    {
      g_autofree char *valid = valid_weights_text (net);
      rs_cli_usage_error (name, "--weight %s: no such weight; give l,j,k for Θ⁽ˡ⁾ⱼₖ with %s",
                          text, valid);
      return FALSE;
    }
  *l = (int) value[0];
  *j = (int) value[1];
  *k = (int) value[2];
  return TRUE;
}

gboolean
rs_cli_parse_example (const char *name, const char *text, const RsData *data, int *t)
{
  gint64 value = 1;
  if (text != NULL)
    {
      g_autofree char *option = g_strdup_printf ("--example (1 … %d)", data->n_examples);
      if (!rs_cli_parse_int (name, option, text, 1, data->n_examples, &value))
        return FALSE;
    }
  *t = (int) value - 1;
  return TRUE;
}

RsModel *
rs_cli_load_model (const char *name, const char *path)
{
  g_autoptr (GError) error = NULL;
  RsModel *model;

  /* A file of that name wins, so no path a user already has changes its meaning. */
  if (g_str_has_prefix (path, RS_CLI_PRESET_PREFIX) && !g_file_test (path, G_FILE_TEST_EXISTS))
    model = rs_preset_load (path + strlen (RS_CLI_PRESET_PREFIX), &error);
  else
    model = rs_model_load (path, &error);
  if (model == NULL)
    rs_cli_error (name, "%s", error->message);
  return model;
}

gboolean
rs_cli_save_model (const char *name, const RsModel *model, const char *path)
{
  g_autoptr (GError) error = NULL;
  if (rs_model_save (model, path, &error))
    return TRUE;
  rs_cli_error (name, "%s", error->message);
  return FALSE;
}
