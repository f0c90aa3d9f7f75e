/* rs-window.c — the main window: actions, keys, playing from the frame clock, and wiring the
 * views to the document. */
#include "rs-window.h"

#include <math.h>

#include <glib/gi18n.h>

#include "io/rs-presets.h"
#include "rs-alpha-control.h"
#include "rs-example-editor.h"
#include "rs-file-actions.h"
#include "rs-inspector.h"
#include "rs-loss-view.h"
#include "rs-network-editor.h"
#include "rs-network-view.h"
#include "rs-settings.h"
#include "rs-side-split.h"
#include "rs-status-line.h"
#include "rs-walkthrough-bar.h"
#include "rs-walkthrough.h"

/* While playing, stepping gets at most this much of each frame, so the window keeps answering
 * input and repaints at any speed; less when frames come slower than SLOW_FRAME_US apart
 * (a big network takes long to draw), so drawing keeps its 30 frames a second. */
#define MAX_BUDGET_US 8000
#define MIN_BUDGET_US 2000
#define SLOW_FRAME_US 32000
#define FAST_FRAME_US 24000
/* A frame that comes this late (the window was hidden, the machine busy) does not owe the
 * steps of the whole gap. */
#define MAX_FRAME_GAP_US 250000

/* The response of the divergence bar's "Use α = …" button. */
#define RESPONSE_USE_SUGGESTED 1

struct _RsWindow
{
  GtkApplicationWindow parent_instance;

  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkToggleButton *play_button;
  GtkWidget *step_back_button;
  GtkAdjustment *speed_adjustment;
  GtkMenuButton *presets_button;
  GtkRevealer *hint_revealer;
  GtkLabel *hint_label;
  GtkInfoBar *divergence_bar;
  GtkLabel *divergence_label;
  GtkButton *suggest_button;
  RsAlphaControl *alpha_control;
  RsNetworkView *network_view;
  RsLossView *loss_view;
  RsStatusLine *status_line;
  RsSideSplit *side_split;
  GtkWidget *side_area;
  GtkStack *side_stack;
  GtkBox *inspect_page;
  GtkBox *data_page;
  GtkBox *network_page;
  RsExampleEditor *example_editor;
  RsNetworkEditor *network_editor;
  RsInspector *inspector;
  GtkInfoBar *loading_bar;
  GtkSpinner *loading_spinner;
  GtkLabel *loading_label;
  RsWalkthroughBar *walkthrough_bar;

  RsDocument *document;
  guint generation; /* the document's model when loaded_cb last ran */
  gboolean playing;
  guint tick_id;
  gint64 last_frame_time;
  double steps_owed; /* steps the speed asks for that no frame has taken yet */
  gint64 budget_us;  /* stepping time per frame, MIN_BUDGET_US … MAX_BUDGET_US */
  GSettings *settings; /* NULL when the schema is not installed */
  RsFileActions *files;
  RsWalkthrough *walkthrough;
  gboolean hint_was_revealed; /* before the walk-through hid it */
};

G_DEFINE_FINAL_TYPE (RsWindow, rs_window, GTK_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_PLAYING,
  PROP_COLOURING,
  PROP_SHOW_BIAS,
  PROP_SHOW_SIDE_PANEL,
  PROP_WALKTHROUGH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (RsWindow *self, const char *primary, const GError *error)
{
  rs_show_error (GTK_WINDOW (self), primary, error);
}

/* Stepping ----------------------------------------------------------------------------- */

static gboolean
tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  RsWindow *self = RS_WINDOW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double speed = gtk_adjustment_get_value (self->speed_adjustment);
  guint owed;
  guint done;

  if (self->last_frame_time == 0)
    {
      /* The first step comes at once, so Play answers visibly even at 1 step/s. */
      self->last_frame_time = now;
      self->steps_owed = 1.0;
    }
  self->steps_owed += speed * (double) MIN (now - self->last_frame_time, MAX_FRAME_GAP_US) / 1e6;
  if (now - self->last_frame_time > SLOW_FRAME_US)
    self->budget_us = MAX (self->budget_us - 1000, MIN_BUDGET_US);
  else if (now - self->last_frame_time < FAST_FRAME_US)
    self->budget_us = MIN (self->budget_us + 500, MAX_BUDGET_US);
  self->last_frame_time = now;

  owed = (guint) MIN (self->steps_owed, (double) G_MAXUINT);
  if (owed == 0)
    return G_SOURCE_CONTINUE;
  done = rs_document_run (self->document, owed, self->budget_us);
  self->steps_owed -= done;
  /* Slower than asked: run as fast as the budget allows instead of building a backlog. */
  if (done < owed)
    self->steps_owed = MIN (self->steps_owed, 1.0);
  return G_SOURCE_CONTINUE;
}

