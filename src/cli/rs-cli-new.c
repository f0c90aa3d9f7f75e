/* rs-cli-new.c — `reluscope-cli new`: a model file from a shape, an initialization and data. */
#include <math.h>
#include <stdio.h>

#include "cli/rs-cli-args.h"
#include "cli/rs-cli-autoptr.h"
#include "cli/rs-cli-commands.h"
#include "cli/rs-cli-json.h"
#include "cli/rs-cli-report.h"
#include "core/rs-dataset.h"
#include "format/rs-format.h"
#include "io/rs-model-file.h"

#define DEFAULT_EXAMPLES 100 /* for the built-in sets other than xor, which has its 4 corners */

static const RsCliCommand command = {
  .name = "new",
  .parameters = "",
  .summary = "Create a model file: the layers, their activations, the initial Θ and the "
             "training data.",
  .description = "Data sets: xor, circle, gauss, spiral (2 inputs), plane (any shape), or a CSV "
                 "file with\nthe input columns, then the target columns. Without --data: xor "
                 "for 2 inputs, plane otherwise.\n\n"
                 "Example:\n  reluscope-cli new --layers 2,3,2 --init he --seed 1 --data xor "
                 "-o model.json",
  .n_positional = 0,
};

/* The option values as typed; NULL when not given (GOption frees what it replaces, so the
 * defaults are applied after parsing rather than stored here). */
typedef struct
{
  char *layers, *hidden, *output, *init, *seed, *bias, *range, *data, *data_seed, *examples,
    *alpha, *mode, *slope, *prime_at_zero, *out;
  gboolean json;
} Options;

