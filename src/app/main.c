/* main.c — starts ReluScope. */
#include <glib/gi18n.h>
#include <locale.h>

#include "rs-application.h"

int
main (int argc, char **argv)
{
  g_autoptr (RsApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* Without an installed catalogue gettext returns the strings as written. */
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  app = rs_application_new (G_APPLICATION_HANDLES_OPEN);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
