/* rs-line-raster.c — direct anti-aliased lines on image surfaces (see the header for why). */
#include "rs-line-raster.h"

#include <math.h>
#include <string.h>

/* Lines are drawn band by band of rows; the bands are what the threads share out. Full-width
 * bands of 64 rows measured fastest: narrower tiles cost more in per-line set-up than they
 * gain in cache. */
#define BAND_ROWS 64
#define MAX_THREADS 8
/* Coverage table resolution: entries per pixel of distance from a line's centre. */
#define LUT_RES 32
#define LUT_SIZE (LUT_RES * 16)

typedef struct
{
  guint32 argb;
  double half_width;           /* device px */
  double dash_on, dash_period; /* device px; period 0 = solid */
  double ext_pad;              /* half_width + ½: how far from the centre a pixel can be hit */
  guint16 lut[LUT_SIZE]; /* coverage 0 … 256 at distance (i + ½) / LUT_RES from the centre,
                            zeros beyond h + ½ */
} Pen;

/* A line, set up once for walking along its major axis a (x or y, whichever it spans more
 * of) from its lower end a0 to a1, its centre at b0 + (a − a0)·slope on the minor axis b. */
typedef struct
{
  double a0, a1, b0, slope;
  double ext;      /* how far across (along b) a pixel centre can be and still be touched */
  double cos_t;    /* cos of the line's angle to its major axis */
  double y_lo, y_hi; /* the rows it can touch */
  int n_pix;       /* pixels per column: ⌊2·ext⌋ + 1 */
  double sliver;   /* the line's extent across one column: width / cos (device px) */
  gboolean x_major;
  int pen;
} Line;

/* floor() without the libm call (x86-64 without SSE4.1 has no rounding instruction); the
 * values here are pixel coordinates, far inside int's range. */
static inline int
fast_floor (double x)
{
  int i = (int) x;

  return i - (x < i);
}

struct _RsRaster
{
  cairo_surface_t *surface;
  guint8 *data;
  int stride;
  int clip_x0, clip_y0, clip_x1, clip_y1; /* device pixels, x1/y1 exclusive */
  double scale;                           /* user → device: d = scale · u + offset */
  double offset_x, offset_y;
  GArray *pens;  /* of Pen */
  GArray *lines; /* of Line */
  int n_bands;
  GArray **band_lines; /* per band of rows: the indices of the lines that reach it, in order */
  gint next_band;      /* shared by the threads: the next band nobody has taken */
};

RsRaster *
rs_raster_new (cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_group_target (cr);
  cairo_rectangle_list_t *clip;
  cairo_matrix_t m;
  double dev_x = 0, dev_y = 0, dev_sx = 1, dev_sy = 1;
  cairo_format_t format;
  RsRaster *raster;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE
      || cairo_get_operator (cr) != CAIRO_OPERATOR_OVER)
    return NULL;
  format = cairo_image_surface_get_format (target);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return NULL;

  cairo_get_matrix (cr, &m);
  cairo_surface_get_device_offset (target, &dev_x, &dev_y);
  cairo_surface_get_device_scale (target, &dev_sx, &dev_sy);
  if (m.xy != 0 || m.yx != 0 || m.xx <= 0 || m.xx != m.yy || dev_sx != dev_sy)
    return NULL;

  /* A clip that is not one rectangle (rounded, several pieces) is left to cairo. */
  clip = cairo_copy_clip_rectangle_list (cr);
  if (clip->status != CAIRO_STATUS_SUCCESS || clip->num_rectangles > 1)
    {
      cairo_rectangle_list_destroy (clip);
      return NULL;
    }

  raster = g_new0 (RsRaster, 1);
  raster->surface = cairo_surface_reference (target);
  raster->scale = m.xx * dev_sx;
  raster->offset_x = m.x0 * dev_sx + dev_x;
  raster->offset_y = m.y0 * dev_sy + dev_y;
  raster->clip_x1 = cairo_image_surface_get_width (target);
  raster->clip_y1 = cairo_image_surface_get_height (target);
  if (clip->num_rectangles == 0)
    raster->clip_x1 = raster->clip_y1 = 0;
  else
    {
      const cairo_rectangle_t *r = &clip->rectangles[0];

      /* The clip rectangle is in user space; pixels partly inside it are left out, which
       * is what cairo does for the pixel-aligned clips the renderer uses. */
      raster->clip_x0 = MAX (0, (int) ceil (r->x * raster->scale + raster->offset_x - 1e-6));
      raster->clip_y0 = MAX (0, (int) ceil (r->y * raster->scale + raster->offset_y - 1e-6));
      raster->clip_x1 = MIN (raster->clip_x1,
                             (int) floor ((r->x + r->width) * raster->scale + raster->offset_x
                                          + 1e-6));
      raster->clip_y1 = MIN (raster->clip_y1,
                             (int) floor ((r->y + r->height) * raster->scale + raster->offset_y
                                          + 1e-6));
    }
  cairo_rectangle_list_destroy (clip);

  raster->stride = cairo_image_surface_get_stride (target);
  raster->pens = g_array_new (FALSE, FALSE, sizeof (Pen));
  raster->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  return raster;
}

