/* rs-cli-autoptr.h — g_autoptr() for the core's types, inside reluscope-cli.
 *
 * The core is GLib-free, so each layer above it declares the cleanups it uses; keeping them
 * private to the CLI avoids clashing with another layer's declarations.
 */
#pragma once

#include <glib.h>

#include "core/rs-census.h"
#include "core/rs-data.h"
#include "core/rs-derivation.h"
#include "core/rs-model.h"
#include "core/rs-network.h"
#include "core/rs-trace.h"
#include "core/rs-trainer.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsCensus, rs_census_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsData, rs_data_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsDerivation, rs_derivation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsModel, rs_model_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsNetwork, rs_network_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsTrace, rs_trace_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RsTrainer, rs_trainer_free)
