#!/usr/bin/env bash
# Extract every translatable string of desktop_app/ into the .ts sources and compile
# them to .qm. English is the source language, so scripts/fill_translations.py sets
# each English translation to its source text. For Russian it lists the entries that
# still need a translation, and those whose %1/%n placeholders or & accelerators differ
# from the source. Fix them in resources/translations/konnektive_desk_ru.ts (Qt Linguist
# or a text editor), then run this script again to rebuild the .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=.venv/bin
OUT=resources/translations
mkdir -p "$OUT"
mapfile -t SOURCES < <(find desktop_app -name '*.py' | sort)
for lang in en ru; do
  ts="$OUT/konnektive_desk_$lang.ts"
  "$BIN/pyside6-lupdate" -no-obsolete -locations none "${SOURCES[@]}" -ts "$ts"
  if [ "$lang" = en ]; then
    "$BIN/python" scripts/fill_translations.py fill-english "$ts"
  else
    "$BIN/python" scripts/fill_translations.py check "$ts"
  fi
  "$BIN/pyside6-lrelease" "$ts" -qm "$OUT/konnektive_desk_$lang.qm"
done
