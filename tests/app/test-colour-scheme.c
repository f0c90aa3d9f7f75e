/* test-colour-scheme.c — following the system's light or dark preference through a Settings
 * portal played by this test on a private session bus (GTestDBus): the current and the older
 * portal, changes as they are signalled, and the user's choice over them. No display needed:
 * without one there are no GtkSettings to apply to, and the preference is read all the same. */
#include <gio/gio.h>
#include <locale.h>

#include "rs-colour-scheme.h"

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS_INTERFACE "org.freedesktop.portal.Settings"

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Settings'>"
  "    <method name='Read'>"
  "      <arg type='s' name='namespace' direction='in'/>"
  "      <arg type='s' name='key' direction='in'/>"
  "      <arg type='v' name='value' direction='out'/>"
  "    </method>"
  "    <method name='ReadOne'>"
  "      <arg type='s' name='namespace' direction='in'/>"
  "      <arg type='s' name='key' direction='in'/>"
  "      <arg type='v' name='value' direction='out'/>"
  "    </method>"
  "    <signal name='SettingChanged'>"
  "      <arg type='s' name='namespace'/>"
  "      <arg type='s' name='key'/>"
  "      <arg type='v' name='value'/>"
  "    </signal>"
  "  </interface>"
  "</node>";

static GDBusConnection *bus;

/* The portal being played. */
typedef struct
{
  guint version;        /* 1: Read only; 2: ReadOne too */
  guint32 color_scheme; /* 0 no preference, 1 dark, 2 light */
  guint n_calls;
} Portal;

static void
portal_method_call (GDBusConnection *connection, const char *sender, const char *path,
                    const char *interface, const char *method, GVariant *parameters,
                    GDBusMethodInvocation *invocation, gpointer user_data)
{
  Portal *portal = user_data;
  const char *namespace;
  const char *key;

  portal->n_calls++;
  g_variant_get (parameters, "(&s&s)", &namespace, &key);
  if (g_strcmp0 (method, "ReadOne") == 0 && portal->version < 2)
    {
      g_dbus_method_invocation_return_dbus_error (invocation,
                                                  "org.freedesktop.DBus.Error.UnknownMethod",
                                                  "No such method");
      return;
    }
  if (g_strcmp0 (namespace, "org.freedesktop.appearance") != 0
      || g_strcmp0 (key, "color-scheme") != 0)
    {
      g_dbus_method_invocation_return_dbus_error (
        invocation, "org.freedesktop.portal.Error.NotFound", "Requested setting not found");
      return;
    }
  if (g_strcmp0 (method, "ReadOne") == 0)
    g_dbus_method_invocation_return_value (
      invocation, g_variant_new ("(v)", g_variant_new_uint32 (portal->color_scheme)));
  else
    /* Version 1 wraps the value once more. */
    g_dbus_method_invocation_return_value (
      invocation,
      g_variant_new ("(v)", g_variant_new_variant (g_variant_new_uint32 (portal->color_scheme))));
}

static const GDBusInterfaceVTable portal_vtable = { portal_method_call, NULL, NULL, { 0 } };

/* Puts the portal on the bus; returns its registration id. */
static guint
portal_up (Portal *portal)
{
  g_autoptr (GDBusNodeInfo) node = g_dbus_node_info_new_for_xml (portal_xml, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) reply = NULL;
  guint id;

  id = g_dbus_connection_register_object (bus, PORTAL_OBJECT_PATH, node->interfaces[0],
                                          &portal_vtable, portal, NULL, &error);
  g_assert_no_error (error);
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", PORTAL_BUS_NAME, 0),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                       &error);
  g_assert_no_error (error);
  return id;
}

static void
portal_down (guint id)
{
  g_autoptr (GVariant) reply = NULL;

  g_assert_true (g_dbus_connection_unregister_object (bus, id));
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "ReleaseName",
                                       g_variant_new ("(s)", PORTAL_BUS_NAME),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                                       NULL);
}

static void
portal_signal (const char *namespace, const char *key, guint32 value)
{
  g_autoptr (GError) error = NULL;

  g_dbus_connection_emit_signal (bus, NULL, PORTAL_OBJECT_PATH, PORTAL_SETTINGS_INTERFACE,
                                 "SettingChanged",
                                 g_variant_new ("(ssv)", namespace, key,
                                                g_variant_new_uint32 (value)),
                                 &error);
  g_assert_no_error (error);
}

