/* test-document.c — the document against direct core computations: a step is the core's step,
 * undo and reset restore bit-identical parameters, α changes nothing but the next step, a
 * divergence leaves the last finite state, and the histories stay bounded. */
#include <math.h>
#include <string.h>

#include "core/rs-trace.h"
#include "core/rs-trainer.h"
#include "rs-document.h"
#include "rs-history.h"
#include "io/rs-presets.h"

static RsDocument *
new_document (const char *preset)
{
  g_autoptr (GError) error = NULL;
  RsDocument *document = rs_document_new ();

  g_assert_true (rs_document_load_preset (document, preset, &error));
  g_assert_no_error (error);
  return document;
}

static const double *
params (RsDocument *document)
{
  return rs_document_get_model (document)->net->params;
}

static size_t
n_params (RsDocument *document)
{
  return rs_document_get_model (document)->net->n_params;
}

static void
assert_params_equal (const double *a, const double *b, size_t n)
{
  g_assert_cmpmem (a, n * sizeof (double), b, n * sizeof (double));
}

static void
count_cb (gpointer instance, gpointer user_data)
{
  (*(int *) user_data)++;
}

static void
count_stepped_cb (RsDocument *document, guint n_steps, gpointer user_data)
{
  *(int *) user_data += (int) n_steps;
}

static void
count_diverged_cb (RsDocument *document, const char *message, gpointer user_data)
{
  g_assert_nonnull (message);
  (*(int *) user_data)++;
}

static void
test_load (void)
{
  g_autoptr (RsDocument) document = new_document ("question");
  const RsModel *model = rs_document_get_model (document);
  guint n;

  g_assert_cmpstr (rs_document_get_preset (document), ==, "question");
  g_assert_cmpstr (rs_document_get_name (document), ==, model->name);
  g_assert_nonnull (rs_document_get_hint (document));
  g_assert_cmpfloat (rs_document_get_alpha (document), ==, 0.1);
  g_assert_cmpuint (rs_document_get_step (document), ==, 0);
  g_assert_false (rs_document_get_can_undo (document));
  g_assert_false (rs_document_get_diverged (document));
  g_assert_null (rs_document_get_previous_params (document));
  g_assert_true (isnan (rs_document_get_cost_before (document)));
  g_assert_cmpfloat_with_epsilon (rs_document_get_cost (document),
                                  rs_reference_cost (model->net, model->data), 1e-15);
  /* The question's hidden unit 3 has z < 0 on its only example. */
  g_assert_true (rs_census_is_dead (rs_document_get_census (document), 2, 3));
  n = rs_document_get_loss_history (document, NULL, NULL, NULL);
  g_assert_cmpuint (n, ==, 1);
}

