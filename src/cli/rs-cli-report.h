/* rs-cli-report.h — text pieces several subcommands print: vectors, matrices, the shape of a
 * network, the dead units, and why a step diverged. All strings are newly allocated UTF-8.
 */
#pragma once

#include <glib.h>
#include <stdint.h>

#include "core/rs-census.h"
#include "core/rs-network.h"
#include "core/rs-trainer.h"

G_BEGIN_DECLS

/* "(0.400, 0.050, 0)". */
char *rs_cli_vector_text (const double *values, int n);

/* A row-major rows × cols matrix, columns aligned, each line starting with `indent` spaces.
 * With a census, rows of dead units of layer `layer` end in "dead". */
void rs_cli_print_matrix (const double *values, int rows, int cols, int indent,
                          const RsCensus *census, int layer);

/* "2 → 3 relu → 2 linear". */
char *rs_cli_shape_text (const RsNetwork *net);

/* "input", "hidden" or "output", for layer l. */
const char *rs_cli_layer_role (const RsNetwork *net, int l);

/* For one layer: "2 active, 1 dead: unit 3" or "3 active". */
char *rs_cli_layer_census_text (const RsCensus *census, int l);

/* "1 of 3 hidden units dead (layer 2: unit 3)", or "no dead units". */
char *rs_cli_dead_summary (const RsCensus *census);

/* Why training stopped, for a report that is not RS_STEP_OK. Steps are counted from
 * `first_step` (the model's step count when this run began), so "step 12" is the twelfth
 * step of this run: "step 12: ∂J/∂Θ⁽²⁾₁₁ update would make Θ⁽²⁾₁₁ = +∞; try a smaller α
 * (now 10)". */
char *rs_cli_step_failure_text (const RsStepReport *report, uint64_t first_step, double alpha);

G_END_DECLS
