/* rs-colour-scheme.c — the system's light or dark preference, and the user's choice over it. */
#include "rs-colour-scheme.h"

#include <gtk/gtk.h>

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS_INTERFACE "org.freedesktop.portal.Settings"
#define APPEARANCE_NAMESPACE "org.freedesktop.appearance"
#define GNOME_INTERFACE_SCHEMA "org.gnome.desktop.interface"

struct _RsColourScheme
{
  GObject parent_instance;

  RsColourSchemeChoice choice;
  RsSystemScheme system;
  gboolean dark;
  /* What GtkSettings said before we touched it (settings.ini, GTK_THEME): kept when the
   * system has no preference. */
  gboolean initial_prefer_dark;

  GDBusConnection *bus;
  guint portal_signal_id;
  const char *portal_method; /* "ReadOne", else "Read" */
  GCancellable *cancellable;
  GSettings *gnome_settings;
};

G_DEFINE_FINAL_TYPE (RsColourScheme, rs_colour_scheme, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CHOICE,
  PROP_DARK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GType
rs_colour_scheme_choice_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    {
      static const GEnumValue values[] = {
        { RS_COLOUR_SCHEME_FOLLOW, "RS_COLOUR_SCHEME_FOLLOW", "follow" },
        { RS_COLOUR_SCHEME_LIGHT, "RS_COLOUR_SCHEME_LIGHT", "light" },
        { RS_COLOUR_SCHEME_DARK, "RS_COLOUR_SCHEME_DARK", "dark" },
        { 0, NULL, NULL },
      };

      g_once_init_leave (&type, g_enum_register_static ("RsColourSchemeChoice", values));
    }
  return type;
}

static void
apply (RsColourScheme *self)
{
  gboolean dark;
  GtkSettings *gtk_settings = gtk_settings_get_default ();

  switch (self->choice)
    {
    case RS_COLOUR_SCHEME_LIGHT:
      dark = FALSE;
      break;
    case RS_COLOUR_SCHEME_DARK:
      dark = TRUE;
      break;
    case RS_COLOUR_SCHEME_FOLLOW:
    default:
      dark = self->system == RS_SYSTEM_SCHEME_UNKNOWN ? self->initial_prefer_dark
                                                      : self->system == RS_SYSTEM_SCHEME_DARK;
      break;
    }
  if (gtk_settings != NULL)
    g_object_set (gtk_settings, "gtk-application-prefer-dark-theme", dark, NULL);
  if (self->dark != dark)
    {
      self->dark = dark;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
    }
}

/* GNOME's own setting: the fallback without a portal ----------------------------------- */

static void
gnome_scheme_changed_cb (RsColourScheme *self)
{
  g_autofree char *scheme = g_settings_get_string (self->gnome_settings, "color-scheme");

  if (g_strcmp0 (scheme, "prefer-dark") == 0)
    rs_colour_scheme_set_system (self, RS_SYSTEM_SCHEME_DARK);
  else if (g_strcmp0 (scheme, "prefer-light") == 0)
    rs_colour_scheme_set_system (self, RS_SYSTEM_SCHEME_LIGHT);
  else
    rs_colour_scheme_set_system (self, RS_SYSTEM_SCHEME_UNKNOWN);
}

static void
watch_gnome_settings (RsColourScheme *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, GNOME_INTERFACE_SCHEMA, TRUE);
  /* The key arrived with GNOME 42; older desktops have no preference to follow. */
  if (schema == NULL || !g_settings_schema_has_key (schema, "color-scheme"))
    return;
  self->gnome_settings = g_settings_new_full (schema, NULL, NULL);
  g_signal_connect_swapped (self->gnome_settings, "changed::color-scheme",
                            G_CALLBACK (gnome_scheme_changed_cb), self);
  gnome_scheme_changed_cb (self);
}

/* The Settings portal ------------------------------------------------------------------ */

/* color-scheme: 0 no preference, 1 prefer dark, 2 prefer light. */
static void
take_portal_value (RsColourScheme *self, GVariant *value)
{
  g_autoptr (GVariant) inner = g_variant_ref (value);
  guint32 scheme = 0;

  /* Read (version 1 of the portal) wraps the value in one more variant than ReadOne. */
  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (inner);

      g_variant_unref (inner);
      inner = next;
    }
  if (g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32))
    scheme = g_variant_get_uint32 (inner);
  rs_colour_scheme_set_system (self, scheme == 1   ? RS_SYSTEM_SCHEME_DARK
                                     : scheme == 2 ? RS_SYSTEM_SCHEME_LIGHT
                                                   : RS_SYSTEM_SCHEME_UNKNOWN);
}

static void
portal_setting_changed_cb (GDBusConnection *bus, const char *sender, const char *path,
                           const char *interface, const char *signal, GVariant *parameters,
                           gpointer user_data)
{
  const char *namespace;
  const char *key;
  g_autoptr (GVariant) value = NULL;

  g_variant_get (parameters, "(&s&sv)", &namespace, &key, &value);
  if (g_strcmp0 (namespace, APPEARANCE_NAMESPACE) == 0 && g_strcmp0 (key, "color-scheme") == 0)
    take_portal_value (RS_COLOUR_SCHEME (user_data), value);
}

static void read_portal (RsColourScheme *self, const char *method);

