/* test-model-save.c — writing model files: exact numbers, the layout, bit-identical round
 * trips and atomic saves. */
#include <float.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "core/rs-init.h"
#include "io-test-support.h"
#include "io/rs-json-writer.h"

static char *
number_text (double value)
{
  GString *out = g_string_new (NULL);

  rs_json_append_double (out, value);
  return g_string_free (out, FALSE);
}

static void
assert_number_text (double value, const char *expected)
{
  g_autofree char *text = number_text (value);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_number_form (void)
{
  assert_number_text (0.1, "0.1");
  assert_number_text (-0.4, "-0.4");
  assert_number_text (1.0 / 3.0, "0.3333333333333333");
  assert_number_text (0.1 + 0.2, "0.30000000000000004");
  assert_number_text (1.0, "1.0");
  assert_number_text (0.0, "0.0");
  assert_number_text (-0.0, "-0.0");
  assert_number_text (123456789.0, "123456789.0");
  assert_number_text (1e17, "1e+17");
  assert_number_text (1e300, "1e+300");
  assert_number_text (-2.5e300, "-2.5e+300");
  assert_number_text (5e-324, "4.94065645841247e-324");
  assert_number_text (DBL_MAX, "1.7976931348623157e+308");
  assert_number_text (NAN, "null");
  assert_number_text (-INFINITY, "null");
}

/* A decimal comma in the user's locale must not leak into the file. */
static void
test_number_form_locale (void)
{
  static const char *const comma_locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "nl_NL.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  const char *found = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (comma_locales) && found == NULL; i++)
    found = setlocale (LC_NUMERIC, comma_locales[i]);
  if (found == NULL)
    {
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }

  assert_number_text (0.5, "0.5");
  assert_number_text (1.0 / 3.0, "0.3333333333333333");
  setlocale (LC_NUMERIC, saved);
}

static void
test_string_form (void)
{
  g_autoptr (GString) out = g_string_new (NULL);

  rs_json_append_string (out, "a\"b\\c\nd\te\x01Θ");
  g_assert_cmpstr (out->str, ==, "\"a\\\"b\\\\c\\nd\\te\\u0001Θ\"");
}

static const char question_json[] =
  "{\n"
  "  \"format\": \"reluscope-model\",\n"
  "  \"version\": 1,\n"
  "  \"name\": \"The question's network\",\n"
  "  \"hint\": \"Click the weight from input 1 into hidden unit 3: its ReLU has z < 0, so its "
  "gradient is exactly 0.\",\n"
  "  \"layers\": [\n"
  "    {\"units\": 2},\n"
  "    {\"units\": 3, \"activation\": \"relu\"},\n"
  "    {\"units\": 2, \"activation\": \"linear\"}\n"
  "  ],\n"
  "  \"relu_prime_at_zero\": 0.0,\n"
  "  \"leaky_slope\": 0.01,\n"
  "  \"theta\": [\n"
  "    [\n"
  "      [0.1, 0.4, -0.2],\n"
  "      [-0.3, 0.2, 0.3],\n"
  "      [0.2, -0.5, -0.4]\n"
  "    ],\n"
  "    [\n"
  "      [0.05, 0.6, -0.1, 0.3],\n"
  "      [-0.1, 0.2, 0.5, -0.4]\n"
  "    ]\n"
  "  ],\n"
  "  \"data\": {\n"
  "    \"x\": [\n"
  "      [1.0, 0.5]\n"
  "    ],\n"
  "    \"y\": [\n"
  "      [1.0, 0.0]\n"
  "    ]\n"
  "  },\n"
  "  \"training\": {\"learning_rate\": 0.1, \"mode\": \"batch\", \"step\": 0},\n"
  "  \"init\": {\"scheme\": \"he\", \"seed\": 1, \"bias\": 0.0, \"range\": 0.5}\n"
  "}\n";

static void
test_layout (void)
{
  g_autoptr (RsModel) model = io_test_load_question ();
  g_autofree char *json = rs_model_to_json (model);

  g_assert_cmpstr (json, ==, question_json);
}

/* Doubles that break naive printing: too many digits for %.15g, the extremes of the
 * exponent, subnormals, both zeros. */
static const double tricky[] = {
  0.1, 1.0 / 3.0, 1e-300, -2.5e300, 5e-324, -0.0, 0.0, 2.0 / 3.0, 0.1 + 0.2, DBL_MAX,
  -DBL_MIN, 2.2250738585072009e-308, 1e17, 123456789012345678.0, -1e-5, 1.0 + DBL_EPSILON,
  -7.0, 1e22, 9007199254740993.0,
};

/* The tricky values first, then doubles of random bit patterns (every exponent). */
static void
fill (double *values, size_t n, GRand *rand)
{
  for (size_t i = 0; i < n; i++)
    {
      if (i < G_N_ELEMENTS (tricky))
        values[i] = tricky[i];
      else
        do
          {
            guint64 bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
            memcpy (&values[i], &bits, sizeof bits);
          }
        while (!isfinite (values[i]));
    }
}

static RsModel *
make_tricky_model (void)
{
  static const int units[] = { 3, 5, 4, 2 };
  g_autoptr (GRand) rand = g_rand_new_with_seed (20240601);
  RsNetwork *net = rs_network_new (G_N_ELEMENTS (units), units);
  RsData *data = rs_data_new (7, 3, 2);
  RsModel *model;

  fill (net->params, net->n_params, rand);
  fill (data->x, 7 * 3, rand);
  fill (data->y, 7 * 2, rand);
  net->activation[2] = RS_ACTIVATION_TANH;
  net->activation[3] = RS_ACTIVATION_LEAKY_RELU;
  net->activation[4] = RS_ACTIVATION_SIGMOID;
  net->act_params.relu_prime_at_zero = 1.0 / 3.0;
  net->act_params.leaky_slope = -1.0 / 7.0;

  model = rs_model_new (net, data);
  model->learning_rate = 5e-324;
  model->mode = RS_MODE_STOCHASTIC;
  model->step = 12345678901;
  model->init.scheme = RS_INIT_XAVIER;
  model->init.seed = G_MAXINT64;
  model->init.bias = -0.0;
  model->init.range = 1e-300;
  rs_model_set_name (model, "Θ \"quoted\"\n\tand a \\ backslash");
  rs_model_set_hint (model, "control \x01 character");
  return model;
}

static void
assert_same_model (const RsModel *a, const RsModel *b)
{
  const RsNetwork *na = a->net, *nb = b->net;

  g_assert_cmpint (na->n_layers, ==, nb->n_layers);
  g_assert_cmpmem (na->units, sizeof na->units, nb->units, sizeof nb->units);
  for (int l = 2; l <= na->n_layers; l++)
    g_assert_cmpint (na->activation[l], ==, nb->activation[l]);
  g_assert_cmpmem (&na->act_params, sizeof na->act_params, &nb->act_params,
                   sizeof nb->act_params);
  g_assert_cmpmem (na->params, na->n_params * sizeof (double), nb->params,
                   nb->n_params * sizeof (double));

  g_assert_cmpint (a->data->n_examples, ==, b->data->n_examples);
  g_assert_cmpmem (a->data->x, a->data->n_examples * a->data->n_inputs * sizeof (double),
                   b->data->x, b->data->n_examples * b->data->n_inputs * sizeof (double));
  g_assert_cmpmem (a->data->y, a->data->n_examples * a->data->n_outputs * sizeof (double),
                   b->data->y, b->data->n_examples * b->data->n_outputs * sizeof (double));

  g_assert_cmpmem (&a->learning_rate, sizeof (double), &b->learning_rate, sizeof (double));
  g_assert_cmpint (a->mode, ==, b->mode);
  g_assert_cmpuint (a->step, ==, b->step);
  g_assert_cmpint (a->init.scheme, ==, b->init.scheme);
  g_assert_cmpuint (a->init.seed, ==, b->init.seed);
  g_assert_cmpmem (&a->init.bias, sizeof (double), &b->init.bias, sizeof (double));
  g_assert_cmpmem (&a->init.range, sizeof (double), &b->init.range, sizeof (double));
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpstr (a->hint, ==, b->hint);
}

static void
test_round_trip (void)
{
  g_autoptr (RsModel) model = make_tricky_model ();
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "model.json", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (RsModel) loaded = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;

  g_assert_true (rs_model_save (model, path, &error));
  g_assert_no_error (error);
  loaded = rs_model_load (path, &error);
  g_assert_no_error (error);
  assert_same_model (model, loaded);

  /* Writing what was read gives the same text: nothing drifts from save to save. */
  json = rs_model_to_json (model);
  json_again = rs_model_to_json (loaded);
  g_assert_cmpstr (json, ==, json_again);
  g_assert_nonnull (strstr (json, "\"bias\": -0.0"));

  io_test_remove_dir (dir);
}

static void
test_save_missing_directory (void)
{
  g_autoptr (RsModel) model = io_test_load_question ();
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "model.json", NULL);
  g_autofree char *left = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_false (rs_model_save (model, path, &error));
  g_assert_error (error, RS_IO_ERROR, RS_IO_ERROR_WRITE);
  g_assert_true (g_str_has_prefix (error->message, "model.json: cannot save: "));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  left = io_test_list_dir (dir);
  g_assert_cmpstr (left, ==, "");

  io_test_remove_dir (dir);
}

