/* rs-diagram-item.c — diagram items and the text of their tooltips. */
#include "rs-diagram-item.h"

#include <glib/gi18n-lib.h>

gboolean
rs_diagram_item_equal (const RsDiagramItem *a, const RsDiagramItem *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->kind != b->kind)
    return FALSE;
  switch (a->kind)
    {
    case RS_ITEM_NONE:
      return TRUE;
    case RS_ITEM_BIAS:
      return a->layer == b->layer;
    case RS_ITEM_UNIT:
      return a->layer == b->layer && a->j == b->j;
    case RS_ITEM_EDGE:
    default:
      return a->layer == b->layer && a->j == b->j && a->k == b->k;
    }
}

gboolean
rs_diagram_item_is_valid (const RsDiagramItem *item, const RsNetwork *net)
{
  g_return_val_if_fail (item != NULL && net != NULL, FALSE);

  switch (item->kind)
    {
    case RS_ITEM_UNIT:
      return item->layer >= 1 && item->layer <= net->n_layers && item->j >= 1
             && item->j <= net->units[item->layer];
    case RS_ITEM_BIAS:
      return item->layer >= 1 && item->layer < net->n_layers;
    case RS_ITEM_EDGE:
      return rs_network_weight_is_valid (net, item->layer, item->j, item->k);
    case RS_ITEM_NONE:
    default:
      return FALSE;
    }
}

/* "input unit 1", "hidden unit 3 (layer 2)", "output unit 2". */
static char *
unit_name (const RsNetwork *net, int l, int j)
{
  if (l == 1)
    return g_strdup_printf (_("input unit %d"), j);
  if (l == net->n_layers)
    return g_strdup_printf (_("output unit %d"), j);
  return g_strdup_printf (_("hidden unit %d (layer %d)"), j, l);
}

static void
append_value (GString *s, RsTextStyle style, const char *prefix, const char *name, int l, int j,
              int k, const char *suffix, double value)
{
  g_autofree char *symbol = rs_format_symbol (style, name, l, j, k);
  g_autofree char *number = rs_format_number (value, 6);

  g_string_append_printf (s, "\n%s%s%s = %s", prefix, symbol, suffix, number);
}

static void
describe_unit (GString *s, const RsDiagramItem *item, const RsNetwork *net,
               const RsTrace *trace, gboolean dead, RsTextStyle style)
{
  const int l = item->layer, j = item->j;
  g_autofree char *name = unit_name (net, l, j);

  g_string_append (s, name);
  if (!trace)
    return;
  append_value (s, style, "", "a", l, j, -1, "", trace->a[l][j - 1]);
  if (l >= 2)
    {
      append_value (s, style, "", "z", l, j, -1, "", trace->z[l][j - 1]);
      append_value (s, style, "g′(", "z", l, j, -1, ")", trace->gprime[l][j - 1]);
      append_value (s, style, "", "δ", l, j, -1, "", trace->delta[l][j - 1]);
    }
  if (dead)
    g_string_append_printf (s, "\n%s", _("dead: inactive on every example"));
  else if (l >= 2 && trace->gprime[l][j - 1] == 0)
    g_string_append_printf (s, "\n%s", _("inactive on this example: g′(z) = 0, no error flows through"));
}

static void
describe_edge (GString *s, const RsDiagramItem *item, const RsNetwork *net,
               const RsNextUpdate *update, RsTextStyle style)
{
  const int l = item->layer, j = item->j, k = item->k;
  size_t i = rs_network_index (net, l, j, k);
  g_autofree char *to = unit_name (net, l, j);
  g_autofree char *alpha_text = rs_format_number (update->alpha, 3);
  g_autofree char *change = NULL;

  if (k == 0)
    g_string_append_printf (s, _("bias weight of %s"), to);
  else
    {
      g_autofree char *from = unit_name (net, l - 1, k);

      g_string_append_printf (s, _("weight from %s into %s"), from, to);
    }
  append_value (s, style, "", "Θ", l, j, k, "", net->params[i]);
  append_value (s, style, "∂J/∂", "Θ", l, j, k, "", net->grads[i]);
  g_string_append_c (s, '\n');
  if (update->example < 0)
    {
      change = rs_format_number (-update->alpha * net->grads[i], 6);
      g_string_append_printf (s, _("update −α·∂J/∂Θ = %s (α = %s)"), change, alpha_text);
    }
  else
    {
      /* A stochastic step learns from one example: its gradient, not the mean above. */
      g_autofree char *example_grad = rs_format_number (update->example_grad, 6);

      change = rs_format_number (-update->alpha * update->example_grad, 6);
      g_string_append_printf (s, _("next step learns from example %d alone: ∂J/∂Θ = %s"),
                              update->example + 1, example_grad);
      g_string_append_c (s, '\n');
      g_string_append_printf (s, _("update −α·∂J/∂Θ = %s (α = %s)"), change, alpha_text);
    }
}

char *
rs_diagram_item_describe (const RsDiagramItem *item, const RsNetwork *net,
                          const RsTrace *trace, gboolean dead,
                          const RsNextUpdate *update, RsTextStyle style)
{
  GString *s;

  g_return_val_if_fail (item != NULL && net != NULL && update != NULL, NULL);

  if (!rs_diagram_item_is_valid (item, net))
    return g_strdup ("");

  s = g_string_new (NULL);
  switch (item->kind)
    {
    case RS_ITEM_UNIT:
      describe_unit (s, item, net, trace, dead, style);
      break;
    case RS_ITEM_BIAS:
      g_string_append_printf (s, _("+1 (bias unit of layer %d)"), item->layer);
      break;
    case RS_ITEM_EDGE:
      describe_edge (s, item, net, update, style);
      break;
    case RS_ITEM_NONE:
    default:
      break;
    }
  return g_string_free (s, FALSE);
}
