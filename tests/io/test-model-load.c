/* test-model-load.c — reading model files: the preset's numbers, the defaults, and every
 * refusal with its exact message. */
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "core/rs-init.h"
#include "io-test-support.h"

/* The example, written as a person would; each error case below changes one
 * piece of it. */
static const char base_model[] =
  "{\n"
  "  \"format\": \"reluscope-model\", \"version\": 1,\n"
  "  \"layers\": [ {\"units\": 2}, {\"units\": 3, \"activation\": \"relu\"},"
  " {\"units\": 2, \"activation\": \"linear\"} ],\n"
  "  \"relu_prime_at_zero\": 0, \"leaky_slope\": 0.01,\n"
  "  \"theta\": [ [[0.1, 0.4, -0.2], [-0.3, 0.2, 0.3], [0.2, -0.5, -0.4]],\n"
  "             [[0.05, 0.6, -0.1, 0.3], [-0.1, 0.2, 0.5, -0.4]] ],\n"
  "  \"data\": { \"x\": [[1.0, 0.5]], \"y\": [[1.0, 0.0]] },\n"
  "  \"training\": { \"learning_rate\": 0.1, \"mode\": \"batch\", \"step\": 0 },\n"
  "  \"init\": { \"scheme\": \"he\", \"seed\": 1, \"bias\": 0.0 }\n"
  "}\n";

/* base_model with the one occurrence of `from` replaced by `to`. */
static char *
variant (const char *from, const char *to)
{
  const char *at = strstr (base_model, from);

  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, from));
  return g_strdup_printf ("%.*s%s%s", (int) (at - base_model), base_model, to,
                          at + strlen (from));
}

static RsModel *
load (const char *json, GError **error)
{
  return rs_model_load_from_data (json, strlen (json), "model.json", error);
}

static void
test_question_preset (void)
{
  g_autoptr (RsModel) model = io_test_load_question ();
  static const double theta2[] = { 0.1, 0.4, -0.2, -0.3, 0.2, 0.3, 0.2, -0.5, -0.4 };
  static const double theta3[] = { 0.05, 0.6, -0.1, 0.3, -0.1, 0.2, 0.5, -0.4 };
  const RsNetwork *net = model->net;

  g_assert_cmpint (net->n_layers, ==, 3);
  g_assert_cmpint (net->units[1], ==, 2);
  g_assert_cmpint (net->units[2], ==, 3);
  g_assert_cmpint (net->units[3], ==, 2);
  g_assert_cmpint (net->activation[2], ==, RS_ACTIVATION_RELU);
  g_assert_cmpint (net->activation[3], ==, RS_ACTIVATION_LINEAR);
  g_assert_cmpfloat (net->act_params.relu_prime_at_zero, ==, 0.0);
  g_assert_cmpfloat (net->act_params.leaky_slope, ==, 0.01);

  /* Exactly the doubles the literals denote: the parser must not round on its own. */
  g_assert_cmpuint (net->n_params, ==, G_N_ELEMENTS (theta2) + G_N_ELEMENTS (theta3));
  g_assert_cmpmem (rs_network_theta (net, 2), sizeof theta2, theta2, sizeof theta2);
  g_assert_cmpmem (rs_network_theta (net, 3), sizeof theta3, theta3, sizeof theta3);

  g_assert_cmpint (model->data->n_examples, ==, 1);
  g_assert_cmpfloat (model->data->x[0], ==, 1.0);
  g_assert_cmpfloat (model->data->x[1], ==, 0.5);
  g_assert_cmpfloat (model->data->y[0], ==, 1.0);
  g_assert_cmpfloat (model->data->y[1], ==, 0.0);

  g_assert_cmpfloat (model->learning_rate, ==, 0.1);
  g_assert_cmpint (model->mode, ==, RS_MODE_BATCH);
  g_assert_cmpuint (model->step, ==, 0);
  g_assert_cmpint (model->init.scheme, ==, RS_INIT_HE);
  g_assert_cmpuint (model->init.seed, ==, 1);
  g_assert_cmpfloat (model->init.bias, ==, 0.0);
  g_assert_cmpfloat (model->init.range, ==, 0.5);

  g_assert_cmpstr (model->name, ==, "The question's network");
  g_assert_true (g_str_has_prefix (model->hint, "Click the weight from input 1"));
}

