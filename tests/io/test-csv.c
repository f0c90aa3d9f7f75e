/* test-csv.c — CSV data: with and without a header, the tolerated variations, and each
 * refusal with its exact message. */
#include <math.h>
#include <string.h>

#include "io-test-support.h"

static RsData *
load (const char *text, int n_inputs, int n_outputs, GError **error)
{
  return rs_csv_load_from_data (text, strlen (text), "data.csv", n_inputs, n_outputs, error);
}

static void
assert_values (const double *values, const double *expected, size_t n)
{
  g_assert_cmpmem (values, n * sizeof (double), expected, n * sizeof (double));
}

static void
test_plain (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RsData) data = load ("1,2,3\n4,5,6\n-0,0.1,1e-300\n", 2, 1, &error);
  static const double x[] = { 1, 2, 4, 5, -0.0, 0.1 };
  static const double y[] = { 3, 6, 1e-300 };

  g_assert_no_error (error);
  g_assert_cmpint (data->n_examples, ==, 3);
  g_assert_cmpint (data->n_inputs, ==, 2);
  g_assert_cmpint (data->n_outputs, ==, 1);
  /* Bit-identical, −0 included: the same parse as the model file's. */
  assert_values (data->x, x, G_N_ELEMENTS (x));
  assert_values (data->y, y, G_N_ELEMENTS (y));
}

static void
test_header_and_variations (void)
{
  /* A byte order mark, a quoted header, CRLF, spaces, blank lines, no final newline. */
  static const char text[] = "\xEF\xBB\xBF\"x 1\", \"x, 2\" ,target\r\n"
                             "\r\n"
                             " 1.5 , -2 , 3e2\r\n"
                             "   \n"
                             "\"4\",5,6";
  static const double x[] = { 1.5, -2, 4, 5 };
  static const double y[] = { 300, 6 };
  g_autoptr (GError) error = NULL;
  g_autoptr (RsData) data = load (text, 2, 1, &error);

  g_assert_no_error (error);
  g_assert_cmpint (data->n_examples, ==, 2);
  assert_values (data->x, x, G_N_ELEMENTS (x));
  assert_values (data->y, y, G_N_ELEMENTS (y));
}

static void
test_header_only_first_row (void)
{
  g_autoptr (GError) error = NULL;

  /* A non-number after the first row is an error, not a second header. */
  g_assert_null (load ("a,b\n1,2\nc,d\n", 1, 1, &error));
  io_test_assert_error (error, RS_IO_ERROR_INVALID,
                        "data.csv: line 3, column 1: \"c\" is not a number");
}

typedef struct
{
  const char *test_name;
  const char *text;
  int n_inputs, n_outputs;
  RsIoError code;
  const char *message;
} CsvErrorCase;

static const CsvErrorCase error_cases[] = {
  { "not-a-number", "x1,x2,y\n1,2,3\n4,5,6\n7,8,9\n\n1,1,1\n1,2,abc\n", 2, 1, RS_IO_ERROR_INVALID,
    "data.csv: line 7, column 3: \"abc\" is not a number" },
  { "columns", "1,2,3,4,5\n1,2,3,4,5\n1,2,3,4,5\n1,2,3,4\n", 3, 2, RS_IO_ERROR_INVALID,
    "data.csv: line 4: expected 5 columns, found 4" },
  { "columns-too-many", "1,2,3\n", 1, 1, RS_IO_ERROR_INVALID,
    "data.csv: line 1: expected 2 columns, found 3" },
  { "header-columns", "a,b,c\n1,2\n", 1, 1, RS_IO_ERROR_INVALID,
    "data.csv: line 1: expected 2 columns, found 3" },
  { "empty-field", "1,2\n3,\n", 1, 1, RS_IO_ERROR_INVALID,
    "data.csv: line 2, column 2: \"\" is not a number" },
  { "trailing-garbage", "1,2\n3,4x\n", 1, 1, RS_IO_ERROR_INVALID,
    "data.csv: line 2, column 2: \"4x\" is not a number" },
  { "overflow", "1,2\n1e999,4\n", 1, 1, RS_IO_ERROR_INVALID,
    "data.csv: line 2, column 1: \"1e999\" is not a finite number" },
  { "nan", "1,2\n3,nan\n", 1, 1, RS_IO_ERROR_INVALID,
    "data.csv: line 2, column 2: \"nan\" is not a finite number" },
  { "inf", "1,2\n-inf,4\n", 1, 1, RS_IO_ERROR_INVALID,
    "data.csv: line 2, column 1: \"-inf\" is not a finite number" },
  { "long-field", "1,2\n3,abcdefghijklmnopqrstuvwxyz\n", 1, 1, RS_IO_ERROR_INVALID,
    "data.csv: line 2, column 2: \"abcdefghijklmnopqrstuvw…\" is not a number" },
  { "open-quote", "1,2\n\"3,4\n", 1, 1, RS_IO_ERROR_SYNTAX,
    "data.csv: line 2: a quote is not closed" },
  { "header-only", "x,y\n\n", 1, 1, RS_IO_ERROR_INVALID, "data.csv: no examples" },
  { "empty", "", 1, 1, RS_IO_ERROR_INVALID, "data.csv: no examples" },
};

