/* rs-model-load.c — a model file (JSON) into an RsModel, refusing anything malformed with a
 * message that names the place.
 *
 * Decisions beyond the format itself:
 * - "data" is required. A stand-in example (x = 0, y = 0) would put every hidden ReLU of a
 *   zero-bias network exactly at z = 0 and show it dead: a false picture in a program
 *   about dead units. A model without examples is refused instead.
 * - A missing activation means relu on a hidden layer and linear on the output (what
 *   rs_network_new() gives); the input layer must not have one.
 * - Optional members take the defaults of rs_model_new() and rs_network_new(): α 0.1, batch
 *   mode, step 0, ReLU′(0) = 0, leaky slope 0.01, init he / seed 1 / bias 0 / range 0.5.
 * - Unknown members are refused, so a misspelled "thetas" is not silently replaced by a
 *   fresh initialization.
 */
#include "io/rs-model-file.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/rs-activation.h"
#include "core/rs-data.h"
#include "core/rs-init.h"
#include "io/rs-io-private.h"
#include "io/rs-json-read.h"

#define FORMAT_NAME "reluscope-model"
#define FORMAT_VERSION 1

static const char *const top_members[] = {
  "format", "version", "name", "hint", "layers", "relu_prime_at_zero", "leaky_slope",
  "theta", "data", "training", "init", NULL,
};
static const char *const layer_members[] = { "units", "activation", NULL };
static const char *const data_members[] = { "x", "y", NULL };
static const char *const training_members[] = { "learning_rate", "mode", "step", NULL };
static const char *const init_members[] = { "scheme", "seed", "bias", "range", NULL };

/* A model file nests four deep (theta, layer, row, number's array); json-glib's parser recurses
 * once per level, so a hostile file of a million "[" would overflow the stack. */
#define MAX_NESTING 32

/* No array of a model file holds more than RS_MAX_EXAMPLES values (data.x's rows; a row or a
 * layer holds at most RS_MAX_UNITS + 1). json-glib keeps every value as a node of some 80
 * bytes, so one huge array would cost gigabytes before its length could be refused: twice the
 * limit is refused unparsed, anything up to it gets the message that names the member. */
#define MAX_VALUES (2 * MAX (RS_MAX_EXAMPLES, RS_MAX_UNITS + 1))

static gboolean
refuse_at (const char *data, gsize i, int line, gsize line_start, const char *file,
           GError **error, const char *problem)
{
  glong column = g_utf8_pointer_to_offset (data + line_start, data + i) + 1;
  g_autofree char *place = g_strdup_printf (_("line %d, column %ld"), line, column);

  rs_io_set_error (error, RS_IO_ERROR_SYNTAX, file, place, "%s", problem);
  return FALSE;
}

/* Refuses text nested deeper than MAX_NESTING or with an array or object of more than
 * MAX_VALUES members, naming where, before the parser builds anything. Strings are skipped
 * (a "[" or "," inside one is text); anything else malformed is left to the parser. */
static gboolean
check_structure (const char *data, gsize length, const char *file, GError **error)
{
  gsize members[MAX_NESTING + 1] = { 0 }; /* commas seen at each open level */
  gboolean in_string = FALSE;
  int depth = 0;
  int line = 1;
  gsize line_start = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\n')
        {
          line++;
          line_start = i + 1;
        }
      else if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (depth == MAX_NESTING)
            {
              g_autofree char *problem = g_strdup_printf (
                _("nested more than %d levels deep (a model file needs 4)"), MAX_NESTING);

              return refuse_at (data, i, line, line_start, file, error, problem);
            }
          members[++depth] = 0;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
      else if (c == ',' && depth > 0 && ++members[depth] >= MAX_VALUES)
        {
          g_autofree char *problem = g_strdup_printf (
            _("more than %d values in one list (no list of a model file holds more)"),
            MAX_VALUES);

          return refuse_at (data, i, line, line_start, file, error, problem);
        }
    }
  return TRUE;
}

