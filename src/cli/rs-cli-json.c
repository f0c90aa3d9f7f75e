/* rs-cli-json.c — shared --json output. */
#include "cli/rs-cli-json.h"

#include <math.h>
#include <stdio.h>

static void
member (JsonBuilder *builder, const char *name)
{
  if (name != NULL)
    json_builder_set_member_name (builder, name);
}

void
rs_cli_json_double (JsonBuilder *builder, const char *name, double value)
{
  member (builder, name);
  if (isfinite (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
rs_cli_json_int (JsonBuilder *builder, const char *name, gint64 value)
{
  member (builder, name);
  json_builder_add_int_value (builder, value);
}

void
rs_cli_json_string (JsonBuilder *builder, const char *name, const char *value)
{
  member (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
rs_cli_json_bool (JsonBuilder *builder, const char *name, gboolean value)
{
  member (builder, name);
  json_builder_add_boolean_value (builder, value);
}

void
rs_cli_json_vector (JsonBuilder *builder, const char *name, const double *values, int n)
{
  member (builder, name);
  json_builder_begin_array (builder);
  for (int i = 0; i < n; i++)
    rs_cli_json_double (builder, NULL, values[i]);
  json_builder_end_array (builder);
}

void
rs_cli_json_layers (JsonBuilder *builder, const char *name, const RsNetwork *net,
                    const double *buffer)
{
  member (builder, name);
  json_builder_begin_array (builder);
  for (int l = 2; l <= net->n_layers; l++)
    {
      int cols = rs_network_theta_cols (net, l);
      const double *layer = buffer + net->theta_offset[l]; /* sₗ × (sₗ₋₁ + 1) */
      json_builder_begin_array (builder);
      for (int j = 0; j < net->units[l]; j++)
        rs_cli_json_vector (builder, NULL, layer + (gsize) j * cols, cols);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
}

void
rs_cli_json_dead (JsonBuilder *builder, const char *name, const RsCensus *census)
{
  member (builder, name);
  json_builder_begin_array (builder);
  for (int l = 2; l <= census->n_layers; l++)
    for (int j = 1; j <= census->units[l]; j++)
      if (rs_census_is_dead (census, l, j))
        {
          json_builder_begin_object (builder);
          rs_cli_json_int (builder, "layer", l);
          rs_cli_json_int (builder, "unit", j);
          json_builder_end_object (builder);
        }
  json_builder_end_array (builder);
}

JsonBuilder *
rs_cli_json_begin (void)
{
  JsonBuilder *builder = json_builder_new ();
  json_builder_begin_object (builder);
  return builder;
}

void
rs_cli_json_print (JsonBuilder *builder)
{
  json_builder_end_object (builder);
  g_autoptr (JsonNode) root = json_builder_get_root (builder);
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  g_autofree char *text = json_generator_to_data (generator, NULL);
  fputs (text, stdout);
  fputc ('\n', stdout);
}
