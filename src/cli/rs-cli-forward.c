/* rs-cli-forward.c — `reluscope-cli forward`: z and a of every layer for one example. */
#include <stdio.h>

#include "cli/rs-cli-args.h"
#include "cli/rs-cli-autoptr.h"
#include "cli/rs-cli-commands.h"
#include "cli/rs-cli-json.h"
#include "cli/rs-cli-report.h"
#include "format/rs-format.h"

static const RsCliCommand command = {
  .name = "forward",
  .parameters = "MODEL",
  .summary = "Run one training example forward: z⁽ˡ⁾ = Θ⁽ˡ⁾ [1; a⁽ˡ⁻¹⁾] and a⁽ˡ⁾ = g(z⁽ˡ⁾) of "
             "every layer.",
  .description = "Examples are numbered from 1, as in every text ReluScope prints.",
  .n_positional = 1,
};

static void
print_json (const RsModel *model, const RsTrace *trace, int t)
{
  const RsNetwork *net = model->net;
  g_autoptr (JsonBuilder) b = rs_cli_json_begin ();

  rs_cli_json_int (b, "example", t + 1);
  rs_cli_json_vector (b, "x", rs_data_x (model->data, t), net->units[1]);
  rs_cli_json_vector (b, "y", rs_data_y (model->data, t), net->units[net->n_layers]);
  json_builder_set_member_name (b, "layers");
  json_builder_begin_array (b);
  for (int l = 1; l <= net->n_layers; l++)
    {
      json_builder_begin_object (b);
      rs_cli_json_int (b, "layer", l);
      if (l >= 2)
        {
          rs_cli_json_string (b, "activation", rs_activation_name (net->activation[l]));
          rs_cli_json_vector (b, "z", trace->z[l], net->units[l]);
        }
      rs_cli_json_vector (b, "a", trace->a[l], net->units[l]);
      if (l >= 2)
        rs_cli_json_vector (b, "gprime", trace->gprime[l], net->units[l]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  rs_cli_json_double (b, "cost", trace->cost);
  rs_cli_json_print (b);
}

/* "inactive: units 3, 5" for the units whose g′(z) is 0 on this example. */
static char *
inactive_text (const RsTrace *trace, int l)
{
  GString *text = g_string_new (NULL);
  for (int j = 0; j < trace->units[l]; j++)
    if (trace->gprime[l][j] == 0.0)
      g_string_append_printf (text, "%s%d", text->len > 0 ? ", " : "", j + 1);
  if (text->len == 0)
    return g_string_free (text, TRUE);
  g_string_prepend (text, "   inactive (g′ = 0): ");
  return g_string_free (text, FALSE);
}

static void
print_text (const RsModel *model, const RsTrace *trace, int t)
{
  const RsNetwork *net = model->net;
  int L = net->n_layers;
  g_autofree char *x = rs_cli_vector_text (rs_data_x (model->data, t), net->units[1]);
  g_autofree char *y = rs_cli_vector_text (rs_data_y (model->data, t), net->units[L]);
  g_autofree char *cost = rs_format_number (trace->cost, 4);

  printf ("example %d of %d: x = %s, y = %s\n", t + 1, model->data->n_examples, x, y);
  for (int l = 1; l <= L; l++)
    {
      g_autofree char *a_sym = rs_format_symbol (RS_TEXT_PLAIN, "a", l, -1, -1);
      g_autofree char *a = rs_cli_vector_text (trace->a[l], net->units[l]);
      if (l == 1)
        {
          printf ("  layer 1 (input)\n      %s = x = %s\n", a_sym, a);
          continue;
        }
      g_autofree char *z_sym = rs_format_symbol (RS_TEXT_PLAIN, "z", l, -1, -1);
      g_autofree char *z = rs_cli_vector_text (trace->z[l], net->units[l]);
      g_autofree char *inactive = inactive_text (trace, l);
      printf ("  layer %d (%s, %s)\n", l, rs_cli_layer_role (net, l),
              rs_activation_name (net->activation[l]));
      printf ("      %s = %s\n", z_sym, z);
      printf ("      %s = %s%s\n", a_sym, a, inactive != NULL ? inactive : "");
    }
  printf ("J on this example = Σᵢ ½ (a⁽ᴸ⁾ᵢ − yᵢ)² = %s\n", cost);
}

int
rs_cli_forward (int argc, char **argv)
{
  gboolean json = FALSE;
  g_autofree char *example = NULL;
  const GOptionEntry entries[] = {
    { "example", 0, 0, G_OPTION_ARG_STRING, &example, "Which example, from 1 (1)", "T" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print machine-readable JSON", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) positional = NULL;
  int t;

  if (!rs_cli_parse_options (&command, entries, argc, argv, &positional))
    return RS_EXIT_USAGE;
  g_autoptr (RsModel) model = rs_cli_load_model (command.name, positional[0]);
  if (model == NULL || !rs_cli_parse_example (command.name, example, model->data, &t))
    return RS_EXIT_USAGE;

  g_autoptr (RsTrace) trace = rs_trace_new (model->net);
  if (trace == NULL)
    {
      rs_cli_error (command.name, "out of memory");
      return RS_EXIT_FAILED;
    }
  rs_trace_run (model->net, trace, rs_data_x (model->data, t), rs_data_y (model->data, t));
  if (json)
    print_json (model, trace, t);
  else
    print_text (model, trace, t);
  return RS_EXIT_OK;
}