/* Only what is required: every default shows. */
static const char minimal_model[] =
  "{\"format\": \"reluscope-model\", \"version\": 1,\n"
  " \"layers\": [{\"units\": 2}, {\"units\": 4}, {\"units\": 4}, {\"units\": 1}],\n"
  " \"data\": {\"x\": [[0.5, -1]], \"y\": [[2]]}}";

static void
test_defaults (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RsModel) model = load (minimal_model, &error);
  RsInitSpec spec = rs_init_spec_default ();
  g_autoptr (RsNetwork) expected = NULL;
  static const int units[] = { 2, 4, 4, 1 };

  g_assert_no_error (error);
  g_assert_nonnull (model);

  g_assert_cmpint (model->net->activation[2], ==, RS_ACTIVATION_RELU);
  g_assert_cmpint (model->net->activation[3], ==, RS_ACTIVATION_RELU);
  g_assert_cmpint (model->net->activation[4], ==, RS_ACTIVATION_LINEAR);
  g_assert_cmpfloat (model->net->act_params.relu_prime_at_zero, ==, 0.0);
  g_assert_cmpfloat (model->net->act_params.leaky_slope, ==, 0.01);
  g_assert_cmpfloat (model->learning_rate, ==, 0.1);
  g_assert_cmpint (model->mode, ==, RS_MODE_BATCH);
  g_assert_cmpuint (model->step, ==, 0);
  g_assert_null (model->name);
  g_assert_null (model->hint);
  g_assert_cmpint (model->init.scheme, ==, spec.scheme);
  g_assert_cmpuint (model->init.seed, ==, spec.seed);
  g_assert_cmpfloat (model->init.bias, ==, spec.bias);
  g_assert_cmpfloat (model->init.range, ==, spec.range);
  g_assert_cmpfloat (model->data->x[1], ==, -1.0);
  g_assert_cmpfloat (model->data->y[0], ==, 2.0);

  /* No theta: Θ is what the init spec gives, not zeros. */
  expected = rs_network_new (4, units);
  rs_network_init (expected, &spec);
  g_assert_cmpmem (model->net->params, model->net->n_params * sizeof (double),
                   expected->params, expected->n_params * sizeof (double));
  g_assert_false (model->net->params[1] == 0.0 && model->net->params[2] == 0.0);
}

static void
test_init_without_theta (void)
{
  static const char *const init_seven =
    "\"init\": {\"scheme\": \"uniform\", \"seed\": 7, \"bias\": 0.25, \"range\": 0.3}";
  g_autofree char *json = NULL;
  g_autofree char *json_other_seed = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (RsModel) first = NULL;
  g_autoptr (RsModel) second = NULL;
  g_autoptr (RsModel) other_seed = NULL;
  g_autoptr (RsNetwork) expected = NULL;
  RsInitSpec spec = { .scheme = RS_INIT_UNIFORM, .seed = 7, .bias = 0.25, .range = 0.3 };
  const char *theta_start, *theta_end;
  GString *text;

  /* The base model without its theta member and with a custom init. */
  theta_start = strstr (base_model, "  \"theta\"");
  theta_end = strstr (base_model, "  \"data\"");
  text = g_string_new_len (base_model, theta_start - base_model);
  g_string_append (text, theta_end);
  g_string_replace (text, "\"init\": { \"scheme\": \"he\", \"seed\": 1, \"bias\": 0.0 }",
                    init_seven, 1);
  json = g_string_free (text, FALSE);
  json_other_seed = g_strdup (json);
  *strstr (json_other_seed, "7,") = '8';

  first = load (json, &error);
  g_assert_no_error (error);
  second = load (json, &error);
  g_assert_no_error (error);
  other_seed = load (json_other_seed, &error);
  g_assert_no_error (error);

  g_assert_cmpint (first->init.scheme, ==, RS_INIT_UNIFORM);
  g_assert_cmpuint (first->init.seed, ==, 7);
  g_assert_cmpfloat (first->init.range, ==, 0.3);

  expected = rs_network_copy (first->net);
  rs_network_init (expected, &spec);
  g_assert_cmpmem (first->net->params, first->net->n_params * sizeof (double),
                   expected->params, expected->n_params * sizeof (double));
  g_assert_cmpmem (first->net->params, first->net->n_params * sizeof (double),
                   second->net->params, second->net->n_params * sizeof (double));
  g_assert_false (memcmp (first->net->params, other_seed->net->params,
                          first->net->n_params * sizeof (double))
                  == 0);

  /* Column 0 is the bias. */
  for (int l = 2; l <= first->net->n_layers; l++)
    for (int j = 1; j <= first->net->units[l]; j++)
      g_assert_cmpfloat (first->net->params[rs_network_index (first->net, l, j, 0)], ==, 0.25);
  for (size_t i = 0; i < first->net->n_params; i++)
    g_assert_cmpfloat (fabs (first->net->params[i]), <=, 0.3);
}

