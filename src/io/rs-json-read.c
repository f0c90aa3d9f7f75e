/* rs-json-read.c — typed JSON access with messages that name the place. */
#include "io/rs-json-read.h"

#include <math.h>

#include "io/rs-io-private.h"
#include "io/rs-json-writer.h"

/* Long strings are cut in messages: the message is about where, not about the whole text. */
#define DESCRIBE_MAX_CHARS 24

char *
rs_json_describe (JsonNode *node)
{
  GString *text;

  if (node == NULL)
    return g_strdup ("nothing");

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return g_strdup ("an object");
    case JSON_NODE_ARRAY:
      return g_strdup ("an array");
    case JSON_NODE_NULL:
      return g_strdup ("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  text = g_string_new (NULL);
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      g_string_append (text, json_node_get_boolean (node) ? "true" : "false");
      break;
    case G_TYPE_INT64:
      g_string_append_printf (text, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    case G_TYPE_DOUBLE:
      if (isfinite (json_node_get_double (node)))
        {
          char buf[G_ASCII_DTOSTR_BUF_SIZE];
          g_string_append (text, rs_io_format_shortest (json_node_get_double (node), buf,
                                                        sizeof buf));
        }
      else
        g_string_append (text, "a number too large for a double");
      break;
    case G_TYPE_STRING:
      {
        const char *s = json_node_get_string (node);

        if (g_utf8_strlen (s, -1) > DESCRIBE_MAX_CHARS)
          {
            g_autofree char *cut = g_utf8_substring (s, 0, DESCRIBE_MAX_CHARS - 1);
            g_autofree char *shown = g_strconcat (cut, "…", NULL);
            rs_json_append_string (text, shown);
          }
        else
          rs_json_append_string (text, s);
      }
      break;
    default:
      g_string_append (text, "a value of an unknown kind");
    }
  return g_string_free (text, FALSE);
}

/* The one wording of "this should have been a number": NULL when `node` is a finite number
 * (stored in *out), else the problem, newly allocated. */
static char *
number_problem (JsonNode *node, double *out)
{
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node))
    {
      GType type = json_node_get_value_type (node);

      if (type == G_TYPE_INT64)
        {
          *out = (double) json_node_get_int (node);
          return NULL;
        }
      if (type == G_TYPE_DOUBLE)
        {
          double value = json_node_get_double (node);

          /* JSON has no NaN or ∞, but 1e999 parses to ∞: refuse it like any other
           * non-finite value, or the first forward pass would fill the network with NaN. */
          if (!isfinite (value))
            return g_strdup (_("not a finite number"));
          *out = value;
          return NULL;
        }
    }

  {
    g_autofree char *found = rs_json_describe (node);
    return g_strdup_printf (_("expected a number, found %s"), found);
  }
}

JsonNode *
rs_json_require_member (JsonObject *object, const char *name, const char *file,
                        const char *place, GError **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place, _("missing"));
  return node;
}

gboolean
rs_json_check_members (JsonObject *object, const char *const *known, const char *file,
                       const char *prefix, GError **error)
{
  g_autoptr (GList) members = json_object_get_members (object);

  for (GList *m = members; m != NULL; m = m->next)
    {
      const char *name = m->data;
      g_autofree char *names = NULL;

      if (g_strv_contains (known, name))
        continue;

      names = g_strjoinv (", ", (char **) known);
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, prefix, _("unknown member \"%s\" (%s)"),
                       name, names);
      return FALSE;
    }
  return TRUE;
}

JsonObject *
rs_json_expect_object (JsonNode *node, const char *file, const char *place, GError **error)
{
  g_autofree char *found = NULL;

  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  found = rs_json_describe (node);
  rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place, _("expected an object, found %s"),
                   found);
  return NULL;
}

JsonArray *
rs_json_expect_array (JsonNode *node, const char *file, const char *place, GError **error)
{
  g_autofree char *found = NULL;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);

  found = rs_json_describe (node);
  rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place, _("expected an array, found %s"),
                   found);
  return NULL;
}

gboolean
rs_json_read_string (JsonNode *node, const char *file, const char *place, const char **out,
                     GError **error)
{
  g_autofree char *found = NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      *out = json_node_get_string (node);
      return TRUE;
    }

  found = rs_json_describe (node);
  rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place, _("expected a string, found %s"),
                   found);
  return FALSE;
}

