/* rs-cli-autoptr.h — g_autoptr() inside reluscope-cli: the core's types (declared once for
 * every layer, rs-core-autoptr.h) and any the CLI alone uses.
 */
#pragma once

#include "rs-core-autoptr.h"
