#!/usr/bin/env bash
# Start-up of otp-manager on a large store (200,000 calls and 50,000 SMS, 480 MiB, filled by
# bench/history's bench_history_fill) against an empty one, under Xvfb, alternating RUNS times
# each: time from process start to "window shown, painted and the event loop idle"
# (--quit-after-startup) and peak memory. Medians. Goal: the large store starts as fast as the
# empty one (the open checks only what does not grow with the store; the whole file is checked
# in the background after start-up).
#   bench/startup/large-store.sh [BUILD_DIR]      (default: build)
# Environment: RUNS (11); HISTORY_DATA (a large store to reuse; default: filled in a temporary
# folder, which takes a minute or two); BASELINE (another otp-manager executable, e.g. an older
# build, measured on the same large store in the same alternation).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
runs=${RUNS:-11}
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 3; }
cmake --build "$build" --target otp-manager bench_history_fill -- -j2 >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No keychain, no user settings (as bench/startup/run.sh).
export HOME=$work/home XDG_CONFIG_HOME=$work/config DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$HOME"
data=${HISTORY_DATA:-$work/full}
if [ ! -f "$data/otp-manager.sqlite3" ]; then
    "$build/bench/history/bench_history_fill" "$data" 200000 50000 >/dev/null
fi
"$build/bench/history/bench_history_fill" "$work/empty" 0 0 >/dev/null
app="$build/app/gui/otp-manager --quit-after-startup --sandbox-port 0"
programs=("empty=$app --data-dir $work/empty" "large=$app --data-dir $data")
if [ -n "${BASELINE:-}" ]; then
    programs+=("baseline-large=$BASELINE --quit-after-startup --sandbox-port 0 --data-dir $data")
fi

echo "store: $(du -sh "$data/otp-manager.sqlite3" | cut -f1); $runs runs each, alternating, under Xvfb (medians)"
xvfb-run -a -s "-screen 0 1400x900x24" python3 "$root/bench/startup/measure.py" "$runs" \
    "${programs[@]}" | awk '
    { printf "%-15s time to idle %7.1f ms [%.1f-%.1f], peak RSS %.1f MiB\n", $1, $2, $3, $4, $5 }'
