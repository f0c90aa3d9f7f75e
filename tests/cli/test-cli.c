/* test-cli.c — reluscope-cli as a user runs it: exit codes, messages, text and --json.
 *
 * The binary is $RS_BUILD_DIR/src/cli/reluscope-cli and the question's model
 * $RS_SOURCE_DIR/resources/presets/question.json. Numbers printed with --json are compared
 * with what the core computes on the same file.
 */
#include <locale.h>
#include <math.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "core/rs-born-dead.h"
#include "core/rs-trace.h"
#include "io/rs-model-file.h"
#include "rs-core-autoptr.h"

typedef struct
{
  int status;
  char *out, *err;
} Result;

static void
result_free (Result *r)
{
  g_free (r->out);
  g_free (r->err);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Result, result_free)

static char *cli_path, *question_path, *tmp_dir;

/* Runs reluscope-cli with the given arguments (NULL-terminated) and collects everything. */
static Result *
run_cli (const char *first, ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  va_list ap;

  g_ptr_array_add (args, cli_path);
  va_start (ap, first);
  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) a);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_autoptr (GSubprocess) proc = g_subprocess_newv ((const char *const *) args->pdata,
                                                    G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                                      | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                                    &error);
  g_assert_no_error (error);
  Result *r = g_new0 (Result, 1);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &r->out, &r->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  r->status = g_subprocess_get_exit_status (proc);
  if (r->out == NULL)
    r->out = g_strdup ("");
  if (r->err == NULL)
    r->err = g_strdup ("");
  g_test_message ("exit %d\nstdout:\n%s\nstderr:\n%s", r->status, r->out, r->err);
  return r;
}

static char *
tmp_file (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static void
assert_contains (const char *haystack, const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    {
      g_test_message ("missing “%s” in:\n%s", needle, haystack);
      g_test_fail ();
    }
}

/* The text with runs of spaces and newlines made one space (wrapped sentences). */
static char *
collapse_spaces (const char *text)
{
  g_autoptr (GRegex) re = g_regex_new ("[ \n]+", 0, 0, NULL);
  return g_regex_replace_literal (re, text, -1, 0, " ", 0, NULL);
}

static JsonObject *
parse_json (JsonParser *parser, const char *text)
{
  g_autoptr (GError) error = NULL;
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  JsonNode *root = json_parser_get_root (parser);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_node_get_object (root);
}

static RsModel *
load (const char *path)
{
  g_autoptr (GError) error = NULL;
  RsModel *model = rs_model_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

/* A copy of the question's model with other targets, for driving training off the rails. */
static char *
write_question_with_targets (const char *name, const char *y)
{
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (question_path, &text, NULL, NULL));
  g_autoptr (GRegex) re = g_regex_new ("\"y\": \\[\\[1\\.0, 0\\.0\\]\\]", 0, 0, NULL);
  g_autofree char *replacement = g_strdup_printf ("\"y\": %s", y);
  g_autofree char *changed = g_regex_replace_literal (re, text, -1, 0, replacement, 0, NULL);
  g_assert_cmpstr (changed, !=, text);
  char *path = tmp_file (name);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));
  return path;
}

static void
test_top_level (void)
{
  g_autoptr (Result) help = run_cli ("--help", NULL);
  g_assert_cmpint (help->status, ==, 0);
  const char *names[] = { "new",   "info",      "forward",  "grad",
                          "explain", "train", "gradcheck", "born-dead" };
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    assert_contains (help->out, names[i]);

  g_autoptr (Result) version = run_cli ("--version", NULL);
  g_assert_cmpint (version->status, ==, 0);
  g_assert_true (g_str_has_prefix (version->out, "reluscope-cli "));

  g_autoptr (Result) none = run_cli (NULL);
  g_assert_cmpint (none->status, ==, 2);

  g_autoptr (Result) unknown = run_cli ("frobnicate", NULL);
  g_assert_cmpint (unknown->status, ==, 2);
  assert_contains (unknown->err, "unknown command “frobnicate”");
}