gboolean
rs_window_get_playing (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), FALSE);
  return self->playing;
}

void
rs_window_set_playing (RsWindow *self, gboolean playing)
{
  g_return_if_fail (RS_IS_WINDOW (self));

  playing = !!playing;
  if (self->playing == playing)
    return;
  self->playing = playing;
  if (playing)
    rs_alpha_control_commit (self->alpha_control);
  if (self->walkthrough != NULL && rs_walkthrough_get_active (self->walkthrough))
    /* In the walk-through, play runs its phases instead of plain steps. */
    rs_walkthrough_set_playing (self->walkthrough, playing);
  else if (playing)
    {
      self->last_frame_time = 0;
      self->budget_us = MAX_BUDGET_US;
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
    }
  else if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
  gtk_button_set_icon_name (GTK_BUTTON (self->play_button),
                            playing ? "media-playback-pause-symbolic"
                                    : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button),
                               playing ? _("Pause (P)") : _("Play: step continuously (P)"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

double
rs_window_get_speed (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), 0.0);
  return gtk_adjustment_get_value (self->speed_adjustment);
}

void
rs_window_set_speed (RsWindow *self, double steps_per_second)
{
  g_return_if_fail (RS_IS_WINDOW (self));
  gtk_adjustment_set_value (self->speed_adjustment, steps_per_second);
}

static void
step_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsWindow *self = RS_WINDOW (widget);

  /* A single step means "let me look": playing on would run past it. */
  rs_window_set_playing (self, FALSE);
  rs_alpha_control_commit (self->alpha_control);
  if (rs_walkthrough_get_active (self->walkthrough))
    rs_walkthrough_next (self->walkthrough);
  else
    rs_document_step (self->document);
}

/* Undo (Ctrl+Z) takes back the last step, edit or α change. */
static void
undo_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsWindow *self = RS_WINDOW (widget);

  rs_window_set_playing (self, FALSE);
  rs_document_undo (self->document);
}

/* ← and the back button: the previous phase in the walk-through, else Undo. */
static void
step_back_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsWindow *self = RS_WINDOW (widget);

  rs_window_set_playing (self, FALSE);
  if (rs_walkthrough_get_active (self->walkthrough))
    rs_walkthrough_previous (self->walkthrough);
  else
    rs_document_undo (self->document);
}

static void
redo_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsWindow *self = RS_WINDOW (widget);

  rs_window_set_playing (self, FALSE);
  rs_document_redo (self->document);
}

static void
reset_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsWindow *self = RS_WINDOW (widget);

  rs_window_set_playing (self, FALSE);
  rs_document_reset (self->document);
}

static void
cycle_colouring_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsWindow *self = RS_WINDOW (widget);
  RsColouring colouring = rs_document_get_colouring (self->document);

  rs_document_set_colouring (self->document, (colouring + 1) % RS_N_COLOURINGS);
}

static void
change_example (RsWindow *self, int delta)
{
  int n = rs_document_get_n_examples (self->document);
  int t = rs_document_get_example (self->document);

  if (n > 0)
    rs_document_set_example (self->document, ((t + delta) % n + n) % n);
}

static void
example_next_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  change_example (RS_WINDOW (widget), 1);
}

static void
example_previous_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  change_example (RS_WINDOW (widget), -1);
}

static void
dismiss_hint_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_revealer_set_reveal_child (RS_WINDOW (widget)->hint_revealer, FALSE);
}

