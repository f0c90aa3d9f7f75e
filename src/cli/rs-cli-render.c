/* rs-cli-render.c — `reluscope-cli render`: the app's diagram, headless, to PNG, SVG or PDF. */
#include <stdio.h>
#include <string.h>

#include "cli/rs-cli-args.h"
#include "cli/rs-cli-autoptr.h"
#include "cli/rs-cli-commands.h"
#include "render/rs-diagram-values.h"
#include "render/rs-figure.h"

static const RsCliCommand command = {
  .name = "render",
  .parameters = "MODEL",
  .summary = "Draw the network as the app shows it — edges coloured by weight, gradient or "
             "pending change, dead units marked — to a PNG, SVG or PDF file.",
  .description = "The format follows the extension of --output. Gradients are ∂J/∂Θ over "
                 "all examples; the unit values and the inactive marks are those of --example.",
  .n_positional = 1,
};

/* "1400x900" (or "1400×900") within the figure's limits. */
static gboolean
parse_size (const char *text, int *width, int *height)
{
  g_autofree char *copy = g_strdup (text);
  char *sep = strchr (copy, 'x');
  gint64 w, h;

  if (sep == NULL)
    {
      sep = strstr (copy, "×");
      if (sep != NULL)
        memmove (sep + 1, sep + strlen ("×"), strlen (sep + strlen ("×")) + 1);
    }
  if (sep == NULL)
    {
      rs_cli_usage_error (command.name, "--size: expected WIDTHxHEIGHT, e.g. 1400x900, not “%s”",
                          text);
      return FALSE;
    }
  *sep = '\0';
  if (!rs_cli_parse_int (command.name, "--size width", copy, RS_FIGURE_MIN_SIZE,
                         RS_FIGURE_MAX_SIZE, &w)
      || !rs_cli_parse_int (command.name, "--size height", sep + 1, RS_FIGURE_MIN_SIZE,
                            RS_FIGURE_MAX_SIZE, &h))
    return FALSE;
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

int
rs_cli_render (int argc, char **argv)
{
  g_autofree char *output = NULL, *colour = NULL, *size = NULL, *example = NULL;
  g_autofree char *title = NULL, *text_scale = NULL;
  gboolean no_bias = FALSE, dark = FALSE, no_title = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the picture to FILE (.png, .svg or .pdf)", "FILE" },
    { "colour", 'c', 0, G_OPTION_ARG_STRING, &colour,
      "Colour the edges by weights (default), gradients or change (the update the next step "
      "makes: −α·∂J/∂Θ, or in stochastic mode −α times its one example's gradient)",
      "COLOURING" },
    { "size", 's', 0, G_OPTION_ARG_STRING, &size,
      "Size in pixels (PNG, SVG) or points (PDF), default 1400x900", "WxH" },
    { "example", 'e', 0, G_OPTION_ARG_STRING, &example,
      "Show the values of example t (from 1, default 1)", "t" },
    { "no-bias", 0, 0, G_OPTION_ARG_NONE, &no_bias, "Leave out the +1 bias nodes and their edges",
      NULL },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Use the dark palette", NULL },
    { "text-scale", 0, 0, G_OPTION_ARG_STRING, &text_scale,
      "Scale the diagram's text by F, 0.5 … 3 (default 1: sized for the picture)", "F" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title,
      "Title above the diagram (default: the model's name)", "TEXT" },
    { "no-title", 0, 0, G_OPTION_ARG_NONE, &no_title, "Draw no title", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) positional = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (RsDiagramValues) values = NULL;
  g_autofree double *next_grads = NULL; /* malloc()ed by the core; g_free() is free() */
  RsColouring colouring = RS_COLOURING_WEIGHTS;
  RsDiagramState state;
  RsFigure figure;
  int t;

  if (!rs_cli_parse_options (&command, entries, argc, argv, &positional))
    return RS_EXIT_USAGE;

  /* Everything about the command line is checked before the model is read. */
  if (output == NULL)
    {
      rs_cli_usage_error (command.name, "missing --output FILE (.png, .svg or .pdf)");
      return RS_EXIT_USAGE;
    }
  if (!rs_figure_format_for_path (output, NULL, &error))
    {
      rs_cli_usage_error (command.name, "--output: %s", error->message);
      return RS_EXIT_USAGE;
    }
  if (colour != NULL && !rs_colouring_from_name (colour, &colouring))
    {
      rs_cli_unknown_choice (command.name, "--colour", colour, "weights, gradients, change");
      return RS_EXIT_USAGE;
    }
  rs_figure_init (&figure, &state);
  if (size != NULL && !parse_size (size, &figure.width, &figure.height))
    return RS_EXIT_USAGE;
  if (text_scale != NULL
      && !rs_cli_parse_double (command.name, "--text-scale", text_scale, RS_TEXT_SCALE_MIN,
                               RS_TEXT_SCALE_MAX, &figure.text_scale))
    return RS_EXIT_USAGE;

  g_autoptr (RsModel) model = rs_cli_load_model (command.name, positional[0]);
  if (model == NULL)
    return RS_EXIT_USAGE;
  if (!rs_cli_parse_example (command.name, example, model->data, &t))
    return RS_EXIT_USAGE;

  values = rs_diagram_values_new (model->net, model->data, t);
  if (values == NULL)
    {
      rs_cli_error (command.name, "out of memory");
      return RS_EXIT_FAILED;
    }
  rs_diagram_state_init (&state, model->net);
  rs_diagram_values_apply (values, &state);
  state.colouring = colouring;
  state.alpha = model->learning_rate;
  /* The change colouring of a file is the pending update: a stochastic model's next step
   * learns from one example (NULL in batch mode: the mean gradient). */
  if (colouring == RS_COLOURING_CHANGE)
    next_grads = rs_model_step_example_gradient (model);
  state.next_grads = next_grads;
  state.dark = dark;
  figure.show_bias = !no_bias;
  figure.title = no_title ? NULL : title != NULL ? title : model->name;

  if (!rs_figure_write (&figure, output, &error))
    {
      rs_cli_error (command.name, "%s", error->message);
      return RS_EXIT_USAGE;
    }
  printf ("wrote %s (%d×%d, %s)\n", output, figure.width, figure.height,
          rs_colouring_name (colouring));
  return RS_EXIT_OK;
}
