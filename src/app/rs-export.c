/* rs-export.c — the document as pictures and text files. */
#include "rs-export.h"

#include <math.h>

#include <glib/gi18n.h>

#include "core/rs-derivation.h"
#include "format/rs-format.h"
#include "render/rs-figure.h"
#include "render/rs-loss-plot.h"
#include "render/rs-theme.h"

/* Writes `contents` whole or not at all, with a message that names `path`, not the
 * temporary file. */
static gboolean
write_text (const char *path, const char *contents, GError **error)
{
  g_autoptr (GError) local_error = NULL;

  if (g_file_set_contents (path, contents, -1, &local_error))
    return TRUE;
  g_set_error (error, G_FILE_ERROR, local_error->code, _("%s: cannot write (%s)"), path,
               local_error->message);
  return FALSE;
}

gboolean
rs_export_diagram (RsDocument *document, const char *path, int width, int height,
                   gboolean show_bias, const char *title, double text_scale, GError **error)
{
  RsDiagramState state;
  RsFigure figure;

  g_return_val_if_fail (RS_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (rs_document_get_model (document) != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  rs_document_diagram_state (document, &state);
  rs_figure_init (&figure, &state);
  figure.width = width;
  figure.height = height;
  figure.show_bias = show_bias;
  figure.title = title;
  figure.text_scale = text_scale;
  return rs_figure_write (&figure, path, error);
}

typedef struct
{
  RsLossPlotData data;
  int width, height;
} LossPicture;

static void
draw_loss (cairo_t *cr, gconstpointer data)
{
  const LossPicture *picture = data;
  /* The view's plot runs to its edges; on a page or slide it needs a margin. */
  double margin = CLAMP (MIN (picture->width, picture->height) * 0.04, 4.0, 40.0);
  RsRect area = { margin, margin, picture->width - 2 * margin, picture->height - 2 * margin };

  cairo_rectangle (cr, 0, 0, picture->width, picture->height);
  rs_colour_set_source (cr, rs_theme_get (FALSE)->background);
  cairo_fill (cr);
  rs_loss_plot_draw (cr, &area, &picture->data);
}

gboolean
rs_export_loss_plot (RsDocument *document, const char *path, int width, int height,
                     GError **error)
{
  const RsCensus *census;
  LossPicture picture;

  g_return_val_if_fail (RS_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* As the loss view fills it. */
  rs_loss_plot_data_init (&picture.data);
  picture.data.n = (int) rs_document_get_loss_history (document, &picture.data.steps,
                                                       &picture.data.cost, &picture.data.dead);
  census = rs_document_get_census (document);
  picture.data.n_hidden = census != NULL ? census->n_hidden : 0;
  if (picture.data.n_hidden < 1)
    picture.data.dead = NULL;
  picture.data.dark = FALSE;
  picture.width = width;
  picture.height = height;
  return rs_render_write_picture (path, width, height, draw_loss, &picture, error);
}

char *
rs_export_loss_csv_text (RsDocument *document)
{
  const guint64 *steps;
  const double *cost;
  const int *dead;
  GString *text;
  guint n;

  g_return_val_if_fail (RS_IS_DOCUMENT (document), NULL);

  n = rs_document_get_loss_history (document, &steps, &cost, &dead);
  /* Column names as in the model file and the CLI: plain ASCII, easy to read in any tool. */
  text = g_string_new ("step,J,dead_units\n");
  for (guint i = 0; i < n; i++)
    {
      /* A non-finite J (a diverged state) is written as the empty field spreadsheets read
       * as missing, not "nan". */
      g_autofree char *j = isfinite (cost[i]) ? rs_format_shortest (cost[i]) : g_strdup ("");

      g_string_append_printf (text, "%" G_GUINT64_FORMAT ",%s,%d\n", steps[i], j, dead[i]);
    }
  return g_string_free (text, FALSE);
}

gboolean
rs_export_loss_csv (RsDocument *document, const char *path, GError **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (RS_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = rs_export_loss_csv_text (document);
  return write_text (path, text, error);
}

char *
rs_export_derivation_text (RsDocument *document, const RsDiagramItem *selection,
                           GError **error)
{
  const RsModel *model;
  RsDerivation *derivation;
  char *text;

  g_return_val_if_fail (RS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (selection != NULL, NULL);

  model = rs_document_get_model (document);
  if (model == NULL || selection->kind != RS_ITEM_EDGE
      || !rs_diagram_item_is_valid (selection, model->net))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("No weight is selected: click an edge of the diagram first"));
      return NULL;
    }
  derivation = rs_derivation_new (model->net, model->data, selection->layer, selection->j,
                                  selection->k, rs_document_get_example (document));
  if (derivation == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("Not enough memory to derive this gradient"));
      return NULL;
    }
  text = rs_format_derivation_for_step (derivation, rs_document_get_alpha (document),
                                        rs_model_step_example (model), RS_TEXT_PLAIN);
  rs_derivation_free (derivation);
  /* A text file ends with a newline. */
  if (!g_str_has_suffix (text, "\n"))
    {
      char *ended = g_strconcat (text, "\n", NULL);

      g_free (text);
      text = ended;
    }
  return text;
}

gboolean
rs_export_derivation (RsDocument *document, const RsDiagramItem *selection, const char *path,
                      GError **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  text = rs_export_derivation_text (document, selection, error);
  return text != NULL && write_text (path, text, error);
}