static void
test_subcommand_help (void)
{
  const char *names[] = { "new",   "info",      "forward",  "grad",
                          "explain", "train", "gradcheck", "born-dead" };
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr (Result) r = run_cli (names[i], "--help", NULL);
      g_autofree char *usage = g_strdup_printf ("reluscope-cli %s", names[i]);
      g_assert_cmpint (r->status, ==, 0);
      assert_contains (r->out, usage);
      assert_contains (r->out, "--json");

      g_autoptr (Result) bad = run_cli (names[i], "--no-such-option", NULL);
      g_assert_cmpint (bad->status, ==, 2);
    }
}

static void
test_new (void)
{
  g_autofree char *path = tmp_file ("new.json");
  g_autoptr (Result) r = run_cli ("new", "--layers", "2,4,3,1", "--init", "xavier", "--seed",
                                  "7", "--bias", "-0.1", "--data", "circle", "--examples", "30",
                                  "-o", path, NULL);
  g_assert_cmpint (r->status, ==, 0);
  assert_contains (r->out, "2 → 4 relu → 3 relu → 1 linear");

  g_autoptr (RsModel) model = load (path);
  g_assert_cmpint (model->net->n_layers, ==, 4);
  g_assert_cmpint (model->net->units[2], ==, 4);
  g_assert_cmpint (model->data->n_examples, ==, 30);
  g_assert_cmpint (model->init.scheme, ==, RS_INIT_XAVIER);
  g_assert_cmpfloat (rs_network_theta (model->net, 2)[0], ==, -0.1); /* Θ⁽²⁾₁₀ = the bias */

  /* Same arguments, same file. */
  g_autofree char *again = tmp_file ("new-again.json");
  g_autoptr (Result) r2 = run_cli ("new", "--layers", "2,4,3,1", "--init", "xavier", "--seed",
                                   "7", "--bias", "-0.1", "--data", "circle", "--examples", "30",
                                   "-o", again, NULL);
  g_assert_cmpint (r2->status, ==, 0);
  g_autofree char *a = NULL, *b = NULL;
  g_assert_true (g_file_get_contents (path, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (again, &b, NULL, NULL));
  g_assert_cmpstr (a, ==, b);

  g_autoptr (Result) json = run_cli ("new", "--layers", "2,3,2", "--json", "-o", path, NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *o = parse_json (parser, json->out);
  g_assert_cmpint (json_object_get_int_member (o, "parameters"), ==, 17);
  g_assert_cmpint (json_object_get_int_member (o, "examples"), ==, 4); /* xor */
}

static void
test_new_bad_usage (void)
{
  g_autofree char *path = tmp_file ("bad-new.json");
  const char *layers[] = { "2,x,2", "1", "1,2,3,4,5,6,7,8,9,10,11,12,13", "2,0,2", "2,2000,2",
                           "", "2,,2", "2.5,3" };
  for (gsize i = 0; i < G_N_ELEMENTS (layers); i++)
    {
      g_autoptr (Result) r = run_cli ("new", "--layers", layers[i], "-o", path, NULL);
      g_assert_cmpint (r->status, ==, 2);
      assert_contains (r->err, "--layers");
    }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  const char *alphas[] = { "nan", "inf", "-inf", "0.1x", "", "-1", "1e999" };
  for (gsize i = 0; i < G_N_ELEMENTS (alphas); i++)
    {
      g_autoptr (Result) r = run_cli ("new", "--layers", "2,3,2", "--alpha", alphas[i], "-o",
                                      path, NULL);
      g_assert_cmpint (r->status, ==, 2);
      assert_contains (r->err, "--alpha");
    }

  g_autoptr (Result) no_out = run_cli ("new", "--layers", "2,3,2", NULL);
  g_assert_cmpint (no_out->status, ==, 2);
  g_autoptr (Result) bad_init = run_cli ("new", "--layers", "2,3,2", "--init", "glorot", "-o",
                                         path, NULL);
  g_assert_cmpint (bad_init->status, ==, 2);
  assert_contains (bad_init->err, "he, xavier, uniform, zeros");
  g_autoptr (Result) bad_act = run_cli ("new", "--layers", "2,3,2", "--hidden", "rleu", "-o",
                                        path, NULL);
  g_assert_cmpint (bad_act->status, ==, 2);
  assert_contains (bad_act->err, "relu, leaky_relu, linear, sigmoid, tanh");
  g_autoptr (Result) misfit = run_cli ("new", "--layers", "3,3,2", "--data", "xor", "-o", path,
                                       NULL);
  g_assert_cmpint (misfit->status, ==, 2);
  g_autoptr (Result) no_csv = run_cli ("new", "--layers", "2,3,2", "--data", "missing.csv",
                                       "-o", path, NULL);
  g_assert_cmpint (no_csv->status, ==, 2);
  assert_contains (no_csv->err, "missing.csv");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_new_csv (void)
{
  g_autofree char *csv = tmp_file ("data.csv");
  g_autofree char *path = tmp_file ("csv-model.json");
  g_assert_true (g_file_set_contents (csv, "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n", -1, NULL));
  g_autoptr (Result) r = run_cli ("new", "--layers", "2,4,1", "--data", csv, "-o", path, NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autoptr (RsModel) model = load (path);
  g_assert_cmpint (model->data->n_examples, ==, 4);
  g_assert_cmpfloat (rs_data_y (model->data, 1)[0], ==, 1.0);
}

static void
test_info (void)
{
  g_autoptr (Result) r = run_cli ("info", question_path, NULL);
  g_assert_cmpint (r->status, ==, 0);
  assert_contains (r->out, "2 → 3 relu → 2 linear");
  assert_contains (r->out, "17");
  assert_contains (r->out, "0.2556"); /* J = ½ (0.715² + 0.005²) = 0.255625 */
  assert_contains (r->out, "2 active, 1 dead: unit 3");

  g_autoptr (Result) json = run_cli ("info", question_path, "--json", NULL);
  g_assert_cmpint (json->status, ==, 0);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *o = parse_json (parser, json->out);
  g_assert_cmpint (json_object_get_int_member (o, "parameters"), ==, 17);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "J"), 0.255625, 1e-12);
  JsonArray *dead = json_object_get_array_member (o, "dead");
  g_assert_cmpint (json_array_get_length (dead), ==, 1);
  JsonObject *unit = json_array_get_object_element (dead, 0);
  g_assert_cmpint (json_object_get_int_member (unit, "layer"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (unit, "unit"), ==, 3);
}

static void
test_bad_input (void)
{
  g_autofree char *malformed = tmp_file ("malformed.json");
  g_autofree char *short_row = tmp_file ("short-row.json");
  g_autofree char *text = NULL;
  g_assert_true (g_file_set_contents (malformed, "{\"format\": \"reluscope-model\",", -1, NULL));
  g_assert_true (g_file_get_contents (question_path, &text, NULL, NULL));
  g_autoptr (GRegex) re = g_regex_new ("\\[0\\.05, 0\\.6, -0\\.1, 0\\.3\\]", 0, 0, NULL);
  g_autofree char *shorter = g_regex_replace_literal (re, text, -1, 0, "[0.05, 0.6, -0.1]", 0,
                                                      NULL);
  g_assert_true (g_file_set_contents (short_row, shorter, -1, NULL));

  const char *commands[] = { "info", "forward", "grad", "gradcheck" };
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr (Result) missing = run_cli (commands[i], "no-such-model.json", NULL);
      g_assert_cmpint (missing->status, ==, 2);
      assert_contains (missing->err, "no-such-model.json");

      g_autoptr (Result) broken = run_cli (commands[i], malformed, NULL);
      g_assert_cmpint (broken->status, ==, 2);
      assert_contains (broken->err, "malformed.json");

      g_autoptr (Result) invalid = run_cli (commands[i], short_row, NULL);
      g_assert_cmpint (invalid->status, ==, 2);
      assert_contains (invalid->err, "short-row.json: theta[1][0]");

      g_autoptr (Result) no_model = run_cli (commands[i], NULL);
      g_assert_cmpint (no_model->status, ==, 2);
      assert_contains (no_model->err, "MODEL");

      g_autoptr (Result) two = run_cli (commands[i], question_path, question_path, NULL);
      g_assert_cmpint (two->status, ==, 2);
    }
}

static void
test_forward (void)
{
  g_autoptr (Result) r = run_cli ("forward", question_path, NULL);
  g_assert_cmpint (r->status, ==, 0);
  assert_contains (r->out, "z⁽²⁾ = (0.400, 0.050, −0.500)");
  assert_contains (r->out, "a⁽²⁾ = (0.400, 0.050, 0)");
  assert_contains (r->out, "a⁽³⁾ = (0.285, 0.005)");

  g_autoptr (Result) json = run_cli ("forward", question_path, "--example", "1", "--json", NULL);
  g_assert_cmpint (json->status, ==, 0);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *o = parse_json (parser, json->out);
  JsonArray *layers = json_object_get_array_member (o, "layers");
  JsonObject *hidden = json_array_get_object_element (layers, 1);
  JsonArray *z = json_object_get_array_member (hidden, "z");
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (z, 2), -0.5, 1e-15);

  const char *bad[] = { "2", "0", "-1", "x", "1.5" };
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr (Result) b = run_cli ("forward", question_path, "--example", bad[i], NULL);
      g_assert_cmpint (b->status, ==, 2);
      assert_contains (b->err, "--example");
    }
}

