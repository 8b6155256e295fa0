#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Konnektive Desk needs: Python with venv, the
# libraries Qt loads for a window (xcb) and offscreen, fonts with Cyrillic, and
# gnome-keyring with D-Bus for the keyring tests. binutils (objdump, strip) is for the
# PyInstaller build in packaging/linux/build.sh. Uses sudo when not root.
set -euo pipefail

PACKAGES=(
  python3 python3-venv python3-pip ca-certificates
  libegl1 libgl1 libx11-6 libx11-xcb1 libbrotli1 libdbus-1-3 libfontconfig1 libfreetype6
  libglib2.0-0 libgssapi-krb5-2 libxkbcommon0 libxkbcommon-x11-0
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-xkb1
  fontconfig-config fonts-dejavu-core
  dbus gnome-keyring
  binutils
)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