static void
test_error (gconstpointer user_data)
{
  const CsvErrorCase *c = user_data;
  g_autoptr (GError) error = NULL;

  g_assert_null (load (c->text, c->n_inputs, c->n_outputs, &error));
  io_test_assert_error (error, c->code, c->message);
}

/* A NUL would end a field early and "3\0junk" read as 3: binary files are refused whole. */
static void
test_error_nul_byte (void)
{
  static const char text[] = "1,2\n3\0junk,4\n";
  g_autoptr (GError) error = NULL;

  g_assert_null (rs_csv_load_from_data (text, sizeof text - 1, "data.csv", 1, 1, &error));
  io_test_assert_error (error, RS_IO_ERROR_SYNTAX,
                        "data.csv: not a text file (it contains a NUL byte)");
}

static void
test_error_too_many_examples (void)
{
  g_autoptr (GString) text = g_string_sized_new (4 * (RS_MAX_EXAMPLES + 1));
  g_autoptr (GError) error = NULL;
  g_autoptr (RsData) at_limit = NULL;

  for (int t = 0; t < RS_MAX_EXAMPLES; t++)
    g_string_append (text, "0,1\n");
  at_limit = rs_csv_load_from_data (text->str, text->len, "data.csv", 1, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (at_limit->n_examples, ==, RS_MAX_EXAMPLES);
  g_assert_cmpfloat (rs_data_y (at_limit, RS_MAX_EXAMPLES - 1)[0], ==, 1.0);

  g_string_append (text, "0,1\n");
  g_assert_null (rs_csv_load_from_data (text->str, text->len, "data.csv", 1, 1, &error));
  io_test_assert_error (error, RS_IO_ERROR_INVALID,
                        "data.csv: line 1000001: more than 1000000 examples");
}

static void
test_file (void)
{
  g_autofree char *dir = io_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "points.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "none.csv", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (RsData) data = NULL;

  g_assert_true (g_file_set_contents (path, "a,b,c\n0.25,0.5,1\n", -1, NULL));
  data = rs_csv_load (path, 1, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (data->n_examples, ==, 1);
  g_assert_cmpfloat (data->x[0], ==, 0.25);
  g_assert_cmpfloat (data->y[0], ==, 0.5);
  g_assert_cmpfloat (data->y[1], ==, 1.0);

  g_assert_true (g_file_set_contents (path, "1,2,3\nx,2,3\n", -1, NULL));
  g_assert_null (rs_csv_load (path, 1, 2, &error));
  io_test_assert_error (error, RS_IO_ERROR_INVALID,
                        "points.csv: line 2, column 1: \"x\" is not a number");
  g_clear_error (&error);

  g_assert_null (rs_csv_load (missing, 1, 2, &error));
  io_test_assert_error (error, RS_IO_ERROR_READ,
                        "none.csv: cannot open: No such file or directory");

  io_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/plain", test_plain);
  g_test_add_func ("/csv/header-and-variations", test_header_and_variations);
  g_test_add_func ("/csv/header-only-first-row", test_header_only_first_row);
  g_test_add_func ("/csv/file", test_file);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv/error/%s", error_cases[i].test_name);
      g_test_add_data_func (path, &error_cases[i], test_error);
    }
  g_test_add_func ("/csv/error/nul-byte", test_error_nul_byte);
  g_test_add_func ("/csv/error/too-many-examples", test_error_too_many_examples);

  return g_test_run ();
}
