/* rs-cli-grad.c — `reluscope-cli grad`: J, every ∂J/∂Θ, δ of one example, the dead units. */
#include <stdio.h>

#include "cli/rs-cli-args.h"
#include "cli/rs-cli-autoptr.h"
#include "cli/rs-cli-commands.h"
#include "cli/rs-cli-eval.h"
#include "cli/rs-cli-json.h"
#include "cli/rs-cli-report.h"
#include "format/rs-format.h"

static const RsCliCommand command = {
  .name = "grad",
  .parameters = "MODEL",
  .summary = "Show J and ∂J/∂Θ⁽ˡ⁾ of every layer (the mean over all examples, what a batch step "
             "applies), δ of one example, and the dead units.",
  .description = "With --json: \"J\", \"grad\" shaped exactly like the model file's \"theta\" "
                 "(grad[l−2][j−1][k] = ∂J/∂Θ⁽ˡ⁾ⱼₖ),\n\"delta\" of the example "
                 "(delta[l−2][j−1] = δ⁽ˡ⁾ⱼ) and \"dead\" ([{\"layer\": l, \"unit\": j}]).",
  .n_positional = 1,
};

static void
print_json (const RsModel *model, const RsTrace *trace, const RsCensus *census, int t,
            double cost)
{
  const RsNetwork *net = model->net;
  g_autoptr (JsonBuilder) b = rs_cli_json_begin ();

  rs_cli_json_double (b, "J", cost);
  rs_cli_json_int (b, "examples", model->data->n_examples);
  rs_cli_json_layers (b, "grad", net, net->grads);
  rs_cli_json_int (b, "example", t + 1);
  json_builder_set_member_name (b, "delta");
  json_builder_begin_array (b);
  for (int l = 2; l <= net->n_layers; l++)
    rs_cli_json_vector (b, NULL, trace->delta[l], net->units[l]);
  json_builder_end_array (b);
  rs_cli_json_dead (b, "dead", census);
  rs_cli_json_print (b);
}

static void
print_text (const RsModel *model, const RsTrace *trace, const RsCensus *census, int t,
            double cost)
{
  const RsNetwork *net = model->net;
  int m = model->data->n_examples;
  g_autofree char *cost_text = rs_format_number (cost, 4);
  g_autofree char *dead = rs_cli_dead_summary (census);

  printf ("J = %s (mean over %d example%s)\n", cost_text, m, m == 1 ? "" : "s");
  for (int l = 2; l <= net->n_layers; l++)
    {
      g_autofree char *theta = rs_format_symbol (RS_TEXT_PLAIN, "Θ", l, -1, -1);
      printf ("\n∂J/∂%s, %d × %d (row j = unit of layer %d, column k = unit of layer %d, "
              "column 0 the bias):\n",
              theta, net->units[l], rs_network_theta_cols (net, l), l, l - 1);
      rs_cli_print_matrix (rs_network_grad (net, l), net->units[l], rs_network_theta_cols (net, l),
                           2, census, l);
    }
  printf ("\nδ on example %d of %d:\n", t + 1, m);
  for (int l = 2; l <= net->n_layers; l++)
    {
      g_autofree char *delta_sym = rs_format_symbol (RS_TEXT_PLAIN, "δ", l, -1, -1);
      g_autofree char *delta = rs_cli_vector_text (trace->delta[l], net->units[l]);
      printf ("  %s = %s\n", delta_sym, delta);
    }
  printf ("\ndead units: %s\n", dead);
}

int
rs_cli_grad (int argc, char **argv)
{
  gboolean json = FALSE;
  g_autofree char *example = NULL;
  const GOptionEntry entries[] = {
    { "example", 0, 0, G_OPTION_ARG_STRING, &example, "The example whose δ is shown, from 1 (1)",
      "T" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print machine-readable JSON", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) positional = NULL;
  double cost;
  int t;

  if (!rs_cli_parse_options (&command, entries, argc, argv, &positional))
    return RS_EXIT_USAGE;
  g_autoptr (RsModel) model = rs_cli_load_model (command.name, positional[0]);
  if (model == NULL || !rs_cli_parse_example (command.name, example, model->data, &t))
    return RS_EXIT_USAGE;
  if (!rs_cli_evaluate (command.name, model, &cost))
    return RS_EXIT_FAILED;

  g_autoptr (RsCensus) census = rs_census_new (model->net, model->data);
  g_autoptr (RsTrace) trace = rs_trace_new (model->net);
  if (census == NULL || trace == NULL)
    {
      rs_cli_error (command.name, "out of memory");
      return RS_EXIT_FAILED;
    }
  rs_trace_run (model->net, trace, rs_data_x (model->data, t), rs_data_y (model->data, t));
  if (json)
    print_json (model, trace, census, t, cost);
  else
    print_text (model, trace, census, t, cost);
  return RS_EXIT_OK;
}
