/* rs-cli-eval.h — the whole data set through the network once, as the trainer sees it. */
#pragma once

#include <glib.h>

#include "core/rs-model.h"

G_BEGIN_DECLS

/* J over all examples into *cost and their mean gradient into model->net->grads, computed by
 * the same fast path a training step uses. When J is not finite, prints why and returns
 * FALSE (the subcommand then returns RS_EXIT_FAILED). */
gboolean rs_cli_evaluate (const char *name, RsModel *model, double *cost);

G_END_DECLS
