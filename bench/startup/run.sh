#!/usr/bin/env bash
# Start-up of otp-manager against a minimal Qt Widgets window, measured in one run under Xvfb:
# wall time from process start to "window shown and event loop idle" (--quit-after-startup)
# and peak resident memory, median of RUNS runs each.
# Goal: otp-manager within 1.5x the minimal window's wall time and 1.5x its peak memory.
#   bench/startup/run.sh [BUILD_DIR]      (default: build, configured by scripts/test.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
runs=${RUNS:-15}
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 3; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is missing (apt-get install time)" >&2; exit 3; }
cmake --build "$build" --target otp-manager bench_minimal_window -- -j2 >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No keychain, no user settings: a private HOME and a D-Bus address that leads nowhere, so the
# app's background keychain check fails at once instead of waiting for a prompt.
export HOME=$work/home XDG_CONFIG_HOME=$work/config DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$HOME"

measure() { # NAME COMMAND... -> prints "median_wall_s median_peak_kib"
    local name=$1; shift
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -a -o "$work/$name.times" "$@" >/dev/null 2>&1
    done
    sort -n -k1 "$work/$name.times" | awk '{w[NR]=$1} END {printf "%s ", w[int((NR+1)/2)]}'
    sort -n -k2 "$work/$name.times" | awk '{m[NR]=$2} END {printf "%s\n", m[int((NR+1)/2)]}'
}

export work runs
result=$(xvfb-run -a -s "-screen 0 1400x900x24" bash -c "
    $(declare -f measure)
    echo minimal \$(measure minimal '$build/bench/startup/bench_minimal_window')
    echo app \$(measure app '$build/app/gui/otp-manager' --quit-after-startup --data-dir '$work/data' --sandbox-port 0)
")
echo "$result"
echo "$result" | awk '
    $1 == "minimal" { mw = $2; mm = $3 }
    $1 == "app" { aw = $2; am = $3 }
    END {
        printf "wall time: app %.3f s, minimal %.3f s, ratio %.2f (goal <= 1.5)\n", aw, mw, aw / mw
        printf "peak RSS:  app %.1f MiB, minimal %.1f MiB, ratio %.2f (goal <= 1.5)\n", am / 1024, mm / 1024, am / mm
    }'
