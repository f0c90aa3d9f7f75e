/* rs-file-actions.c — opening, saving, importing and exporting for one window. */
#include "rs-file-actions.h"

#include <string.h>

#include <glib/gi18n.h>

#include "io/rs-model-file.h"
#include "rs-export-dialog.h"
#include "rs-model-loader.h"

struct _RsFileActions
{
  GObject parent_instance;

  RsWindow *window;           /* not referenced: the window owns us; NULL once destroyed */
  GtkNativeDialog *chooser;   /* the one file chooser open, or NULL */
  GtkWidget *prompt;          /* the unsaved-changes prompt, or NULL */
  GCancellable *loading;      /* the load in progress, or NULL */
  char *loading_message;      /* "Opening big.json…" */
  gboolean changed_meanwhile; /* the network changed while the file was read */
  gboolean close_confirmed;   /* the user chose Save or Discard for closing */
};

G_DEFINE_FINAL_TYPE (RsFileActions, rs_file_actions, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LOADING,
  PROP_LOADING_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static RsDocument *
document (RsFileActions *self)
{
  return rs_window_get_document (self->window);
}

void
rs_show_error (GtkWindow *parent, const char *primary, const GError *error)
{
  GtkWidget *dialog = gtk_message_dialog_new (parent,
                                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s",
                                              primary);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What to do after a prompt or a chooser, with what it needs. */
typedef struct
{
  RsFileActions *self; /* referenced */
  RsProceedFunc then;
  gpointer data;
  GDestroyNotify destroy;
} Pending;

static Pending *
pending_new (RsFileActions *self, RsProceedFunc then, gpointer data, GDestroyNotify destroy)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->self = g_object_ref (self);
  pending->then = then;
  pending->data = data;
  pending->destroy = destroy;
  return pending;
}

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  if (pending->destroy != NULL)
    pending->destroy (pending->data);
  g_object_unref (pending->self);
  g_free (pending);
}

/* Runs the continuation once (a second call does nothing), unless the window is gone. */
static void
pending_run (Pending *pending)
{
  RsProceedFunc then = g_steal_pointer (&pending->then);

  if (then != NULL && pending->self->window != NULL)
    then (pending->self->window, pending->data);
}

/* Loading ------------------------------------------------------------------------------ */

typedef struct
{
  RsFileActions *self; /* referenced */
  GFile *file;
  GCancellable *cancellable;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_object_unref (job->self);
  g_object_unref (job->file);
  g_object_unref (job->cancellable);
  g_free (job);
}

static void
changed_meanwhile_cb (RsFileActions *self)
{
  self->changed_meanwhile = TRUE;
}

static void
set_loading (RsFileActions *self, GCancellable *cancellable, const char *message)
{
  gboolean was = self->loading != NULL;
  /* NULL while the window is being taken apart. */
  RsDocument *doc = self->window != NULL ? rs_window_get_document (self->window) : NULL;

  /* Whatever changes from here on was not part of the answer to the prompt before loading. */
  if (doc != NULL && cancellable != NULL && !was)
    {
      self->changed_meanwhile = FALSE;
      g_signal_connect_swapped (doc, "changed", G_CALLBACK (changed_meanwhile_cb), self);
      g_signal_connect_swapped (doc, "notify::alpha", G_CALLBACK (changed_meanwhile_cb), self);
    }
  else if (doc != NULL && cancellable == NULL && was)
    g_signal_handlers_disconnect_by_func (doc, changed_meanwhile_cb, self);

  g_set_object (&self->loading, cancellable);
  g_free (self->loading_message);
  self->loading_message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING_MESSAGE]);
  if (was != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  if (self->window != NULL)
    g_simple_action_set_enabled (
      G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->window),
                                                   "cancel-loading")),
      cancellable != NULL);
}

/* A model read in the background, waiting to be shown. */
typedef struct
{
  RsModel *model;
  GFile *file;
} Loaded;

static void
loaded_free (gpointer data)
{
  Loaded *loaded = data;

  g_clear_pointer (&loaded->model, rs_model_free);
  g_object_unref (loaded->file);
  g_free (loaded);
}

