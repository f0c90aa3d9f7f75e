/* main.c — starts ReluScope. */
#include <glib/gi18n.h>
#include <locale.h>

#include "rs-application.h"

int
main (int argc, char **argv)
{
  g_autoptr (RsApplication) app = NULL;

  setlocale (LC_ALL, "");
  app = rs_application_new (G_APPLICATION_HANDLES_OPEN);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