static void
focus_alpha_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  rs_alpha_control_focus_entry (RS_WINDOW (widget)->alpha_control);
}

/* Text size ---------------------------------------------------------------------------------
 * In steps of a quarter of the size that fits, so a lecture can go to 2× and back exactly. */
#define TEXT_SCALE_STEP 0.25

static void
update_text_size_actions (RsWindow *self)
{
  double scale = rs_network_view_get_text_scale (self->network_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.text-larger",
                                 scale < RS_TEXT_SCALE_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.text-smaller",
                                 scale > RS_TEXT_SCALE_MIN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.text-normal", scale != 1.0);
}

static void
change_text_scale (RsWindow *self, int steps)
{
  double scale = rs_network_view_get_text_scale (self->network_view);

  /* Back onto the grid of steps, whatever the settings held. */
  scale = steps == 0 ? 1.0 : (round (scale / TEXT_SCALE_STEP) + steps) * TEXT_SCALE_STEP;
  rs_network_view_set_text_scale (self->network_view, scale);
}

static void
text_larger_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  change_text_scale (RS_WINDOW (widget), 1);
}

static void
text_smaller_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  change_text_scale (RS_WINDOW (widget), -1);
}

static void
text_normal_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  change_text_scale (RS_WINDOW (widget), 0);
}

/* The speed reads "10/s": the unit inside the field saves a label in a crowded header bar. */
static gboolean
speed_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%.0f/s", gtk_spin_button_get_value (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
speed_input_cb (GtkSpinButton *spin, double *new_value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);

  if (end == text || !isfinite (value))
    return GTK_INPUT_ERROR;
  *new_value = value;
  return TRUE;
}

/* Opening ------------------------------------------------------------------------------ */

/* Reads the file in the background; see rs_file_actions_open(). */
void
rs_window_open_file (RsWindow *self, GFile *file)
{
  g_return_if_fail (RS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  rs_file_actions_open (self->files, file);
}

/* Choosing a preset loads it afresh, also the one already shown: that is how to get its α
 * and starting point back after playing with it. */
static void
load_preset (RsWindow *self, const char *id)
{
  g_autoptr (GError) error = NULL;

  rs_window_set_playing (self, FALSE);
  if (!rs_document_load_preset (self->document, id, &error))
    show_error (self, _("Could not load the example"), error);
}

static void
load_preset_confirmed (RsWindow *self, gpointer id)
{
  load_preset (self, id);
}

static void
preset_activated (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RsWindow *self = RS_WINDOW (widget);

  /* Unsaved changes are asked about first; a preset unchanged since it loaded has none. */
  rs_file_actions_ask_to_save (self->files, load_preset_confirmed,
                               g_variant_dup_string (parameter, NULL), g_free);
}

/* The menu lists each preset by the name in its file, in the order of rs_presets_get_ids(). */
static GMenuModel *
build_presets_menu (void)
{
  GMenu *menu = g_menu_new ();

  for (const char *const *id = rs_presets_get_ids (); *id != NULL; id++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GMenuItem) item = NULL;
      RsModel *model = rs_preset_load (*id, &error);

      if (model == NULL)
        {
          g_critical ("Preset %s does not load: %s", *id, error->message);
          continue;
        }
      item = g_menu_item_new (model->name != NULL ? model->name : *id, NULL);
      g_menu_item_set_action_and_target (item, "win.preset", "s", *id);
      g_menu_append_item (menu, item);
      rs_model_free (model);
    }
  return G_MENU_MODEL (menu);
}

/* Keys --------------------------------------------------------------------------------- */

/* Which focused widgets keep a key for themselves. Buttons do not keep Space: GTK leaves the
 * focus on a button after a click or a menu, and Space must still step then (Enter still
 * presses a focused button). */
typedef enum
{
  YIELD_TO_TEXT = 1 << 0,  /* entries, spin buttons: every printable key */
  YIELD_TO_RANGE = 1 << 1, /* sliders: the arrow keys */
} Yield;