/* Runs the main loop until the scheme says `system`, for at most 10 s. */
static void
wait_for_system (RsColourScheme *scheme, RsSystemScheme system)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (rs_colour_scheme_get_system (scheme) != system)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Lets pending messages arrive (a round trip to the bus daemon orders them). */
static void
flush (void)
{
  g_autoptr (GVariant) reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus",
                                                            "/org/freedesktop/DBus",
                                                            "org.freedesktop.DBus", "GetId",
                                                            NULL, NULL, G_DBUS_CALL_FLAGS_NONE,
                                                            -1, NULL, NULL);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_portal (void)
{
  Portal portal = { .version = 2, .color_scheme = 1 };
  guint id = portal_up (&portal);
  g_autoptr (RsColourScheme) scheme = rs_colour_scheme_new (bus);

  wait_for_system (scheme, RS_SYSTEM_SCHEME_DARK);
  g_assert_true (rs_colour_scheme_get_dark (scheme));
  g_assert_cmpuint (portal.n_calls, ==, 1);

  portal_signal ("org.freedesktop.appearance", "color-scheme", 2);
  wait_for_system (scheme, RS_SYSTEM_SCHEME_LIGHT);
  g_assert_false (rs_colour_scheme_get_dark (scheme));

  /* Other settings pass by. */
  portal_signal ("org.freedesktop.appearance", "accent-color", 1);
  portal_signal ("org.gnome.desktop.interface", "color-scheme", 1);
  flush ();
  g_assert_cmpint (rs_colour_scheme_get_system (scheme), ==, RS_SYSTEM_SCHEME_LIGHT);

  /* The user's choice wins over the system's, and following it again takes it back. */
  rs_colour_scheme_set_choice (scheme, RS_COLOUR_SCHEME_DARK);
  g_assert_true (rs_colour_scheme_get_dark (scheme));
  portal_signal ("org.freedesktop.appearance", "color-scheme", 2);
  flush ();
  g_assert_true (rs_colour_scheme_get_dark (scheme));
  rs_colour_scheme_set_choice (scheme, RS_COLOUR_SCHEME_FOLLOW);
  g_assert_false (rs_colour_scheme_get_dark (scheme));

  /* "No preference": whatever GTK had before (light here). */
  portal_signal ("org.freedesktop.appearance", "color-scheme", 0);
  wait_for_system (scheme, RS_SYSTEM_SCHEME_UNKNOWN);
  g_assert_false (rs_colour_scheme_get_dark (scheme));

  g_clear_object (&scheme);
  /* Disposed: no more signals reach it. */
  portal_signal ("org.freedesktop.appearance", "color-scheme", 1);
  flush ();
  portal_down (id);
}

/* An older portal without ReadOne: Read's doubly wrapped value. */
static void
test_portal_version_1 (void)
{
  Portal portal = { .version = 1, .color_scheme = 1 };
  guint id = portal_up (&portal);
  g_autoptr (RsColourScheme) scheme = rs_colour_scheme_new (bus);

  wait_for_system (scheme, RS_SYSTEM_SCHEME_DARK);
  g_assert_cmpuint (portal.n_calls, ==, 2);
  g_clear_object (&scheme);
  portal_down (id);
}

/* Disposed before the portal answered: the answer must not reach it. */
static void
test_disposed_early (void)
{
  Portal portal = { .version = 2, .color_scheme = 1 };
  guint id = portal_up (&portal);
  RsColourScheme *scheme = rs_colour_scheme_new (bus);

  g_object_unref (scheme);
  flush ();
  flush ();
  portal_down (id);
}

/* No portal on the bus: the choice still works, the system stays unknown unless GNOME's own
 * setting says otherwise. */
static void
test_no_portal (void)
{
  g_autoptr (RsColourScheme) scheme = rs_colour_scheme_new (bus);
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  /* The call fails at once (no such name); let it come back. */
  while (g_get_monotonic_time () < end && g_main_context_iteration (NULL, FALSE))
    ;
  flush ();
  g_assert_cmpint (rs_colour_scheme_get_system (scheme), ==, RS_SYSTEM_SCHEME_UNKNOWN);
  rs_colour_scheme_set_choice (scheme, RS_COLOUR_SCHEME_DARK);
  g_assert_true (rs_colour_scheme_get_dark (scheme));
  rs_colour_scheme_set_choice (scheme, RS_COLOUR_SCHEME_LIGHT);
  g_assert_false (rs_colour_scheme_get_dark (scheme));
}

int
main (int argc, char **argv)
{
  g_autoptr (GTestDBus) test_bus = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (test_bus);
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  g_dbus_connection_set_exit_on_close (bus, FALSE);

  g_test_add_func ("/colour-scheme/portal", test_portal);
  g_test_add_func ("/colour-scheme/portal-version-1", test_portal_version_1);
  g_test_add_func ("/colour-scheme/disposed-early", test_disposed_early);
  g_test_add_func ("/colour-scheme/no-portal", test_no_portal);

  status = g_test_run ();
  g_dbus_connection_close_sync (bus, NULL, NULL);
  g_clear_object (&bus);
  g_test_dbus_down (test_bus);
  return status;
}
