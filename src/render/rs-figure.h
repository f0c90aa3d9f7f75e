/* rs-figure.h — the whole exportable picture: an optional title, the diagram and its legend,
 * on the theme's background, and writing it to PNG, SVG or PDF.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "rs-diagram.h"

G_BEGIN_DECLS

#define RS_RENDER_ERROR (rs_render_error_quark ())

typedef enum
{
  RS_RENDER_ERROR_FORMAT, /* the file name's extension is not .png, .svg or .pdf */
  RS_RENDER_ERROR_SIZE,   /* the size is out of range */
  RS_RENDER_ERROR_WRITE   /* cairo or the file system failed */
} RsRenderError;

GQuark rs_render_error_quark (void);

#define RS_FIGURE_MIN_SIZE 64
#define RS_FIGURE_MAX_SIZE 8192 /* a PNG is rendered in memory: 8192² × 4 bytes at most */

typedef enum
{
  RS_FIGURE_PNG,
  RS_FIGURE_SVG,
  RS_FIGURE_PDF
} RsFigureFormat;

typedef struct
{
  const RsDiagramState *state; /* what to draw; hover and selection are drawn too */
  int width, height;           /* px (PNG, SVG) or pt (PDF) */
  gboolean show_bias;
  gboolean show_legend;
  const char *title;           /* drawn above the diagram; NULL or "" for none */
  double text_scale;           /* the diagram's and legend's text, × the size that fits
                                  (RS_TEXT_SCALE_MIN … RS_TEXT_SCALE_MAX) */
} RsFigure;

/* Defaults: 1400 × 900, bias and legend shown, no title, text scale 1. */
void rs_figure_init (RsFigure *figure, const RsDiagramState *state);

/* Draws the figure onto cr in the rectangle (0, 0, width, height). */
void rs_figure_draw (cairo_t *cr, const RsFigure *figure);

/* The format for a file name by its extension (case-insensitive). */
gboolean rs_figure_format_for_path (const char *path, RsFigureFormat *format, GError **error);

/* Writes the figure to `path` in the format of its extension. The file appears complete or
 * not at all: the picture is rendered to memory first, then written under a temporary name
 * next to `path` and renamed over it (g_file_set_contents). */
gboolean rs_figure_write (const RsFigure *figure, const char *path, GError **error);

/* Draws a picture of width × height onto cr (any surface). */
typedef void (*RsDrawFunc) (cairo_t *cr, gconstpointer data);

/* Writes what `draw` draws to `path` in the format of its extension, with the size limits and
 * the all-or-nothing writing of rs_figure_write() (which is this with rs_figure_draw()). For
 * other pictures than the figure: the loss plot. */
gboolean rs_render_write_picture (const char *path, int width, int height, RsDrawFunc draw,
                                  gconstpointer data, GError **error);

G_END_DECLS