static void
show_loaded (RsWindow *window, gpointer data)
{
  Loaded *loaded = data;
  g_autoptr (GError) error = NULL;

  if (!rs_document_take_loaded_model (rs_window_get_document (window),
                                      g_steal_pointer (&loaded->model), loaded->file, &error))
    rs_show_error (GTK_WINDOW (window), _("Could not open the model"), error);
}

static void
loaded_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  LoadJob *job = user_data;
  RsFileActions *self = job->self;
  g_autoptr (GError) error = NULL;
  Loaded *loaded;
  RsModel *model;

  model = rs_model_loader_load_finish (result, &error);
  /* A cancelled or superseded load ends here: whoever cancelled it has moved on. */
  if (self->window == NULL || self->loading != job->cancellable
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_pointer (&model, rs_model_free);
      load_job_free (job);
      return;
    }
  set_loading (self, NULL, NULL);
  if (model == NULL)
    {
      rs_show_error (GTK_WINDOW (self->window), _("Could not open the model"), error);
      load_job_free (job);
      return;
    }
  loaded = g_new0 (Loaded, 1);
  loaded->model = model;
  loaded->file = g_object_ref (job->file);
  /* Changes made while the file was read are asked about too; those from before were. */
  if (self->changed_meanwhile)
    rs_file_actions_ask_to_save (self, show_loaded, loaded, loaded_free);
  else
    {
      show_loaded (self->window, loaded);
      loaded_free (loaded);
    }
  load_job_free (job);
}

static void
start_loading (RsWindow *window, gpointer data)
{
  RsFileActions *self = rs_window_get_file_actions (window);
  GFile *file = data;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *message = g_strdup_printf (_("Opening %s…"), name);
  LoadJob *job = g_new0 (LoadJob, 1);

  rs_file_actions_cancel_loading (self);
  rs_window_set_playing (window, FALSE);
  job->self = g_object_ref (self);
  job->file = g_object_ref (file);
  job->cancellable = g_cancellable_new ();
  set_loading (self, job->cancellable, message);
  rs_model_loader_load_async (file, job->cancellable, loaded_cb, job);
}

void
rs_file_actions_open (RsFileActions *self, GFile *file)
{
  g_return_if_fail (RS_IS_FILE_ACTIONS (self));
  g_return_if_fail (G_IS_FILE (file));

  rs_file_actions_ask_to_save (self, start_loading, g_object_ref (file), g_object_unref);
}

gboolean
rs_file_actions_get_loading (RsFileActions *self)
{
  g_return_val_if_fail (RS_IS_FILE_ACTIONS (self), FALSE);
  return self->loading != NULL;
}

void
rs_file_actions_cancel_loading (RsFileActions *self)
{
  g_return_if_fail (RS_IS_FILE_ACTIONS (self));

  if (self->loading == NULL)
    return;
  g_cancellable_cancel (self->loading);
  set_loading (self, NULL, NULL);
}

/* Choosers ------------------------------------------------------------------------------ */

typedef void (*ChosenFunc) (RsFileActions *self, GFile *file, Pending *after);

typedef struct
{
  ChosenFunc chosen;
  Pending *after; /* NULL, or what to do once the chosen file is saved */
} ChooserJob;

static void
chooser_job_free (gpointer data, GClosure *closure)
{
  ChooserJob *job = data;

  g_clear_pointer (&job->after, pending_free);
  g_free (job);
}

static void
chooser_response_cb (GtkNativeDialog *chooser, int response, ChooserJob *job)
{
  RsFileActions *self = g_object_get_data (G_OBJECT (chooser), "rs-file-actions");
  g_autoptr (GFile) file = NULL;
  g_autoptr (GtkNativeDialog) owned = NULL;

  /* Kept until this handler returns, its job with it. */
  owned = g_steal_pointer (&self->chooser);
  if (response == GTK_RESPONSE_ACCEPT && self->window != NULL)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    job->chosen (self, file, job->after);
}

