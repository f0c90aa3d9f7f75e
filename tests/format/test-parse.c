/* test-parse.c — numbers typed into the app's fields, and numbers shown for editing. */
#include <locale.h>
#include <math.h>

#include "format/rs-parse.h"

static void
assert_number (const char *text, double expected)
{
  g_autofree char *message = NULL;
  double value = -12345.0;

  g_assert_true (rs_parse_number (text, -1e6, 1e6, &value, &message));
  g_assert_null (message);
  g_assert_cmpfloat (value, ==, expected);
}

static void
assert_refused (const char *text, double min, double max, const char *expected_message)
{
  g_autofree char *message = NULL;
  double value = -12345.0;

  g_assert_false (rs_parse_number (text, min, max, &value, &message));
  g_assert_cmpfloat (value, ==, -12345.0);
  g_assert_cmpstr (message, ==, expected_message);
}

static void
test_numbers (void)
{
  assert_number ("0.5", 0.5);
  assert_number ("  0.5 ", 0.5);
  assert_number ("+0.5", 0.5);
  assert_number ("−0.5", -0.5); /* U+2212 */
  assert_number ("-0.5", -0.5);
  assert_number ("0,25", 0.25);
  assert_number ("1e-3", 0.001);
  assert_number ("1e−3", 0.001);
  assert_number ("7", 7.0);

  assert_refused ("abc", -1, 1, "“abc” is not a number");
  assert_refused ("0.5x", -1, 1, "“0.5x” is not a number");
  assert_refused ("0x10", -100, 100, "“0x10” is not a number");
  assert_refused ("", -1, 1, "Type a number");
  assert_refused ("nan", -1, 1, "“nan” is not a finite number");
  assert_refused ("NaN", -1, 1, "“NaN” is not a finite number");
  assert_refused ("inf", -1, 1, "“inf” is not a finite number");
  assert_refused ("−infinity", -1, 1, "“−infinity” is not a finite number");
  assert_refused ("∞", -1, 1, "“∞” is not a finite number");
  assert_refused ("1e999", -1, 1, "1e999 is too large to be a finite number");
  assert_refused ("1.5", 0, 1, "1.5 is outside 0 … 1");
  assert_refused ("−0.5", 0, 1, "−0.5 is outside 0 … 1");
}

static void
test_integers (void)
{
  g_autofree char *message = NULL;
  gint64 value = -1;

  g_assert_true (rs_parse_integer ("5", 1, 1024, &value, &message));
  g_assert_cmpint (value, ==, 5);
  g_assert_true (rs_parse_integer (" +12 ", 1, 1024, &value, &message));
  g_assert_cmpint (value, ==, 12);
  g_assert_null (message);

  value = -1;
  g_assert_false (rs_parse_integer ("0", 1, 1024, &value, &message));
  g_assert_cmpstr (message, ==, "0 is outside 1 … 1024");
  g_clear_pointer (&message, g_free);
  g_assert_false (rs_parse_integer ("2000", 1, 1024, &value, &message));
  g_assert_cmpstr (message, ==, "2000 is outside 1 … 1024");
  g_clear_pointer (&message, g_free);
  g_assert_false (rs_parse_integer ("2.5", 1, 1024, &value, &message));
  g_assert_cmpstr (message, ==, "2.5 is not a whole number");
  g_clear_pointer (&message, g_free);
  g_assert_false (rs_parse_integer ("abc", 1, 1024, &value, &message));
  g_assert_cmpstr (message, ==, "“abc” is not a number");
  g_clear_pointer (&message, g_free);
  g_assert_false (rs_parse_integer ("inf", 1, 1024, &value, &message));
  g_assert_cmpstr (message, ==, "“inf” is not a finite number");
  g_clear_pointer (&message, g_free);
  g_assert_cmpint (value, ==, -1);
}

/* What a field shows reads back as exactly the value. */
static void
test_editable_round_trip (void)
{
  static const double values[] = { 0.1, -0.5, 0.0, 1.0, 1.0 / 3.0, -2.5e-7, 1e20, 123456.75,
                                   -0.30000000000000004 };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = rs_format_editable (values[i]);
      g_autofree char *message = NULL;
      double back = NAN;

      g_assert_true (rs_parse_number (text, -INFINITY, INFINITY, &back, &message));
      g_assert_cmpfloat (back, ==, values[i]);
    }
  g_autofree char *half = rs_format_editable (-0.5);
  g_assert_cmpstr (half, ==, "−0.5");
  g_autofree char *tenth = rs_format_editable (0.1);
  g_assert_cmpstr (tenth, ==, "0.1");
}

/* Measured data shows rounded; short values stay exact. */
static void
test_editable_digits (void)
{
  static const struct
  {
    double value;
    const char *text;
  } cases[] = {
    { -0.0026581049697957586, "−0.0026581" },
    { 0.25, "0.25" },
    { 1.0, "1" },
    { -0.5, "−0.5" },
    { 123456.789, "123457" },
    { 1.0 / 3.0, "0.333333" },
    { 2.5e-7, "2.5e−07" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rs_format_editable_digits (cases[i].value, 6);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/parse/numbers", test_numbers);
  g_test_add_func ("/parse/integers", test_integers);
  g_test_add_func ("/parse/editable-round-trip", test_editable_round_trip);
  g_test_add_func ("/parse/editable-digits", test_editable_digits);
  return g_test_run ();
}
