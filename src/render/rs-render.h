/* rs-render.h — the whole render module: the diagram, its layout and legend, the loss plot
 * and figure export. Needs cairo and pango only, never GTK. */
#pragma once

#include "rs-colour.h"
#include "rs-diagram-item.h"
#include "rs-diagram-layout.h"
#include "rs-diagram-values.h"
#include "rs-diagram.h"
#include "rs-edge-scale.h"
#include "rs-figure.h"
#include "rs-geometry.h"
#include "rs-legend.h"
#include "rs-loss-plot.h"
#include "rs-palette.h"
#include "rs-phase.h"
#include "rs-theme.h"