static void
portal_read_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source),
                                                              result, &error);
  RsColourScheme *self;
  g_autoptr (GVariant) value = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* disposed: user_data is gone */
  self = RS_COLOUR_SCHEME (user_data);
  if (reply == NULL)
    {
      /* An older portal has Read only; no portal at all (or no such setting) leaves GNOME's. */
      if (g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD)
          && g_strcmp0 (self->portal_method, "ReadOne") == 0)
        read_portal (self, "Read");
      else
        {
          g_debug ("No colour scheme from the Settings portal: %s", error->message);
          watch_gnome_settings (self);
        }
      return;
    }
  g_variant_get (reply, "(v)", &value);
  take_portal_value (self, value);
}

static void
read_portal (RsColourScheme *self, const char *method)
{
  self->portal_method = method;
  g_dbus_connection_call (self->bus, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH,
                          PORTAL_SETTINGS_INTERFACE, method,
                          g_variant_new ("(ss)", APPEARANCE_NAMESPACE, "color-scheme"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable,
                          portal_read_cb, self);
}

/* GObject ------------------------------------------------------------------------------ */

static void
rs_colour_scheme_dispose (GObject *object)
{
  RsColourScheme *self = RS_COLOUR_SCHEME (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->portal_signal_id != 0)
    g_dbus_connection_signal_unsubscribe (self->bus, self->portal_signal_id);
  self->portal_signal_id = 0;
  g_clear_object (&self->bus);
  g_clear_object (&self->gnome_settings);

  G_OBJECT_CLASS (rs_colour_scheme_parent_class)->dispose (object);
}

static void
rs_colour_scheme_get_property (GObject *object, guint prop_id, GValue *value,
                               GParamSpec *pspec)
{
  RsColourScheme *self = RS_COLOUR_SCHEME (object);

  switch (prop_id)
    {
    case PROP_CHOICE:
      g_value_set_enum (value, self->choice);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_colour_scheme_set_property (GObject *object, guint prop_id, const GValue *value,
                               GParamSpec *pspec)
{
  RsColourScheme *self = RS_COLOUR_SCHEME (object);

  switch (prop_id)
    {
    case PROP_CHOICE:
      rs_colour_scheme_set_choice (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rs_colour_scheme_class_init (RsColourSchemeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rs_colour_scheme_dispose;
  object_class->get_property = rs_colour_scheme_get_property;
  object_class->set_property = rs_colour_scheme_set_property;

  properties[PROP_CHOICE] = g_param_spec_enum ("choice", NULL, NULL,
                                               RS_TYPE_COLOUR_SCHEME_CHOICE,
                                               RS_COLOUR_SCHEME_FOLLOW,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                 | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] = g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rs_colour_scheme_init (RsColourScheme *self)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();

  if (gtk_settings != NULL)
    g_object_get (gtk_settings, "gtk-application-prefer-dark-theme",
                  &self->initial_prefer_dark, NULL);
  self->dark = self->initial_prefer_dark;
  self->cancellable = g_cancellable_new ();
}

RsColourScheme *
rs_colour_scheme_new (GDBusConnection *bus)
{
  RsColourScheme *self;

  g_return_val_if_fail (bus == NULL || G_IS_DBUS_CONNECTION (bus), NULL);

  self = g_object_new (RS_TYPE_COLOUR_SCHEME, NULL);
  if (bus == NULL)
    {
      watch_gnome_settings (self);
      return self;
    }
  self->bus = g_object_ref (bus);
  self->portal_signal_id = g_dbus_connection_signal_subscribe (bus, PORTAL_BUS_NAME,
                                                               PORTAL_SETTINGS_INTERFACE,
                                                               "SettingChanged",
                                                               PORTAL_OBJECT_PATH,
                                                               APPEARANCE_NAMESPACE,
                                                               G_DBUS_SIGNAL_FLAGS_NONE,
                                                               portal_setting_changed_cb,
                                                               self, NULL);
  read_portal (self, "ReadOne");
  return self;
}

RsColourSchemeChoice
rs_colour_scheme_get_choice (RsColourScheme *self)
{
  g_return_val_if_fail (RS_IS_COLOUR_SCHEME (self), RS_COLOUR_SCHEME_FOLLOW);
  return self->choice;
}

void
rs_colour_scheme_set_choice (RsColourScheme *self, RsColourSchemeChoice choice)
{
  g_return_if_fail (RS_IS_COLOUR_SCHEME (self));
  g_return_if_fail (choice <= RS_COLOUR_SCHEME_DARK);

  if (self->choice == choice)
    return;
  self->choice = choice;
  apply (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOICE]);
}

gboolean
rs_colour_scheme_get_dark (RsColourScheme *self)
{
  g_return_val_if_fail (RS_IS_COLOUR_SCHEME (self), FALSE);
  return self->dark;
}

RsSystemScheme
rs_colour_scheme_get_system (RsColourScheme *self)
{
  g_return_val_if_fail (RS_IS_COLOUR_SCHEME (self), RS_SYSTEM_SCHEME_UNKNOWN);
  return self->system;
}

void
rs_colour_scheme_set_system (RsColourScheme *self, RsSystemScheme system)
{
  g_return_if_fail (RS_IS_COLOUR_SCHEME (self));

  if (self->system == system)
    return;
  self->system = system;
  apply (self);
}