static void
run_chooser (RsFileActions *self, const char *title, GtkFileChooserAction action,
             const char *accept, GtkFileFilter *filter, ChosenFunc chosen, Pending *after)
{
  GtkFileChooserNative *chooser;
  ChooserJob *job;

  if (self->chooser != NULL)
    {
      g_clear_pointer (&after, pending_free);
      gtk_native_dialog_show (self->chooser);
      return;
    }
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self->window), action, accept,
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  job = g_new0 (ChooserJob, 1);
  job->chosen = chosen;
  job->after = after;
  g_object_set_data (G_OBJECT (chooser), "rs-file-actions", self);
  g_signal_connect_data (chooser, "response", G_CALLBACK (chooser_response_cb), job,
                         chooser_job_free, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static GtkFileFilter *
model_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("ReluScope models (*.json)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_pattern (filter, "*.JSON");
  return filter;
}

/* Open ---------------------------------------------------------------------------------- */

static void
open_chosen (RsFileActions *self, GFile *file, Pending *after)
{
  rs_file_actions_open (self, file);
}

static void
open_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  RsFileActions *self = user_data;
  g_autoptr (GtkFileFilter) filter = model_filter ();

  run_chooser (self, _("Open Model"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), filter,
               open_chosen, NULL);
}

/* Save ---------------------------------------------------------------------------------- */

gboolean
rs_file_actions_save_to (RsFileActions *self, GFile *file, GError **error)
{
  g_return_val_if_fail (RS_IS_FILE_ACTIONS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return rs_document_save (document (self), file, error);
}

/* Saves to `file`; runs `after` when that worked. */
static void
save_chosen (RsFileActions *self, GFile *file, Pending *after)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) target = g_object_ref (file);
  g_autofree char *name = g_file_get_basename (file);

  /* "model" means "model.json": the chooser adds no extension, and Open lists *.json. */
  if (name != NULL && strchr (name, '.') == NULL)
    {
      g_autofree char *with_extension = g_strconcat (name, ".json", NULL);
      g_autoptr (GFile) parent = g_file_get_parent (file);

      if (parent != NULL)
        g_set_object (&target, g_file_get_child (parent, with_extension));
    }
  if (!rs_file_actions_save_to (self, target, &error))
    {
      rs_show_error (GTK_WINDOW (self->window), _("Could not save the model"), error);
      return;
    }
  if (after != NULL)
    pending_run (after);
}

char *
rs_suggest_file_stem (RsDocument *document)
{
  GFile *file = rs_document_get_file (document);
  const char *name = rs_document_get_name (document);
  g_autofree char *lower = NULL;
  GString *safe;

  if (file != NULL)
    {
      char *base = g_file_get_basename (file);
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
      return base;
    }
  if (name == NULL || *name == '\0')
    return g_strdup ("model");
  /* Letters and digits of the name, lower case, the rest one "-": "the-question-s-network". */
  lower = g_utf8_strdown (name, -1);
  safe = g_string_new (NULL);
  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (safe, c);
      else if (safe->len > 0 && safe->str[safe->len - 1] != '-')
        g_string_append_c (safe, '-');
    }
  while (safe->len > 0 && safe->str[safe->len - 1] == '-')
    g_string_truncate (safe, safe->len - 1);
  if (safe->len == 0)
    g_string_append (safe, "model");
  return g_string_free (safe, FALSE);
}

static void
save_as (RsFileActions *self, Pending *after)
{
  g_autoptr (GtkFileFilter) filter = model_filter ();
  GFile *file = rs_document_get_file (document (self));
  g_autofree char *stem = rs_suggest_file_stem (document (self));
  g_autofree char *name = file != NULL ? g_file_get_basename (file)
                                       : g_strconcat (stem, ".json", NULL);

  run_chooser (self, _("Save Model As"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), filter,
               save_chosen, after);
  if (self->chooser == NULL)
    return;
  if (file != NULL)
    {
      g_autoptr (GFile) parent = g_file_get_parent (file);

      if (parent != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), parent, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
}

/* Saves to the document's file, or asks for one (a preset, a new model); then `after`. */
static void
save (RsFileActions *self, Pending *after)
{
  GFile *file = rs_document_get_file (document (self));

  if (file == NULL)
    {
      save_as (self, after); /* the chooser owns `after` now */
      return;
    }
  save_chosen (self, file, after);
  g_clear_pointer (&after, pending_free);
}

static void
save_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  save (user_data, NULL);
}

static void
save_as_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  save_as (user_data, NULL);
}