/* Parses the text, rewording json-glib's "<data>:3:2: Parse error: …" as
 * "<file>: line 3, column 2: …" so syntax errors read like every other message. */
static JsonParser *
parse_json (const char *data, gsize length, const char *file, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  g_autoptr (GError) local = NULL;
  const char *message;
  int line, column, consumed = 0;

  if (!check_structure (data, length, file, error))
    return NULL;
  if (json_parser_load_from_data (parser, data, (gssize) length, &local))
    return g_steal_pointer (&parser);

  message = local->message;
  if (g_str_has_prefix (message, "<data>:")
      && sscanf (message + strlen ("<data>:"), "%d:%d: %n", &line, &column, &consumed) == 2
      && consumed > 0)
    {
      const char *problem = message + strlen ("<data>:") + consumed;
      g_autofree char *place = g_strdup_printf ("line %d, column %d", line, column);

      if (g_str_has_prefix (problem, "Parse error: "))
        problem += strlen ("Parse error: ");
      rs_io_set_error (error, RS_IO_ERROR_SYNTAX, file, place, "%s", problem);
    }
  else
    rs_io_set_error (error, RS_IO_ERROR_SYNTAX, file, NULL, "%s", message);
  return NULL;
}

static gboolean
read_header (JsonObject *root, const char *file, GError **error)
{
  JsonNode *node = json_object_get_member (root, "format");
  const char *format;
  gint64 version;

  if (node == NULL)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, "format",
                       _("missing (not a ReluScope model file)"));
      return FALSE;
    }
  if (!rs_json_read_string (node, file, "format", &format, error))
    return FALSE;
  if (strcmp (format, FORMAT_NAME) != 0)
    {
      g_autofree char *found = rs_json_describe (node);
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, "format",
                       _("expected \"%s\", found %s"), FORMAT_NAME, found);
      return FALSE;
    }

  node = rs_json_require_member (root, "version", file, "version", error);
  if (node == NULL
      || !rs_json_read_integer (node, file, "version", G_MININT64, G_MAXINT64, &version, error))
    return FALSE;
  if (version != FORMAT_VERSION)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, "version",
                       _("unsupported version %s (this ReluScope reads version %d)"), found,
                       FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* A name parser over the core's enums, e.g. rs_init_scheme_from_name() as an int. */
typedef gboolean (*NameParser) (const char *name, int *out);

static gboolean
parse_activation (const char *name, int *out)
{
  RsActivation activation;

  if (!rs_activation_from_name (name, &activation))
    return FALSE;
  *out = (int) activation;
  return TRUE;
}

static gboolean
parse_init_scheme (const char *name, int *out)
{
  RsInitScheme scheme;

  if (!rs_init_scheme_from_name (name, &scheme))
    return FALSE;
  *out = (int) scheme;
  return TRUE;
}

static gboolean
parse_step_mode (const char *name, int *out)
{
  RsStepMode mode;

  if (!rs_step_mode_from_name (name, &mode))
    return FALSE;
  *out = (int) mode;
  return TRUE;
}

/* An optional name among a fixed set; *out keeps its default when the member is missing. */
static gboolean
read_name (JsonObject *object, const char *member, const char *place, NameParser parse,
           const char *all_names, const char *file, int *out, GError **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *name;

  if (node == NULL)
    return TRUE;
  if (!rs_json_read_string (node, file, place, &name, error))
    return FALSE;
  if (!parse (name, out))
    {
      g_autofree char *found = rs_json_describe (node);
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, place, _("unknown %s (%s)"), found,
                       all_names);
      return FALSE;
    }
  return TRUE;
}

