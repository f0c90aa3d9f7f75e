/* rs-cli-gradcheck.c — `reluscope-cli gradcheck`: backprop against central differences. */
#include <math.h>
#include <stdio.h>

#include "cli/rs-cli-args.h"
#include "cli/rs-cli-autoptr.h"
#include "cli/rs-cli-commands.h"
#include "cli/rs-cli-json.h"
#include "core/rs-gradcheck.h"
#include "format/rs-format.h"

#define FLOOR 1e-8 /* keeps gradients that are both ≈ 0 from making the relative error blow up */

static const RsCliCommand command = {
  .name = "gradcheck",
  .parameters = "MODEL",
  .summary = "Compare every ∂J/∂Θ from backprop with the central difference "
             "(J(Θ + ε) − J(Θ − ε)) / 2ε; fail (exit 1) when the worst relative error is above "
             "the tolerance.",
  .description = "Relative error: |backprop − numeric| / max(|backprop| + |numeric|, 10⁻⁸).\n"
                 "A weight into a ReLU whose z lies within ε of 0 can fail for a good reason: "
                 "the kink.",
  .n_positional = 1,
};

int
rs_cli_gradcheck (int argc, char **argv)
{
  gboolean json = FALSE;
  g_autofree char *epsilon_text = NULL, *tolerance_text = NULL;
  const GOptionEntry entries[] = {
    { "epsilon", 0, 0, G_OPTION_ARG_STRING, &epsilon_text, "Step ε of the differences (1e-6)",
      "E" },
    { "tolerance", 0, 0, G_OPTION_ARG_STRING, &tolerance_text,
      "Largest relative error that passes (1e-6)", "T" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print machine-readable JSON", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) positional = NULL;
  double epsilon = 1e-6, tolerance = 1e-6;
  RsGradCheck check;

  if (!rs_cli_parse_options (&command, entries, argc, argv, &positional))
    return RS_EXIT_USAGE;
  if ((epsilon_text != NULL
       && !rs_cli_parse_double (command.name, "--epsilon", epsilon_text, 1e-12, 1, &epsilon))
      || (tolerance_text != NULL
          && !rs_cli_parse_double (command.name, "--tolerance", tolerance_text, 0, INFINITY,
                                   &tolerance)))
    return RS_EXIT_USAGE;
  g_autoptr (RsModel) model = rs_cli_load_model (command.name, positional[0]);
  if (model == NULL)
    return RS_EXIT_USAGE;

  rs_gradient_check (model->net, model->data, epsilon, FLOOR, &check);
  /* NaN compares false, so test for passing rather than for failing. */
  gboolean passed = check.worst_relative_error <= tolerance;

  if (json)
    {
      g_autoptr (JsonBuilder) b = rs_cli_json_begin ();
      rs_cli_json_double (b, "worst_relative_error", check.worst_relative_error);
      rs_cli_json_int (b, "layer", check.layer);
      rs_cli_json_int (b, "row", check.row);
      rs_cli_json_int (b, "col", check.col);
      rs_cli_json_double (b, "backprop", check.backprop);
      rs_cli_json_double (b, "numeric", check.numeric);
      rs_cli_json_int (b, "checked", (gint64) check.n_checked);
      rs_cli_json_double (b, "epsilon", epsilon);
      rs_cli_json_double (b, "tolerance", tolerance);
      rs_cli_json_bool (b, "passed", passed);
      rs_cli_json_print (b);
    }
  else
    {
      g_autofree char *worst = rs_format_number (check.worst_relative_error, 3);
      g_autofree char *theta = rs_format_symbol (RS_TEXT_PLAIN, "Θ", check.layer, check.row,
                                                 check.col);
      g_autofree char *backprop = rs_format_number (check.backprop, 10);
      g_autofree char *numeric = rs_format_number (check.numeric, 10);
      g_autofree char *tol = rs_format_shortest (tolerance);
      printf ("worst relative error %s at ∂J/∂%s (backprop %s, central difference %s)\n", worst,
              theta, backprop, numeric);
      printf ("%zu parameters checked, tolerance %s: %s\n", check.n_checked, tol,
              passed ? "passed" : "FAILED");
    }
  return passed ? RS_EXIT_OK : RS_EXIT_FAILED;
}