/* The unsaved-changes prompt ------------------------------------------------------------ */

static void
prompt_response_cb (GtkDialog *dialog, int response, Pending *pending)
{
  RsFileActions *self = pending->self;

  self->prompt = NULL;
  /* Let go of the window first: the answer may close it while the dialog is still being
   * released. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (self->window == NULL)
    return;
  switch (response)
    {
    case GTK_RESPONSE_ACCEPT:
      save (self, pending_new (self, pending->then, g_steal_pointer (&pending->data),
                               g_steal_pointer (&pending->destroy)));
      pending->then = NULL;
      break;
    case GTK_RESPONSE_REJECT:
      pending_run (pending);
      break;
    default:
      break;
    }
}

static void
pending_free_closure (gpointer data, GClosure *closure)
{
  pending_free (data);
}

void
rs_file_actions_ask_to_save (RsFileActions *self, RsProceedFunc then, gpointer data,
                             GDestroyNotify destroy)
{
  RsDocument *doc;
  GFile *file;
  g_autofree char *what = NULL;
  GtkWidget *dialog;
  GtkWidget *discard;
  Pending *pending;

  g_return_if_fail (RS_IS_FILE_ACTIONS (self));
  g_return_if_fail (then != NULL);

  pending = pending_new (self, then, data, destroy);
  doc = document (self);
  if (!rs_document_get_modified (doc))
    {
      pending_run (pending);
      pending_free (pending);
      return;
    }
  /* One question at a time: a second request while one is open gives way to it. */
  if (self->prompt != NULL)
    {
      pending_free (pending);
      gtk_window_present (GTK_WINDOW (self->prompt));
      return;
    }

  file = rs_document_get_file (doc);
  if (file != NULL)
    what = g_file_get_basename (file);
  else
    what = g_strdup (rs_document_get_name (doc) != NULL ? rs_document_get_name (doc)
                                                        : _("Untitled model"));
  dialog = gtk_message_dialog_new (GTK_WINDOW (self->window),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save changes to “%s”?"), what);
  gtk_message_dialog_format_secondary_text (
    GTK_MESSAGE_DIALOG (dialog), "%s",
    _("Without saving, the steps, edits and α changes made since it was last opened or "
      "saved are lost."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  discard = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Discard"), GTK_RESPONSE_REJECT);
  gtk_widget_add_css_class (discard, "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_add_button (GTK_DIALOG (dialog),
                                                   file != NULL ? _("_Save") : _("_Save As…"),
                                                   GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect_data (dialog, "response", G_CALLBACK (prompt_response_cb), pending,
                         pending_free_closure, 0);
  self->prompt = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_confirmed (RsWindow *window, gpointer data)
{
  RsFileActions *self = data;

  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (window));
}

static gboolean
close_request_cb (RsFileActions *self)
{
  if (self->close_confirmed || !rs_document_get_modified (document (self)))
    return FALSE;
  rs_window_set_playing (self->window, FALSE);
  rs_file_actions_ask_to_save (self, close_confirmed, self, NULL);
  return TRUE;
}

/* Import -------------------------------------------------------------------------------- */

gboolean
rs_file_actions_import_data (RsFileActions *self, GFile *file, GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  const RsModel *model;
  RsModel *edited;
  RsData *data;

  g_return_val_if_fail (RS_IS_FILE_ACTIONS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  name = g_file_get_basename (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: only local files can be read"), name);
      return FALSE;
    }
  model = rs_document_get_model (document (self));
  data = rs_csv_load (path, model->net->units[1], model->net->units[model->net->n_layers],
                      error);
  if (data == NULL)
    return FALSE;
  edited = rs_model_copy (model);
  if (edited == NULL)
    {
      rs_data_free (data);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _("Not enough memory"));
      return FALSE;
    }
  rs_data_free (edited->data);
  edited->data = data;
  label = g_strdup_printf (_("Import data from %s"), name);
  return rs_document_edit (document (self), edited, label, error);
}

static void
import_chosen (RsFileActions *self, GFile *file, Pending *after)
{
  g_autoptr (GError) error = NULL;

  if (!rs_file_actions_import_data (self, file, &error))
    rs_show_error (GTK_WINDOW (self->window), _("Could not import the data"), error);
}

static void
import_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  RsFileActions *self = user_data;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("CSV data (*.csv)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_pattern (filter, "*.txt");
  run_chooser (self, _("Import Data"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), filter,
               import_chosen, NULL);
}

/* Export, cancelling -------------------------------------------------------------------- */

static void
export_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  RsFileActions *self = user_data;

  gtk_window_present (GTK_WINDOW (rs_export_dialog_new (self->window)));
}

static void
cancel_loading_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  rs_file_actions_cancel_loading (user_data);
}

/* Dropping a file ----------------------------------------------------------------------- */

static gboolean
drop_cb (GtkDropTarget *target, const GValue *value, double x, double y, RsFileActions *self)
{
  g_autofree char *name = NULL;
  const char *dot;
  GFile *file = NULL;

  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);
  else if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));

      file = files != NULL ? files->data : NULL;
      g_slist_free (files);
    }
  if (file == NULL)
    return FALSE;

  /* Data goes into the network shown; anything else is opened as a model (and refused with
   * the loader's message when it is not one). */
  name = g_file_get_basename (file);
  dot = name != NULL ? strrchr (name, '.') : NULL;
  if (dot != NULL && g_ascii_strcasecmp (dot, ".csv") == 0)
    import_chosen (self, file, NULL);
  else
    rs_file_actions_open (self, file);
  return TRUE;
}

