/* rs-cli-explain.c — `reluscope-cli explain`: the chain rule of one gradient, with numbers. */
#include <math.h>
#include <stdio.h>

#include "cli/rs-cli-args.h"
#include "cli/rs-cli-autoptr.h"
#include "cli/rs-cli-commands.h"
#include "cli/rs-cli-json.h"
#include "format/rs-format.h"

static const RsCliCommand command = {
  .name = "explain",
  .parameters = "MODEL",
  .summary = "Derive ∂J/∂Θ⁽ˡ⁾ⱼₖ step by step: the symbols, then every factor with its value, "
             "then the update Θ ← Θ − α ∂J/∂Θ.",
  .description = "--weight l,j,k names Θ⁽ˡ⁾ⱼₖ: l the layer it feeds (2 … L), j the unit in "
                 "that layer (from 1),\nk the unit it comes from in layer l − 1 (from 1; 0 is "
                 "the bias). Examples are numbered from 1.\n\n"
                 "Example:\n  reluscope-cli explain resources/presets/question.json --weight "
                 "2,2,1",
  .n_positional = 1,
};

static const char *
branch_name (RsBranch branch)
{
  switch (branch)
    {
    case RS_BRANCH_POSITIVE: return "positive";
    case RS_BRANCH_NEGATIVE: return "negative";
    case RS_BRANCH_ZERO: return "zero";
    case RS_BRANCH_SMOOTH:
    default: return "smooth";
    }
}

/* The structured factors, as rs_derivation_new() gives them, examples and units from 1. */
static void
print_json (const RsDerivation *d, double alpha, int step_example, const char *text)
{
  g_autoptr (JsonBuilder) b = rs_cli_json_begin ();

  rs_cli_json_int (b, "layer", d->layer);
  rs_cli_json_int (b, "row", d->row);
  rs_cli_json_int (b, "col", d->col);
  rs_cli_json_int (b, "example", d->example + 1);
  rs_cli_json_int (b, "examples", d->n_examples);
  rs_cli_json_double (b, "theta", d->theta);
  rs_cli_json_string (b, "activation", rs_activation_name (d->activation));
  rs_cli_json_double (b, "a_prev", d->a_prev);
  rs_cli_json_double (b, "z", d->z);
  rs_cli_json_double (b, "a", d->a);
  if (d->layer == d->n_layers)
    rs_cli_json_double (b, "y", d->y);
  rs_cli_json_double (b, "gprime", d->gprime);
  rs_cli_json_string (b, "branch", branch_name (d->branch));
  rs_cli_json_double (b, "upstream", d->upstream);
  json_builder_set_member_name (b, "terms");
  json_builder_begin_array (b);
  for (int i = 0; i < d->n_terms; i++)
    {
      const RsDerivationTerm *t = &d->terms[i];
      json_builder_begin_object (b);
      rs_cli_json_int (b, "unit", i + 1);
      rs_cli_json_double (b, "theta", t->theta);
      rs_cli_json_double (b, "delta", t->delta);
      rs_cli_json_double (b, "z", t->z);
      rs_cli_json_double (b, "gprime", t->gprime);
      rs_cli_json_double (b, "upstream", t->upstream);
      rs_cli_json_double (b, "a", t->a);
      if (d->layer + 1 == d->n_layers)
        rs_cli_json_double (b, "y", t->y);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  rs_cli_json_double (b, "delta", d->delta);
  rs_cli_json_double (b, "grad_example", d->grad_example);
  rs_cli_json_vector (b, "grad_per_example", d->grad_per_example, d->n_examples);
  rs_cli_json_double (b, "grad_mean", d->grad_mean);
  rs_cli_json_int (b, "active", d->n_active);
  rs_cli_json_bool (b, "dead", d->dead);
  rs_cli_json_double (b, "alpha", alpha);
  /* The update the next step applies: the mean (batch), or one example's (stochastic). */
  if (step_example >= 0)
    rs_cli_json_int (b, "step_example", step_example + 1);
  rs_cli_json_double (b, "theta_after_update",
                      d->theta - alpha * (step_example >= 0 ? d->grad_per_example[step_example]
                                                            : d->grad_mean));
  rs_cli_json_string (b, "text", text);
  rs_cli_json_print (b);
}

int
rs_cli_explain (int argc, char **argv)
{
  gboolean json = FALSE, markup = FALSE;
  g_autofree char *weight = NULL, *example = NULL, *alpha_text = NULL;
  const GOptionEntry entries[] = {
    { "weight", 0, 0, G_OPTION_ARG_STRING, &weight, "Which weight Θ⁽ˡ⁾ⱼₖ (required)", "l,j,k" },
    { "example", 0, 0, G_OPTION_ARG_STRING, &example, "Whose factors to show, from 1 (1)", "T" },
    { "alpha", 0, 0, G_OPTION_ARG_STRING, &alpha_text,
      "Learning rate of the update line (the model's)", "A" },
    { "markup", 0, 0, G_OPTION_ARG_NONE, &markup, "Pango markup instead of plain text", NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print the factors as JSON", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) positional = NULL;
  int l, j, k, t;

  if (!rs_cli_parse_options (&command, entries, argc, argv, &positional))
    return RS_EXIT_USAGE;
  if (weight == NULL)
    {
      rs_cli_usage_error (command.name, "--weight l,j,k is required, e.g. --weight 2,2,1");
      return RS_EXIT_USAGE;
    }
  g_autoptr (RsModel) model = rs_cli_load_model (command.name, positional[0]);
  if (model == NULL)
    return RS_EXIT_USAGE;
  double alpha = model->learning_rate;
  if (!rs_cli_parse_weight (command.name, weight, model->net, &l, &j, &k)
      || !rs_cli_parse_example (command.name, example, model->data, &t)
      || (alpha_text != NULL
          && !rs_cli_parse_double (command.name, "--alpha", alpha_text, 0, INFINITY, &alpha)))
    return RS_EXIT_USAGE;

  g_autoptr (RsDerivation) derivation = rs_derivation_new (model->net, model->data, l, j, k, t);
  if (derivation == NULL)
    {
      rs_cli_error (command.name, "out of memory");
      return RS_EXIT_FAILED;
    }
  int step_example = rs_model_step_example (model);
  g_autofree char *text = rs_format_derivation_for_step (
    derivation, alpha, step_example, markup ? RS_TEXT_MARKUP : RS_TEXT_PLAIN);
  if (json)
    print_json (derivation, alpha, step_example, text);
  else
    fputs (text, stdout);
  return RS_EXIT_OK;
}