static void
test_grad (void)
{
  g_autoptr (Result) r = run_cli ("grad", question_path, NULL);
  g_assert_cmpint (r->status, ==, 0);
  assert_contains (r->out, "δ⁽³⁾ = (−0.715, 0.005)");
  assert_contains (r->out, "δ⁽²⁾ = (−0.428, 0.074, 0)");
  assert_contains (r->out, "dead units: 1 of 3 hidden units dead (layer 2: unit 3)");

  g_autoptr (Result) json = run_cli ("grad", question_path, "--json", NULL);
  g_assert_cmpint (json->status, ==, 0);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *o = parse_json (parser, json->out);

  /* The same numbers the core's straightforward reference gives for this file. */
  g_autoptr (RsModel) model = load (question_path);
  RsNetwork *net = model->net;
  g_autofree double *grads = g_new0 (double, net->n_params);
  double cost = rs_reference_gradient (net, model->data, grads);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "J"), cost, 1e-12);

  JsonArray *grad = json_object_get_array_member (o, "grad");
  g_assert_cmpint (json_array_get_length (grad), ==, net->n_layers - 1);
  for (int l = 2; l <= net->n_layers; l++)
    {
      JsonArray *rows = json_array_get_array_element (grad, l - 2);
      g_assert_cmpint (json_array_get_length (rows), ==, net->units[l]);
      for (int j = 1; j <= net->units[l]; j++)
        {
          JsonArray *row = json_array_get_array_element (rows, j - 1);
          g_assert_cmpint (json_array_get_length (row), ==, rs_network_theta_cols (net, l));
          for (int k = 0; k < rs_network_theta_cols (net, l); k++)
            {
              double expected = grads[rs_network_index (net, l, j, k)];
              double got = json_array_get_double_element (row, k);
              g_assert_cmpfloat_with_epsilon (got, expected, 1e-12 * (1 + fabs (expected)));
            }
        }
    }
  /* The dead unit's row is exactly zero; the others as worked by hand. */
  JsonArray *dead_row = json_array_get_array_element (json_array_get_array_element (grad, 0), 2);
  for (int k = 0; k < 3; k++)
    g_assert_cmpfloat (json_array_get_double_element (dead_row, k), ==, 0.0);
  JsonArray *row2 = json_array_get_array_element (json_array_get_array_element (grad, 0), 1);
  g_assert_cmpfloat_with_epsilon (json_array_get_double_element (row2, 1), 0.074, 1e-12);
  JsonArray *dead = json_object_get_array_member (o, "dead");
  g_assert_cmpint (json_array_get_length (dead), ==, 1);
}

