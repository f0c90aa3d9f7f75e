/* rs-export-dialog.h — Export (Ctrl+E): the diagram or the loss curve as a picture, the loss
 * history as CSV, or the selected weight's derivation as text, to a file the user picks.
 */
#pragma once

#include <gtk/gtk.h>

#include "rs-window.h"

G_BEGIN_DECLS

typedef enum
{
  RS_EXPORT_DIAGRAM,
  RS_EXPORT_LOSS_PLOT,
  RS_EXPORT_LOSS_CSV,
  RS_EXPORT_DERIVATION
} RsExportKind;

#define RS_TYPE_EXPORT_DIALOG (rs_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RsExportDialog, rs_export_dialog, RS, EXPORT_DIALOG, GtkWindow)

/* A dialog over `window`, its size defaulting to the window's diagram. */
RsExportDialog *rs_export_dialog_new (RsWindow *window);

void rs_export_dialog_set_kind (RsExportDialog *self, RsExportKind kind);
/* Whether Export can go ahead; when not, the dialog says why. */
gboolean rs_export_dialog_get_can_export (RsExportDialog *self);

/* Writes what the dialog is set to into `file`, as its Export button does after choosing. */
gboolean rs_export_dialog_export_to (RsExportDialog *self, GFile *file, GError **error);

G_END_DECLS