/* GObject ------------------------------------------------------------------------------ */

/* The window is going away: nothing may touch it any more. */
static void
window_destroyed_cb (RsFileActions *self)
{
  rs_file_actions_cancel_loading (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  self->prompt = NULL; /* destroyed with its parent */
  self->window = NULL;
}

static void
rs_file_actions_dispose (GObject *object)
{
  RsFileActions *self = RS_FILE_ACTIONS (object);

  if (self->window != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->window, self);
      window_destroyed_cb (self);
    }
  G_OBJECT_CLASS (rs_file_actions_parent_class)->dispose (object);
}

static void
rs_file_actions_finalize (GObject *object)
{
  RsFileActions *self = RS_FILE_ACTIONS (object);

  g_clear_object (&self->loading);
  g_free (self->loading_message);
  G_OBJECT_CLASS (rs_file_actions_parent_class)->finalize (object);
}

static void
rs_file_actions_get_property (GObject *object, guint prop_id, GValue *value,
                              GParamSpec *pspec)
{
  RsFileActions *self = RS_FILE_ACTIONS (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading != NULL);
      break;
    case PROP_LOADING_MESSAGE:
      g_value_set_string (value, self->loading_message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_file_actions_class_init (RsFileActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rs_file_actions_dispose;
  object_class->finalize = rs_file_actions_finalize;
  object_class->get_property = rs_file_actions_get_property;

  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, ro);
  properties[PROP_LOADING_MESSAGE] = g_param_spec_string ("loading-message", NULL, NULL, NULL,
                                                          ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_file_actions_init (RsFileActions *self)
{
}

static const GActionEntry actions[] = {
  { "open", open_activated, NULL, NULL, NULL, { 0 } },
  { "save", save_activated, NULL, NULL, NULL, { 0 } },
  { "save-as", save_as_activated, NULL, NULL, NULL, { 0 } },
  { "import-data", import_activated, NULL, NULL, NULL, { 0 } },
  { "export", export_activated, NULL, NULL, NULL, { 0 } },
  { "cancel-loading", cancel_loading_activated, NULL, NULL, NULL, { 0 } },
};

RsFileActions *
rs_file_actions_new (RsWindow *window)
{
  RsFileActions *self;
  GtkDropTarget *drop;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  g_return_val_if_fail (RS_IS_WINDOW (window), NULL);

  self = g_object_new (RS_TYPE_FILE_ACTIONS, NULL);
  self->window = window;
  g_action_map_add_action_entries (G_ACTION_MAP (window), actions, G_N_ELEMENTS (actions),
                                   self);
  g_simple_action_set_enabled (
    G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (window), "cancel-loading")),
    FALSE);
  g_signal_connect_swapped (window, "close-request", G_CALLBACK (close_request_cb), self);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (window_destroyed_cb), self);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (drop));
  return self;
}
