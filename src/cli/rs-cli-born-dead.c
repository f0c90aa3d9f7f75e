/* rs-cli-born-dead.c — `reluscope-cli born-dead`: how many fresh deep ReLU networks start
 * dead, beside the formula of Lu, Shin, Su & Karniadakis (2020). */
#include <math.h>
#include <stdio.h>

#include "cli/rs-cli-args.h"
#include "cli/rs-cli-commands.h"
#include "cli/rs-cli-json.h"
#include "core/rs-born-dead.h"
#include "format/rs-format.h"

static const RsCliCommand command = {
  .name = "born-dead",
  .parameters = "",
  .summary = "Estimate the fraction of freshly He-initialized ReLU networks whose last hidden "
             "layer is all zero at every one of K random inputs from [−1, 1]^d, with its "
             "standard error, beside the formula 1 − (1 − 2⁻ᴺ)ᴴ.",
  .description = "Networks: d inputs, H hidden ReLU layers of N units, one output; weights "
                 "N(0, 2 / fan_in), biases N(0, s²)\n(exactly 0 by default). The formula, from "
                 "Lu, Shin, Su & Karniadakis, \"Dying ReLU and\ninitialization: theory and "
                 "numerical examples\" (2020), is exact for K = 1 with zero biases.\n\n"
                 "Example:\n  reluscope-cli born-dead --width 3 --depth 4 --trials 20000",
  .n_positional = 0,
};

/* The whole-number options, parsed after GOption is done so that garbage is refused with a
 * message naming the option. */
enum { WIDTH, DEPTH, TRIALS, INPUTS, INPUT_DIM, SEED, N_INT_OPTIONS };

typedef struct
{
  const char *option;
  gboolean required;
  gint64 min, max;
  char *text;    /* as typed; NULL when not given */
  gint64 value;  /* the default until parsed */
} IntOption;

static gboolean
parse_ints (IntOption *ints)
{
  for (int i = 0; i < N_INT_OPTIONS; i++)
    {
      if (ints[i].text != NULL)
        {
          if (!rs_cli_parse_int (command.name, ints[i].option, ints[i].text, ints[i].min,
                                 ints[i].max, &ints[i].value))
            return FALSE;
        }
      else if (ints[i].required)
        {
          rs_cli_usage_error (command.name, "%s is required", ints[i].option);
          return FALSE;
        }
    }
  return TRUE;
}

static void
print_json (const RsBornDeadSpec *spec, const RsBornDeadResult *r, gboolean exact)
{
  g_autoptr (JsonBuilder) b = rs_cli_json_begin ();
  rs_cli_json_int (b, "width", spec->width);
  rs_cli_json_int (b, "depth", spec->depth);
  rs_cli_json_int (b, "trials", r->trials);
  rs_cli_json_int (b, "inputs", spec->n_inputs);
  rs_cli_json_int (b, "input_dim", spec->input_dim);
  rs_cli_json_double (b, "bias_std", spec->bias_std);
  rs_cli_json_int (b, "seed", (gint64) spec->seed);
  rs_cli_json_int (b, "born_dead", r->born_dead);
  rs_cli_json_double (b, "fraction", r->fraction);
  rs_cli_json_double (b, "std_error", r->std_error);
  rs_cli_json_double (b, "formula", r->formula);
  rs_cli_json_bool (b, "formula_exact", exact);
  rs_cli_json_print (b);
}

static void
print_text (const RsBornDeadSpec *spec, const RsBornDeadResult *r, gboolean exact)
{
  /* Significant digits rather than fixed decimals: for wide layers p is tiny. */
  g_autofree char *fraction = rs_format_number (r->fraction, 4);
  g_autofree char *se = rs_format_number (r->std_error, 2);
  g_autofree char *formula = rs_format_number (r->formula, 4);
  g_autofree char *minus_n = rs_format_superscript (-spec->width);
  g_autofree char *h = rs_format_superscript (spec->depth);
  g_autofree char *d = rs_format_superscript (spec->input_dim);
  g_autofree char *bias = rs_format_shortest (spec->bias_std);

  printf ("networks: %d input%s → %d hidden ReLU layer%s of %d units → 1 output; He init, "
          "biases %s%s%s; K = %d input%s from [−1, 1]%s each; seed %" G_GUINT64_FORMAT "\n",
          spec->input_dim, spec->input_dim == 1 ? "" : "s", spec->depth,
          spec->depth == 1 ? "" : "s", spec->width, spec->bias_std > 0 ? "N(0, " : "0",
          spec->bias_std > 0 ? bias : "", spec->bias_std > 0 ? "²)" : "", spec->n_inputs,
          spec->n_inputs == 1 ? "" : "s", d, spec->seed);
  printf ("born dead: %lld of %lld = %s ± %s (standard error)\n", r->born_dead, r->trials,
          fraction, se);
  printf ("formula:   1 − (1 − 2%s)%s = %s   (Lu, Shin, Su & Karniadakis 2020%s)\n", minus_n, h,
          formula, exact ? "; exact here" : "; exact only for K = 1 with zero biases");
  double diff = r->fraction - r->formula;
  g_autofree char *diff_text = rs_format_number (diff, 2);
  if (r->std_error > 0)
    {
      g_autofree char *in_se = rs_format_fixed (fabs (diff) / r->std_error, 1);
      printf ("difference: %s, %s standard errors\n", diff_text, in_se);
    }
  else
    printf ("difference: %s (the standard error is 0: every network came out the same)\n",
            diff_text);
}

