/* io-test-support.h — what the io tests share: the preset's path, scratch directories. */
#pragma once

#include <glib.h>

#include "io/rs-io-private.h"

/* A file of the source tree (RS_SOURCE_DIR, set by meson), e.g. the presets. */
char *io_test_source_path (const char *relative);

/* resources/presets/question.json, loaded; aborts the test when it does not load. */
RsModel *io_test_load_question (void);

/* A new empty directory, and its removal with the files in it (not recursive: the tests
 * make flat directories). */
char *io_test_make_dir (void);
void io_test_remove_dir (const char *dir);

/* The names in a directory, sorted, joined by " " ("" when empty): what a test compares to
 * see that nothing else was left behind. */
char *io_test_list_dir (const char *dir);

/* Checks that `error` is set in RS_IO_ERROR with `code` and exactly `message`. */
#define io_test_assert_error(err, err_code, text)                                          \
  G_STMT_START                                                                             \
  {                                                                                        \
    g_assert_error ((err), RS_IO_ERROR, (int) (err_code));                                 \
    g_assert_cmpstr ((err)->message, ==, (text));                                          \
  }                                                                                        \
  G_STMT_END