static void
test_explain (void)
{
  g_autoptr (Result) r221 = run_cli ("explain", question_path, "--weight", "2,2,1", NULL);
  g_assert_cmpint (r221->status, ==, 0);
  assert_contains (r221->out, "∂J/∂Θ⁽²⁾₂₁ — the weight from input unit 1 into hidden unit 2\n");
  assert_contains (r221->out, "  Σᵢ Θ⁽³⁾ᵢ₂ δ⁽³⁾ᵢ = −0.100 · (−0.715) + 0.500 · 0.005 = 0.074\n");
  assert_contains (r221->out, "  update: Θ⁽²⁾₂₁ ← 0.200 − 0.1 · 0.074 = 0.1926\n");

  g_autoptr (Result) r231 = run_cli ("explain", question_path, "--weight", "2,3,1", NULL);
  g_assert_cmpint (r231->status, ==, 0);
  assert_contains (r231->out, "  z⁽²⁾₃ = −0.500 < 0  ⇒  ReLU′ = 0  ⇒  δ⁽²⁾₃ = 0\n");
  g_autofree char *flat = collapse_spaces (r231->out);
  assert_contains (flat, "hidden unit 3 is inactive on 1 of 1 examples (dead)");
  assert_contains (r231->out, "  ∂J/∂Θ⁽²⁾₃₁ = 0 · 1.000 = 0\n");

  g_autoptr (Result) r312 = run_cli ("explain", question_path, "--weight", "3,1,2", NULL);
  g_assert_cmpint (r312->status, ==, 0);
  assert_contains (r312->out, "  ∂J/∂Θ⁽³⁾₁₂ = −0.715 · 0.050 = −0.0358\n");

  g_autoptr (Result) alpha = run_cli ("explain", question_path, "--weight", "2,2,1", "--alpha",
                                      "1", NULL);
  assert_contains (alpha->out, "update: Θ⁽²⁾₂₁ ← 0.200 − 1 · 0.074 = 0.126\n");

  g_autoptr (Result) markup = run_cli ("explain", question_path, "--weight", "2,3,1", "--markup",
                                       NULL);
  assert_contains (markup->out, "Θ<sup>(2)</sup><sub>31</sub>");
  assert_contains (markup->out, "&lt; 0");

  g_autoptr (Result) json = run_cli ("explain", question_path, "--weight", "2,2,1", "--json",
                                     NULL);
  g_assert_cmpint (json->status, ==, 0);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *o = parse_json (parser, json->out);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "grad_mean"), 0.074, 1e-12);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "upstream"), 0.074, 1e-12);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "z"), 0.05, 1e-12);
  g_assert_cmpstr (json_object_get_string_member (o, "branch"), ==, "positive");
  JsonArray *terms = json_object_get_array_member (o, "terms");
  g_assert_cmpint (json_array_get_length (terms), ==, 2);
  JsonObject *t1 = json_array_get_object_element (terms, 0);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (t1, "delta"), -0.715, 1e-12);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (t1, "theta"), -0.1, 1e-15);
  g_assert_false (json_object_get_boolean_member (o, "dead"));
}