static const struct
{
  guint keyval;
  const char *action;
  Yield yield;
} plain_keys[] = {
  { GDK_KEY_space, "win.step", YIELD_TO_TEXT },
  { GDK_KEY_Right, "win.step", YIELD_TO_TEXT | YIELD_TO_RANGE },
  { GDK_KEY_Left, "win.step-back", YIELD_TO_TEXT | YIELD_TO_RANGE },
  { GDK_KEY_p, "win.play", YIELD_TO_TEXT },
  { GDK_KEY_c, "win.cycle-colouring", YIELD_TO_TEXT },
  { GDK_KEY_b, "win.show-bias", YIELD_TO_TEXT },
  { GDK_KEY_a, "win.focus-alpha", YIELD_TO_TEXT },
  { GDK_KEY_bracketright, "win.example-next", YIELD_TO_TEXT },
  { GDK_KEY_bracketleft, "win.example-previous", YIELD_TO_TEXT },
  { GDK_KEY_w, "win.walkthrough", YIELD_TO_TEXT },
};

/* Keys of the walk-through only, taken from any focus while it is on. */
static const struct
{
  guint keyval;
  const char *action;
} walkthrough_keys[] = {
  { GDK_KEY_Page_Down, "win.step" },
  { GDK_KEY_Page_Up, "win.step-back" },
  { GDK_KEY_Escape, "win.walkthrough" },
};

static Yield
focus_kind (RsWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_EDITABLE (w))
        return YIELD_TO_TEXT;
      if (GTK_IS_RANGE (w))
        return YIELD_TO_RANGE;
    }
  return 0;
}

/* The window's own key bindings come first in GTK (Space activates the focus, arrows move
 * it), so the app's plain keys are taken in the capture phase instead — except from the
 * widgets that need them. */
static gboolean
key_pressed_cb (RsWindow *self, guint keyval, guint keycode, GdkModifierType state,
                GtkEventControllerKey *controller)
{
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();
  Yield focus;

  if (modifiers != 0)
    return FALSE;
  if (rs_walkthrough_get_active (self->walkthrough))
    for (gsize i = 0; i < G_N_ELEMENTS (walkthrough_keys); i++)
      if (walkthrough_keys[i].keyval == keyval)
        return gtk_widget_activate_action (GTK_WIDGET (self), walkthrough_keys[i].action, NULL);
  focus = focus_kind (self);
  for (gsize i = 0; i < G_N_ELEMENTS (plain_keys); i++)
    if (plain_keys[i].keyval == gdk_keyval_to_lower (keyval))
      {
        if (plain_keys[i].yield & focus)
          return FALSE;
        return gtk_widget_activate_action (GTK_WIDGET (self), plain_keys[i].action, NULL);
      }
  return FALSE;
}

/* The document's echoes ---------------------------------------------------------------- */

static void
update_undo (RsWindow *self)
{
  const char *undo = rs_document_get_undo_label (self->document);
  gboolean walking = self->walkthrough != NULL && rs_walkthrough_get_active (self->walkthrough);
  g_autofree char *tooltip = NULL;

  /* In the walk-through, "back" is the previous phase. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step-back",
                                 walking ? rs_walkthrough_can_go_back (self->walkthrough)
                                         : undo != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", undo != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 rs_document_get_can_redo (self->document));
  /* "Undo Step 12 (Ctrl+Z or ←)": what the button will do, not only that it undoes. */
  if (walking)
    tooltip = g_strdup (_("Previous phase (←)"));
  else
    tooltip = g_strdup_printf (_("%s (Ctrl+Z or ←)"), undo != NULL ? undo : _("Nothing to undo"));
  gtk_widget_set_tooltip_text (self->step_back_button, tooltip);
}

/* F2, Enter or a double click on an edge: its value, in the Inspect page. */
static void
edit_selection_cb (RsWindow *self)
{
  rs_window_set_playing (self, FALSE);
  rs_window_show_side_page (self, "inspect");
  rs_inspector_focus_value (self->inspector);
}

gboolean
rs_window_get_walkthrough (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), FALSE);
  return self->walkthrough != NULL && rs_walkthrough_get_active (self->walkthrough);
}

