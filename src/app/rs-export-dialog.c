/* rs-export-dialog.c — choosing what to export and where; rs-export.c writes it. */
#include "rs-export-dialog.h"

#include <string.h>

#include <glib/gi18n.h>

#include "format/rs-format.h"
#include "rs-export.h"
#include "rs-file-actions.h"

/* Positions in format_dropdown. */
enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF
};

static const char *const picture_extensions[] = { ".png", ".svg", ".pdf" };

struct _RsExportDialog
{
  GtkWindow parent_instance;

  GtkDropDown *kind_dropdown;
  GtkWidget *format_label;
  GtkDropDown *format_dropdown;
  GtkWidget *size_label;
  GtkWidget *size_box;
  GtkSpinButton *width_spin;
  GtkSpinButton *height_spin;
  GtkWidget *title_label;
  GtkEntry *title_entry;
  GtkCheckButton *bias_check;
  GtkLabel *note_label;
  GtkWidget *export_button;

  RsWindow *window; /* weak: the dialog is destroyed with it */
  GtkNativeDialog *chooser;
  /* Each picture keeps its own size: the diagram's from the window, the loss curve wide. */
  int sizes[2][2];
  int sized_kind; /* whose size the spin buttons show */
};

G_DEFINE_FINAL_TYPE (RsExportDialog, rs_export_dialog, GTK_TYPE_WINDOW)

static RsExportKind
get_kind (RsExportDialog *self)
{
  return (RsExportKind) gtk_drop_down_get_selected (self->kind_dropdown);
}

static RsDocument *
document (RsExportDialog *self)
{
  return rs_window_get_document (self->window);
}

static const RsDiagramItem *
selection (RsExportDialog *self)
{
  return rs_network_view_get_selection (rs_window_get_network_view (self->window));
}

static const char *
colouring_name (RsColouring colouring)
{
  switch (colouring)
    {
    case RS_COLOURING_GRADIENTS:
      return _("gradients ∂J/∂Θ");
    case RS_COLOURING_CHANGE:
      return _("change ΔΘ");
    case RS_COLOURING_WEIGHTS:
    default:
      return _("weights Θ");
    }
}

/* Shows the fields the kind uses and says what will be written, or why nothing can be. */
static void
update_cb (RsExportDialog *self)
{
  RsExportKind kind = get_kind (self);
  gboolean picture = kind == RS_EXPORT_DIAGRAM || kind == RS_EXPORT_LOSS_PLOT;
  gboolean diagram = kind == RS_EXPORT_DIAGRAM;
  g_autofree char *note = NULL;
  gboolean can = TRUE;

  if (self->window == NULL)
    return;
  if (picture && (int) kind != self->sized_kind)
    {
      self->sizes[self->sized_kind][0] = gtk_spin_button_get_value_as_int (self->width_spin);
      self->sizes[self->sized_kind][1] = gtk_spin_button_get_value_as_int (self->height_spin);
      self->sized_kind = kind;
      gtk_spin_button_set_value (self->width_spin, self->sizes[kind][0]);
      gtk_spin_button_set_value (self->height_spin, self->sizes[kind][1]);
    }
  gtk_widget_set_visible (self->format_label, picture);
  gtk_widget_set_visible (GTK_WIDGET (self->format_dropdown), picture);
  gtk_widget_set_visible (self->size_label, picture);
  gtk_widget_set_visible (self->size_box, picture);
  gtk_widget_set_visible (self->title_label, diagram);
  gtk_widget_set_visible (GTK_WIDGET (self->title_entry), diagram);
  gtk_widget_set_visible (GTK_WIDGET (self->bias_check), diagram);

  switch (kind)
    {
    case RS_EXPORT_DIAGRAM:
      note = g_strdup_printf (_("Edges coloured by %s, as in the window, on a white background "
                                "for slides and print."),
                              colouring_name (rs_document_get_colouring (document (self))));
      break;
    case RS_EXPORT_LOSS_PLOT:
      note = g_strdup (_("J against the step, with the dead units on the right axis, on a "
                         "white background."));
      break;
    case RS_EXPORT_LOSS_CSV:
      {
        guint n = rs_document_get_loss_history (document (self), NULL, NULL, NULL);

        note = g_strdup_printf (g_dngettext (NULL, "One row per point of the loss curve: %u row.",
                                             "One row per point of the loss curve: %u rows.", n),
                                n);
      }
      break;
    case RS_EXPORT_DERIVATION:
    default:
      if (selection (self)->kind == RS_ITEM_EDGE)
        {
          const RsDiagramItem *item = selection (self);
          g_autofree char *symbol = rs_format_symbol (RS_TEXT_PLAIN, "Θ", item->layer, item->j,
                                                      item->k);

          note = g_strdup_printf (_("The chain rule for ∂J/∂%s with the current numbers, as "
                                    "the inspector shows it, in plain text."),
                                  symbol);
        }
      else
        {
          note = g_strdup (_("No weight is selected. Click an edge of the diagram to select "
                             "its weight, then export again."));
          can = FALSE;
        }
      break;
    }
  gtk_label_set_text (self->note_label, note);
  gtk_widget_set_sensitive (self->export_button, can);
}

void
rs_export_dialog_set_kind (RsExportDialog *self, RsExportKind kind)
{
  g_return_if_fail (RS_IS_EXPORT_DIALOG (self));
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
}

gboolean
rs_export_dialog_get_can_export (RsExportDialog *self)
{
  g_return_val_if_fail (RS_IS_EXPORT_DIALOG (self), FALSE);
  return gtk_widget_get_sensitive (self->export_button);
}

