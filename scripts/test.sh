#!/usr/bin/env bash
# Install Konnektive Desk with its test tools into .venv, then run ruff, mypy,
# the test suite (headless, with a throw-away Secret Service keyring), the
# --smoke-test of the app, and the Linux bundle, .tar.gz and .deb build with the
# bundle's own --smoke-test (packaging/linux/build.sh, about 1 to 2 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/system-packages.sh
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check desktop_app tests bench packaging
.venv/bin/mypy desktop_app
bash scripts/run_with_keyring.sh .venv/bin/python -m pytest -q "$@"
.venv/bin/python -m desktop_app --smoke-test
bash packaging/linux/build.sh
