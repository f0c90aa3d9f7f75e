/* rs-cli-train.c — `reluscope-cli train`: gradient descent steps with progress, stopping at
 * the first step that would diverge. */
#include <math.h>
#include <stdio.h>
#include <unistd.h>

#include "cli/rs-cli-args.h"
#include "cli/rs-cli-autoptr.h"
#include "cli/rs-cli-commands.h"
#include "cli/rs-cli-json.h"
#include "cli/rs-cli-report.h"
#include "format/rs-format.h"

#define MAX_STEPS G_GINT64_CONSTANT (1000000000000)

static const RsCliCommand command = {
  .name = "train",
  .parameters = "MODEL",
  .summary = "Take gradient descent steps Θ := Θ − α ∂J/∂Θ and show J and the dead units along "
             "the way.",
  .description = "On a terminal one progress line updates in place; otherwise a line is printed "
                 "every K steps.\nSteps are counted from 1 for this run. A step that would make "
                 "a parameter or J NaN or ±∞\nis refused: training stops there, says why and "
                 "exits 1; with -o the last finite state is written.",
  .n_positional = 1,
};

/* What one run did, for the closing text or JSON. */
typedef struct
{
  guint64 first_step;  /* model->step when the run began */
  gint64 steps_done;
  double cost_start, cost;
  int dead_start;
  gboolean diverged;
  RsStepReport failure;
  JsonBuilder *history; /* the progress points, for --json; NULL otherwise */
} Run;

/* Progress output: a line every K steps, or on a terminal one line redrawn in place. */
typedef struct
{
  gboolean tty, quiet;
  gint64 total;
  int last_width;
} Progress;

static void
progress_show (Progress *p, Run *run, gint64 step, double cost, const RsCensus *census)
{
  if (run->history != NULL)
    {
      json_builder_begin_object (run->history);
      rs_cli_json_int (run->history, "step", step);
      rs_cli_json_double (run->history, "J", cost);
      rs_cli_json_int (run->history, "dead_hidden_units", census->n_dead_hidden);
      json_builder_end_object (run->history);
    }
  if (p->quiet)
    return;

  g_autofree char *cost_text = rs_format_number (cost, 4);
  g_autofree char *line = g_strdup_printf ("step %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT
                                           "   J = %s   dead: %d of %d hidden units",
                                           step, p->total, cost_text, census->n_dead_hidden,
                                           census->n_hidden);
  int width = (int) g_utf8_strlen (line, -1);
  if (p->tty)
    {
      /* Blank out what is left of a longer previous line. */
      printf ("\r%s%*s", line, MAX (p->last_width - width, 0), "");
      p->last_width = width;
    }
  else
    printf ("%s\n", line);
  fflush (stdout);
}

static void
progress_end (Progress *p)
{
  if (p->tty && !p->quiet && p->last_width > 0)
    printf ("\n");
}

/* J over all examples and the census, at a progress point. False when J is not finite (the
 * trainer has then undone the step that caused it and filled the report). */
static gboolean
checkpoint (RsTrainer *trainer, Progress *p, Run *run, gint64 step)
{
  RsModel *model = trainer->model;
  if (!rs_trainer_evaluate (trainer, &run->cost, &run->failure))
    return FALSE;
  g_autoptr (RsCensus) census = rs_census_new (model->net, model->data);
  g_assert (census != NULL);
  if (step == 0)
    {
      run->cost_start = run->cost;
      run->dead_start = census->n_dead_hidden;
    }
  progress_show (p, run, step, run->cost, census);
  return TRUE;
}

static void
train (RsTrainer *trainer, double alpha, gint64 steps, gint64 every, Progress *p, Run *run)
{
  RsModel *model = trainer->model;
  run->first_step = model->step;
  if (!checkpoint (trainer, p, run, 0))
    {
      run->diverged = TRUE;
      return;
    }
  for (gint64 i = 1; i <= steps; i++)
    {
      if (!rs_trainer_step (trainer, alpha, &run->failure)
          || ((i % every == 0 || i == steps) && !checkpoint (trainer, p, run, i)))
        {
          run->diverged = TRUE;
          /* The summary's J must be the one of the state that is kept, not the last
           * checkpoint's. That state was the start of a step, so its J is finite. */
          RsStepReport ignored;
          rs_trainer_evaluate (trainer, &run->cost, &ignored);
          break;
        }
    }
  run->steps_done = (gint64) (model->step - run->first_step);
}

static void
print_json (const RsModel *model, const Run *run, double alpha, const char *out,
            const char *why)
{
  g_autoptr (JsonBuilder) b = rs_cli_json_begin ();
  g_autoptr (RsCensus) census = rs_census_new (model->net, model->data);

  rs_cli_json_int (b, "steps_done", run->steps_done);
  rs_cli_json_double (b, "alpha", alpha);
  rs_cli_json_string (b, "mode", rs_step_mode_name (model->mode));
  rs_cli_json_double (b, "J_start", run->cost_start);
  rs_cli_json_double (b, "J", run->cost);
  rs_cli_json_int (b, "dead_hidden_units_start", run->dead_start);
  rs_cli_json_int (b, "dead_hidden_units", census->n_dead_hidden);
  rs_cli_json_int (b, "hidden_units", census->n_hidden);
  rs_cli_json_dead (b, "dead", census);
  rs_cli_json_bool (b, "diverged", run->diverged);
  if (run->diverged)
    {
      json_builder_set_member_name (b, "divergence");
      json_builder_begin_object (b);
      rs_cli_json_int (b, "step", (gint64) (run->failure.step - run->first_step));
      rs_cli_json_string (b, "message", why);
      rs_cli_json_double (b, "value", run->failure.bad_value);
      if (run->failure.status == RS_STEP_DIVERGED_PARAMETER)
        {
          rs_cli_json_int (b, "layer", run->failure.where.layer);
          rs_cli_json_int (b, "row", run->failure.where.row);
          rs_cli_json_int (b, "col", run->failure.where.col);
        }
      json_builder_end_object (b);
    }
  json_builder_set_member_name (b, "history");
  json_builder_add_value (b, json_builder_get_root (run->history));
  rs_cli_json_string (b, "file", out);
  rs_cli_json_print (b);
}

