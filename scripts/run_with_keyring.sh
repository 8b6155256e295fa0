#!/bin/sh
# Run a command against a private, unlocked Secret Service keyring (GNOME Keyring).
#
# Usage: scripts/run_with_keyring.sh COMMAND [ARG...]
# Example: scripts/run_with_keyring.sh .venv/bin/pytest tests/unit/storage -q
#
# A new D-Bus session bus is started for the command. gnome-keyring-daemon runs on it
# with only the "secrets" component and a login keyring unlocked with a fixed test
# password. All XDG directories point into a temporary directory that is deleted at
# exit, so no keyring file lands in the user's home. The daemon ends with the bus.
# Needs: dbus-run-session (package dbus) and gnome-keyring-daemon (package gnome-keyring).
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
for program in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$program" >/dev/null 2>&1; then
        echo "$0: $program not found; install it with: apt-get install --no-install-recommends gnome-keyring dbus" >&2
        exit 127
    fi
done

scratch_dir=$(mktemp -d "${TMPDIR:-/tmp}/keyring-run.XXXXXX")
trap 'rm -rf "$scratch_dir"' EXIT INT TERM

XDG_DATA_HOME="$scratch_dir/data"
XDG_CONFIG_HOME="$scratch_dir/config"
XDG_CACHE_HOME="$scratch_dir/cache"
XDG_RUNTIME_DIR="$scratch_dir/runtime"
export XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 0700 "$XDG_RUNTIME_DIR"

# Inside the new bus: start the daemon (it reads the unlock password from stdin and
# forks into the background), then replace the inner shell with the command.
# No "exec" on the outer call, so the trap above still removes the scratch directory.
dbus-run-session -- sh -c '
    if ! printf "%s" "throwaway-test-password" \
        | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        echo "keyring-run: gnome-keyring-daemon did not start" >&2
        exit 1
    fi
    exec "$@"
' keyring-run "$@"
