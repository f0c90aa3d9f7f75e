#!/usr/bin/env bash
# Quick start: install what is missing, build (optimized), and open ReluScope on its
# built-in example. Without a display, shows the example's derivation in the terminal.
set -euo pipefail
cd "$(dirname "$0")/.."

bash build-aux/install-deps.sh
[ -d build ] || meson setup build
ninja -C build

if [ -x build/src/app/reluscope ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  # The settings schema compiled into the build tree, so an uninstalled run remembers too.
  export GSETTINGS_SCHEMA_DIR="$PWD/build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
  exec build/src/app/reluscope
fi
echo "No display here: the built-in example through the command-line tool instead."
build/src/cli/reluscope-cli info resources/presets/question.json
echo
exec build/src/cli/reluscope-cli explain resources/presets/question.json --weight 2,2,1
