#!/usr/bin/env bash
# Installs the Debian 12 packages ReluScope needs to build, run and test, if any is missing.
# Extra package names given as arguments are installed too (CI adds clang this way).
set -euo pipefail

packages=(
  gcc libc6-dev meson ninja-build pkg-config
  libglib2.0-dev libgtk-4-dev libjson-glib-dev libcairo2-dev libpango1.0-dev
  xvfb xauth fonts-dejavu-core dbus-daemon
  desktop-file-utils appstream gettext
  python3 python3-numpy
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"