void
rs_raster_set_pen (RsRaster *raster, double width, RsColour colour, double dash, double gap)
{
  Pen pen = { 0 };
  /* A column's last pixel can be up to h + ½ + 1 px from the centre (see draw_line), plus
   * an entry of slack for the float steps: the table must reach that far with its zeros. */
  double h = MIN (MAX (width * raster->scale / 2, 0.0), (LUT_SIZE - 2.0) / LUT_RES - 1.5);

  pen.argb = 0xff000000u | ((guint32) lround (CLAMP (colour.r, 0, 1) * 255) << 16)
             | ((guint32) lround (CLAMP (colour.g, 0, 1) * 255) << 8)
             | (guint32) lround (CLAMP (colour.b, 0, 1) * 255);
  pen.half_width = h;
  pen.ext_pad = h + 0.5;
  pen.dash_on = dash > 0 ? dash * raster->scale : 0;
  pen.dash_period = dash > 0 ? (dash + gap) * raster->scale : 0;

  /* Coverage of a pixel whose centre is d px from the line's centre, across the line: the
   * overlap of [d − ½, d + ½] with [−h, h]. Tabulated once per pen, so the inner loop is
   * one multiply and one lookup per pixel. */
  for (int i = 0; i < LUT_SIZE; i++)
    {
      double d = (i + 0.5) / LUT_RES;
      double lo = MAX (d - 0.5, -h), hi = MIN (d + 0.5, h);

      pen.lut[i] = hi > lo ? (guint16) lround (MIN (hi - lo, 1.0) * 256) : 0;
    }
  g_array_append_val (raster->pens, pen);
}

void
rs_raster_line (RsRaster *raster, double x0, double y0, double x1, double y1)
{
  const Pen *pen;
  Line line;

  g_return_if_fail (raster->pens->len > 0);

  pen = &g_array_index (raster->pens, Pen, raster->pens->len - 1);
  x0 = x0 * raster->scale + raster->offset_x;
  y0 = y0 * raster->scale + raster->offset_y;
  x1 = x1 * raster->scale + raster->offset_x;
  y1 = y1 * raster->scale + raster->offset_y;
  if (pen->half_width <= 0 || (x0 == x1 && y0 == y1))
    return;

  line.x_major = fabs (x1 - x0) >= fabs (y1 - y0);
  if ((line.x_major && x1 < x0) || (!line.x_major && y1 < y0))
    {
      double t;

      t = x0, x0 = x1, x1 = t;
      t = y0, y0 = y1, y1 = t;
    }
  if (line.x_major)
    line.a0 = x0, line.a1 = x1, line.b0 = y0, line.slope = (y1 - y0) / (x1 - x0);
  else
    line.a0 = y0, line.a1 = y1, line.b0 = x0, line.slope = (x1 - x0) / (y1 - y0);
  line.cos_t = 1 / sqrt (1 + line.slope * line.slope);
  line.ext = pen->ext_pad / line.cos_t;
  line.n_pix = fast_floor (2 * line.ext) + 1;
  line.sliver = 2 * pen->half_width / line.cos_t;
  line.y_lo = MIN (y0, y1) - (line.x_major ? line.ext : 0) - 1;
  line.y_hi = MAX (y0, y1) + (line.x_major ? line.ext : 0) + 1;
  line.pen = (int) raster->pens->len - 1;
  g_array_append_val (raster->lines, line);
}