/* "example:ID" names a built-in example: the same model as its file in resources/presets. */
static void
test_builtin_example (void)
{
  g_autoptr (Result) builtin = run_cli ("grad", "example:question", "--json", NULL);
  g_autoptr (Result) file = run_cli ("grad", question_path, "--json", NULL);
  g_assert_cmpint (builtin->status, ==, 0);
  g_assert_cmpstr (builtin->out, ==, file->out);

  g_autoptr (Result) unknown = run_cli ("info", "example:nope", NULL);
  g_assert_cmpint (unknown->status, ==, 2);
  assert_contains (unknown->err, "no example called \"nope\" (question, large-step,");
}

static void
test_explain_bad_weight (void)
{
  const char *weights[] = { "4,1,1", "1,1,1", "2,4,1", "2,0,1", "2,1,3", "3,1,4", "2,2",
                            "2,x,1", "2,2,1,1", "-2,1,1" };
  for (gsize i = 0; i < G_N_ELEMENTS (weights); i++)
    {
      g_autoptr (Result) r = run_cli ("explain", question_path, "--weight", weights[i], NULL);
      g_assert_cmpint (r->status, ==, 2);
      assert_contains (r->err, "--weight");
      assert_contains (r->err, "j = 1 … 3, k = 0 … 2"); /* the valid ranges of Θ⁽²⁾ */
      g_assert_cmpstr (r->out, ==, "");
    }
  g_autoptr (Result) none = run_cli ("explain", question_path, NULL);
  g_assert_cmpint (none->status, ==, 2);
  g_autoptr (Result) nan = run_cli ("explain", question_path, "--weight", "2,2,1", "--alpha",
                                    "nan", NULL);
  g_assert_cmpint (nan->status, ==, 2);
  assert_contains (nan->err, "--alpha: “nan” is not a finite number");
  g_autoptr (Result) example = run_cli ("explain", question_path, "--weight", "2,2,1",
                                        "--example", "2", NULL);
  g_assert_cmpint (example->status, ==, 2);
}