static void
test_accepted_variants (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *stochastic = variant ("\"batch\", \"step\": 0", "\"stochastic\", \"step\": 41");
  g_autofree char *integral = variant ("{\"units\": 3,", "{\"units\": 3.0,");
  g_autofree char *leaky = variant ("\"relu\"", "\"leaky_relu\"");
  g_autoptr (RsModel) a = load (stochastic, &error);
  g_autoptr (RsModel) b = NULL;
  g_autoptr (RsModel) c = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (a->mode, ==, RS_MODE_STOCHASTIC);
  g_assert_cmpuint (a->step, ==, 41);

  b = load (integral, &error);
  g_assert_no_error (error);
  g_assert_cmpint (b->net->units[2], ==, 3);

  c = load (leaky, &error);
  g_assert_no_error (error);
  g_assert_cmpint (c->net->activation[2], ==, RS_ACTIVATION_LEAKY_RELU);
}

typedef struct
{
  const char *test_name;
  const char *from; /* replaced in base_model … */
  const char *to;   /* … by this */
  RsIoError code;
  const char *message;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "theta-row-width", "[0.05, 0.6, -0.1, 0.3]", "[0.05, 0.6, -0.1]", RS_IO_ERROR_INVALID,
    "model.json: theta[1][0]: expected 4 numbers, found 3" },
  { "theta-rows", ", [0.2, -0.5, -0.4]]", "]", RS_IO_ERROR_INVALID,
    "model.json: theta[0]: expected 3 rows, found 2" },
  { "theta-matrices", ",\n             [[0.05, 0.6, -0.1, 0.3], [-0.1, 0.2, 0.5, -0.4]]", "",
    RS_IO_ERROR_INVALID,
    "model.json: theta: expected 2 matrices (one per layer after the input), found 1" },
  { "theta-infinite", "[0.2, -0.5, -0.4]", "[0.2, 1e999, -0.4]", RS_IO_ERROR_INVALID,
    "model.json: theta[0][2][1]: not a finite number" },
  { "theta-string", "[[0.1, 0.4", "[[\"0.1\", 0.4", RS_IO_ERROR_INVALID,
    "model.json: theta[0][0][0]: expected a number, found \"0.1\"" },
  { "theta-row-not-array", "[-0.3, 0.2, 0.3]", "null", RS_IO_ERROR_INVALID,
    "model.json: theta[0][1]: expected an array of 3 numbers, found null" },
  { "activation-unknown", "\"linear\"", "\"rleu\"", RS_IO_ERROR_INVALID,
    "model.json: layers[2].activation: unknown \"rleu\" (relu, leaky_relu, linear, sigmoid, "
    "tanh)" },
  { "activation-not-string", "\"linear\"", "1", RS_IO_ERROR_INVALID,
    "model.json: layers[2].activation: expected a string, found 1" },
  { "activation-on-input", "{\"units\": 2},", "{\"units\": 2, \"activation\": \"relu\"},",
    RS_IO_ERROR_INVALID, "model.json: layers[0].activation: the input layer has no activation" },
  { "layer-unknown-member", "{\"units\": 2},", "{\"units\": 2, \"size\": 2},",
    RS_IO_ERROR_INVALID, "model.json: layers[0]: unknown member \"size\" (units, activation)" },
  { "layer-not-object", "{\"units\": 2},", "2,", RS_IO_ERROR_INVALID,
    "model.json: layers[0]: expected an object, found 2" },
  { "units-missing", "{\"units\": 2},", "{},", RS_IO_ERROR_INVALID,
    "model.json: layers[0].units: missing" },
  { "units-string", "{\"units\": 3,", "{\"units\": \"3\",", RS_IO_ERROR_INVALID,
    "model.json: layers[1].units: expected an integer, found \"3\"" },
  { "units-fraction", "{\"units\": 3,", "{\"units\": 2.5,", RS_IO_ERROR_INVALID,
    "model.json: layers[1].units: expected an integer, found 2.5" },
  { "units-zero", "{\"units\": 3,", "{\"units\": 0,", RS_IO_ERROR_INVALID,
    "model.json: layers[1].units: must be between 1 and 1024, found 0" },
  { "units-too-many", "{\"units\": 3,", "{\"units\": 1025,", RS_IO_ERROR_INVALID,
    "model.json: layers[1].units: must be between 1 and 1024, found 1025" },
  { "layers-too-few",
    "{\"units\": 2}, {\"units\": 3, \"activation\": \"relu\"}, {\"units\": 2, \"activation\": "
    "\"linear\"}",
    "{\"units\": 2}", RS_IO_ERROR_INVALID, "model.json: layers: expected 2 to 12 layers, found 1" },
  { "layers-too-many", "{\"units\": 2},",
    "{\"units\": 2}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {},", RS_IO_ERROR_INVALID,
    "model.json: layers: expected 2 to 12 layers, found 13" },
  { "layers-not-array", "[ {\"units\": 2}, {\"units\": 3, \"activation\": \"relu\"}, "
    "{\"units\": 2, \"activation\": \"linear\"} ]", "{\"units\": 2}", RS_IO_ERROR_INVALID,
    "model.json: layers: expected an array, found an object" },
  { "format-wrong", "\"reluscope-model\"", "\"tensorflow\"", RS_IO_ERROR_INVALID,
    "model.json: format: expected \"reluscope-model\", found \"tensorflow\"" },
  { "format-missing", "\"format\": \"reluscope-model\", ", "", RS_IO_ERROR_INVALID,
    "model.json: format: missing (not a ReluScope model file)" },
  { "version-unsupported", "\"version\": 1", "\"version\": 2", RS_IO_ERROR_INVALID,
    "model.json: version: unsupported version 2 (this ReluScope reads version 1)" },
  { "version-missing", ", \"version\": 1", "", RS_IO_ERROR_INVALID,
    "model.json: version: missing" },
  { "unknown-member", "\"theta\"", "\"thetas\"", RS_IO_ERROR_INVALID,
    "model.json: unknown member \"thetas\" (format, version, name, hint, layers, "
    "relu_prime_at_zero, leaky_slope, theta, data, training, init)" },
  { "name-not-string", "\"version\": 1,", "\"version\": 1, \"name\": 3,", RS_IO_ERROR_INVALID,
    "model.json: name: expected a string, found 3" },
  { "relu-prime-too-large", "\"relu_prime_at_zero\": 0", "\"relu_prime_at_zero\": 1.5",
    RS_IO_ERROR_INVALID, "model.json: relu_prime_at_zero: must be between 0 and 1, found 1.5" },
  { "relu-prime-negative", "\"relu_prime_at_zero\": 0", "\"relu_prime_at_zero\": -0.25",
    RS_IO_ERROR_INVALID, "model.json: relu_prime_at_zero: must be between 0 and 1, found -0.25" },
  { "leaky-slope-infinite", "0.01", "-1e999", RS_IO_ERROR_INVALID,
    "model.json: leaky_slope: not a finite number" },
  { "leaky-slope-bool", "0.01", "true", RS_IO_ERROR_INVALID,
    "model.json: leaky_slope: expected a number, found true" },
  { "learning-rate-string", "\"learning_rate\": 0.1", "\"learning_rate\": \"fast\"",
    RS_IO_ERROR_INVALID, "model.json: training.learning_rate: expected a number, found \"fast\"" },
  { "learning-rate-negative", "\"learning_rate\": 0.1", "\"learning_rate\": -0.1",
    RS_IO_ERROR_INVALID, "model.json: training.learning_rate: must not be negative, found -0.1" },
  { "learning-rate-infinite", "\"learning_rate\": 0.1", "\"learning_rate\": 1e999",
    RS_IO_ERROR_INVALID, "model.json: training.learning_rate: not a finite number" },
  { "mode-unknown", "\"batch\"", "\"fast\"", RS_IO_ERROR_INVALID,
    "model.json: training.mode: unknown \"fast\" (batch, stochastic)" },
  { "step-negative", "\"step\": 0", "\"step\": -1", RS_IO_ERROR_INVALID,
    "model.json: training.step: must not be negative, found -1" },
  { "step-fraction", "\"step\": 0", "\"step\": 0.5", RS_IO_ERROR_INVALID,
    "model.json: training.step: expected an integer, found 0.5" },
  { "training-unknown-member", "\"step\": 0", "\"steps\": 0", RS_IO_ERROR_INVALID,
    "model.json: training: unknown member \"steps\" (learning_rate, mode, step)" },
  { "training-not-object", "{ \"learning_rate\": 0.1, \"mode\": \"batch\", \"step\": 0 }", "[]",
    RS_IO_ERROR_INVALID,
    "model.json: training: expected an object, found an array" },
  { "init-scheme-unknown", "\"he\"", "\"glorot\"", RS_IO_ERROR_INVALID,
    "model.json: init.scheme: unknown \"glorot\" (he, xavier, uniform, zeros)" },
  { "init-seed-negative", "\"seed\": 1", "\"seed\": -1", RS_IO_ERROR_INVALID,
    "model.json: init.seed: must not be negative, found -1" },
  { "init-range-negative", "\"bias\": 0.0", "\"bias\": 0.0, \"range\": -1", RS_IO_ERROR_INVALID,
    "model.json: init.range: must not be negative, found -1" },
  { "init-bias-infinite", "\"bias\": 0.0", "\"bias\": 1e400", RS_IO_ERROR_INVALID,
    "model.json: init.bias: not a finite number" },
  { "data-missing", "\"data\": { \"x\": [[1.0, 0.5]], \"y\": [[1.0, 0.0]] },", "",
    RS_IO_ERROR_INVALID,
    "model.json: data: missing (a model needs at least one training example)" },
  { "data-y-missing", ", \"y\": [[1.0, 0.0]]", "", RS_IO_ERROR_INVALID,
    "model.json: data.y: missing" },
  { "data-row-width", "\"x\": [[1.0, 0.5]]", "\"x\": [[1.0, 0.5, 2.0]]", RS_IO_ERROR_INVALID,
    "model.json: data.x[0]: expected 2 numbers, found 3" },
  { "data-row-not-array", "\"x\": [[1.0, 0.5]]", "\"x\": [1.0]", RS_IO_ERROR_INVALID,
    "model.json: data.x[0]: expected an array of 2 numbers, found 1" },
  { "data-count-mismatch", "\"x\": [[1.0, 0.5]]", "\"x\": [[1.0, 0.5], [0, 0]]",
    RS_IO_ERROR_INVALID, "model.json: data.y: expected 2 examples (as many as data.x), found 1" },
  { "data-empty", "\"x\": [[1.0, 0.5]], \"y\": [[1.0, 0.0]]", "\"x\": [], \"y\": []",
    RS_IO_ERROR_INVALID, "model.json: data.x: no examples (a model needs at least one)" },
  { "data-y-infinite",
    "\"x\": [[1.0, 0.5]], \"y\": [[1.0, 0.0]]",
    "\"x\": [[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0]],\n"
    "           \"y\": [[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0,0],[0.0, 1e999]]",
    RS_IO_ERROR_INVALID, "model.json: data.y[7][1]: not a finite number" },
  { "data-x-string", "[[1.0, 0.5]]", "[[1.0, \"abc\"]]", RS_IO_ERROR_INVALID,
    "model.json: data.x[0][1]: expected a number, found \"abc\"" },
};