/* dst += (colour − dst)·cov / 256 on premultiplied pixels with an opaque colour, cov in
 * 0 … 256, two channels per multiply. The channel differences may be negative, but the
 * borrows cancel modulo 2³² and the masks drop them: the result equals the per-channel
 * floor((colour − dst)·cov / 256) + dst exactly (checked over all inputs), cov 256 gives
 * the colour and cov 0 the pixel unchanged. */
static inline void
blend (guint32 *p, guint32 colour, guint32 cov)
{
  guint32 d = *p;
  guint32 d_rb = d & 0x00ff00ff, d_ag = (d >> 8) & 0x00ff00ff;
  guint32 rb = ((((colour & 0x00ff00ff) - d_rb) * cov >> 8) + d_rb) & 0x00ff00ff;
  guint32 ag = (((((colour >> 8) & 0x00ff00ff) - d_ag) * cov >> 8) + d_ag) & 0x00ff00ff;

  *p = rb | (ag << 8);
}

#if defined(__GNUC__) || defined(__clang__)
/* Two pixels' channels as the 16-bit lanes of one 128-bit vector, so the pair a thin line
 * touches per column blends in one go (GCC and Clang vector extensions: SSE2 or NEON). */
typedef guint16 V8 __attribute__ ((vector_size (16)));
typedef guint8 V8b __attribute__ ((vector_size (8)));

static inline void
blend_pair (guint32 *p0, guint32 *p1, guint32 colour, guint32 cov0, guint32 cov1)
{
  guint32 px[2] = { *p0, *p1 };
  V8b bytes, cbytes;
  V8 d, c, a;

  memcpy (&bytes, px, 8);
  px[0] = px[1] = colour;
  memcpy (&cbytes, px, 8);
  d = __builtin_convertvector (bytes, V8);
  c = __builtin_convertvector (cbytes, V8);
  a = (V8) { cov0, cov0, cov0, cov0, cov1, cov1, cov1, cov1 };
  /* (d·(256 − a) + c·a) / 256 stays within 16 bits: at most 255 · 256. */
  bytes = __builtin_convertvector ((d * (256 - a) + c * a) >> 8, V8b);
  memcpy (px, &bytes, 8);
  *p0 = px[0];
  *p1 = px[1];
}
#else
static inline void
blend_pair (guint32 *p0, guint32 *p1, guint32 colour, guint32 cov0, guint32 cov1)
{
  blend (p0, colour, cov0);
  blend (p1, colour, cov1);
}
#endif

/* Positions along the minor axis are 16.16 fixed point in the loops below: no float to
 * integer conversion per pixel or per step. */
#define FIX_ONE 65536

/* The pixels of one column (one step along the major axis) whose centres lie within
 * h + ½ across the line start at b = ⌈c − ext⌉ and number at most n, a count fixed per
 * line: the loop's trip count never changes within a line, so it is predicted, which on
 * lines 2 or 3 pixels thick is what the time goes to. Pixels in the count beyond the line
 * get coverage 0 from the table's zero tail, and blending with 0 leaves them unchanged.
 * `dist` is pixel b's distance from the centre (16.16), `k` turns |dist| into a table
 * index (× 2⁻³²). */
static inline void
blend_run (guint8 *p, gsize pixel_step, const Pen *pen, gint64 dist, gint64 k, int n,
           guint32 scale_cov)
{
  for (; n >= 2; n -= 2, p += 2 * pixel_step, dist += 2 * FIX_ONE)
    {
      gint64 dist1 = dist + FIX_ONE;
      guint32 cov0 = pen->lut[((dist < 0 ? -dist : dist) * k) >> 32];
      guint32 cov1 = pen->lut[((dist1 < 0 ? -dist1 : dist1) * k) >> 32];

      blend_pair ((guint32 *) p, (guint32 *) (p + pixel_step), pen->argb,
                  (cov0 * scale_cov) >> 8, (cov1 * scale_cov) >> 8);
    }
  if (n == 1)
    blend ((guint32 *) p, pen->argb,
           (pen->lut[((dist < 0 ? -dist : dist) * k) >> 32] * scale_cov) >> 8);
}

/* The fraction of column a between the ends a0 and a1 (butt caps, along the axis), × 256. */
static guint32
end_coverage (int a, double a0, double a1)
{
  double along = MIN (a + 1.0, a1) - MAX ((double) a, a0);

  return (guint32) (CLAMP (along, 0.0, 1.0) * 256);
}