int
rs_cli_born_dead (int argc, char **argv)
{
  gboolean json = FALSE;
  g_autofree char *bias_text = NULL;
  RsBornDeadSpec spec = rs_born_dead_spec_default ();
  IntOption ints[N_INT_OPTIONS] = {
    [WIDTH] = { "--width", TRUE, 1, RS_MAX_UNITS, NULL, spec.width },
    [DEPTH] = { "--depth", TRUE, 1, RS_BORN_DEAD_MAX_DEPTH, NULL, spec.depth },
    [TRIALS] = { "--trials", TRUE, 1, RS_BORN_DEAD_MAX_TRIALS, NULL, spec.trials },
    [INPUTS] = { "--inputs", FALSE, 1, RS_BORN_DEAD_MAX_INPUTS, NULL, spec.n_inputs },
    [INPUT_DIM] = { "--input-dim", FALSE, 1, RS_MAX_UNITS, NULL, spec.input_dim },
    [SEED] = { "--seed", FALSE, 0, G_MAXINT64, NULL, (gint64) spec.seed },
  };
  const GOptionEntry entries[] = {
    { "width", 0, 0, G_OPTION_ARG_STRING, &ints[WIDTH].text, "N, units per hidden layer (required)",
      "N" },
    { "depth", 0, 0, G_OPTION_ARG_STRING, &ints[DEPTH].text, "H, hidden layers (required)", "H" },
    { "trials", 0, 0, G_OPTION_ARG_STRING, &ints[TRIALS].text, "T, networks drawn (required)",
      "T" },
    { "inputs", 0, 0, G_OPTION_ARG_STRING, &ints[INPUTS].text, "K, random inputs per network (1)",
      "K" },
    { "input-dim", 0, 0, G_OPTION_ARG_STRING, &ints[INPUT_DIM].text,
      "d, inputs of the network (2)", "d" },
    { "bias-std", 0, 0, G_OPTION_ARG_STRING, &bias_text, "s, std of the biases (0)", "s" },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &ints[SEED].text, "Seed of the experiment (1)", "S" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print machine-readable JSON", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) positional = NULL;
  RsBornDeadResult result;

  gboolean ok = rs_cli_parse_options (&command, entries, argc, argv, &positional)
                && parse_ints (ints)
                && (bias_text == NULL
                    || rs_cli_parse_double (command.name, "--bias-std", bias_text, 0, 1e6,
                                            &spec.bias_std));
  for (int i = 0; i < N_INT_OPTIONS; i++)
    g_free (ints[i].text);
  if (!ok)
    return RS_EXIT_USAGE;
  spec.width = (int) ints[WIDTH].value;
  spec.depth = (int) ints[DEPTH].value;
  spec.trials = ints[TRIALS].value;
  spec.n_inputs = (int) ints[INPUTS].value;
  spec.input_dim = (int) ints[INPUT_DIM].value;
  spec.seed = (uint64_t) ints[SEED].value;

  if (!rs_born_dead_run (&spec, &result))
    {
      rs_cli_error (command.name, "out of memory for %d inputs of width %d", spec.n_inputs,
                    spec.width);
      return RS_EXIT_FAILED;
    }
  gboolean exact = spec.n_inputs == 1 && spec.bias_std == 0.0;
  if (json)
    print_json (&spec, &result, exact);
  else
    print_text (&spec, &result, exact);
  return RS_EXIT_OK;
}