/* Saving over a file puts a new file in its place (a rename) instead of rewriting the old
 * one in place: a hard link to the old file keeps the old text. A crash while writing in
 * place is what leaves a half-written model behind. */
static void
test_save_replaces (void)
{
  static const char old[] = "an older, longer file that must go entirely";
  g_autoptr (RsModel) model = io_test_load_question ();
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "model.json", NULL);
  g_autofree char *old_link = g_build_filename (dir, "old-link.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *linked = NULL;
  g_autofree char *left = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, old, -1, NULL));
  g_assert_cmpint (link (path, old_link), ==, 0);
  g_assert_true (rs_model_save (model, path, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, question_json);
  g_assert_true (g_file_get_contents (old_link, &linked, NULL, NULL));
  g_assert_cmpstr (linked, ==, old);
  /* The temporary file was renamed, not left beside it. */
  left = io_test_list_dir (dir);
  g_assert_cmpstr (left, ==, "model.json old-link.json");

  io_test_remove_dir (dir);
}

/* What the loader would refuse is not saved, and the file already there stays as it was. */
static void
test_save_refuses (void)
{
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "model.json", NULL);
  static const char old[] = "the previous save";
  static const struct
  {
    int what;
    const char *message;
  } cases[] = {
    { 0, "model.json: theta[0][1][0]: not a finite number, nothing was saved" },
    { 1, "model.json: data.y[0][1]: not a finite number, nothing was saved" },
    { 2, "model.json: relu_prime_at_zero: 2 is out of range, nothing was saved" },
    { 3, "model.json: training.learning_rate: -0.5 is out of range, nothing was saved" },
    { 4, "model.json: init.seed: larger than 9223372036854775807, nothing was saved" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (RsModel) model = io_test_load_question ();
      g_autoptr (GError) error = NULL;
      g_autofree char *contents = NULL;

      switch (cases[i].what)
        {
        case 0:
          model->net->params[3] = NAN;
          break;
        case 1:
          model->data->y[1] = INFINITY;
          break;
        case 2:
          model->net->act_params.relu_prime_at_zero = 2.0;
          break;
        case 3:
          model->learning_rate = -0.5;
          break;
        default:
          model->init.seed = (guint64) G_MAXINT64 + 1;
        }

      g_assert_true (g_file_set_contents (path, old, -1, NULL));
      g_assert_false (rs_model_save (model, path, &error));
      io_test_assert_error (error, RS_IO_ERROR_WRITE, cases[i].message);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, old);
    }

  io_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model-save/number-form", test_number_form);
  g_test_add_func ("/model-save/number-form-locale", test_number_form_locale);
  g_test_add_func ("/model-save/string-form", test_string_form);
  g_test_add_func ("/model-save/layout", test_layout);
  g_test_add_func ("/model-save/round-trip", test_round_trip);
  g_test_add_func ("/model-save/missing-directory", test_save_missing_directory);
  g_test_add_func ("/model-save/replaces", test_save_replaces);
  g_test_add_func ("/model-save/refuses", test_save_refuses);

  return g_test_run ();
}