void
rs_window_set_walkthrough (RsWindow *self, gboolean walkthrough)
{
  g_return_if_fail (RS_IS_WINDOW (self));

  if (rs_window_get_walkthrough (self) == !!walkthrough)
    return;
  /* Plain play must not run on under the walk-through, nor its play after it. */
  rs_window_set_playing (self, FALSE);
  if (walkthrough)
    rs_alpha_control_commit (self->alpha_control);
  rs_walkthrough_set_active (self->walkthrough, walkthrough);
}

static void
walkthrough_active_cb (RsWindow *self)
{
  gboolean active = rs_walkthrough_get_active (self->walkthrough);

  gtk_widget_set_visible (GTK_WIDGET (self->walkthrough_bar), active);
  /* The bar explains more than the hint does, and the diagram needs the height to keep its
   * numbers: the hint steps aside while the walk-through is on. */
  if (active)
    {
      self->hint_was_revealed = gtk_revealer_get_reveal_child (self->hint_revealer);
      gtk_revealer_set_reveal_child (self->hint_revealer, FALSE);
    }
  else if (self->hint_was_revealed)
    gtk_revealer_set_reveal_child (self->hint_revealer, TRUE);
  update_undo (self);
  if (active)
    gtk_widget_grab_focus (GTK_WIDGET (self->network_view));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALKTHROUGH]);
}

static void
update_divergence (RsWindow *self)
{
  const char *message = rs_document_get_divergence_message (self->document);
  double suggested = rs_document_get_suggested_alpha (self->document);

  if (message != NULL)
    {
      gtk_label_set_text (self->divergence_label, message);
      if (suggested > 0.0)
        {
          g_autofree char *text = NULL;
          char number[G_ASCII_DTOSTR_BUF_SIZE];

          g_ascii_formatd (number, sizeof number, "%.3g", suggested);
          text = g_strdup_printf (_("Use α = %s"), number);
          gtk_button_set_label (self->suggest_button, text);
        }
      gtk_widget_set_visible (GTK_WIDGET (self->suggest_button), suggested > 0.0);
    }
  gtk_info_bar_set_revealed (self->divergence_bar, message != NULL);
}

static void
diverged_cb (RsWindow *self)
{
  rs_window_set_playing (self, FALSE);
}

static void
divergence_response_cb (RsWindow *self, int response)
{
  double suggested = rs_document_get_suggested_alpha (self->document);

  if (response == RESPONSE_USE_SUGGESTED && rs_alpha_is_valid (suggested))
    rs_document_set_alpha (self->document, suggested);
  rs_document_clear_divergence (self->document);
}

/* The model's name over its file's name, "• model.json" once changed since it was opened or
 * saved; the window's own title (task switcher) says the same in one line. */
static void
update_title (RsWindow *self)
{
  const char *name = rs_document_get_name (self->document);
  gboolean has_name = name != NULL && *name != '\0';
  gboolean modified = rs_document_get_modified (self->document);
  GFile *file = rs_document_get_file (self->document);
  g_autofree char *file_name = file != NULL ? g_file_get_basename (file) : NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;

  gtk_label_set_text (self->title_label, has_name ? name : _("Untitled model"));
  /* A file's name tells where the model came from; a preset's name says it all. */
  if (file_name != NULL)
    subtitle = modified ? g_strdup_printf ("• %s", file_name) : g_strdup (file_name);
  else if (modified)
    subtitle = g_strdup (_("• not saved"));
  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL);
  title = g_strdup_printf ("%s%s", modified ? "• " : "",
                           file_name != NULL ? file_name : has_name ? name : "ReluScope");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