/* The part of a line shared by both ways of drawing it: which columns, of what size, in
 * which order of bytes. */
typedef struct
{
  int a_first, a_last;   /* the columns to visit */
  int a_end_lo, a_end_hi; /* columns wholly between the ends */
  int minor_lo, minor_hi;
  gsize pixel_step, line_step; /* bytes per minor step, per major step */
} Walk;

static gboolean
walk_init (Walk *w, const Line *line, double reach, int x_lo, int x_hi, int y_lo, int y_hi,
           int stride)
{
  const double a0 = line->a0, a1 = line->a1;
  int major_lo, major_hi;

  if (line->x_major)
    {
      major_lo = x_lo, major_hi = x_hi, w->minor_lo = y_lo, w->minor_hi = y_hi;
      w->pixel_step = stride, w->line_step = 4;
    }
  else
    {
      major_lo = y_lo, major_hi = y_hi, w->minor_lo = x_lo, w->minor_hi = x_hi;
      w->pixel_step = 4, w->line_step = stride;
    }

  w->a_end_lo = -fast_floor (-a0);
  w->a_end_hi = fast_floor (a1) - 1;
  w->a_first = MAX (fast_floor (a0), major_lo);
  w->a_last = MIN (-fast_floor (-a1) - 1, major_hi - 1);
  if (fabs (line->slope) > 1e-9)
    {
      /* Only the columns whose pixels can reach the rectangle across the line. Clamped
       * before the conversion: a nearly level line reaches the rows far outside. */
      double at_lo = a0 + (w->minor_lo - reach - line->b0) / line->slope;
      double at_hi = a0 + (w->minor_hi + reach - line->b0) / line->slope;
      double lo = CLAMP (MIN (at_lo, at_hi), major_lo - 2.0, major_hi + 2.0);
      double hi = CLAMP (MAX (at_lo, at_hi), major_lo - 2.0, major_hi + 2.0);

      w->a_first = MAX (w->a_first, fast_floor (lo) - 1);
      w->a_last = MIN (w->a_last, fast_floor (hi) + 2);
    }
  return w->a_first <= w->a_last;
}

/* A line more than two pixels across a column, only the pixels of [x_lo, x_hi) ×
 * [y_lo, y_hi): coverage by the cross-section table. */
static void
draw_line_wide (const RsRaster *raster, const Line *line, const Pen *pen, int x_lo, int x_hi,
                int y_lo, int y_hi)
{
  const int n_pix = line->n_pix;
  const gint64 k = (gint64) (line->cos_t * LUT_RES * FIX_ONE);
  const gint64 slope = (gint64) llround (line->slope * FIX_ONE);
  const gint64 ext_fix = (gint64) llround (line->ext * FIX_ONE);
  const gboolean dashed = pen->dash_period > 0;
  const double dash_step = 1 / line->cos_t;
  double dash_phase = 0;
  gint64 c; /* the centre on the minor axis, in pixel-index units, 16.16 */
  Walk w;

  if (!walk_init (&w, line, line->ext, x_lo, x_hi, y_lo, y_hi, raster->stride))
    return;
  if (dashed)
    dash_phase = fmod ((w.a_first + 0.5 - line->a0) * dash_step, pen->dash_period);

  c = (gint64) llround ((line->b0 + (w.a_first + 0.5 - line->a0) * line->slope - 0.5)
                        * FIX_ONE);
  for (int a = w.a_first; a <= w.a_last; a++, c += slope)
    {
      /* ⌈c − ext⌉ = −⌊(ext − c)⌋; >> on a negative gint64 floors with GCC and Clang. */
      int b = (int) -((ext_fix - c) >> 16), n = n_pix;
      guint32 scale_cov = 256;

      if (G_UNLIKELY (a < w.a_end_lo || a > w.a_end_hi))
        scale_cov = end_coverage (a, line->a0, line->a1);
      if (G_UNLIKELY (dashed))
        {
          /* The distance along the line, kept within one dash period without fmod. */
          gboolean off = dash_phase >= pen->dash_on;

          dash_phase += dash_step;
          if (dash_phase >= pen->dash_period)
            dash_phase -= pen->dash_period;
          if (off)
            continue;
        }
      if (G_UNLIKELY (b < w.minor_lo || b + n > w.minor_hi))
        {
          /* At the rectangle's edge: only the part inside it. */
          int last = MIN (b + n, w.minor_hi);

          b = MAX (b, w.minor_lo);
          n = last - b;
          if (n <= 0)
            continue;
        }
      blend_run (raster->data + (gsize) a * w.line_step + (gsize) b * w.pixel_step,
                 w.pixel_step, pen, (gint64) b * FIX_ONE - c, k, n, scale_cov);
    }
}

