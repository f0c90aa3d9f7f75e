/* rs-export.h — what the Export dialog writes, as plain functions of a document: the diagram
 * and the loss curve as pictures, the loss history as CSV, a derivation as text.
 *
 * Pictures use the light palette whatever the desktop's style (they go on white slides and
 * pages) and the renderer of `reluscope-cli render`. Every file is written whole or not at
 * all (rendered to memory, then a temporary file renamed over the target), and every error
 * names the file.
 */
#pragma once

#include <gio/gio.h>

#include "render/rs-diagram-item.h"
#include "rs-document.h"

G_BEGIN_DECLS

/* The diagram and its legend in the document's colouring, width × height px (pt for PDF),
 * format from the extension (.png, .svg, .pdf), with the bias nodes when show_bias, under
 * `title` (NULL or "" for none), its text scaled by text_scale (as in the window). */
gboolean rs_export_diagram (RsDocument *document, const char *path, int width, int height,
                            gboolean show_bias, const char *title, double text_scale,
                            GError **error);

/* The loss plot (J on a log axis, dead units on the right) as .png, .svg or .pdf. */
gboolean rs_export_loss_plot (RsDocument *document, const char *path, int width, int height,
                              GError **error);

/* The loss history as CSV: a header "step,J,dead_units", then one row per point of
 * rs_document_get_loss_history(), J in the shortest form that reads back exactly. */
char *rs_export_loss_csv_text (RsDocument *document);
gboolean rs_export_loss_csv (RsDocument *document, const char *path, GError **error);

/* The derivation of the selected weight on the current example, as rs_format_derivation()
 * writes it in plain text with the document's α. NULL with an error when `selection` is not
 * a weight of the network. */
char *rs_export_derivation_text (RsDocument *document, const RsDiagramItem *selection,
                                 GError **error);
gboolean rs_export_derivation (RsDocument *document, const RsDiagramItem *selection,
                               const char *path, GError **error);

G_END_DECLS
