/* rs-application.h — the ReluScope application: app-wide actions and one window per launch. */
#pragma once

#include <gtk/gtk.h>

#include "rs-colour-scheme.h"

G_BEGIN_DECLS

#define RS_APPLICATION_ID "io.github.reluscope.ReluScope"

#define RS_TYPE_APPLICATION (rs_application_get_type ())
G_DECLARE_FINAL_TYPE (RsApplication, rs_application, RS, APPLICATION, GtkApplication)

RsApplication *rs_application_new (GApplicationFlags flags);

/* Light or dark (app.colour-scheme); NULL before startup. */
RsColourScheme *rs_application_get_colour_scheme (RsApplication *self);

G_END_DECLS
