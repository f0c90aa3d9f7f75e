/* rs-diagram-item.h — one thing of the diagram a pointer can be on: a unit, a bias node or
 * an edge (a weight Θ⁽ˡ⁾ⱼₖ). Used for hover, selection and hit-testing.
 */
#pragma once

#include <glib.h>

#include "core/rs-network.h"
#include "core/rs-trace.h"
#include "format/rs-format.h"

G_BEGIN_DECLS

typedef enum
{
  RS_ITEM_NONE,
  RS_ITEM_UNIT, /* unit j (1 … sₗ) of layer l (1 … L); k unused (0) */
  RS_ITEM_BIAS, /* the "+1" node of layer l (1 … L−1), which feeds layer l+1; j, k unused */
  RS_ITEM_EDGE  /* the weight Θ⁽ˡ⁾ⱼₖ: l = 2 … L, j = 1 … sₗ, k = 0 … sₗ₋₁ (0 = bias) */
} RsItemKind;

typedef struct
{
  RsItemKind kind;
  int layer; /* l */
  int j;
  int k;
} RsDiagramItem;

#define RS_DIAGRAM_ITEM_NONE ((RsDiagramItem) { RS_ITEM_NONE, 0, 0, 0 })

gboolean rs_diagram_item_equal (const RsDiagramItem *a, const RsDiagramItem *b);

/* True when the item names something that exists in `net`. */
gboolean rs_diagram_item_is_valid (const RsDiagramItem *item, const RsNetwork *net);

/* The update the next step gives an edge: −α times the mean gradient in batch mode, or
 * times the gradient of one example in stochastic mode. */
typedef struct
{
  double alpha;
  int example;          /* the example the next step learns from (0-based), −1 for the mean */
  double example_grad;  /* with example ≥ 0: that example's ∂J/∂Θ of the edge described */
} RsNextUpdate;

/* The item's exact values as text, one "name = value" per line, for a tooltip:
 *   unit:  a⁽ˡ⁾ⱼ, and for l ≥ 2 also z⁽ˡ⁾ⱼ, g′(z⁽ˡ⁾ⱼ), δ⁽ˡ⁾ⱼ (from `trace`, may be NULL), and
 *          "dead: inactive on every example" when `dead`
 *   bias:  "+1 (bias unit of layer l)"
 *   edge:  Θ⁽ˡ⁾ⱼₖ, ∂J/∂Θ⁽ˡ⁾ⱼₖ (the mean), and the update −α·∂J/∂Θ⁽ˡ⁾ⱼₖ of `update`, with
 *          the example's gradient when it is a stochastic step's
 * The first line is a heading ("hidden unit 3 of layer 2", "weight from input unit 1 into
 * hidden unit 2"). Numbers through rs_format_number (never "nan"). Free with g_free(). */
char *rs_diagram_item_describe (const RsDiagramItem *item, const RsNetwork *net,
                                const RsTrace *trace, gboolean dead,
                                const RsNextUpdate *update, RsTextStyle style);

G_END_DECLS