gboolean
rs_json_read_double (JsonNode *node, const char *file, const char *place, double *out,
                     GError **error)
{
  g_autofree char *problem = number_problem (node, out);

  if (problem == NULL)
    return TRUE;
  rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place, "%s", problem);
  return FALSE;
}

gboolean
rs_json_read_double_in (JsonNode *node, const char *file, const char *place, double min,
                        double max, double *out, GError **error)
{
  char shown[G_ASCII_DTOSTR_BUF_SIZE];
  char low[G_ASCII_DTOSTR_BUF_SIZE];
  char high[G_ASCII_DTOSTR_BUF_SIZE];
  double value;

  if (!rs_json_read_double (node, file, place, &value, error))
    return FALSE;
  if (value >= min && value <= max)
    {
      *out = value;
      return TRUE;
    }

  rs_io_format_shortest (value, shown, sizeof shown);
  if (min == 0.0 && max == INFINITY)
    rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place, _("must not be negative, found %s"),
                     shown);
  else
    rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place,
                     _("must be between %s and %s, found %s"),
                     rs_io_format_shortest (min, low, sizeof low),
                     rs_io_format_shortest (max, high, sizeof high), shown);
  return FALSE;
}

gboolean
rs_json_read_integer (JsonNode *node, const char *file, const char *place, gint64 min,
                      gint64 max, gint64 *out, GError **error)
{
  gint64 value;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
      && json_node_get_value_type (node) == G_TYPE_INT64)
    value = json_node_get_int (node);
  else if (node != NULL && JSON_NODE_HOLDS_VALUE (node)
           && json_node_get_value_type (node) == G_TYPE_DOUBLE
           && json_node_get_double (node) == trunc (json_node_get_double (node))
           && fabs (json_node_get_double (node)) < 0x1p62)
    value = (gint64) json_node_get_double (node);
  else
    {
      g_autofree char *found = rs_json_describe (node);
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place,
                       _("expected an integer, found %s"), found);
      return FALSE;
    }

  if (value < min || value > max)
    {
      /* The numbers go in as text: a translatable message cannot hold G_GINT64_FORMAT. */
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      g_autofree char *lo = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *hi = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      if (min == 0 && max == G_MAXINT64)
        rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place,
                         _("must not be negative, found %s"), found);
      else
        rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place,
                         _("must be between %s and %s, found %s"), lo, hi, found);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

gboolean
rs_json_read_row (JsonNode *node, int n, const char *file, const char *parent, int index,
                  double *out, GError **error)
{
  JsonArray *array;
  guint length;

  g_assert (n >= 1);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *found = rs_json_describe (node);
      g_autofree char *place = g_strdup_printf ("%s[%d]", parent, index);
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place,
                       _("expected an array of %d %s, found %s"), n,
                       n == 1 ? "number" : "numbers", found);
      return FALSE;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);
  if (length != (guint) n)
    {
      g_autofree char *place = g_strdup_printf ("%s[%d]", parent, index);
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place, _("expected %d %s, found %u"), n,
                       n == 1 ? "number" : "numbers", length);
      return FALSE;
    }

  for (int k = 0; k < n; k++)
    {
      g_autofree char *problem = number_problem (json_array_get_element (array, k), &out[k]);

      if (problem != NULL)
        {
          g_autofree char *place = g_strdup_printf ("%s[%d][%d]", parent, index, k);
          rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place, "%s", problem);
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
rs_json_read_matrix (JsonNode *node, int rows, int cols, const char *file, const char *place,
                     double *out, GError **error)
{
  JsonArray *array = rs_json_expect_array (node, file, place, error);
  guint length;

  if (array == NULL)
    return FALSE;

  length = json_array_get_length (array);
  if (length != (guint) rows)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place, _("expected %d %s, found %u"),
                       rows, rows == 1 ? "row" : "rows", length);
      return FALSE;
    }

  for (int j = 0; j < rows; j++)
    if (!rs_json_read_row (json_array_get_element (array, j), cols, file, place, j,
                           out + (gsize) j * (gsize) cols, error))
      return FALSE;
  return TRUE;
}
