/* rs-cli-report.c — text pieces shared by the subcommands. */
#include "cli/rs-cli-report.h"

#include <stdio.h>

#include "format/rs-format.h"

#define DIGITS 3

char *
rs_cli_vector_text (const double *values, int n)
{
  GString *text = g_string_new ("(");
  for (int i = 0; i < n; i++)
    {
      g_autofree char *number = rs_format_number (values[i], DIGITS);
      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", number);
    }
  g_string_append_c (text, ')');
  return g_string_free (text, FALSE);
}

void
rs_cli_print_matrix (const double *values, int rows, int cols, int indent,
                     const RsCensus *census, int layer)
{
  g_autoptr (GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree int *width = g_new0 (int, cols);

  for (int i = 0; i < rows * cols; i++)
    {
      char *cell = rs_format_number (values[i], DIGITS);
      width[i % cols] = MAX (width[i % cols], (int) g_utf8_strlen (cell, -1));
      g_ptr_array_add (cells, cell);
    }
  for (int r = 0; r < rows; r++)
    {
      printf ("%*s", indent, "");
      for (int c = 0; c < cols; c++)
        {
          const char *cell = g_ptr_array_index (cells, r * cols + c);
          /* Right-aligned by characters, not bytes: "−" is three bytes wide. */
          int pad = width[c] - (int) g_utf8_strlen (cell, -1);
          printf ("%s%*s%s", c > 0 ? "  " : "", pad, "", cell);
        }
      if (census != NULL && rs_census_is_dead (census, layer, r + 1))
        printf ("   dead");
      printf ("\n");
    }
}

char *
rs_cli_shape_text (const RsNetwork *net)
{
  GString *text = g_string_new (NULL);
  g_string_append_printf (text, "%d", net->units[1]);
  for (int l = 2; l <= net->n_layers; l++)
    g_string_append_printf (text, " → %d %s", net->units[l],
                            rs_activation_name (net->activation[l]));
  return g_string_free (text, FALSE);
}

const char *
rs_cli_layer_role (const RsNetwork *net, int l)
{
  if (l == 1)
    return "input";
  return l == net->n_layers ? "output" : "hidden";
}

/* ", units 1, 4, 7" style list of the dead units of layer l, at most a screenful. */
static void
append_dead_units (GString *text, const RsCensus *census, int l)
{
  int listed = 0, dead = rs_census_dead_in_layer (census, l);
  g_string_append (text, dead == 1 ? "unit " : "units ");
  for (int j = 1; j <= census->units[l] && listed < 20; j++)
    if (rs_census_is_dead (census, l, j))
      g_string_append_printf (text, "%s%d", listed++ > 0 ? ", " : "", j);
  if (dead > listed)
    g_string_append_printf (text, ", … (%d more)", dead - listed);
}

char *
rs_cli_layer_census_text (const RsCensus *census, int l)
{
  int dead = rs_census_dead_in_layer (census, l);
  GString *text = g_string_new (NULL);
  g_string_append_printf (text, "%d active", census->units[l] - dead);
  if (dead > 0)
    {
      g_string_append_printf (text, ", %d dead: ", dead);
      append_dead_units (text, census, l);
    }
  return g_string_free (text, FALSE);
}

char *
rs_cli_dead_summary (const RsCensus *census)
{
  int total = census->n_dead_hidden + census->n_dead_output;
  if (total == 0)
    return g_strdup ("no dead units");

  GString *text = g_string_new (NULL);
  g_string_append_printf (text, "%d of %d hidden units dead", census->n_dead_hidden,
                          census->n_hidden);
  if (census->n_dead_output > 0)
    g_string_append_printf (text, ", %d output unit%s dead", census->n_dead_output,
                            census->n_dead_output == 1 ? "" : "s");
  g_string_append (text, " (");
  int shown = 0;
  for (int l = 2; l <= census->n_layers; l++)
    if (rs_census_dead_in_layer (census, l) > 0)
      {
        g_string_append_printf (text, "%slayer %d: ", shown++ > 0 ? "; " : "", l);
        append_dead_units (text, census, l);
      }
  g_string_append (text, ")");
  return g_string_free (text, FALSE);
}

char *
rs_cli_step_failure_text (const RsStepReport *report, uint64_t first_step, double alpha)
{
  g_autofree char *alpha_text = rs_format_shortest (alpha);
  g_autofree char *bad = rs_format_number (report->bad_value, DIGITS);
  guint64 step = report->step - first_step;

  switch (report->status)
    {
    case RS_STEP_DIVERGED_PARAMETER:
      {
        const RsStepFailure *w = &report->where;
        g_autofree char *theta = rs_format_symbol (RS_TEXT_PLAIN, "Θ", w->layer, w->row, w->col);
        return g_strdup_printf ("step %" G_GUINT64_FORMAT ": ∂J/∂%s update would make %s = %s; "
                                "try a smaller α (now %s)",
                                step, theta, theta, bad, alpha_text);
      }
    case RS_STEP_DIVERGED_COST:
      return g_strdup_printf ("step %" G_GUINT64_FORMAT ": after the update J = %s (every Θ "
                              "stayed finite, but the outputs overflowed); try a smaller α "
                              "(now %s)",
                              step, bad, alpha_text);
    case RS_STEP_BAD_START:
      return g_strdup_printf ("J = %s at the starting parameters, before any step: the model "
                              "cannot be evaluated",
                              bad);
    case RS_STEP_OK:
    default:
      return g_strdup ("no failure");
    }
}