/* "layers": the shape and the activations; the rest of the network comes later. */
static RsNetwork *
read_layers (JsonObject *root, const char *file, GError **error)
{
  JsonNode *node = rs_json_require_member (root, "layers", file, "layers", error);
  RsActivation activation[RS_MAX_LAYERS + 1];
  int units[RS_MAX_LAYERS];
  JsonArray *layers;
  RsNetwork *net;
  guint n_layers;

  if (node == NULL || (layers = rs_json_expect_array (node, file, "layers", error)) == NULL)
    return NULL;

  n_layers = json_array_get_length (layers);
  if (n_layers < RS_MIN_LAYERS || n_layers > RS_MAX_LAYERS)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, "layers",
                       _("expected %d to %d layers, found %u"), RS_MIN_LAYERS, RS_MAX_LAYERS,
                       n_layers);
      return NULL;
    }

  for (guint i = 0; i < n_layers; i++)
    {
      g_autofree char *place = g_strdup_printf ("layers[%u]", i);
      g_autofree char *units_place = g_strdup_printf ("layers[%u].units", i);
      g_autofree char *activation_place = g_strdup_printf ("layers[%u].activation", i);
      JsonObject *layer;
      JsonNode *member;
      gint64 n;
      int g;

      layer = rs_json_expect_object (json_array_get_element (layers, i), file, place, error);
      if (layer == NULL || !rs_json_check_members (layer, layer_members, file, place, error))
        return NULL;

      member = rs_json_require_member (layer, "units", file, units_place, error);
      if (member == NULL
          || !rs_json_read_integer (member, file, units_place, 1, RS_MAX_UNITS, &n, error))
        return NULL;
      units[i] = (int) n;

      /* activation[l] belongs to layer l = i + 1 in the notation's numbering. */
      if (i == 0 && json_object_has_member (layer, "activation"))
        {
          rs_io_set_error (error, RS_IO_ERROR_INVALID, file, activation_place,
                           _("the input layer has no activation"));
          return NULL;
        }
      g = i + 1 == n_layers ? RS_ACTIVATION_LINEAR : RS_ACTIVATION_RELU;
      if (!read_name (layer, "activation", activation_place, parse_activation,
                      rs_activation_all_names (), file, &g, error))
        return NULL;
      activation[i + 1] = (RsActivation) g;
    }

  net = rs_network_new ((int) n_layers, units);
  if (net == NULL)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, "layers",
                       _("not enough memory for a network of this size"));
      return NULL;
    }
  for (guint l = 2; l <= n_layers; l++)
    net->activation[l] = activation[l];
  return net;
}

/* An optional finite number in [min, max]; *out keeps its default when the member is
 * missing. */
static gboolean
read_optional_double (JsonObject *object, const char *member, const char *place, double min,
                      double max, const char *file, double *out, GError **error)
{
  JsonNode *node = json_object_get_member (object, member);

  return node == NULL || rs_json_read_double_in (node, file, place, min, max, out, error);
}

static gboolean
read_activation_params (JsonObject *root, RsNetwork *net, const char *file, GError **error)
{
  return read_optional_double (root, "relu_prime_at_zero", "relu_prime_at_zero", 0.0, 1.0,
                               file, &net->act_params.relu_prime_at_zero, error)
         && read_optional_double (root, "leaky_slope", "leaky_slope", -INFINITY, INFINITY,
                                  file, &net->act_params.leaky_slope, error);
}

/* An optional integer ≥ 0; *out keeps its default when the member is missing. json-glib
 * reads integers as signed 64-bit, so that is the range a file can hold. */
static gboolean
read_optional_count (JsonObject *object, const char *member, const char *place,
                     const char *file, uint64_t *out, GError **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL)
    return TRUE;
  if (!rs_json_read_integer (node, file, place, 0, G_MAXINT64, &value, error))
    return FALSE;
  *out = (uint64_t) value;
  return TRUE;
}

/* An optional object member, checked for unknown members; TRUE with *out = NULL when it
 * is missing. */
static gboolean
optional_object (JsonObject *root, const char *member, const char *const *known,
                 const char *file, JsonObject **out, GError **error)
{
  JsonNode *node = json_object_get_member (root, member);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  *out = rs_json_expect_object (node, file, member, error);
  return *out != NULL && rs_json_check_members (*out, known, file, member, error);
}

