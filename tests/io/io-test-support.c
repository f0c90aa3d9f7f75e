/* io-test-support.c — helpers shared by the io tests. */
#include "io-test-support.h"

#include <glib/gstdio.h>

char *
io_test_source_path (const char *relative)
{
  const char *root = g_getenv ("RS_SOURCE_DIR");

  g_assert_nonnull (root);
  return g_build_filename (root, relative, NULL);
}

RsModel *
io_test_load_question (void)
{
  g_autofree char *path = io_test_source_path ("resources/presets/question.json");
  g_autoptr (GError) error = NULL;
  RsModel *model = rs_model_load (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

char *
io_test_make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("rs-io-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
io_test_remove_dir (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

char *
io_test_list_dir (const char *dir)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}
