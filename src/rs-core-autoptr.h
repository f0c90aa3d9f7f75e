/* rs-core-autoptr.h — g_autoptr() for the core's types, declared once for every layer above
 * the core (format, io, render, cli, app and the tests).
 *
 * The core itself is C11 + libm and knows nothing of GLib, so its types get their GLib
 * cleanups here, beside it, rather than in its headers. Declaring the same cleanup twice in
 * one file does not compile, which is why no other file may declare these.
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
