/* rs-cli-main.c — reluscope-cli: finds the subcommand and hands it the rest of the line. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "cli/rs-cli-args.h"
#include "cli/rs-cli-commands.h"
#include "io/rs-presets.h"

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} Subcommand;

static const Subcommand subcommands[] = {
  { "new", rs_cli_new, "create a model file (layers, activations, initial Θ, data)" },
  { "info", rs_cli_info, "shape, parameters, J, active and dead units" },
  { "forward", rs_cli_forward, "z and a of every layer for one example" },
  { "grad", rs_cli_grad, "J, ∂J/∂Θ of every layer, δ of one example, dead units" },
  { "explain", rs_cli_explain, "the chain rule of one ∂J/∂Θ⁽ˡ⁾ⱼₖ with the numbers" },
  { "train", rs_cli_train, "gradient descent steps, stopping before divergence" },
  { "gradcheck", rs_cli_gradcheck, "backprop against central differences" },
  { "born-dead", rs_cli_born_dead, "how often a fresh deep ReLU network is born dead" },
  { "render", rs_cli_render, "draw the network to PNG, SVG or PDF" },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "Usage:\n  reluscope-cli COMMAND [OPTION…] [ARGUMENT…]\n\n"
                   "Backpropagation through ReLU networks, headless.\n\nCommands:\n");
  for (gsize i = 0; i < G_N_ELEMENTS (subcommands); i++)
    fprintf (stream, "  %-10s  %s\n", subcommands[i].name, subcommands[i].summary);
  fprintf (stream, "\nOptions:\n  -h, --help     Show this help\n"
                   "  --version      Show the version\n\n"
                   "MODEL is a model file, or example:ID for a built-in example of the app:\n");
  for (const char *const *id = rs_presets_get_ids (); *id != NULL; id++)
    fprintf (stream, "  example:%s\n", *id);
  fprintf (stream, "\n"
                   "“reluscope-cli COMMAND --help” shows a command's options. Exit status: 0 ok, "
                   "1 the computation\nfailed (diverged, check failed), 2 bad usage or bad "
                   "input.\n");
}

int
main (int argc, char **argv)
{
  /* The user's locale for messages and file names; numbers are always written with a
   * decimal point, whatever LC_NUMERIC says. */
  setlocale (LC_ALL, "");
  setlocale (LC_NUMERIC, "C");
  g_set_prgname ("reluscope-cli");

  if (argc < 2)
    {
      print_usage (stderr);
      return RS_EXIT_USAGE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0
      || strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return RS_EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("reluscope-cli %s\n", RS_VERSION);
      return RS_EXIT_OK;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (subcommands); i++)
    if (strcmp (argv[1], subcommands[i].name) == 0)
      return subcommands[i].run (argc - 1, argv + 1);

  GString *names = g_string_new (NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (subcommands); i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", subcommands[i].name);
  rs_cli_usage_error (NULL, "unknown command “%s” (%s)", argv[1], names->str);
  g_string_free (names, TRUE);
  return RS_EXIT_USAGE;
}
