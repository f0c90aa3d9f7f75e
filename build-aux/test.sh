#!/usr/bin/env bash
# Quick start: install what is missing, build, and run the whole test suite.
# Window tests run under their own private X server (xvfb-run), so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

bash build-aux/install-deps.sh
builddir="${1:-build}"
shift || true
[ -d "$builddir" ] || meson setup "$builddir" "$@"
ninja -C "$builddir"
meson test -C "$builddir" --print-errorlogs --num-processes 2
