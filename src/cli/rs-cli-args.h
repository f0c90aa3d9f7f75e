/* rs-cli-args.h — what every subcommand parses the same way: options, numbers, --layers,
 * --weight, --example, and the model file.
 *
 * Each helper that can fail prints its message on stderr, naming the subcommand, the option
 * or file and the problem, and returns FALSE (or NULL); the subcommand then returns
 * RS_EXIT_USAGE. Numbers are parsed strictly: trailing garbage, NaN and ∞ are refused.
 */
#pragma once

#include <glib.h>

#include "core/rs-model.h"
#include "core/rs-network.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;        /* "train" */
  const char *parameters;  /* what follows the options in the usage line: "MODEL" */
  const char *summary;     /* one line, shown above the options */
  const char *description; /* shown below the options; may be NULL */
  int n_positional;        /* how many arguments must remain after the options */
} RsCliCommand;

/* Parses argv (argv[0] being the subcommand) against `entries`. --help prints the
 * subcommand's help and exits 0. On success *positional receives the remaining arguments,
 * exactly command->n_positional of them (free with g_strfreev). */
gboolean rs_cli_parse_options (const RsCliCommand *command, const GOptionEntry *entries,
                               int argc, char **argv, GStrv *positional);

/* "reluscope-cli NAME: message" on stderr. `name` may be NULL for the top level. */
void rs_cli_error (const char *name, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* rs_cli_error() followed by a pointer to NAME --help, for mistakes in the command line. */
void rs_cli_usage_error (const char *name, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* A finite number in [min, max] (max may be INFINITY). `option` names it in messages. */
gboolean rs_cli_parse_double (const char *name, const char *option, const char *text, double min,
                              double max, double *out);

/* A whole number in [min, max]. */
gboolean rs_cli_parse_int (const char *name, const char *option, const char *text, gint64 min,
                           gint64 max, gint64 *out);

/* Says that `text` is not one of `choices` (a comma-separated list) for `option`. */
void rs_cli_unknown_choice (const char *name, const char *option, const char *text,
                            const char *choices);

/* "2,3,2": 2 … RS_MAX_LAYERS layers of 1 … RS_MAX_UNITS units; units[0 … n−1] = s₁ … s_L. */
gboolean rs_cli_parse_layers (const char *name, const char *text, int *n_layers,
                              int units[RS_MAX_LAYERS]);

/* "l,j,k" naming a weight Θ⁽ˡ⁾ⱼₖ of `net`; otherwise the message says the valid ranges. */
gboolean rs_cli_parse_weight (const char *name, const char *text, const RsNetwork *net, int *l,
                              int *j, int *k);

/* --example t, numbered from 1 like units, so "example 1 of 4" in the text is --example 1.
 * NULL text means example 1. *t receives the 0-based index the core uses. */
gboolean rs_cli_parse_example (const char *name, const char *text, const RsData *data, int *t);

/* A model argument "example:question" names a built-in example (a preset of the app). */
#define RS_CLI_PRESET_PREFIX "example:"

/* The model at `path` (or the built-in example it names), or NULL after printing the loader's
 * message (file, place, problem). */
RsModel *rs_cli_load_model (const char *name, const char *path);

/* Saves atomically; prints the message and returns FALSE when it cannot. */
gboolean rs_cli_save_model (const char *name, const RsModel *model, const char *path);

G_END_DECLS