loaded_cb (RsWindow *self)
{
  const char *hint = rs_document_get_hint (self->document);
  gboolean has_hint = hint != NULL && *hint != '\0';
  GtkWidget *focus;

  update_title (self);
  gtk_label_set_text (self->hint_label, has_hint ? hint : "");
  /* An edit or its undo keeps the model: a hint the user dismissed stays dismissed. */
  if (rs_document_get_generation (self->document) != self->generation)
    {
      gtk_revealer_set_reveal_child (self->hint_revealer,
                                     has_hint && !rs_window_get_walkthrough (self));
      self->hint_was_revealed = has_hint;
    }
  self->generation = rs_document_get_generation (self->document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.dismiss-hint", has_hint);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.example-next",
                                 rs_document_get_n_examples (self->document) > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.example-previous",
                                 rs_document_get_n_examples (self->document) > 1);
  /* The hint's keys should work at once, not land on the menu button that loaded the model;
   * but an edit made in the side panel leaves the focus where the user is working. */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus == NULL || !gtk_widget_is_ancestor (focus, self->side_area))
    gtk_widget_grab_focus (GTK_WIDGET (self->network_view));
}

static void
colouring_cb (RsWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOURING]);
}

static void
show_bias_cb (RsWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_BIAS]);
}

/* GObject ------------------------------------------------------------------------------ */

static void
rs_window_dispose (GObject *object)
{
  RsWindow *self = RS_WINDOW (object);

  rs_window_set_playing (self, FALSE);
  g_clear_object (&self->files);
  if (self->walkthrough != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->walkthrough, self);
      rs_walkthrough_set_active (self->walkthrough, FALSE);
    }
  g_clear_object (&self->walkthrough);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_WINDOW);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rs_window_parent_class)->dispose (object);
}

static void
rs_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RsWindow *self = RS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;
    case PROP_COLOURING:
      g_value_set_enum (value, rs_document_get_colouring (self->document));
      break;
    case PROP_SHOW_BIAS:
      /* The property action asks before the template is built. */
      g_value_set_boolean (value, self->network_view == NULL
                                    || rs_network_view_get_show_bias (self->network_view));
      break;
    case PROP_SHOW_SIDE_PANEL:
      g_value_set_boolean (value, rs_window_get_show_side_panel (self));
      break;
    case PROP_WALKTHROUGH:
      g_value_set_boolean (value, rs_window_get_walkthrough (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  RsWindow *self = RS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLAYING:
      rs_window_set_playing (self, g_value_get_boolean (value));
      break;
    case PROP_COLOURING:
      rs_document_set_colouring (self->document, g_value_get_enum (value));
      break;
    case PROP_SHOW_BIAS:
      rs_network_view_set_show_bias (self->network_view, g_value_get_boolean (value));
      break;
    case PROP_SHOW_SIDE_PANEL:
      rs_window_set_show_side_panel (self, g_value_get_boolean (value));
      break;
    case PROP_WALKTHROUGH:
      rs_window_set_walkthrough (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_window_class_init (RsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rs_window_dispose;
  object_class->get_property = rs_window_get_property;
  object_class->set_property = rs_window_set_property;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, RS_TYPE_DOCUMENT,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] = g_param_spec_boolean ("playing", NULL, NULL, FALSE, flags);
  /* The document's, mirrored here so it can back the win.colouring action. */
  properties[PROP_COLOURING] = g_param_spec_enum ("colouring", NULL, NULL, RS_TYPE_COLOURING,
                                                  RS_COLOURING_WEIGHTS, flags);
  properties[PROP_SHOW_BIAS] = g_param_spec_boolean ("show-bias", NULL, NULL, TRUE, flags);
  properties[PROP_SHOW_SIDE_PANEL] = g_param_spec_boolean ("show-side-panel", NULL, NULL, TRUE,
                                                           flags);
  properties[PROP_WALKTHROUGH] = g_param_spec_boolean ("walkthrough", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RS_TYPE_ALPHA_CONTROL);
  g_type_ensure (RS_TYPE_EXAMPLE_EDITOR);
  g_type_ensure (RS_TYPE_NETWORK_EDITOR);
  g_type_ensure (RS_TYPE_WALKTHROUGH_BAR);
  g_type_ensure (RS_TYPE_LOSS_VIEW);
  g_type_ensure (RS_TYPE_NETWORK_VIEW);
  g_type_ensure (RS_TYPE_SIDE_SPLIT);
  g_type_ensure (RS_TYPE_STATUS_LINE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/reluscope/ReluScope/rs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RsWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, play_button);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, step_back_button);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, speed_adjustment);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, presets_button);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, hint_revealer);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, divergence_bar);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, divergence_label);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, suggest_button);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, alpha_control);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, network_view);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, loss_view);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, status_line);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, side_split);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, side_area);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, inspect_page);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, data_page);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, network_page);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, example_editor);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, network_editor);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, loading_bar);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, RsWindow, walkthrough_bar);
  gtk_widget_class_bind_template_callback (widget_class, divergence_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, speed_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, speed_input_cb);

  gtk_widget_class_install_action (widget_class, "win.step", NULL, step_activated);
  gtk_widget_class_install_action (widget_class, "win.step-back", NULL, step_back_activated);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.reset", NULL, reset_activated);
  gtk_widget_class_install_property_action (widget_class, "win.play", "playing");
  gtk_widget_class_install_property_action (widget_class, "win.colouring", "colouring");
  gtk_widget_class_install_action (widget_class, "win.cycle-colouring", NULL,
                                   cycle_colouring_activated);
  gtk_widget_class_install_action (widget_class, "win.preset", "s", preset_activated);
  gtk_widget_class_install_property_action (widget_class, "win.show-bias", "show-bias");
  gtk_widget_class_install_property_action (widget_class, "win.show-side-panel",
                                            "show-side-panel");
  /* For a lecture hall: the diagram as large as the projector allows. */
  gtk_widget_class_install_property_action (widget_class, "win.fullscreen", "fullscreened");
  gtk_widget_class_install_action (widget_class, "win.example-next", NULL,
                                   example_next_activated);
  gtk_widget_class_install_action (widget_class, "win.example-previous", NULL,
                                   example_previous_activated);
  gtk_widget_class_install_action (widget_class, "win.dismiss-hint", NULL,
                                   dismiss_hint_activated);
  gtk_widget_class_install_action (widget_class, "win.focus-alpha", NULL, focus_alpha_activated);
  gtk_widget_class_install_action (widget_class, "win.text-larger", NULL, text_larger_activated);
  gtk_widget_class_install_action (widget_class, "win.text-smaller", NULL,
                                   text_smaller_activated);
  gtk_widget_class_install_action (widget_class, "win.text-normal", NULL, text_normal_activated);
  gtk_widget_class_install_property_action (widget_class, "win.walkthrough", "walkthrough");
}

