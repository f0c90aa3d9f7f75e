/* rs-cli-json.h — the pieces of --json output that several subcommands share.
 *
 * Numbers that are not finite are written as null, since JSON has no NaN or ∞.
 */
#pragma once

#include <json-glib/json-glib.h>

#include "core/rs-census.h"
#include "core/rs-network.h"

G_BEGIN_DECLS

/* `member` NULL adds an array element instead of an object member. */
void rs_cli_json_double (JsonBuilder *builder, const char *member, double value);
void rs_cli_json_int (JsonBuilder *builder, const char *member, gint64 value);
void rs_cli_json_string (JsonBuilder *builder, const char *member, const char *value);
void rs_cli_json_bool (JsonBuilder *builder, const char *member, gboolean value);
void rs_cli_json_vector (JsonBuilder *builder, const char *member, const double *values, int n);

/* A buffer laid out like net->params (Θ or ∂J/∂Θ) as nested arrays shaped exactly like the
 * model file's "theta": [l − 2][j − 1][k]. */
void rs_cli_json_layers (JsonBuilder *builder, const char *member, const RsNetwork *net,
                         const double *buffer);

/* The dead units as [{"layer": l, "unit": j}, …], units numbered from 1. */
void rs_cli_json_dead (JsonBuilder *builder, const char *member, const RsCensus *census);

/* A builder with the outermost object begun. */
JsonBuilder *rs_cli_json_begin (void);

/* Ends the outermost object and prints it on stdout. */
void rs_cli_json_print (JsonBuilder *builder);

G_END_DECLS