static void
test_error (gconstpointer user_data)
{
  const ErrorCase *c = user_data;
  g_autofree char *json = variant (c->from, c->to);
  g_autoptr (GError) error = NULL;
  RsModel *model = load (json, &error);

  g_assert_null (model);
  io_test_assert_error (error, c->code, c->message);
}

/* The place is ours ("line L, column C" from json-glib's numbers); the words after it are
 * json-glib's and may change with its version, so only the start is compared. */
static void
test_error_syntax (void)
{
  static const struct
  {
    const char *from, *to, *start;
  } cases[] = {
    { "\"version\": 1,", "\"version\": 1,,", "model.json: line 2, column 44: unexpected" },
    { "\"leaky_slope\": 0.01,", "\"leaky_slope\": 0.01", "model.json: line 4, column 46: unexpected" },
    { "[[1.0, 0.5]]", "[[1.0 0.5]]", "model.json: line 7, column 22: unexpected" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = variant (cases[i].from, cases[i].to);
      g_autoptr (GError) error = NULL;

      g_assert_null (load (json, &error));
      g_assert_error (error, RS_IO_ERROR, RS_IO_ERROR_SYNTAX);
      if (!g_str_has_prefix (error->message, cases[i].start))
        g_error ("\"%s\" does not start with \"%s\"", error->message, cases[i].start);
    }
}

static void
test_error_whole_text (void)
{
  static const struct
  {
    const char *text;
    RsIoError code;
    const char *message;
  } cases[] = {
    { "", RS_IO_ERROR_SYNTAX, "model.json: empty, expected a JSON object" },
    { "  \n", RS_IO_ERROR_SYNTAX, "model.json: empty, expected a JSON object" },
    { "[1, 2]", RS_IO_ERROR_INVALID,
      "model.json: expected an object at the top level, found an array" },
    { "{\"version\": 1}", RS_IO_ERROR_INVALID,
      "model.json: format: missing (not a ReluScope model file)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;

      g_assert_null (load (cases[i].text, &error));
      io_test_assert_error (error, cases[i].code, cases[i].message);
    }
}

/* One more example than the core takes. The rows are not even looked at: the count alone
 * is refused, before a million rows are converted. */
static void
test_error_too_many_examples (void)
{
  g_autoptr (GString) json = g_string_new (
    "{\"format\": \"reluscope-model\", \"version\": 1,"
    " \"layers\": [{\"units\": 1}, {\"units\": 1}], \"data\": {\"x\": [");
  g_autoptr (GError) error = NULL;

  for (int t = 0; t <= RS_MAX_EXAMPLES; t++)
    g_string_append (json, t > 0 ? ",0" : "0");
  g_string_append (json, "], \"y\": [[0]]}}");

  g_assert_null (load (json->str, &error));
  io_test_assert_error (error, RS_IO_ERROR_INVALID,
                        "model.json: data.x: 1000001 examples, more than the limit of 1000000");
}

static void
test_load_file (void)
{
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "named.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "nothere.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (RsModel) model = NULL;
  g_assert_true (g_file_set_contents (path, base_model, -1, NULL));
  model = rs_model_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (model->net->units[2], ==, 3);

  /* Messages call a file by its base name. */
  g_assert_true (g_file_set_contents (path, "{\"format\": 1}", -1, NULL));
  g_assert_null (rs_model_load (path, &error));
  io_test_assert_error (error, RS_IO_ERROR_INVALID,
                        "named.json: format: expected a string, found 1");
  g_clear_error (&error);

  g_assert_null (rs_model_load (missing, &error));
  io_test_assert_error (error, RS_IO_ERROR_READ,
                        "nothere.json: cannot open: No such file or directory");
  g_clear_error (&error);

  g_assert_null (rs_model_load (dir, &error));
  g_assert_error (error, RS_IO_ERROR, RS_IO_ERROR_READ);
  g_assert_true (g_str_has_suffix (error->message, ": not a regular file"));

  io_test_remove_dir (dir);
}

/* A file over the limit is refused from its size, before it is read: the sparse file here
 * occupies no disk space and would take seconds to parse if it were read. */
static void
test_error_file_too_large (void)
{
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GTimer) timer = g_timer_new ();
  FILE *file = g_fopen (path, "w");

  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, RS_MODEL_FILE_MAX_BYTES, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc (' ', file), ==, ' ');
  g_assert_cmpint (fclose (file), ==, 0);

  g_assert_null (rs_model_load (path, &error));
  io_test_assert_error (error, RS_IO_ERROR_READ,
                        "huge.json: too large (268435457 bytes, the limit is 256 MiB)");
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 1.0);

  io_test_remove_dir (dir);
}