/* A step gives exactly what the core's trainer gives on a copy of the same model. */
static void
test_step_is_core_step (void)
{
  g_autoptr (RsDocument) document = new_document ("question");
  RsModel *copy = rs_preset_load ("question", NULL);
  RsTrainer *trainer = rs_trainer_new (copy);
  g_autofree double *reference = g_new (double, copy->net->n_params);
  g_autofree double *initial = g_memdup2 (copy->net->params,
                                          copy->net->n_params * sizeof (double));
  const guint64 *steps;
  const double *cost;
  int changed = 0, stepped = 0;
  double j0 = rs_document_get_cost (document);
  guint n;

  g_signal_connect (document, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (document, "stepped", G_CALLBACK (count_stepped_cb), &stepped);

  g_assert_true (rs_document_step (document));
  g_assert_true (rs_trainer_step (trainer, 0.1, NULL));
  assert_params_equal (params (document), copy->net->params, copy->net->n_params);
  g_assert_cmpint (changed, ==, 1);
  g_assert_cmpint (stepped, ==, 1);

  /* And the core's step is Θ − α ∂J/∂Θ with the plainly computed gradient. */
  {
    RsNetwork *start = rs_network_copy (copy->net);

    memcpy (start->params, initial, start->n_params * sizeof (double));
    rs_reference_gradient (start, copy->data, reference);
    for (size_t i = 0; i < start->n_params; i++)
      g_assert_cmpfloat_with_epsilon (params (document)[i], initial[i] - 0.1 * reference[i],
                                      1e-15);
    rs_network_free (start);
  }

  g_assert_cmpuint (rs_document_get_step (document), ==, 1);
  g_assert_true (rs_document_get_can_undo (document));
  g_assert_cmpfloat (rs_document_get_cost_before (document), ==, j0);
  assert_params_equal (rs_document_get_previous_params (document), initial,
                       copy->net->n_params);
  n = rs_document_get_loss_history (document, &steps, &cost, NULL);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (steps[0], ==, 0);
  g_assert_cmpuint (steps[1], ==, 1);
  g_assert_cmpfloat (cost[0], ==, j0);
  g_assert_cmpfloat (cost[1], ==, rs_document_get_cost (document));
  g_assert_cmpfloat (cost[1], <, cost[0]);

  rs_trainer_free (trainer);
  rs_model_free (copy);
}

static void
test_undo (void)
{
  g_autoptr (RsDocument) document = new_document ("xor");
  size_t n = n_params (document);
  double *at[6] = { NULL };
  double cost[6];

  for (int i = 0; i < 6; i++)
    {
      at[i] = g_memdup2 (params (document), n * sizeof (double));
      cost[i] = rs_document_get_cost (document);
      if (i < 5)
        g_assert_true (rs_document_step (document));
    }
  for (int i = 4; i >= 0; i--)
    {
      g_assert_true (rs_document_undo (document));
      g_assert_cmpuint (rs_document_get_step (document), ==, (guint64) i);
      assert_params_equal (params (document), at[i], n);
      g_assert_cmpfloat (rs_document_get_cost (document), ==, cost[i]);
      g_assert_cmpuint (rs_document_get_loss_history (document, NULL, NULL, NULL), ==, i + 1);
    }
  g_assert_false (rs_document_get_can_undo (document));
  g_assert_false (rs_document_undo (document));

  /* Stepping again from the restored state gives the same steps. */
  g_assert_true (rs_document_step (document));
  assert_params_equal (params (document), at[1], n);
  for (int i = 0; i < 6; i++)
    g_free (at[i]);
}

static void
test_reset (void)
{
  g_autoptr (RsDocument) document = new_document ("xor");
  size_t n = n_params (document);
  g_autofree double *initial = g_memdup2 (params (document), n * sizeof (double));
  double j0 = rs_document_get_cost (document);

  g_assert_cmpuint (rs_document_run (document, 50, G_MAXINT64), ==, 50);
  g_assert_cmpuint (rs_document_get_step (document), ==, 50);
  rs_document_reset (document);
  assert_params_equal (params (document), initial, n);
  g_assert_cmpuint (rs_document_get_step (document), ==, 0);
  g_assert_cmpfloat (rs_document_get_cost (document), ==, j0);
  g_assert_false (rs_document_get_can_undo (document));
  g_assert_cmpuint (rs_document_get_loss_history (document, NULL, NULL, NULL), ==, 1);
}

/* α acts on the next step only and is used exactly as given. */
static void
test_alpha (void)
{
  g_autoptr (RsDocument) document = new_document ("question");
  RsModel *copy = rs_preset_load ("question", NULL);
  RsTrainer *trainer = rs_trainer_new (copy);
  size_t n = n_params (document);
  g_autofree double *before = g_memdup2 (params (document), n * sizeof (double));
  double j = rs_document_get_cost (document);
  int changed = 0;

  g_signal_connect (document, "changed", G_CALLBACK (count_cb), &changed);
  rs_document_set_alpha (document, 0.3);
  g_assert_cmpfloat (rs_document_get_alpha (document), ==, 0.3);
  assert_params_equal (params (document), before, n);
  g_assert_cmpfloat (rs_document_get_cost (document), ==, j);
  g_assert_cmpuint (rs_document_get_step (document), ==, 0);
  g_assert_cmpint (changed, ==, 0);

  g_assert_true (rs_document_step (document));
  g_assert_true (rs_trainer_step (trainer, 0.3, NULL));
  assert_params_equal (params (document), copy->net->params, n);

  g_assert_true (rs_alpha_is_valid (1e-4));
  g_assert_true (rs_alpha_is_valid (10.0));
  g_assert_true (rs_alpha_is_valid (1e-7));
  g_assert_false (rs_alpha_is_valid (0.0));
  g_assert_false (rs_alpha_is_valid (-0.1));
  g_assert_false (rs_alpha_is_valid (10.000001));
  g_assert_false (rs_alpha_is_valid (NAN));
  g_assert_false (rs_alpha_is_valid (INFINITY));

  rs_trainer_free (trainer);
  rs_model_free (copy);
}

static void
test_example (void)
{
  g_autoptr (RsDocument) document = new_document ("xor");
  size_t n = n_params (document);
  g_autofree double *before = g_memdup2 (params (document), n * sizeof (double));
  const RsTrace *trace = rs_document_get_trace (document);

  g_assert_cmpint (rs_document_get_n_examples (document), ==, 4);
  rs_document_set_example (document, 3);
  g_assert_cmpint (rs_document_get_example (document), ==, 3);
  /* The trace is of example 3: x = (1, 1). */
  g_assert_cmpfloat (trace->a[1][0], ==, 1.0);
  g_assert_cmpfloat (trace->a[1][1], ==, 1.0);
  assert_params_equal (params (document), before, n);
}

/* A step that would overflow is refused: the network stays at its last finite state and the
 * document says so; undo still works. */
static void
test_divergence (void)
{
  g_autoptr (RsDocument) document = new_document ("question");
  const guint64 *steps;
  const double *cost;
  int diverged = 0;
  guint done;
  guint n;

  g_signal_connect (document, "diverged", G_CALLBACK (count_diverged_cb), &diverged);
  rs_document_set_alpha (document, 10.0);
  done = rs_document_run (document, 100000, G_MAXINT64);
  g_assert_cmpuint (done, <, 100000);
  g_assert_cmpint (diverged, ==, 1);
  g_assert_true (rs_document_get_diverged (document));
  g_assert_nonnull (strstr (rs_document_get_divergence_message (document), "smaller α"));
  g_assert_null (strstr (rs_document_get_divergence_message (document), "nan"));
  g_assert_cmpfloat (rs_document_get_suggested_alpha (document), ==, 1.0);
  g_assert_cmpuint (rs_document_get_step (document), ==, done);
  g_assert_true (rs_network_params_are_finite (rs_document_get_model (document)->net));
  g_assert_true (isfinite (rs_document_get_cost (document)));

  n = rs_document_get_loss_history (document, &steps, &cost, NULL);
  g_assert_cmpuint (n, ==, done + 1);
  for (guint i = 0; i < n; i++)
    g_assert_true (isfinite (cost[i]));
  g_assert_cmpuint (steps[n - 1], ==, done);

  /* Trying again at the same α is refused the same way, and changes nothing. */
  g_assert_false (rs_document_step (document));
  g_assert_cmpuint (rs_document_get_step (document), ==, done);

  g_assert_true (rs_document_undo (document));
  g_assert_false (rs_document_get_diverged (document));
  g_assert_cmpuint (rs_document_get_step (document), ==, done - 1);
}

static void
test_history_bounded (void)
{
  double values[4] = { 1, 2, 3, 4 };
  gsize per_step = sizeof (RsHistoryEntry) + 4 * sizeof (double);
  g_autoptr (RsHistory) history = rs_history_new (3 * per_step, 1000);
  g_autoptr (RsHistory) one = rs_history_new (1, 1000);
  RsHistoryEntry *entry;

  for (guint64 i = 0; i < 10; i++)
    {
      values[0] = (double) i;
      rs_history_push_undo (history, rs_history_new_step (history, i, values, 4));
      rs_history_push_undo (one, rs_history_new_step (one, i, values, 4));
    }
  g_assert_cmpuint (rs_history_get_n_undo (history), ==, 3);
  g_assert_cmpuint (rs_history_get_bytes (history), <=, 3 * per_step);
  /* However large, the newest entry is kept. */
  g_assert_cmpuint (rs_history_get_n_undo (one), ==, 1);
  g_assert_cmpuint (rs_history_peek_undo (one)->step, ==, 9);
  for (guint64 i = 9; i >= 7; i--)
    {
      entry = rs_history_pop_undo (history);
      g_assert_nonnull (entry);
      g_assert_cmpuint (entry->step, ==, i);
      g_assert_cmpfloat (entry->params[0], ==, (double) i);
      g_assert_cmpfloat (entry->params[3], ==, 4.0);
      rs_history_recycle (history, entry);
    }
  g_assert_null (rs_history_pop_undo (history));
  g_assert_cmpuint (rs_history_get_bytes (history), ==, 0);

  /* Whole models count whole: room for two edits of the question's model keeps two, and the
   * redo stack shares the bound. */
  {
    RsModel *question = rs_preset_load ("question", NULL);
    g_autoptr (RsHistory) edits = NULL;
    RsHistoryEntry *probe = rs_history_new_edit (rs_model_copy (question), NULL, 0, "probe");
    gsize per_edit;

    edits = rs_history_new (G_MAXSIZE, 1000);
    rs_history_push_undo (edits, probe);
    per_edit = rs_history_get_bytes (edits);
    rs_history_free (g_steal_pointer (&edits));

    edits = rs_history_new (2 * per_edit + per_edit / 2, 1000);
    for (int i = 0; i < 5; i++)
      rs_history_push_undo (edits, rs_history_new_edit (rs_model_copy (question), NULL, 0,
                                                       "Set Θ"));
    g_assert_cmpuint (rs_history_get_n_undo (edits), ==, 2);
    rs_history_push_redo (edits, rs_history_new_edit (rs_model_copy (question), NULL, 0, "x"));
    g_assert_cmpuint (rs_history_get_n_undo (edits) + rs_history_get_n_redo (edits), ==, 2);
    g_assert_cmpuint (rs_history_get_bytes (edits), <=, 2 * per_edit + per_edit / 2);
    rs_model_free (question);
  }

  /* The document keeps at most 1000 steps of a small network. */
  {
    g_autoptr (RsDocument) document = new_document ("xor");
    guint undone = 0;

    g_assert_cmpuint (rs_document_run (document, 1200, G_MAXINT64), ==, 1200);
    while (rs_document_undo (document))
      undone++;
    g_assert_cmpuint (undone, ==, 1000);
    g_assert_cmpuint (rs_document_get_step (document), ==, 200);
  }
}

/* Steps undone and redone come back bit for bit, J and the step number with them; a new step
 * clears what could be redone, a refused one does not. */
static void
test_redo_steps (void)
{
  g_autoptr (RsDocument) document = new_document ("xor");
  size_t n = n_params (document);
  double *at[4] = { NULL };
  double cost[4];

  for (int i = 0; i < 4; i++)
    {
      at[i] = g_memdup2 (params (document), n * sizeof (double));
      cost[i] = rs_document_get_cost (document);
      if (i < 3)
        g_assert_true (rs_document_step (document));
    }
  g_assert_false (rs_document_get_can_redo (document));
  g_assert_cmpstr (rs_document_get_undo_label (document), ==, "Undo Step 3");
  g_assert_null (rs_document_get_redo_label (document));

  g_assert_true (rs_document_undo (document));
  g_assert_true (rs_document_undo (document));
  assert_params_equal (params (document), at[1], n);
  g_assert_true (rs_document_get_can_redo (document));
  g_assert_cmpstr (rs_document_get_undo_label (document), ==, "Undo Step 1");
  g_assert_cmpstr (rs_document_get_redo_label (document), ==, "Redo Step 2");

  g_assert_true (rs_document_redo (document));
  g_assert_cmpuint (rs_document_get_step (document), ==, 2);
  assert_params_equal (params (document), at[2], n);
  g_assert_cmpfloat (rs_document_get_cost (document), ==, cost[2]);
  /* The change colouring sees the redone step as the last one. */
  assert_params_equal (rs_document_get_previous_params (document), at[1], n);
  g_assert_true (rs_document_redo (document));
  assert_params_equal (params (document), at[3], n);
  g_assert_cmpfloat (rs_document_get_cost (document), ==, cost[3]);
  g_assert_false (rs_document_redo (document));
  g_assert_cmpuint (rs_document_get_loss_history (document, NULL, NULL, NULL), ==, 4);

  /* A new step after an undo: the undone step is gone for good. */
  g_assert_true (rs_document_undo (document));
  g_assert_true (rs_document_get_can_redo (document));
  g_assert_true (rs_document_step (document));
  g_assert_false (rs_document_get_can_redo (document));
  g_assert_false (rs_document_redo (document));
  assert_params_equal (params (document), at[3], n); /* stepping is deterministic */

  /* A new α also clears it. */
  g_assert_true (rs_document_undo (document));
  g_assert_true (rs_document_get_can_redo (document));
  rs_document_set_alpha (document, 0.5);
  g_assert_false (rs_document_get_can_redo (document));

  for (int i = 0; i < 4; i++)
    g_free (at[i]);
}

/* An edit is undone by putting the whole previous model back, and redone exactly; Reset
 * returns to the starting parameters of the model shown. */
static void
test_redo_edit (void)
{
  g_autoptr (RsDocument) document = new_document ("question");
  size_t n = n_params (document);
  g_autofree double *start = g_memdup2 (params (document), n * sizeof (double));
  g_autofree double *stepped = NULL;
  g_autofree double *edited_params = NULL;
  g_autoptr (GError) error = NULL;
  guint generation = rs_document_get_generation (document);
  RsModel *edited;
  int loaded = 0;

  g_signal_connect (document, "loaded", G_CALLBACK (count_cb), &loaded);
  g_assert_true (rs_document_step (document));
  stepped = g_memdup2 (params (document), n * sizeof (double));

  edited = rs_model_copy (rs_document_get_model (document));
  rs_network_theta (edited->net, 2)[1 * 3 + 2] = 0.75; /* Θ⁽²⁾₂₂ */
  g_assert_true (rs_document_edit (document, edited, "Set Θ⁽²⁾₂₂ = 0.75", &error));
  g_assert_no_error (error);
  edited_params = g_memdup2 (params (document), n * sizeof (double));
  g_assert_cmpfloat (rs_network_theta (rs_document_get_model (document)->net, 2)[5], ==, 0.75);
  g_assert_cmpint (loaded, ==, 1);
  g_assert_cmpuint (rs_document_get_generation (document), ==, generation);
  g_assert_cmpstr (rs_document_get_undo_label (document), ==, "Undo Set Θ⁽²⁾₂₂ = 0.75");
  g_assert_null (rs_document_get_previous_params (document));

  /* Undo: the stepped parameters again, J with them; then the step before. */
  g_assert_true (rs_document_undo (document));
  g_assert_cmpint (loaded, ==, 2);
  assert_params_equal (params (document), stepped, n);
  g_assert_cmpfloat (rs_document_get_cost (document), ==,
                     rs_reference_cost (rs_document_get_model (document)->net,
                                        rs_document_get_model (document)->data));
  g_assert_cmpstr (rs_document_get_redo_label (document), ==, "Redo Set Θ⁽²⁾₂₂ = 0.75");
  g_assert_cmpstr (rs_document_get_undo_label (document), ==, "Undo Step 1");
  g_assert_true (rs_document_undo (document));
  assert_params_equal (params (document), start, n);

  /* Redo both, bit for bit. */
  g_assert_true (rs_document_redo (document));
  assert_params_equal (params (document), stepped, n);
  g_assert_true (rs_document_redo (document));
  assert_params_equal (params (document), edited_params, n);
  g_assert_false (rs_document_get_can_redo (document));
  g_assert_cmpuint (rs_document_get_generation (document), ==, generation);

  /* Reset returns to the edited model's parameters, as before undo existed. */
  g_assert_true (rs_document_step (document));
  rs_document_reset (document);
  assert_params_equal (params (document), edited_params, n);

  /* A refused edit changes nothing and keeps the history. */
  g_assert_true (rs_document_step (document));
  edited = rs_model_copy (rs_document_get_model (document));
  rs_network_theta (edited->net, 2)[0] = NAN;
  g_assert_false (rs_document_edit (document, edited, "Set Θ⁽²⁾₁₀", &error));
  g_assert_nonnull (error);
  /* (The edited model was made at step 1, so Reset went back to step 1.) */
  g_assert_cmpstr (rs_document_get_undo_label (document), ==, "Undo Step 2");

  /* Another model forgets it all. */
  g_assert_true (rs_document_load_preset (document, "xor", NULL));
  g_assert_cmpuint (rs_document_get_generation (document), !=, generation);
  g_assert_false (rs_document_get_can_undo (document));
  g_assert_false (rs_document_get_can_redo (document));
}

/* α changes in a row (a slider drag) are one undo entry; undo and redo give the exact values
 * back. */
static void
test_redo_alpha (void)
{
  g_autoptr (RsDocument) document = new_document ("question");
  size_t n = n_params (document);
  g_autofree double *start = g_memdup2 (params (document), n * sizeof (double));

  for (int i = 1; i < 20; i++)
    rs_document_set_alpha (document, 0.1 + 0.01 * i);
  rs_document_set_alpha (document, 0.3);
  g_assert_true (rs_document_get_can_undo (document));
  g_assert_cmpstr (rs_document_get_undo_label (document), ==, "Undo Set α to 0.3");
  g_assert_true (rs_document_undo (document));
  g_assert_cmpfloat (rs_document_get_alpha (document), ==, 0.1);
  g_assert_cmpfloat (rs_document_get_model (document)->learning_rate, ==, 0.1);
  g_assert_false (rs_document_get_can_undo (document));
  assert_params_equal (params (document), start, n);
  g_assert_cmpstr (rs_document_get_redo_label (document), ==, "Redo Set α to 0.3");
  g_assert_true (rs_document_redo (document));
  g_assert_cmpfloat (rs_document_get_alpha (document), ==, 0.3);

  /* A step in between separates two α changes. */
  g_assert_true (rs_document_step (document));
  rs_document_set_alpha (document, 0.05);
  g_assert_true (rs_document_undo (document));
  g_assert_cmpfloat (rs_document_get_alpha (document), ==, 0.3);
  g_assert_cmpuint (rs_document_get_step (document), ==, 1);
  g_assert_true (rs_document_undo (document));
  g_assert_cmpuint (rs_document_get_step (document), ==, 0);
  assert_params_equal (params (document), start, n);

  /* Dragged back to where it started: nothing to undo. */
  rs_document_reset (document);
  g_assert_false (rs_document_get_can_undo (document));
  {
    double alpha = rs_document_get_alpha (document);

    rs_document_set_alpha (document, 0.5);
    rs_document_set_alpha (document, 0.7);
    rs_document_set_alpha (document, alpha);
    g_assert_false (rs_document_get_can_undo (document));
  }
}

/* Reloading the preset shown starts it afresh; a file that does not load leaves the model as
 * it was; a file that does is the document's source from then on. */
static void
test_reload_and_files (void)
{
  g_autoptr (RsDocument) document = new_document ("xor");
  g_autoptr (GFile) missing = g_file_new_for_path ("/nonexistent/model.json");
  g_autoptr (GError) error = NULL;
  g_autofree char *source = g_build_filename (g_getenv ("RS_SOURCE_DIR") != NULL
                                                ? g_getenv ("RS_SOURCE_DIR")
                                                : ".",
                                              "resources", "presets", "dead-output.json", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (source);
  int loaded = 0;

  g_signal_connect (document, "loaded", G_CALLBACK (count_cb), &loaded);
  g_assert_true (rs_document_step (document));
  g_assert_true (rs_document_load_preset (document, rs_document_get_preset (document), NULL));
  g_assert_cmpstr (rs_document_get_preset (document), ==, "xor");
  g_assert_cmpuint (rs_document_get_step (document), ==, 0);
  g_assert_cmpint (loaded, ==, 1);

  g_assert_false (rs_document_load_file (document, missing, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (rs_document_get_preset (document), ==, "xor");
  g_assert_cmpint (loaded, ==, 1);

  if (!g_file_query_exists (file, NULL))
    return;
  g_assert_true (rs_document_load_file (document, file, NULL));
  g_assert_null (rs_document_get_preset (document));
  g_assert_true (g_file_equal (rs_document_get_file (document), file));
  g_assert_cmpstr (rs_document_get_name (document), ==, "A dead output ReLU");
  g_assert_cmpint (loaded, ==, 2);
}

/* run() stops at its time budget, so a frame never waits long for it. */
static void
test_run_budget (void)
{
  g_autoptr (RsDocument) document = new_document ("xor");
  gint64 start = g_get_monotonic_time ();
  guint done = rs_document_run (document, G_MAXUINT, 20000);

  g_assert_cmpuint (done, >, 0);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 500000);
  g_assert_cmpuint (rs_document_get_step (document), ==, done);
}

/* The change colouring before a step shows the pending update −α·g, with g the gradient the
 * next step really applies: the mean in batch mode, one example's in stochastic mode; and
 * after the step it shows what the step did. */
static void
test_pending_update (void)
{
  g_autoptr (RsDocument) document = new_document ("xor");
  const RsModel *model = rs_document_get_model (document);
  g_autoptr (GError) error = NULL;
  RsModel *edited;
  RsDiagramState state;
  RsEdgeSource source;
  RsTrace *trace;
  double *expected;
  size_t n;

  rs_document_set_colouring (document, RS_COLOURING_CHANGE);
  rs_document_diagram_state (document, &state);
  source = rs_diagram_state_edge_source (&state);
  g_assert_null (state.before);
  g_assert_null (state.next_grads);
  for (size_t i = 0; i < model->net->n_params; i++)
    g_assert_cmpfloat (rs_edge_value (&source, i), ==, -0.1 * model->net->grads[i]);

  edited = rs_model_copy (model);
  edited->mode = RS_MODE_STOCHASTIC;
  edited->step = 2;
  g_assert_true (rs_document_edit (document, edited, "stochastic", &error));
  g_assert_no_error (error);
  model = rs_document_get_model (document);
  n = model->net->n_params;

  /* Example 3's gradient alone, through the trace (another code path than the trainer's). */
  trace = rs_trace_new (model->net);
  expected = g_new0 (double, n);
  rs_trace_run (model->net, trace, rs_data_x (model->data, 2), rs_data_y (model->data, 2));
  rs_trace_accumulate (model->net, trace, 1.0, expected);

  rs_document_diagram_state (document, &state);
  source = rs_diagram_state_edge_source (&state);
  g_assert_null (state.before);
  g_assert_nonnull (state.next_grads);
  for (size_t i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (rs_edge_value (&source, i), -0.1 * expected[i], 1e-14);

  /* After the step: the change it made, which is that update. */
  g_assert_true (rs_document_step (document));
  rs_document_diagram_state (document, &state);
  source = rs_diagram_state_edge_source (&state);
  g_assert_nonnull (state.before);
  for (size_t i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (rs_edge_value (&source, i), -0.1 * expected[i], 1e-12);

  g_free (expected);
  rs_trace_free (trace);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/load", test_load);
  g_test_add_func ("/document/step-is-core-step", test_step_is_core_step);
  g_test_add_func ("/document/undo", test_undo);
  g_test_add_func ("/document/reset", test_reset);
  g_test_add_func ("/document/alpha", test_alpha);
  g_test_add_func ("/document/example", test_example);
  g_test_add_func ("/document/divergence", test_divergence);
  g_test_add_func ("/document/history-bounded", test_history_bounded);
  g_test_add_func ("/document/redo-steps", test_redo_steps);
  g_test_add_func ("/document/redo-edit", test_redo_edit);
  g_test_add_func ("/document/redo-alpha", test_redo_alpha);
  g_test_add_func ("/document/run-budget", test_run_budget);
  g_test_add_func ("/document/reload-and-files", test_reload_and_files);
  g_test_add_func ("/document/pending-update", test_pending_update);

  return g_test_run ();
}