static void
test_train (void)
{
  g_autofree char *out = tmp_file ("trained.json");
  g_autoptr (Result) r = run_cli ("train", question_path, "--steps", "50", "--alpha", "0.05",
                                  "--every", "10", "-o", out, NULL);
  g_assert_cmpint (r->status, ==, 0);
  /* Not a terminal: plain lines every K steps. */
  assert_contains (r->out, "step 0 of 50   J = 0.2556");
  assert_contains (r->out, "step 10 of 50");
  assert_contains (r->out, "step 50 of 50");
  g_assert_null (strchr (r->out, '\r'));

  g_autoptr (RsModel) trained = load (out);
  g_autoptr (RsModel) start = load (question_path);
  g_assert_cmpuint (trained->step, ==, 50);
  g_assert_cmpfloat (trained->learning_rate, ==, 0.05);
  g_assert_cmpfloat (rs_reference_cost (trained->net, trained->data), <,
                     rs_reference_cost (start->net, start->data));
  /* Unit 3 was dead with fixed inputs: its incoming weights never moved. */
  for (int k = 0; k < 3; k++)
    g_assert_cmpfloat (rs_network_theta (trained->net, 2)[6 + k], ==,
                       rs_network_theta (start->net, 2)[6 + k]);

  g_autoptr (Result) json = run_cli ("train", question_path, "--steps", "20", "--mode",
                                     "stochastic", "--json", NULL);
  g_assert_cmpint (json->status, ==, 0);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *o = parse_json (parser, json->out);
  g_assert_cmpint (json_object_get_int_member (o, "steps_done"), ==, 20);
  g_assert_false (json_object_get_boolean_member (o, "diverged"));
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (o, "history")), >=, 2);

  g_autoptr (Result) nan = run_cli ("train", question_path, "--steps", "5", "--alpha", "nan",
                                    NULL);
  g_assert_cmpint (nan->status, ==, 2);
  g_autoptr (Result) no_steps = run_cli ("train", question_path, NULL);
  g_assert_cmpint (no_steps->status, ==, 2);
  g_autoptr (Result) bad_mode = run_cli ("train", question_path, "--steps", "5", "--mode",
                                         "minibatch", NULL);
  g_assert_cmpint (bad_mode->status, ==, 2);
}

/* Targets of 100 make the first update of Θ⁽³⁾ overflow for α = 10³⁰⁷. */
static void
test_train_diverges_parameter (void)
{
  g_autofree char *model = write_question_with_targets ("far.json", "[[100.0, 0.0]]");
  g_autofree char *out = tmp_file ("diverged.json");
  g_autofree char *not_written = tmp_file ("not-written.json");

  g_autoptr (Result) r = run_cli ("train", model, "--steps", "10", "--alpha", "1e307", "-o",
                                  out, NULL);
  g_assert_cmpint (r->status, ==, 1);
  assert_contains (r->err, "step 1: ∂J/∂Θ⁽");
  assert_contains (r->err, "update would make Θ⁽");
  assert_contains (r->err, "∞; try a smaller α (now 1×10³⁰⁷)");

  /* The last finite state is the start: nothing was applied. */
  g_autoptr (RsModel) written = load (out);
  g_autoptr (RsModel) start = load (model);
  g_assert_cmpuint (written->step, ==, 0);
  g_assert_cmpmem (written->net->params, written->net->n_params * sizeof (double),
                   start->net->params, start->net->n_params * sizeof (double));

  g_autoptr (Result) no_out = run_cli ("train", model, "--steps", "10", "--alpha", "1e307",
                                       NULL);
  g_assert_cmpint (no_out->status, ==, 1);
  g_assert_false (g_file_test (not_written, G_FILE_TEST_EXISTS));
}

