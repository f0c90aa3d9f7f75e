/* rs-colour-scheme.h — light or dark. GTK 4.8 without libadwaita does not follow the
 * system's preference by itself: this reads it from the Settings portal
 * (org.freedesktop.appearance color-scheme), else from GNOME's org.gnome.desktop.interface
 * color-scheme, watches it change, and applies it, or the user's choice over it, as GTK's
 * gtk-application-prefer-dark-theme. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  RS_COLOUR_SCHEME_FOLLOW, /* the system's preference */
  RS_COLOUR_SCHEME_LIGHT,
  RS_COLOUR_SCHEME_DARK,
} RsColourSchemeChoice;

/* The nicks ("follow", "light", "dark") match the settings schema's enum. */
#define RS_TYPE_COLOUR_SCHEME_CHOICE (rs_colour_scheme_choice_get_type ())
GType rs_colour_scheme_choice_get_type (void);

/* What the system asks for. */
typedef enum
{
  RS_SYSTEM_SCHEME_UNKNOWN, /* no preference, or no way to ask */
  RS_SYSTEM_SCHEME_DARK,
  RS_SYSTEM_SCHEME_LIGHT,
} RsSystemScheme;

#define RS_TYPE_COLOUR_SCHEME (rs_colour_scheme_get_type ())
G_DECLARE_FINAL_TYPE (RsColourScheme, rs_colour_scheme, RS, COLOUR_SCHEME, GObject)

/* Starts watching the system's preference through the portal on `bus` (may be NULL: then
 * GNOME's setting alone) and applies it to the default GtkSettings. Properties: "choice"
 * (read-write), "dark" (read-only, what is applied). */
RsColourScheme *rs_colour_scheme_new (GDBusConnection *bus);

RsColourSchemeChoice rs_colour_scheme_get_choice (RsColourScheme *self);
void rs_colour_scheme_set_choice (RsColourScheme *self, RsColourSchemeChoice choice);
/* TRUE when the dark style is applied. */
gboolean rs_colour_scheme_get_dark (RsColourScheme *self);

RsSystemScheme rs_colour_scheme_get_system (RsColourScheme *self);
/* What the watchers call when the system's preference arrives or changes; public so tests
 * can play the system. */
void rs_colour_scheme_set_system (RsColourScheme *self, RsSystemScheme system);

G_END_DECLS