static void
options_clear (Options *o)
{
  char **fields[] = { &o->layers, &o->hidden, &o->output, &o->init, &o->seed, &o->bias,
                      &o->range, &o->data, &o->data_seed, &o->examples, &o->alpha, &o->mode,
                      &o->slope, &o->prime_at_zero, &o->out };
  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    g_clear_pointer (fields[i], g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static gboolean
parse_activation (const char *option, const char *text, RsActivation *out)
{
  if (rs_activation_from_name (text, out))
    return TRUE;
  rs_cli_unknown_choice (command.name, option, text, rs_activation_all_names ());
  return FALSE;
}

/* The network with its activations, settings and initial Θ. */
static RsNetwork *
build_network (const Options *o, RsInitSpec *spec)
{
  int n_layers, units[RS_MAX_LAYERS];
  RsActivation hidden = RS_ACTIVATION_RELU, output = RS_ACTIVATION_LINEAR;
  double slope = 0.01, prime_at_zero = 0.0;
  gint64 seed = 1;

  *spec = rs_init_spec_default ();
  if (o->layers == NULL)
    {
      rs_cli_usage_error (command.name, "--layers is required, e.g. --layers 2,3,2");
      return NULL;
    }
  if (!rs_cli_parse_layers (command.name, o->layers, &n_layers, units)
      || (o->hidden != NULL && !parse_activation ("--hidden", o->hidden, &hidden))
      || (o->output != NULL && !parse_activation ("--output", o->output, &output))
      || (o->seed != NULL
          && !rs_cli_parse_int (command.name, "--seed", o->seed, 0, G_MAXINT64, &seed))
      || (o->bias != NULL
          && !rs_cli_parse_double (command.name, "--bias", o->bias, -1e6, 1e6, &spec->bias))
      || (o->range != NULL
          && !rs_cli_parse_double (command.name, "--range", o->range, 0, 1e6, &spec->range))
      || (o->slope != NULL
          && !rs_cli_parse_double (command.name, "--leaky-slope", o->slope, 0, 1, &slope))
      || (o->prime_at_zero != NULL
          && !rs_cli_parse_double (command.name, "--relu-prime-at-zero", o->prime_at_zero, 0, 1,
                                   &prime_at_zero)))
    return NULL;
  if (o->init != NULL && !rs_init_scheme_from_name (o->init, &spec->scheme))
    {
      rs_cli_unknown_choice (command.name, "--init", o->init, rs_init_scheme_all_names ());
      return NULL;
    }
  spec->seed = (uint64_t) seed;

  RsNetwork *net = rs_network_new (n_layers, units);
  if (net == NULL)
    {
      rs_cli_error (command.name, "out of memory for a %s network", o->layers);
      return NULL;
    }
  for (int l = 2; l < n_layers; l++)
    net->activation[l] = hidden;
  net->activation[n_layers] = output;
  net->act_params.leaky_slope = slope;
  net->act_params.relu_prime_at_zero = prime_at_zero;
  rs_network_init (net, spec);
  return net;
}

/* The training data: a built-in set, or a CSV file shaped like the network. */
static RsData *
build_data (const Options *o, const RsNetwork *net, const char **description)
{
  int s1 = net->units[1], sL = net->units[net->n_layers];
  const char *which = o->data != NULL ? o->data : s1 == 2 ? "xor" : "plane";
  RsDatasetKind kind;
  *description = which;

  if (!rs_dataset_from_name (which, &kind))
    {
      if (o->examples != NULL || o->data_seed != NULL)
        {
          rs_cli_usage_error (command.name,
                              "--examples and --data-seed apply to the built-in data sets (%s), "
                              "not to a file",
                              rs_dataset_all_names ());
          return NULL;
        }
      if (!g_file_test (which, G_FILE_TEST_EXISTS) && !g_str_has_suffix (which, ".csv"))
        {
          rs_cli_unknown_choice (command.name, "--data", which,
                                 "xor, circle, gauss, spiral, plane, or a .csv file");
          return NULL;
        }
      g_autoptr (GError) error = NULL;
      RsData *data = rs_csv_load (which, s1, sL, &error);
      if (data == NULL)
        rs_cli_error (command.name, "%s", error->message);
      return data;
    }

  gint64 m = kind == RS_DATASET_XOR ? 4 : DEFAULT_EXAMPLES, seed = 1;
  if ((o->examples != NULL
       && !rs_cli_parse_int (command.name, "--examples", o->examples, 1, RS_MAX_EXAMPLES, &m))
      || (o->data_seed != NULL
          && !rs_cli_parse_int (command.name, "--data-seed", o->data_seed, 0, G_MAXINT64, &seed)))
    return NULL;
  RsData *data = rs_dataset_generate (kind, (int) m, s1, sL, (unsigned long long) seed);
  if (data == NULL)
    rs_cli_usage_error (command.name,
                        "--data %s does not fit %d inputs and %d outputs (xor, circle, gauss and "
                        "spiral take 2 inputs; plane takes any shape)",
                        which, s1, sL);
  return data;
}

static void
print_summary (const Options *o, const RsModel *model, const char *data_text, double cost)
{
  const RsNetwork *net = model->net;
  if (o->json)
    {
      g_autoptr (JsonBuilder) b = rs_cli_json_begin ();
      rs_cli_json_string (b, "file", o->out);
      json_builder_set_member_name (b, "layers");
      json_builder_begin_array (b);
      for (int l = 1; l <= net->n_layers; l++)
        rs_cli_json_int (b, NULL, net->units[l]);
      json_builder_end_array (b);
      rs_cli_json_int (b, "parameters", (gint64) net->n_params);
      rs_cli_json_int (b, "examples", model->data->n_examples);
      rs_cli_json_string (b, "data", data_text);
      rs_cli_json_double (b, "J", cost);
      rs_cli_json_print (b);
      return;
    }
  g_autofree char *shape = rs_cli_shape_text (net);
  g_autofree char *cost_text = rs_format_number (cost, 4);
  printf ("wrote %s: %s, %zu parameters, %s init (seed %" G_GUINT64_FORMAT "), %d examples (%s), "
          "J = %s\n",
          o->out, shape, net->n_params, rs_init_scheme_name (model->init.scheme), model->init.seed,
          model->data->n_examples, data_text, cost_text);
}

int
rs_cli_new (int argc, char **argv)
{
  g_auto (Options) o = { 0 };
  const GOptionEntry entries[] = {
    { "layers", 0, 0, G_OPTION_ARG_STRING, &o.layers, "Units per layer, input first (required)",
      "2,3,2" },
    { "hidden", 0, 0, G_OPTION_ARG_STRING, &o.hidden, "Activation of the hidden layers (relu)",
      "NAME" },
    { "output", 0, 0, G_OPTION_ARG_STRING, &o.output, "Activation of the output layer (linear)",
      "NAME" },
    { "init", 0, 0, G_OPTION_ARG_STRING, &o.init, "he, xavier, uniform or zeros (he)", "SCHEME" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &o.seed, "Seed of the initialization (1)", "S" },
    { "bias", 0, 0, G_OPTION_ARG_STRING, &o.bias, "Every bias weight starts at B (0)", "B" },
    { "range", 0, 0, G_OPTION_ARG_STRING, &o.range, "r of --init uniform, weights in ±r (0.5)",
      "R" },
    { "data", 0, 0, G_OPTION_ARG_FILENAME, &o.data, "A built-in data set or a CSV file",
      "SET|FILE.csv" },
    { "examples", 0, 0, G_OPTION_ARG_STRING, &o.examples,
      "Examples of a built-in set (4 for xor, else 100)", "N" },
    { "data-seed", 0, 0, G_OPTION_ARG_STRING, &o.data_seed, "Seed of a built-in set (1)", "S" },
    { "alpha", 0, 0, G_OPTION_ARG_STRING, &o.alpha, "Learning rate α stored in the file (0.1)",
      "A" },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &o.mode, "batch or stochastic (batch)", "MODE" },
    { "leaky-slope", 0, 0, G_OPTION_ARG_STRING, &o.slope, "Slope of leaky_relu for z < 0 (0.01)",
      "S" },
    { "relu-prime-at-zero", 0, 0, G_OPTION_ARG_STRING, &o.prime_at_zero,
      "ReLU′(0), in [0, 1] (0)", "C" },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &o.out, "Where to write the model (required)",
      "FILE" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, "Print a machine-readable summary", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) positional = NULL;
  RsInitSpec spec;
  RsStepMode mode = RS_MODE_BATCH;
  double alpha = 0.1;
  const char *data_text;

  if (!rs_cli_parse_options (&command, entries, argc, argv, &positional))
    return RS_EXIT_USAGE;
  if (o.out == NULL)
    {
      rs_cli_usage_error (command.name, "-o FILE is required: where to write the model");
      return RS_EXIT_USAGE;
    }
  if (o.alpha != NULL
      && !rs_cli_parse_double (command.name, "--alpha", o.alpha, 0, INFINITY, &alpha))
    return RS_EXIT_USAGE;
  if (o.mode != NULL && !rs_step_mode_from_name (o.mode, &mode))
    {
      rs_cli_unknown_choice (command.name, "--mode", o.mode, "batch, stochastic");
      return RS_EXIT_USAGE;
    }

  g_autoptr (RsNetwork) net = build_network (&o, &spec);
  if (net == NULL)
    return RS_EXIT_USAGE;
  g_autoptr (RsData) data = build_data (&o, net, &data_text);
  if (data == NULL)
    return RS_EXIT_USAGE;

  g_autoptr (RsModel) model = rs_model_new (net, data);
  g_assert (model != NULL); /* both were built for the same shape */
  g_steal_pointer (&net);   /* the model owns them now */
  g_steal_pointer (&data);
  model->init = spec;
  model->learning_rate = alpha;
  model->mode = mode;

  if (!rs_cli_save_model (command.name, model, o.out))
    return RS_EXIT_USAGE;
  print_summary (&o, model, data_text, rs_reference_cost (model->net, model->data));
  return RS_EXIT_OK;
}
