#!/usr/bin/env bash
# Start-up of otp-manager against a minimal Qt Widgets window, measured in one run under Xvfb,
# the two alternating RUNS times each: time from process start to "window shown, painted and
# the event loop idle" (both report that moment through StartupProbe; otp-manager with
# --quit-after-startup, after its sandbox is listening) and peak resident memory. Medians.
# Goal: otp-manager within 1.5x the minimal window's time and 1.5x its peak memory.
#   bench/startup/run.sh [BUILD_DIR]      (default: build, configured by scripts/test.sh)
# Environment: RUNS (21), APPS (0: the first-run empty state; N: N sandbox apps in the table).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
runs=${RUNS:-21}
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 3; }
command -v python3 >/dev/null || { echo "python3 is missing (apt-get install python3)" >&2; exit 3; }
cmake --build "$build" --target otp-manager otpctl bench_minimal_window -- -j2 >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No keychain, no user settings: a private HOME and a D-Bus address that leads nowhere, so the
# app's background keychain check fails at once instead of waiting for a prompt.
export HOME=$work/home XDG_CONFIG_HOME=$work/config DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$HOME"
# A first run creates the database; the measured runs open an existing one, as users do.
xvfb-run -a -s "-screen 0 1400x900x24" "$build/app/gui/otp-manager" --quit-after-startup \
    --data-dir "$work/data" --sandbox-port 0 >/dev/null 2>&1
# APPS=N: the app starts with N sandbox apps in its table instead of the first-run empty state
# (imported with otpctl into a throwaway keyring; the measured runs reach no keychain).
if [ "${APPS:-0}" -gt 0 ]; then
    python3 - "$APPS" >"$work/apps.json" <<'PY'
import json, sys
apps = [{"name": f"Shop {i}", "contactEmail": "qa@example.com", "contactName": "QA",
         "digits": 6, "template": "Your {app} code is {otp} (Ref: {ref}).", "expiry": "00:05",
         "environment": "sandbox", "key": f"{1234567890123400 + i}",
         "secret": "0123456789abcdef0123456789abcdef"} for i in range(int(sys.argv[1]))]
print(json.dumps({"format": "otp-manager-apps", "version": 1, "apps": apps}))
PY
    env -u DBUS_SESSION_BUS_ADDRESS "$root/scripts/with-keyring.sh" "$build/app/cli/otpctl" \
        apps import "$work/apps.json" --data-dir "$work/data" >/dev/null
    echo "with ${APPS} sandbox apps in the table"
fi

echo "$runs runs each, alternating, under Xvfb (medians; min and max of the time in brackets)"
result=$(xvfb-run -a -s "-screen 0 1400x900x24" python3 "$root/bench/startup/measure.py" "$runs" \
    "minimal=$build/bench/startup/bench_minimal_window" \
    "app=$build/app/gui/otp-manager --quit-after-startup --data-dir $work/data --sandbox-port 0")
echo "$result" | awk '
    $1 == "minimal" { mt = $2; mlo = $3; mhi = $4; mm = $5 }
    $1 == "app" { at = $2; alo = $3; ahi = $4; am = $5 }
    END {
        printf "start-up:  app %.1f ms [%.1f-%.1f], minimal %.1f ms [%.1f-%.1f], ratio %.2f (goal <= 1.5: %s)\n",
            at, alo, ahi, mt, mlo, mhi, at / mt, (at / mt <= 1.5) ? "met" : "NOT met"
        printf "peak RSS:  app %.1f MiB, minimal %.1f MiB, ratio %.2f (goal <= 1.5: %s)\n",
            am, mm, am / mm, (am / mm <= 1.5) ? "met" : "NOT met"
    }'
