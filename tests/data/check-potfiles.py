#!/usr/bin/env python3
"""Every file with strings marked for translation is listed in po/POTFILES.in, every listed
file exists, and xgettext extracts them all without a warning: SOURCE_ROOT XGETTEXT."""
import os
import re
import subprocess
import sys
import tempfile

root, xgettext = sys.argv[1:3]
# _("…"), N_("…"), C_("ctx", "…"), NC_(…) and the plural calls; GNU style puts a space before
# the parenthesis.
C_MARK = re.compile(r'(?<![\w])(?:N|C|NC)?_\s*\(\s*"|\b(?:g_d?n?gettext|ngettext)\s*\(')
UI_MARK = re.compile(r'translatable="yes"')
MARKS = {'.c': C_MARK, '.h': C_MARK, '.ui': UI_MARK, '.in': UI_MARK, '.xml': UI_MARK}
# Files translated through their own tools: the desktop file and metainfo by i18n.merge_file,
# listed all the same.
ALWAYS = ['data/io.github.reluscope.ReluScope.desktop.in',
          'data/io.github.reluscope.ReluScope.metainfo.xml.in',
          'data/io.github.reluscope.ReluScope.gschema.xml']

with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
    listed = [l.strip() for l in f if l.strip() and not l.startswith('#')]

failures = []
for path in listed:
    if not os.path.isfile(os.path.join(root, path)):
        failures.append(f'po/POTFILES.in lists {path}, which does not exist')

marked = set(ALWAYS)
for top in ('src', 'ui'):
    for dirpath, _, names in os.walk(os.path.join(root, top)):
        for name in names:
            mark = MARKS.get(os.path.splitext(name)[1])
            path = os.path.join(dirpath, name)
            if mark is None:
                continue
            with open(path, encoding='utf-8') as f:
                if mark.search(f.read()):
                    marked.add(os.path.relpath(path, root))
for path in sorted(marked - set(listed)):
    failures.append(f'{path} has translatable strings but is not in po/POTFILES.in')

with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'reluscope.pot')
    # The keywords and flags of meson's i18n glib preset.
    args = [xgettext, '--package-name=reluscope', '--from-code=UTF-8', '--add-comments',
            '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
            '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3',
            '--keyword=g_dpgettext2:2c,3', '--flag=N_:1:pass-c-format',
            '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
            '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
            '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
            '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
            '--directory=' + root, '--files-from=' + os.path.join(root, 'po', 'POTFILES.in'),
            '--output=' + pot]
    try:
        run = subprocess.run(args, capture_output=True, text=True)
    except FileNotFoundError:
        failures.append('xgettext is missing: install gettext (build-aux/install-deps.sh)')
    else:
        if run.returncode != 0 or run.stderr.strip():
            failures.append('xgettext did not run clean:\n' + run.stderr)
        elif not os.path.isfile(pot) or 'msgid "ReluScope"' not in open(pot, encoding='utf-8').read():
            failures.append('the template lacks the app name from the desktop file')

for f in failures:
    print(f)
sys.exit(1 if failures else 0)
