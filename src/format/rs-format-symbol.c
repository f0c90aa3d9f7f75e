/* rs-format-symbol.c — Θ⁽ˡ⁾ⱼₖ and friends as a string. */
#include "rs-format.h"

#include "rs-text-writer.h"

char *
rs_format_symbol (RsTextStyle style, const char *name, int layer, int j, int k)
{
  g_return_val_if_fail (name != NULL, NULL);

  RsTextWriter w;
  char sub[32] = "";
  if (j >= 0)
    rs_text_index (sub, sizeof sub, j, k);
  rs_text_writer_init (&w, style);
  rs_text_writer_symbol (&w, name, layer, sub);
  return rs_text_writer_finish (&w);
}