/* One column of a thin line: its sliver [c − half, c + half] (16.16 positions; pixel b spans
 * [b, b + 1)) covers pixels b, b + 1 and, when it is more than a pixel long, b + 2; each
 * pixel's share is the length of sliver inside it. */
static inline void
thin_column (const RsRaster *raster, const Walk *w, const Pen *pen, int a, gint64 c,
             gint64 half, gboolean three, guint32 scale_cov)
{
  gint64 lo = c - half, hi = c + half;
  int b = (int) (lo >> 16);
  gint64 split1 = (gint64) (b + 1) * FIX_ONE, split2 = split1 + FIX_ONE;
  guint32 cov0 = (guint32) (((MIN (hi, split1) - lo) >> 8) * scale_cov) >> 8;
  guint32 cov1 = (guint32) ((CLAMP (hi - split1, 0, FIX_ONE) >> 8) * scale_cov) >> 8;
  guint32 cov2 = (guint32) ((MAX (hi - split2, 0) >> 8) * scale_cov) >> 8;
  guint8 *p = raster->data + (gsize) a * w->line_step + (gsize) b * w->pixel_step;

  if (G_LIKELY (b >= w->minor_lo && b + 2 < w->minor_hi))
    {
      blend_pair ((guint32 *) p, (guint32 *) (p + w->pixel_step), pen->argb, cov0, cov1);
      if (three)
        blend ((guint32 *) (p + 2 * w->pixel_step), pen->argb, cov2);
    }
  else
    {
      guint32 cov[3] = { cov0, cov1, cov2 };

      /* At the rectangle's edge: only the pixels inside it. */
      for (int i = 0; i < (three ? 3 : 2); i++)
        if (b + i >= w->minor_lo && b + i < w->minor_hi)
          blend ((guint32 *) (p + i * w->pixel_step), pen->argb, cov[i]);
    }
}

/* A line at most two pixels across a column (width / cos ≤ 2: the edges of dense gaps):
 * two or three pixels per column and a few integer operations, no table. The end columns
 * and dashes are dealt with apart, so the common loop has nothing to decide. */
static void
draw_line_thin (const RsRaster *raster, const Line *line, const Pen *pen, int x_lo, int x_hi,
                int y_lo, int y_hi)
{
  const gint64 half = (gint64) llround (line->sliver / 2 * FIX_ONE);
  const gint64 slope = (gint64) llround (line->slope * FIX_ONE);
  const gboolean three = line->sliver > 1;
  gint64 c; /* the sliver's centre on the minor axis at column a, 16.16 */
  Walk w;

  if (!walk_init (&w, line, half / (double) FIX_ONE + 1, x_lo, x_hi, y_lo, y_hi,
                  raster->stride))
    return;
  c = (gint64) llround ((line->b0 + (w.a_first + 0.5 - line->a0) * line->slope) * FIX_ONE);

  if (pen->dash_period > 0)
    {
      const double dash_step = 1 / line->cos_t;
      double phase = fmod ((w.a_first + 0.5 - line->a0) * dash_step, pen->dash_period);

      for (int a = w.a_first; a <= w.a_last; a++, c += slope)
        {
          /* The distance along the line, kept within one dash period without fmod. */
          gboolean on = phase < pen->dash_on;

          phase += dash_step;
          if (phase >= pen->dash_period)
            phase -= pen->dash_period;
          if (on)
            thin_column (raster, &w, pen, a, c, half, three,
                         (a < w.a_end_lo || a > w.a_end_hi)
                           ? end_coverage (a, line->a0, line->a1) : 256);
        }
      return;
    }

  {
    int inner_first = MAX (w.a_first, w.a_end_lo), inner_last = MIN (w.a_last, w.a_end_hi);
    int a = w.a_first;

    for (; a < inner_first && a <= w.a_last; a++, c += slope)
      thin_column (raster, &w, pen, a, c, half, three, end_coverage (a, line->a0, line->a1));
    for (; a <= inner_last; a++, c += slope)
      thin_column (raster, &w, pen, a, c, half, three, 256);
    for (; a <= w.a_last; a++, c += slope)
      thin_column (raster, &w, pen, a, c, half, three, end_coverage (a, line->a0, line->a1));
  }
}

