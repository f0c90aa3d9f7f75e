/* rs-cli-eval.c — one evaluation of a model through the trainer. */
#include "cli/rs-cli-eval.h"

#include "cli/rs-cli-args.h"
#include "cli/rs-cli-autoptr.h"
#include "cli/rs-cli-report.h"

gboolean
rs_cli_evaluate (const char *name, RsModel *model, double *cost)
{
  g_autoptr (RsTrainer) trainer = rs_trainer_new (model);
  RsStepReport report;

  if (trainer == NULL)
    {
      rs_cli_error (name, "out of memory for %d examples", model->data->n_examples);
      return FALSE;
    }
  if (rs_trainer_evaluate (trainer, cost, &report))
    return TRUE;

  g_autofree char *why = rs_cli_step_failure_text (&report, model->step, model->learning_rate);
  rs_cli_error (name, "%s", why);
  return FALSE;
}