static gboolean
read_init (JsonObject *root, RsInitSpec *spec, const char *file, GError **error)
{
  int scheme = (int) spec->scheme;
  JsonObject *init;

  if (!optional_object (root, "init", init_members, file, &init, error))
    return FALSE;
  if (init == NULL)
    return TRUE;

  if (!read_name (init, "scheme", "init.scheme", parse_init_scheme,
                  rs_init_scheme_all_names (), file, &scheme, error)
      || !read_optional_count (init, "seed", "init.seed", file, &spec->seed, error)
      || !read_optional_double (init, "bias", "init.bias", -INFINITY, INFINITY, file,
                                &spec->bias, error)
      || !read_optional_double (init, "range", "init.range", 0.0, INFINITY, file,
                                &spec->range, error))
    return FALSE;
  spec->scheme = (RsInitScheme) scheme;
  return TRUE;
}

/* "theta" when present, else Θ drawn from the init spec. */
static gboolean
read_theta (JsonObject *root, RsNetwork *net, const RsInitSpec *spec, const char *file,
            GError **error)
{
  JsonNode *node = json_object_get_member (root, "theta");
  JsonArray *matrices;
  guint n_matrices;

  if (node == NULL)
    {
      rs_network_init (net, spec);
      return TRUE;
    }

  if ((matrices = rs_json_expect_array (node, file, "theta", error)) == NULL)
    return FALSE;
  n_matrices = json_array_get_length (matrices);
  if (n_matrices != (guint) net->n_layers - 1)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, "theta",
                       _("expected %d matrices (one per layer after the input), found %u"),
                       net->n_layers - 1, n_matrices);
      return FALSE;
    }

  for (int l = 2; l <= net->n_layers; l++)
    {
      /* theta[l-2] is Θ⁽ˡ⁾: sₗ × (sₗ₋₁ + 1), column 0 the bias */
      g_autofree char *place = g_strdup_printf ("theta[%d]", l - 2);

      if (!rs_json_read_matrix (json_array_get_element (matrices, (guint) l - 2),
                                net->units[l], rs_network_theta_cols (net, l), file, place,
                                rs_network_theta (net, l), error))
        return FALSE;
    }
  return TRUE;
}

static RsData *
read_data (JsonObject *root, const RsNetwork *net, const char *file, GError **error)
{
  g_autoptr (RsData) data = NULL;
  JsonNode *node = json_object_get_member (root, "data");
  JsonObject *object;
  JsonNode *x, *y;
  JsonArray *xs, *ys;
  guint m;

  if (node == NULL)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, "data",
                       _("missing (a model needs at least one training example)"));
      return NULL;
    }
  if ((object = rs_json_expect_object (node, file, "data", error)) == NULL
      || !rs_json_check_members (object, data_members, file, "data", error)
      || (x = rs_json_require_member (object, "x", file, "data.x", error)) == NULL
      || (y = rs_json_require_member (object, "y", file, "data.y", error)) == NULL
      || (xs = rs_json_expect_array (x, file, "data.x", error)) == NULL
      || (ys = rs_json_expect_array (y, file, "data.y", error)) == NULL)
    return NULL;

  m = json_array_get_length (xs);
  if (m == 0)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, "data.x",
                       _("no examples (a model needs at least one)"));
      return NULL;
    }
  if (m > RS_MAX_EXAMPLES)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, "data.x",
                       _("%u examples, more than the limit of %d"), m, RS_MAX_EXAMPLES);
      return NULL;
    }
  if (json_array_get_length (ys) != m)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, "data.y",
                       _("expected %u %s (as many as data.x), found %u"), m,
                       m == 1 ? "example" : "examples", json_array_get_length (ys));
      return NULL;
    }

  data = rs_data_new ((int) m, net->units[1], net->units[net->n_layers]);
  if (data == NULL)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, file, "data",
                       _("not enough memory for %u examples"), m);
      return NULL;
    }
  if (!rs_json_read_matrix (x, (int) m, data->n_inputs, file, "data.x", data->x, error)
      || !rs_json_read_matrix (y, (int) m, data->n_outputs, file, "data.y", data->y, error))
    return NULL;
  return g_steal_pointer (&data);
}

