#!/usr/bin/env bash
# Build Konnektive Desk for Linux x86_64 from the repository root's sources:
#   dist/konnektive-desk/                               one-folder bundle (PyInstaller)
#   dist/konnektive-desk-<version>-linux-x86_64.tar.gz  the bundle, a .desktop file and the icon
#   dist/konnektive-desk_<version>_amd64.deb            installs to /opt/konnektive-desk
# then runs the bundle's --smoke-test offscreen and prints the sizes.
#
# The build uses its own virtual environment, build/venv-linux, with PySide6-Essentials
# only: the full PySide6 would drag more Qt libraries into the bundle.
# Needs: python3 with venv, binutils (objdump, strip) and dpkg-deb.
# Environment: PYTHON picks the interpreter for the build venv (default python3).
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-python3}
VENV=build/venv-linux
BUNDLE=dist/konnektive-desk
PYINSTALLER_REQUIREMENT="pyinstaller>=6.22,<6.23"
DEB_DEPENDS="libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0, \
libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, \
libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render0, \
libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, \
libxcb-xfixes0, libxcb-xkb1"

if [ "$(uname -m)" != "x86_64" ]; then
  echo "build.sh: this script builds x86_64 packages, but the machine is $(uname -m)" >&2
  exit 1
fi
for program in objdump strip dpkg-deb; do
  if ! command -v "$program" >/dev/null 2>&1; then
    echo "build.sh: $program not found; run: bash scripts/system-packages.sh" >&2
    exit 127
  fi
done

VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
echo "Building Konnektive Desk $VERSION"
started=$(date +%s)

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q . "$PYINSTALLER_REQUIREMENT"
if "$VENV/bin/python" -m pip show -q PySide6-Addons >/dev/null 2>&1; then
  echo "build.sh: $VENV contains PySide6-Addons; delete $VENV and run again" >&2
  exit 1
fi

rm -rf "$BUNDLE"
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/konnektive_desk.spec

# Smoke test: start offscreen, send one query to the built-in sandbox, exit 0. Its 200 orders
# must stay encoded, which fails when the bundle lacks msgspec's compiled decoder.
smoke=$(QT_QPA_PLATFORM=offscreen "$BUNDLE/konnektive-desk" --smoke-test)
echo "$smoke"
if [[ "$smoke" != *"records: encoded"* ]]; then
  echo "The bundle decoded the smoke test's large reply without msgspec." >&2
  exit 1
fi

# .desktop file shared by the archive and the .deb. The .deb puts konnektive-desk on PATH;
# README.md explains how to do the same for the archive.
desktop_file=build/konnektive-desk.desktop
cat > "$desktop_file" <<DESKTOP
[Desktop Entry]
Type=Application
Version=1.5
Name=Konnektive Desk
GenericName=Konnektive CRM API client
GenericName[ru]=Клиент API Konnektive CRM
Comment=Query the Konnektive CRM API and PAAY 3-D Secure results
Comment[ru]=Запросы к API Konnektive CRM и результаты PAAY 3-D Secure
Exec=konnektive-desk
Icon=konnektive-desk
Terminal=false
Categories=Office;Network;
StartupWMClass=konnektive-desk
DESKTOP

# Archive: konnektive-desk-<version>/{konnektive-desk/, konnektive-desk.desktop, konnektive-desk.png}
tar_name="konnektive-desk-$VERSION-linux-x86_64"
tar_stage="build/tar/$tar_name"
rm -rf build/tar
mkdir -p "$tar_stage"
cp -a "$BUNDLE" "$tar_stage/konnektive-desk"
cp "$desktop_file" "$tar_stage/konnektive-desk.desktop"
cp resources/icons/konnektive-desk-256.png "$tar_stage/konnektive-desk.png"
tar -C build/tar --owner=0 --group=0 --numeric-owner -czf "dist/$tar_name.tar.gz" "$tar_name"

# Debian package.
deb_stage="build/deb/konnektive-desk_${VERSION}_amd64"
rm -rf build/deb
mkdir -p "$deb_stage/DEBIAN" "$deb_stage/opt" "$deb_stage/usr/bin" \
  "$deb_stage/usr/share/applications" \
  "$deb_stage/usr/share/icons/hicolor/256x256/apps" \
  "$deb_stage/usr/share/icons/hicolor/512x512/apps"
cp -a "$BUNDLE" "$deb_stage/opt/konnektive-desk"
ln -s /opt/konnektive-desk/konnektive-desk "$deb_stage/usr/bin/konnektive-desk"
install -m 0644 "$desktop_file" "$deb_stage/usr/share/applications/konnektive-desk.desktop"
install -m 0644 resources/icons/konnektive-desk-256.png \
  "$deb_stage/usr/share/icons/hicolor/256x256/apps/konnektive-desk.png"
install -m 0644 resources/icons/konnektive-desk-512.png \
  "$deb_stage/usr/share/icons/hicolor/512x512/apps/konnektive-desk.png"
installed_kib=$(du -sk --exclude=DEBIAN "$deb_stage" | cut -f1)
cat > "$deb_stage/DEBIAN/control" <<CONTROL
Package: konnektive-desk
Version: $VERSION
Architecture: amd64
Maintainer: Konnektive Desk maintainers <konnektive-desk@localhost>
Installed-Size: $installed_kib
Depends: $DEB_DEPENDS
Recommends: fonts-dejavu-core, gnome-keyring
Section: net
Priority: optional
Description: Desktop client for the Konnektive CRM API and PAAY 3-D Secure
 Konnektive Desk builds a form for each Konnektive CRM API endpoint, sends the
 request in the background and shows the reply as a table, a tree or JSON.
 Credentials are kept in the desktop keyring (Secret Service).
CONTROL
chmod -R u+rwX,go+rX,go-w "$deb_stage"
dpkg-deb --root-owner-group -Zxz --build "$deb_stage" "dist/konnektive-desk_${VERSION}_amd64.deb" >/dev/null

finished=$(date +%s)
mib() { echo "$(( ($1 + 524288) / 1048576 )) MiB"; }
bundle_bytes=$(du -sb "$BUNDLE" | cut -f1)
echo "Build time: $(( finished - started )) s"
echo "Bundle folder $BUNDLE: $(mib "$bundle_bytes") ($bundle_bytes bytes)"
for file in "dist/$tar_name.tar.gz" "dist/konnektive-desk_${VERSION}_amd64.deb"; do
  bytes=$(stat -c %s "$file")
  echo "$file: $(mib "$bytes") ($bytes bytes)"
done