static void
draw_line (const RsRaster *raster, const Line *line, const Pen *pen, int x_lo, int x_hi,
           int y_lo, int y_hi)
{
  if (line->sliver <= 2)
    draw_line_thin (raster, line, pen, x_lo, x_hi, y_lo, y_hi);
  else
    draw_line_wide (raster, line, pen, x_lo, x_hi, y_lo, y_hi);
}

static void
draw_band (const RsRaster *raster, int band)
{
  const Pen *pens = (const Pen *) raster->pens->data;
  const Line *lines = (const Line *) raster->lines->data;
  const GArray *in_band = raster->band_lines[band];
  int y_lo = raster->clip_y0 + band * BAND_ROWS;
  int y_hi = MIN (y_lo + BAND_ROWS, raster->clip_y1);

  for (guint n = 0; n < in_band->len; n++)
    {
      const Line *line = &lines[g_array_index (in_band, int, n)];

      draw_line (raster, line, &pens[line->pen], raster->clip_x0, raster->clip_x1, y_lo, y_hi);
    }
}

static gpointer
draw_bands (gpointer data)
{
  RsRaster *raster = data;

  for (;;)
    {
      int band = g_atomic_int_add (&raster->next_band, 1);

      if (band >= raster->n_bands)
        return NULL;
      draw_band (raster, band);
    }
}

/* Sorts the lines into the bands of rows they reach, keeping their order. */
static void
bin_lines (RsRaster *raster)
{
  raster->band_lines = g_new (GArray *, raster->n_bands);
  for (int b = 0; b < raster->n_bands; b++)
    raster->band_lines[b] = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint n = 0; n < raster->lines->len; n++)
    {
      const Line *line = &g_array_index (raster->lines, Line, n);
      int first = fast_floor ((line->y_lo - raster->clip_y0) / BAND_ROWS);
      int last = fast_floor ((line->y_hi - raster->clip_y0) / BAND_ROWS);
      int index = (int) n;

      for (int b = MAX (first, 0); b <= MIN (last, raster->n_bands - 1); b++)
        g_array_append_val (raster->band_lines[b], index);
    }
}

void
rs_raster_finish (RsRaster *raster)
{
  GThread *threads[MAX_THREADS];
  int n_threads;

  if (!raster)
    return;

  raster->n_bands = (raster->clip_y1 - raster->clip_y0 + BAND_ROWS - 1) / BAND_ROWS;
  if (raster->lines->len > 0 && raster->n_bands > 0 && raster->clip_x1 > raster->clip_x0)
    {
      cairo_surface_flush (raster->surface);
      raster->data = cairo_image_surface_get_data (raster->surface);
      if (raster->data == NULL) /* a surface in an error state has no pixels */
        goto done;
      bin_lines (raster);

      /* Threads only pay off for many lines; a teaching network draws on this thread. */
      n_threads = raster->lines->len < 2000 ? 1
                                            : CLAMP ((int) g_get_num_processors (), 1,
                                                     MAX_THREADS);
      for (int t = 1; t < n_threads; t++)
        threads[t] = g_thread_new ("rs-raster", draw_bands, raster);
      draw_bands (raster);
      for (int t = 1; t < n_threads; t++)
        g_thread_join (threads[t]);

      /* The whole surface: the rectangle form would want it without the device offset, and
       * for image surfaces both only drop cairo's cached snapshots. */
      cairo_surface_mark_dirty (raster->surface);
      for (int b = 0; b < raster->n_bands; b++)
        g_array_free (raster->band_lines[b], TRUE);
      g_free (raster->band_lines);
    }

done:
  cairo_surface_destroy (raster->surface);
  g_array_free (raster->pens, TRUE);
  g_array_free (raster->lines, TRUE);
  g_free (raster);
}