static gboolean
read_training (JsonObject *root, RsModel *model, const char *file, GError **error)
{
  g_autoptr (GString) modes = NULL;
  int mode = (int) model->mode;
  JsonObject *training;

  if (!optional_object (root, "training", training_members, file, &training, error))
    return FALSE;
  if (training == NULL)
    return TRUE;

  modes = g_string_new (NULL);

  for (int i = 0; i < RS_N_MODES; i++)
    g_string_append_printf (modes, "%s%s", i > 0 ? ", " : "",
                            rs_step_mode_name ((RsStepMode) i));

  if (!read_optional_double (training, "learning_rate", "training.learning_rate", 0.0,
                             INFINITY, file, &model->learning_rate, error)
      || !read_name (training, "mode", "training.mode", parse_step_mode, modes->str, file,
                     &mode, error)
      || !read_optional_count (training, "step", "training.step", file, &model->step, error))
    return FALSE;
  model->mode = (RsStepMode) mode;
  return TRUE;
}

/* "name" and "hint": optional one-line texts, e.g. a preset's title. */
static gboolean
read_texts (JsonObject *root, RsModel *model, const char *file, GError **error)
{
  static const char *const members[] = { "name", "hint" };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      JsonNode *node = json_object_get_member (root, members[i]);
      const char *text;

      if (node == NULL)
        continue;
      if (!rs_json_read_string (node, file, members[i], &text, error))
        return FALSE;
      if (i == 0)
        rs_model_set_name (model, text);
      else
        rs_model_set_hint (model, text);
    }
  return TRUE;
}

RsModel *
rs_model_load_from_data (const char *data, gsize length, const char *name, GError **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (RsNetwork) net = NULL;
  g_autoptr (RsData) examples = NULL;
  g_autoptr (RsModel) model = NULL;
  RsInitSpec spec = rs_init_spec_default ();
  JsonNode *root_node;
  JsonObject *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((parser = parse_json (data != NULL ? data : "", length, name, error)) == NULL)
    return NULL;

  root_node = json_parser_get_root (parser);
  if (root_node == NULL)
    {
      rs_io_set_error (error, RS_IO_ERROR_SYNTAX, name, NULL,
                       _("empty, expected a JSON object"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_autofree char *found = rs_json_describe (root_node);
      rs_io_set_error (error, RS_IO_ERROR_INVALID, name, NULL,
                       _("expected an object at the top level, found %s"), found);
      return NULL;
    }
  root = json_node_get_object (root_node);

  /* The header first: a JSON file of some other kind is told so, not picked apart. */
  if (!read_header (root, name, error)
      || !rs_json_check_members (root, top_members, name, NULL, error)
      || (net = read_layers (root, name, error)) == NULL
      || !read_activation_params (root, net, name, error)
      || !read_init (root, &spec, name, error)
      || !read_theta (root, net, &spec, name, error)
      || (examples = read_data (root, net, name, error)) == NULL)
    return NULL;

  /* The data was read in the network's shape, so only memory can make this fail. */
  model = rs_model_new (net, examples);
  if (model == NULL)
    {
      rs_io_set_error (error, RS_IO_ERROR_INVALID, name, NULL, _("not enough memory"));
      return NULL;
    }
  g_steal_pointer (&net);
  g_steal_pointer (&examples);
  model->init = spec;

  if (!read_training (root, model, name, error) || !read_texts (root, model, name, error))
    return NULL;
  return g_steal_pointer (&model);
}

RsModel *
rs_model_load (const char *path, GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!rs_io_read_file (path, RS_MODEL_FILE_MAX_BYTES, &contents, &length, &name, error))
    return NULL;
  return rs_model_load_from_data (contents, length, name, error);
}
