/* rs-alpha-control.h — the learning rate: a slider on a log scale from 10⁻⁴ to 10 plus an
 * entry for an exact value.
 *
 * A typed value is used exactly as typed (0.3 is the double nearest 0.3, not the slider's
 * neighbour) once applied: on Enter, on leaving the entry, or on rs_alpha_control_commit()
 * before a step. The slider gives round values of two significant digits. Invalid input (not a
 * number, not finite, ≤ 0 or > 10) is refused with a message and `value` keeps the value in
 * use.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RS_TYPE_ALPHA_CONTROL (rs_alpha_control_get_type ())
G_DECLARE_FINAL_TYPE (RsAlphaControl, rs_alpha_control, RS, ALPHA_CONTROL, GtkWidget)

GtkWidget *rs_alpha_control_new (void);

double rs_alpha_control_get_value (RsAlphaControl *self);
void rs_alpha_control_set_value (RsAlphaControl *self, double value);

/* Applies `text` as if typed into the entry and Enter pressed. Returns whether it was valid
 * (and so is now the value). */
gboolean rs_alpha_control_apply_text (RsAlphaControl *self, const char *text);

/* Applies the entry's text if it is not what is in use (as Enter would), so a step never runs
 * with α other than what the entry shows without saying so. Returns whether the entry now
 * shows the value in use. */
gboolean rs_alpha_control_commit (RsAlphaControl *self);

/* The message shown under refused input, or NULL while the input is valid. */
const char *rs_alpha_control_get_error (RsAlphaControl *self);

/* Moves the keyboard focus into the entry, its text selected. */
void rs_alpha_control_focus_entry (RsAlphaControl *self);

G_END_DECLS