/* Starts from what the last window left and saves this one's changes (see rs-settings.h). */
static void
bind_settings (RsWindow *self)
{
  rs_settings_bind_window_size (self->settings, GTK_WINDOW (self));
  g_settings_bind (self->settings, "colouring", self, "colouring", RS_SETTINGS_BIND_FLAGS);
  g_settings_bind (self->settings, "show-side-panel", self, "show-side-panel",
                   RS_SETTINGS_BIND_FLAGS);
  g_settings_bind (self->settings, "side-panel-width", self->side_split, "end-width",
                   RS_SETTINGS_BIND_FLAGS);
  g_settings_bind (self->settings, "show-bias", self, "show-bias", RS_SETTINGS_BIND_FLAGS);
  g_settings_bind (self->settings, "text-scale", self->network_view, "text-scale",
                   RS_SETTINGS_BIND_FLAGS);
  g_settings_bind (self->settings, "speed", self->speed_adjustment, "value",
                   RS_SETTINGS_BIND_FLAGS);
}

static void
rs_window_init (RsWindow *self)
{
  g_autoptr (GMenuModel) presets_menu = build_presets_menu ();
  GtkEventController *keys;

  /* Before the template: its buttons read the colouring through the win.colouring action. */
  self->document = rs_document_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->document, "loaded", G_CALLBACK (loaded_cb), self);
  g_signal_connect_swapped (self->document, "notify::undo-label", G_CALLBACK (update_undo),
                            self);
  g_signal_connect_swapped (self->document, "notify::can-redo", G_CALLBACK (update_undo), self);
  g_signal_connect_swapped (self->document, "notify::modified", G_CALLBACK (update_title), self);
  g_signal_connect_swapped (self->document, "notify::file", G_CALLBACK (update_title), self);
  g_signal_connect_swapped (self->document, "notify::divergence-message",
                            G_CALLBACK (update_divergence), self);
  g_signal_connect_swapped (self->document, "diverged", G_CALLBACK (diverged_cb), self);
  g_signal_connect_swapped (self->document, "notify::colouring", G_CALLBACK (colouring_cb),
                            self);
  g_object_bind_property (self->document, "alpha", self->alpha_control, "value",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_swapped (self->network_view, "notify::show-bias",
                            G_CALLBACK (show_bias_cb), self);
  g_signal_connect_swapped (self->network_view, "notify::text-scale",
                            G_CALLBACK (update_text_size_actions), self);
  g_object_bind_property (self->network_view, "text-scale", self->loss_view, "text-scale",
                          G_BINDING_SYNC_CREATE);
  update_text_size_actions (self);

  rs_network_view_set_document (self->network_view, self->document);
  rs_loss_view_set_document (self->loss_view, self->document);
  rs_status_line_set_document (self->status_line, self->document);
  rs_example_editor_set_document (self->example_editor, self->document);
  rs_network_editor_set_document (self->network_editor, self->document);

  self->inspector = RS_INSPECTOR (rs_inspector_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->inspector), TRUE);
  gtk_box_append (self->inspect_page, GTK_WIDGET (self->inspector));
  rs_inspector_set_document (self->inspector, self->document);
  g_object_bind_property (self->network_view, "selection", self->inspector, "selection",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->network_view, "edit-selection",
                            G_CALLBACK (edit_selection_cb), self);

  self->walkthrough = rs_walkthrough_new (self->document, self->network_view);
  rs_walkthrough_bar_set_walkthrough (self->walkthrough_bar, self->walkthrough);
  g_signal_connect_swapped (self->walkthrough, "notify::active",
                            G_CALLBACK (walkthrough_active_cb), self);
  g_signal_connect_swapped (self->walkthrough, "notify::phase", G_CALLBACK (update_undo), self);

  gtk_menu_button_set_menu_model (self->presets_button, presets_menu);

  self->files = rs_file_actions_new (self);
  g_object_bind_property (self->files, "loading", self->loading_bar, "revealed",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->files, "loading", self->loading_spinner, "spinning",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->files, "loading-message", self->loading_label, "label",
                          G_BINDING_SYNC_CREATE);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  update_undo (self);
  self->settings = rs_settings_new ();
  if (self->settings != NULL)
    rs_settings_track_model (self->settings, self->document);
  if (self->settings == NULL || !rs_settings_restore_model (self->settings, self->document))
    load_preset (self, RS_PRESET_DEFAULT);
  if (self->settings != NULL)
    bind_settings (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->network_view));
}

RsWindow *
rs_window_new (GtkApplication *application)
{
  return g_object_new (RS_TYPE_WINDOW, "application", application, NULL);
}

gboolean
rs_window_get_show_side_panel (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), FALSE);
  /* The property action asks before the template is built. */
  return self->side_area == NULL || gtk_widget_get_visible (self->side_area);
}

void
rs_window_set_show_side_panel (RsWindow *self, gboolean show)
{
  g_return_if_fail (RS_IS_WINDOW (self));

  if (rs_window_get_show_side_panel (self) == !!show)
    return;
  gtk_widget_set_visible (self->side_area, show);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_SIDE_PANEL]);
}

void
rs_window_show_side_page (RsWindow *self, const char *page)
{
  g_return_if_fail (RS_IS_WINDOW (self));

  rs_window_set_show_side_panel (self, TRUE);
  gtk_stack_set_visible_child_name (self->side_stack, page);
}

RsDocument *
rs_window_get_document (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), NULL);
  return self->document;
}

RsFileActions *
rs_window_get_file_actions (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), NULL);
  return self->files;
}

RsNetworkView *
rs_window_get_network_view (RsWindow *self)
{
  g_return_val_if_fail (RS_IS_WINDOW (self), NULL);
  return self->network_view;
}
