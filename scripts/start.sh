#!/usr/bin/env bash
# Install Konnektive Desk into .venv and start it on the built-in sandbox profile.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-packages.sh
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/python -m desktop_app "$@"