/* A hostile file nested a million deep is refused with its place instead of overflowing
 * the parser's stack; strings with brackets in them are no nesting. */
static void
test_error_nesting (void)
{
  g_autoptr (GString) json = g_string_new ("{\"name\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\",\n"
                                           " \"layers\": ");
  g_autoptr (GError) error = NULL;

  /* The "{" on line 1 is the first level, so the 32nd "[" is one too many: column 11 + 32. */
  for (int i = 0; i < 1000000; i++)
    g_string_append_c (json, '[');
  g_assert_null (load (json->str, &error));
  io_test_assert_error (error, RS_IO_ERROR_SYNTAX,
                        "model.json: line 2, column 43: nested more than 32 levels deep "
                        "(a model file needs 4)");
  g_clear_error (&error);

  /* 32 levels are only a syntax matter for the parser, not refused for depth. */
  g_string_assign (json, "");
  for (int i = 0; i < 32; i++)
    g_string_append_c (json, '[');
  g_assert_null (load (json->str, &error));
  g_assert_error (error, RS_IO_ERROR, RS_IO_ERROR_SYNTAX);
  g_assert_null (strstr (error->message, "nested"));
  g_clear_error (&error);

  /* One list longer than any a model holds is refused before json-glib stores it (each value
   * a node of its own: gigabytes for a file of a few hundred megabytes). */
  g_string_assign (json, "{\"data\": {\"x\": [[0");
  for (int i = 0; i < 2 * RS_MAX_EXAMPLES; i++)
    g_string_append (json, ",0");
  g_string_append (json, "]]}}");
  g_assert_null (load (json->str, &error));
  io_test_assert_error (error, RS_IO_ERROR_SYNTAX,
                        "model.json: line 1, column 4000017: more than 2000000 values in one "
                        "list (no list of a model file holds more)");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model-load/question-preset", test_question_preset);
  g_test_add_func ("/model-load/defaults", test_defaults);
  g_test_add_func ("/model-load/init-without-theta", test_init_without_theta);
  g_test_add_func ("/model-load/accepted-variants", test_accepted_variants);
  g_test_add_func ("/model-load/file", test_load_file);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model-load/error/%s", error_cases[i].test_name);
      g_test_add_data_func (path, &error_cases[i], test_error);
    }
  g_test_add_func ("/model-load/error/syntax", test_error_syntax);
  g_test_add_func ("/model-load/error/whole-text", test_error_whole_text);
  g_test_add_func ("/model-load/error/too-many-examples", test_error_too_many_examples);
  g_test_add_func ("/model-load/error/file-too-large", test_error_file_too_large);
  g_test_add_func ("/model-load/error/nesting", test_error_nesting);

  return g_test_run ();
}
