/* bench-step.c — the median time of one full gradient-descent step (forward, cost,
 * backward, update) through the trainer, batch mode.
 *
 *   bench-step --layers 2,64,64,64,2 --batch 256 [--runs 31]
 */
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/rs-trainer.h"
#include "test-support.h"

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

int
main (int argc, char **argv)
{
  g_autofree char *layers = NULL;
  int batch = 256, runs = 31;
  GOptionEntry entries[] = {
    { "layers", 0, 0, G_OPTION_ARG_STRING, &layers, "Layer sizes, e.g. 2,64,64,64,2", "S1,…" },
    { "batch", 0, 0, G_OPTION_ARG_INT, &batch, "Examples per step", "M" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs (the median is printed)", "N" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("— time one training step");
  g_option_context_add_main_entries (context, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "bench-step: %s\n", error->message);
      return 2;
    }
  g_auto (GStrv) parts = g_strsplit (layers ? layers : "2,64,64,64,2", ",", -1);
  int n_layers = (int) g_strv_length (parts);
  int units[RS_MAX_LAYERS];
  if (n_layers < RS_MIN_LAYERS || n_layers > RS_MAX_LAYERS || batch < 1 || runs < 1)
    {
      fprintf (stderr, "bench-step: bad --layers, --batch or --runs\n");
      return 2;
    }
  for (int i = 0; i < n_layers; i++)
    units[i] = atoi (parts[i]);

  RsModel *model = test_random_model (n_layers, units, RS_ACTIVATION_RELU,
                                      RS_ACTIVATION_LINEAR, batch, 1);
  if (model == NULL)
    {
      fprintf (stderr, "bench-step: bad layer sizes\n");
      return 2;
    }
  RsTrainer *trainer = rs_trainer_new (model);

  /* Each timed run repeats the step enough times to last ≥ 2 ms, so tiny nets are not
   * measured at the clock's resolution. */
  long reps = 1;
  for (;;)
    {
      gint64 start = g_get_monotonic_time ();
      for (long r = 0; r < reps; r++)
        rs_trainer_step (trainer, 1e-6, NULL);
      if (g_get_monotonic_time () - start >= 2000 || reps > (1L << 30))
        break;
      reps *= 2;
    }

  double *per_step = g_new (double, runs);
  for (int run = 0; run < runs; run++)
    {
      gint64 start = g_get_monotonic_time ();
      for (long r = 0; r < reps; r++)
        rs_trainer_step (trainer, 1e-6, NULL);
      per_step[run] = (double) (g_get_monotonic_time () - start) / reps;
    }
  qsort (per_step, runs, sizeof (double), compare_doubles);
  printf ("%s batch %d: %.3f µs per step (median of %d runs of %ld steps; min %.3f)\n",
          layers ? layers : "2,64,64,64,2", batch, per_step[runs / 2], runs, reps, per_step[0]);
  g_free (per_step);
  rs_trainer_free (trainer);
  rs_model_free (model);
  return 0;
}