static void
print_summary (const RsModel *model, const Run *run, double alpha)
{
  g_autoptr (RsCensus) census = rs_census_new (model->net, model->data);
  g_autofree char *alpha_text = rs_format_shortest (alpha);
  g_autofree char *before = rs_format_number (run->cost_start, 4);
  g_autofree char *after = rs_format_number (run->cost, 4);
  g_autofree char *dead = rs_cli_dead_summary (census);

  printf ("%s %" G_GINT64_FORMAT " step%s (%s, α = %s): J %s → %s; %s\n",
          run->diverged ? "stopped after" : "trained", run->steps_done,
          run->steps_done == 1 ? "" : "s", rs_step_mode_name (model->mode), alpha_text, before,
          after, dead);
}

int
rs_cli_train (int argc, char **argv)
{
  gboolean json = FALSE;
  g_autofree char *steps_text = NULL, *alpha_text = NULL, *mode_text = NULL, *every_text = NULL,
                  *out = NULL;
  const GOptionEntry entries[] = {
    { "steps", 0, 0, G_OPTION_ARG_STRING, &steps_text, "How many steps (required)", "N" },
    { "alpha", 0, 0, G_OPTION_ARG_STRING, &alpha_text, "Learning rate α (the model's)", "A" },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &mode_text,
      "batch (all examples per step) or stochastic (one) (the model's)", "MODE" },
    { "every", 0, 0, G_OPTION_ARG_STRING, &every_text,
      "Report J and the dead units every K steps (N / 10)", "K" },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out, "Write the trained model here", "OUT" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print a machine-readable summary", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_auto (GStrv) positional = NULL;
  gint64 steps, every;

  if (!rs_cli_parse_options (&command, entries, argc, argv, &positional))
    return RS_EXIT_USAGE;
  if (steps_text == NULL)
    {
      rs_cli_usage_error (command.name, "--steps N is required");
      return RS_EXIT_USAGE;
    }
  if (!rs_cli_parse_int (command.name, "--steps", steps_text, 1, MAX_STEPS, &steps))
    return RS_EXIT_USAGE;
  every = MAX (steps / 10, 1);
  if (every_text != NULL
      && !rs_cli_parse_int (command.name, "--every", every_text, 1, MAX_STEPS, &every))
    return RS_EXIT_USAGE;
  g_autoptr (RsModel) model = rs_cli_load_model (command.name, positional[0]);
  if (model == NULL)
    return RS_EXIT_USAGE;
  if (alpha_text != NULL
      && !rs_cli_parse_double (command.name, "--alpha", alpha_text, 0, INFINITY,
                               &model->learning_rate))
    return RS_EXIT_USAGE;
  if (mode_text != NULL && !rs_step_mode_from_name (mode_text, &model->mode))
    {
      rs_cli_unknown_choice (command.name, "--mode", mode_text, "batch, stochastic");
      return RS_EXIT_USAGE;
    }

  g_autoptr (RsTrainer) trainer = rs_trainer_new (model);
  if (trainer == NULL)
    {
      rs_cli_error (command.name, "out of memory");
      return RS_EXIT_FAILED;
    }
  g_autoptr (JsonBuilder) history = json ? json_builder_new () : NULL;
  Progress progress = { .tty = isatty (STDOUT_FILENO), .quiet = json, .total = steps };
  Run run = { .cost_start = NAN, .cost = NAN, .history = history };
  if (history != NULL)
    json_builder_begin_array (history);

  train (trainer, model->learning_rate, steps, every, &progress, &run);
  progress_end (&progress);

  g_autofree char *why = run.diverged
                           ? rs_cli_step_failure_text (&run.failure, run.first_step,
                                                       model->learning_rate)
                           : NULL;
  /* A model that could not even be evaluated has no progress to sum up or write back. */
  gboolean bad_start = run.diverged && run.failure.status == RS_STEP_BAD_START;
  if (why != NULL)
    rs_cli_error (command.name, "%s", why);
  if (history != NULL)
    {
      json_builder_end_array (history);
      print_json (model, &run, model->learning_rate, bad_start ? NULL : out, why);
    }
  else if (!bad_start)
    print_summary (model, &run, model->learning_rate);

  if (out != NULL && !bad_start)
    {
      if (!rs_cli_save_model (command.name, model, out))
        return RS_EXIT_USAGE;
      if (!json)
        printf ("wrote %s%s (step %" G_GUINT64_FORMAT ")\n", out,
                run.diverged ? ", the last finite state" : "", model->step);
    }
  return run.diverged ? RS_EXIT_FAILED : RS_EXIT_OK;
}
