#!/usr/bin/env bash
# Runs a command against a private, unlocked Secret Service (gnome-keyring) on a private
# D-Bus session bus, so keychain tests never see or touch the user's real keyring.
#
#   scripts/with-keyring.sh COMMAND [ARGS...]
#
# - a fresh temporary HOME / XDG_* tree holds the throwaway keyring; removed on exit;
# - DISPLAY and WAYLAND_DISPLAY are unset, so nothing can pop up a password prompt;
# - exits with COMMAND's exit code; exits 127 (loudly) when a needed tool is missing.
# Never run keychain code under plain xvfb-run: that would reach the user's session keyring.
set -euo pipefail

me=$(basename "$0")

if [[ $# -eq 0 ]]; then
    echo "usage: $me COMMAND [ARGS...]" >&2
    exit 2
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$me: '$tool' was not found. Install the Debian packages 'dbus' and" \
             "'gnome-keyring' (apt-get install dbus gnome-keyring) and run again." >&2
        exit 127
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/otp-keyring.XXXXXXXX")
cleanup() { rm -rf "$scratch"; }
trap cleanup EXIT

export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK \
      XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID

# The inner part runs on the private bus made by dbus-run-session.
inner=$(cat <<'INNER'
set -euo pipefail
me="$1"; shift
# An empty password line on stdin creates the "login" keyring in the scratch HOME, unlocks it
# and makes it the default collection (with no line at all, no collection is created and every
# write would need an interactive prompt).
printf '\n' | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
daemon=$!
stop_daemon() { kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true; }
trap stop_daemon EXIT

# Wait (at most 10 s) until the daemon owns org.freedesktop.secrets and has a default collection.
# NameHasOwner first: calling the name before that would D-Bus-activate a second, locked daemon.
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q 'boolean true' \
        && dbus-send --session --print-reply --dest=org.freedesktop.secrets \
            /org/freedesktop/secrets org.freedesktop.Secret.Service.ReadAlias string:default \
            2>/dev/null | grep -q 'collection/'; then
        ready=1
        break
    fi
    if ! kill -0 "$daemon" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if [[ -z "${ready:-}" ]]; then
    echo "$me: gnome-keyring-daemon did not provide an unlocked default collection on org.freedesktop.secrets within 10 s" >&2
    exit 1
fi

status=0
"$@" || status=$?
exit "$status"
INNER
)

status=0
dbus-run-session -- bash -c "$inner" with-keyring "$me" "$@" || status=$?
exit "$status"
