/* rs-cli-info.c — `reluscope-cli info`: what a model file holds, and which units are dead. */
#include <stdio.h>

#include "cli/rs-cli-args.h"
#include "cli/rs-cli-autoptr.h"
#include "cli/rs-cli-commands.h"
#include "cli/rs-cli-json.h"
#include "cli/rs-cli-report.h"
#include "format/rs-format.h"

static const RsCliCommand command = {
  .name = "info",
  .parameters = "MODEL",
  .summary = "Show a model: its shape, parameter count, J over the data and the active and "
             "dead units of every layer.",
  .description = "A unit is dead when g′(z) = 0 on every training example: its whole row of "
                 "∂J/∂Θ is then exactly 0.",
  .n_positional = 1,
};

static void
print_json (const char *path, const RsModel *model, const RsCensus *census, double cost)
{
  const RsNetwork *net = model->net;
  g_autoptr (JsonBuilder) b = rs_cli_json_begin ();

  rs_cli_json_string (b, "file", path);
  rs_cli_json_string (b, "name", model->name);
  json_builder_set_member_name (b, "layers");
  json_builder_begin_array (b);
  for (int l = 1; l <= net->n_layers; l++)
    {
      json_builder_begin_object (b);
      rs_cli_json_int (b, "units", net->units[l]);
      if (l >= 2)
        {
          rs_cli_json_string (b, "activation", rs_activation_name (net->activation[l]));
          json_builder_set_member_name (b, "active");
          json_builder_begin_array (b); /* on how many examples each unit is active */
          for (int j = 0; j < net->units[l]; j++)
            rs_cli_json_int (b, NULL, census->active[l][j]);
          json_builder_end_array (b);
          rs_cli_json_int (b, "dead", rs_census_dead_in_layer (census, l));
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  rs_cli_json_int (b, "parameters", (gint64) net->n_params);
  rs_cli_json_int (b, "examples", model->data->n_examples);
  rs_cli_json_double (b, "J", cost);
  rs_cli_json_double (b, "learning_rate", model->learning_rate);
  rs_cli_json_string (b, "mode", rs_step_mode_name (model->mode));
  rs_cli_json_int (b, "step", (gint64) model->step);
  rs_cli_json_int (b, "hidden_units", census->n_hidden);
  rs_cli_json_int (b, "dead_hidden_units", census->n_dead_hidden);
  rs_cli_json_dead (b, "dead", census);
  rs_cli_json_print (b);
}

static void
print_text (const char *path, const RsModel *model, const RsCensus *census, double cost)
{
  const RsNetwork *net = model->net;
  g_autofree char *shape = rs_cli_shape_text (net);
  g_autofree char *cost_text = rs_format_number (cost, 4);
  g_autofree char *alpha = rs_format_shortest (model->learning_rate);
  g_autofree char *slope = rs_format_shortest (net->act_params.leaky_slope);
  g_autofree char *prime0 = rs_format_shortest (net->act_params.relu_prime_at_zero);

  printf ("%s%s%s\n", path, model->name != NULL ? " — " : "",
          model->name != NULL ? model->name : "");
  printf ("  layers      %s  (L = %d)\n", shape, net->n_layers);
  printf ("  parameters  %zu\n", net->n_params);
  printf ("  examples    %d\n", model->data->n_examples);
  printf ("  J           %s\n", cost_text);
  printf ("  training    α = %s, %s, step %" G_GUINT64_FORMAT "\n", alpha,
          rs_step_mode_name (model->mode), model->step);
  printf ("  settings    ReLU′(0) = %s, leaky slope %s\n", prime0, slope);
  for (int l = 2; l <= net->n_layers; l++)
    {
      g_autofree char *units = rs_cli_layer_census_text (census, l);
      printf ("  %-10s  layer %d (%s, %d %s): %s\n", l == 2 ? "units" : "", l,
              rs_cli_layer_role (net, l), net->units[l], rs_activation_name (net->activation[l]),
              units);
    }
  if (model->hint != NULL)
    printf ("  hint        %s\n", model->hint);
}

int
rs_cli_info (int argc, char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print machine-readable JSON", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) positional = NULL;

  if (!rs_cli_parse_options (&command, entries, argc, argv, &positional))
    return RS_EXIT_USAGE;
  g_autoptr (RsModel) model = rs_cli_load_model (command.name, positional[0]);
  if (model == NULL)
    return RS_EXIT_USAGE;

  g_autoptr (RsCensus) census = rs_census_new (model->net, model->data);
  if (census == NULL)
    {
      rs_cli_error (command.name, "out of memory");
      return RS_EXIT_FAILED;
    }
  /* A J that is not finite is reported as such ("+∞"): info describes, it does not judge. */
  double cost = rs_reference_cost (model->net, model->data);
  if (json)
    print_json (positional[0], model, census, cost);
  else
    print_text (positional[0], model, census, cost);
  return RS_EXIT_OK;
}