/* A huge α whose updates stay finite until J overflows. */
static void
test_train_diverges_cost (void)
{
  g_autofree char *out = tmp_file ("diverged-cost.json");
  g_autoptr (Result) r = run_cli ("train", question_path, "--steps", "100", "--alpha", "1e6",
                                  "-o", out, NULL);
  g_assert_cmpint (r->status, ==, 1);
  g_autoptr (GRegex) re = g_regex_new ("train: step ([0-9]+): .*try a smaller α \\(now "
                                       "1×10⁶\\)",
                                       0, 0, NULL);
  g_autoptr (GMatchInfo) match = NULL;
  g_assert_true (g_regex_match (re, r->err, 0, &match));
  g_autofree char *step_text = g_match_info_fetch (match, 1);
  guint64 step = g_ascii_strtoull (step_text, NULL, 10);
  g_assert_cmpuint (step, >=, 1);

  g_autoptr (RsModel) written = load (out);
  g_assert_cmpuint (written->step, ==, step - 1);
  g_assert_true (rs_network_params_are_finite (written->net));
  g_assert_true (isfinite (rs_reference_cost (written->net, written->data)));
}

static void
test_gradcheck (void)
{
  g_autoptr (Result) r = run_cli ("gradcheck", question_path, NULL);
  g_assert_cmpint (r->status, ==, 0);
  assert_contains (r->out, "17 parameters checked");
  assert_contains (r->out, "passed");

  g_autoptr (Result) json = run_cli ("gradcheck", question_path, "--json", NULL);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *o = parse_json (parser, json->out);
  g_assert_true (json_object_get_boolean_member (o, "passed"));
  g_assert_cmpfloat (json_object_get_double_member (o, "worst_relative_error"), <, 1e-6);

  /* A tolerance nothing meets: the check fails with exit 1. */
  g_autoptr (Result) strict = run_cli ("gradcheck", question_path, "--tolerance", "0",
                                       "--epsilon", "1e-3", NULL);
  g_assert_cmpint (strict->status, ==, 1);
  assert_contains (strict->out, "FAILED");

  g_autoptr (Result) bad = run_cli ("gradcheck", question_path, "--epsilon", "abc", NULL);
  g_assert_cmpint (bad->status, ==, 2);
}

static void
test_born_dead (void)
{
  g_autoptr (Result) r = run_cli ("born-dead", "--width", "3", "--depth", "4", "--trials",
                                  "20000", "--json", NULL);
  g_assert_cmpint (r->status, ==, 0);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *o = parse_json (parser, r->out);
  double p = json_object_get_double_member (o, "fraction");
  double se = json_object_get_double_member (o, "std_error");
  double formula = json_object_get_double_member (o, "formula");
  g_assert_cmpfloat_with_epsilon (formula, 1 - pow (1 - 0.125, 4), 1e-15);
  g_assert_cmpfloat_with_epsilon (se, sqrt (p * (1 - p) / 20000), 1e-15);
  g_assert_cmpfloat (fabs (p - formula), <=, 4 * se);
  g_assert_true (json_object_get_boolean_member (o, "formula_exact"));

  g_autoptr (Result) text = run_cli ("born-dead", "--width", "2", "--depth", "3", "--trials",
                                     "1000", "--inputs", "4", "--bias-std", "0.1", NULL);
  g_assert_cmpint (text->status, ==, 0);
  assert_contains (text->out, "1 − (1 − 2⁻²)³");
  assert_contains (text->out, "standard error");

  g_autoptr (Result) missing = run_cli ("born-dead", "--width", "3", "--depth", "4", NULL);
  g_assert_cmpint (missing->status, ==, 2);
  assert_contains (missing->err, "--trials");
  g_autoptr (Result) zero = run_cli ("born-dead", "--width", "3", "--depth", "4", "--trials",
                                     "0", NULL);
  g_assert_cmpint (zero->status, ==, 2);
  g_autoptr (Result) deep = run_cli ("born-dead", "--width", "3", "--depth", "99", "--trials",
                                     "10", NULL);
  g_assert_cmpint (deep->status, ==, 2);
  g_autoptr (Result) bias = run_cli ("born-dead", "--width", "3", "--depth", "2", "--trials",
                                     "10", "--bias-std", "nan", NULL);
  g_assert_cmpint (bias->status, ==, 2);
}

