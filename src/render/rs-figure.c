/* rs-figure.c — title, diagram and legend on one page, and writing it to a file. */
#include "rs-figure.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <string.h>

#include "rs-legend.h"
#include "rs-text.h"
#include "rs-theme.h"

G_DEFINE_QUARK (rs-render-error-quark, rs_render_error)

void
rs_figure_init (RsFigure *figure, const RsDiagramState *state)
{
  g_return_if_fail (figure != NULL);

  *figure = (RsFigure) { 0 };
  figure->state = state;
  figure->width = 1400;
  figure->height = 900;
  figure->show_bias = TRUE;
  figure->show_legend = TRUE;
  figure->text_scale = 1.0;
}

void
rs_figure_draw (cairo_t *cr, const RsFigure *figure)
{
  const RsTheme *theme;
  RsDiagramState state;
  RsDiagramLayout layout;
  RsRect diagram, legend;
  double margin, w, h;

  g_return_if_fail (cr != NULL && figure != NULL && figure->state != NULL);

  theme = rs_theme_get (figure->state->dark);
  w = figure->width;
  h = figure->height;
  margin = CLAMP (MIN (w, h) * 0.015, 4.0, 40.0);
  diagram = (RsRect) { margin, margin, w - 2 * margin, h - 2 * margin };

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, w, h);
  rs_colour_set_source (cr, theme->background);
  cairo_fill (cr);

  if (figure->title && *figure->title)
    {
      double size = CLAMP (MIN (w, 1.5 * h) / 60.0, 9.0, 40.0);

      rs_text_draw (cr, figure->title, size, RS_TEXT_BOLD, theme->text, w / 2, diagram.y, 0.5,
                    0.0);
      diagram.y += 1.7 * size;
      diagram.height -= 1.7 * size;
    }

  if (figure->show_legend)
    {
      /* The legend takes a bounded share of a short figure, so the diagram keeps most of it. */
      double lh = MIN (rs_legend_scaled_height (diagram.width, figure->text_scale),
                       0.18 * diagram.height);

      legend = (RsRect) { diagram.x, diagram.y + diagram.height - lh, diagram.width, lh };
      diagram.height -= lh + 0.5 * margin;
    }

  rs_diagram_layout_compute_scaled (&layout, figure->state->net, &diagram, figure->show_bias,
                                    figure->text_scale);
  state = *figure->state;
  state.draw_background = FALSE;
  rs_diagram_draw (cr, &layout, &state);

  if (figure->show_legend)
    {
      RsEdgeScale scale;

      rs_diagram_state_scale (&state, figure->show_bias, &scale);
      rs_legend_draw (cr, &legend, &scale, TRUE, state.dark);
    }
  cairo_restore (cr);
}

gboolean
rs_figure_format_for_path (const char *path, RsFigureFormat *format, GError **error)
{
  static const struct
  {
    const char *ext;
    RsFigureFormat format;
  } formats[] = { { ".png", RS_FIGURE_PNG }, { ".svg", RS_FIGURE_SVG }, { ".pdf", RS_FIGURE_PDF } };
  g_autofree char *base = NULL;
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);

  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  for (size_t i = 0; dot && i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (dot, formats[i].ext) == 0)
      {
        if (format)
          *format = formats[i].format;
        return TRUE;
      }
  g_set_error (error, RS_RENDER_ERROR, RS_RENDER_ERROR_FORMAT,
               "%s: unknown picture format %s%s%s (use .png, .svg or .pdf)", base,
               dot ? "“" : "", dot ? dot : "(no extension)", dot ? "”" : "");
  return FALSE;
}

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Renders draw's picture into `bytes` in the given format. */
static cairo_status_t
render_to_memory (int width, int height, RsFigureFormat format, RsDrawFunc draw,
                  gconstpointer data, GByteArray *bytes)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  switch (format)
    {
    case RS_FIGURE_SVG:
      surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);
      /* Pixels, as --size says, rather than cairo's default points (a third larger). */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case RS_FIGURE_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
      break;
    case RS_FIGURE_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      break;
    }

  cr = cairo_create (surface);
  draw (cr, data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == RS_FIGURE_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

gboolean
rs_render_write_picture (const char *path, int width, int height, RsDrawFunc draw,
                         gconstpointer data, GError **error)
{
  g_autoptr (GByteArray) bytes = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autofree char *base = NULL;
  RsFigureFormat format;
  cairo_status_t status;

  g_return_val_if_fail (path != NULL && draw != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!rs_figure_format_for_path (path, &format, error))
    return FALSE;
  base = g_path_get_basename (path);
  if (width < RS_FIGURE_MIN_SIZE || width > RS_FIGURE_MAX_SIZE || height < RS_FIGURE_MIN_SIZE
      || height > RS_FIGURE_MAX_SIZE)
    {
      g_set_error (error, RS_RENDER_ERROR, RS_RENDER_ERROR_SIZE,
                   "%s: size %d×%d is out of range (each side %d to %d)", base, width, height,
                   RS_FIGURE_MIN_SIZE, RS_FIGURE_MAX_SIZE);
      return FALSE;
    }

  bytes = g_byte_array_new ();
  status = render_to_memory (width, height, format, draw, data, bytes);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, RS_RENDER_ERROR, RS_RENDER_ERROR_WRITE, "%s: drawing failed: %s", base,
                   cairo_status_to_string (status));
      return FALSE;
    }
  if (!g_file_set_contents (path, (const char *) bytes->data, bytes->len, &local_error))
    {
      g_autofree char *dir = g_path_get_dirname (path);

      /* GLib's message names the temporary file; the user knows only `path`. */
      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        g_set_error (error, RS_RENDER_ERROR, RS_RENDER_ERROR_WRITE,
                     "%s: cannot write: the folder %s does not exist", path, dir);
      else
        g_set_error (error, RS_RENDER_ERROR, RS_RENDER_ERROR_WRITE,
                     "%s: cannot write (%s)", path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

static void
draw_figure (cairo_t *cr, gconstpointer figure)
{
  rs_figure_draw (cr, figure);
}

gboolean
rs_figure_write (const RsFigure *figure, const char *path, GError **error)
{
  g_return_val_if_fail (figure != NULL && figure->state != NULL && path != NULL, FALSE);

  return rs_render_write_picture (path, figure->width, figure->height, draw_figure, figure,
                                  error);
}
