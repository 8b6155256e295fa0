#!/usr/bin/env bash
# Build Konnektive Desk for macOS (the architecture of the Python that runs the build):
#   dist/Konnektive Desk.app                              application bundle (PyInstaller)
#   dist/konnektive-desk-<version>-macos-<arch>.dmg      disk image with the app and an
#                                                         Applications link
# Signing and notarization run only when these variables are set. Otherwise the script
# prints that it skipped them, and the app stays unsigned, so Gatekeeper asks the user to
# allow it under System Settings → Privacy & Security:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: …" certificate in the keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   account for notarytool
# Environment: PYTHON picks the interpreter for the build venv (default python3).
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-python3}
VENV=build/venv-macos
APP="dist/Konnektive Desk.app"

VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)
DMG="dist/konnektive-desk-$VERSION-macos-$ARCH.dmg"
echo "Building Konnektive Desk $VERSION for $ARCH"

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q . "pyinstaller>=6.22,<6.23"

rm -rf "$APP" dist/konnektive-desk
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/konnektive_desk.spec

QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/konnektive-desk" --smoke-test

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp \
    --sign "$MACOS_SIGN_IDENTITY" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
else
  echo "Signing skipped: MACOS_SIGN_IDENTITY is not set"
fi

stage=build/dmg
rm -rf "$stage" "$DMG"
mkdir -p "$stage"
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Konnektive Desk" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] \
    && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$DMG"
else
  echo "Notarization skipped: MACOS_SIGN_IDENTITY, APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD is not set"
fi

echo "App bundle $APP: $(du -sh "$APP" | cut -f1)"
echo "$DMG: $(du -sh "$DMG" | cut -f1)"