/* The core experiment itself, beside the formula for K = 1 and zero biases on several
 * shapes, and more born dead with more inputs to survive (K > 1 can only lower it). */
static void
test_born_dead_core (void)
{
  const int shapes[][2] = { { 1, 1 }, { 2, 5 }, { 4, 10 } };
  for (gsize i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      RsBornDeadSpec spec = rs_born_dead_spec_default ();
      RsBornDeadResult r;
      spec.width = shapes[i][0];
      spec.depth = shapes[i][1];
      spec.trials = 20000;
      spec.seed = 11 + i;
      g_assert_true (rs_born_dead_run (&spec, &r));
      g_assert_cmpfloat (fabs (r.fraction - r.formula), <=, 4 * r.std_error + 1e-12);

      RsBornDeadResult many;
      spec.n_inputs = 8;
      g_assert_true (rs_born_dead_run (&spec, &many));
      g_assert_cmpfloat (many.fraction, <=, r.fraction + 4 * r.std_error);
    }
  g_assert_cmpfloat (rs_born_dead_formula (1, 1), ==, 0.5);
  g_assert_cmpfloat_with_epsilon (rs_born_dead_formula (60, 10), 10 * ldexp (1, -60),
                                  1e-30);

  RsBornDeadSpec bad = rs_born_dead_spec_default ();
  RsBornDeadResult unused;
  bad.bias_std = NAN;
  g_assert_false (rs_born_dead_run (&bad, &unused));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  const char *build = g_getenv ("RS_BUILD_DIR");
  const char *source = g_getenv ("RS_SOURCE_DIR");
  if (build == NULL || source == NULL)
    {
      g_printerr ("RS_BUILD_DIR and RS_SOURCE_DIR must be set (meson test does)\n");
      return 77;
    }
  cli_path = g_build_filename (build, "src", "cli", "reluscope-cli", NULL);
  question_path = g_build_filename (source, "resources", "presets", "question.json", NULL);
  tmp_dir = g_dir_make_tmp ("reluscope-cli-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/cli/top-level", test_top_level);
  g_test_add_func ("/cli/subcommand-help", test_subcommand_help);
  g_test_add_func ("/cli/new", test_new);
  g_test_add_func ("/cli/new/bad-usage", test_new_bad_usage);
  g_test_add_func ("/cli/new/csv", test_new_csv);
  g_test_add_func ("/cli/info", test_info);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/forward", test_forward);
  g_test_add_func ("/cli/grad", test_grad);
  g_test_add_func ("/cli/explain", test_explain);
  g_test_add_func ("/cli/explain/bad-weight", test_explain_bad_weight);
  g_test_add_func ("/cli/builtin-example", test_builtin_example);
  g_test_add_func ("/cli/train", test_train);
  g_test_add_func ("/cli/train/diverges-parameter", test_train_diverges_parameter);
  g_test_add_func ("/cli/train/diverges-cost", test_train_diverges_cost);
  g_test_add_func ("/cli/gradcheck", test_gradcheck);
  g_test_add_func ("/cli/born-dead", test_born_dead);
  g_test_add_func ("/cli/born-dead/core", test_born_dead_core);

  int status = g_test_run ();

  /* Leave no litter in /tmp. */
  g_autoptr (GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (tmp_dir);
  g_free (cli_path);
  g_free (question_path);
  g_free (tmp_dir);
  return status;
}