gboolean
rs_export_dialog_export_to (RsExportDialog *self, GFile *file, GError **error)
{
  g_autofree char *path = NULL;
  int width, height;

  g_return_val_if_fail (RS_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->window != NULL, FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Only local files can be written"));
      return FALSE;
    }
  width = gtk_spin_button_get_value_as_int (self->width_spin);
  height = gtk_spin_button_get_value_as_int (self->height_spin);
  switch (get_kind (self))
    {
    case RS_EXPORT_DIAGRAM:
      return rs_export_diagram (document (self), path, width, height,
                                gtk_check_button_get_active (self->bias_check),
                                gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
                                rs_network_view_get_text_scale (
                                  rs_window_get_network_view (self->window)),
                                error);
    case RS_EXPORT_LOSS_PLOT:
      return rs_export_loss_plot (document (self), path, width, height, error);
    case RS_EXPORT_LOSS_CSV:
      return rs_export_loss_csv (document (self), path, error);
    case RS_EXPORT_DERIVATION:
    default:
      return rs_export_derivation (document (self), selection (self), path, error);
    }
}

/* The extension the chosen kind and format write. */
static const char *
extension (RsExportDialog *self)
{
  switch (get_kind (self))
    {
    case RS_EXPORT_LOSS_CSV:
      return ".csv";
    case RS_EXPORT_DERIVATION:
      return ".txt";
    case RS_EXPORT_DIAGRAM:
    case RS_EXPORT_LOSS_PLOT:
    default:
      return picture_extensions[MIN (gtk_drop_down_get_selected (self->format_dropdown),
                                     FORMAT_PDF)];
    }
}

/* "dying-relu-diagram.png" from the document's file or name. */
static char *
suggested_name (RsExportDialog *self)
{
  static const char *const suffixes[] = { "diagram", "loss", "loss", "derivation" };
  g_autofree char *stem = rs_suggest_file_stem (document (self));

  return g_strdup_printf ("%s-%s%s", stem, suffixes[get_kind (self)], extension (self));
}

static void
chooser_response_cb (RsExportDialog *self, int response, GtkNativeDialog *chooser)
{
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  /* The format is the one chosen here: a name without its extension gets it. */
  {
    g_autofree char *name = g_file_get_basename (file);

    if (!g_str_has_suffix (name, extension (self)))
      {
        g_autofree char *fixed = g_strconcat (name, extension (self), NULL);
        g_autoptr (GFile) parent = g_file_get_parent (file);

        if (strchr (name, '.') == NULL && parent != NULL)
          g_set_object (&file, g_file_get_child (parent, fixed));
      }
  }
  if (!rs_export_dialog_export_to (self, file, &error))
    {
      rs_show_error (GTK_WINDOW (self), _("Could not export"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
export_clicked_cb (RsExportDialog *self)
{
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL || !rs_export_dialog_get_can_export (self))
    return;
  chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = suggested_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_swapped (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
rs_export_dialog_dispose (GObject *object)
{
  RsExportDialog *self = RS_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  if (self->window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
  self->window = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), RS_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (rs_export_dialog_parent_class)->dispose (object);
}

static void
rs_export_dialog_class_init (RsExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rs_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/reluscope/ReluScope/rs-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, format_label);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, size_label);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, size_box);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, bias_check);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, note_label);
  gtk_widget_class_bind_template_child (widget_class, RsExportDialog, export_button);
  gtk_widget_class_bind_template_callback (widget_class, update_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rs_export_dialog_init (RsExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RsExportDialog *
rs_export_dialog_new (RsWindow *window)
{
  RsExportDialog *self;
  GtkWidget *view;
  const char *name;
  gboolean show_bias = TRUE;

  g_return_val_if_fail (RS_IS_WINDOW (window), NULL);

  self = g_object_new (RS_TYPE_EXPORT_DIALOG, "transient-for", window, NULL);
  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);

  /* Defaults from the window: the diagram's size on screen, its bias setting, the model's
   * name as the title. */
  view = GTK_WIDGET (rs_window_get_network_view (window));
  self->sizes[RS_EXPORT_DIAGRAM][0] = gtk_widget_get_width (view) >= 64
                                        ? gtk_widget_get_width (view) : 1400;
  self->sizes[RS_EXPORT_DIAGRAM][1] = gtk_widget_get_height (view) >= 64
                                        ? gtk_widget_get_height (view) : 900;
  self->sizes[RS_EXPORT_LOSS_PLOT][0] = 1200;
  self->sizes[RS_EXPORT_LOSS_PLOT][1] = 450;
  self->sized_kind = RS_EXPORT_DIAGRAM;
  gtk_spin_button_set_value (self->width_spin, self->sizes[RS_EXPORT_DIAGRAM][0]);
  gtk_spin_button_set_value (self->height_spin, self->sizes[RS_EXPORT_DIAGRAM][1]);
  g_object_get (window, "show-bias", &show_bias, NULL);
  gtk_check_button_set_active (self->bias_check, show_bias);
  name = rs_document_get_name (rs_window_get_document (window));
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), name != NULL ? name : "");
  /* The derivation is what a selected weight is for. */
  if (rs_network_view_get_selection (rs_window_get_network_view (window))->kind == RS_ITEM_EDGE)
    gtk_drop_down_set_selected (self->kind_dropdown, RS_EXPORT_DERIVATION);
  update_cb (self);
  /* Enter exports: the defaults are what most exports want. */
  gtk_window_set_focus (GTK_WINDOW (self), self->export_button);
  return self;
}
