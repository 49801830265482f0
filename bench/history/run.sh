#!/usr/bin/env bash
# The history and the sandbox inbox on a large store: 200,000 stored calls and 50,000 SMS over
# six apps (bench_history_fill), against an empty store.
#   timings (bench_history, offscreen, medians of REPEATS in one process): the test console
#     opened with its first page of history (goal < 100 ms), a search over every call (goal
#     < 150 ms), the model work per new call (goal < 1 ms), the inbox's first page and one
#     state change;
#   peak memory (bench/startup/measure.py under Xvfb, medians of RUNS): the main window with the
#     test console and the inbox shown (bench_history_window), and otp-manager
#     --quit-after-startup, each on the large store against an empty one (goal within 1.3x).
#   bench/history/run.sh [BUILD_DIR]      (default: build, configured by scripts/test.sh)
# Environment: RUNS (5), REPEATS (11), CALLS (200000), MESSAGES (50000), HISTORY_DATA (a folder
# to fill once and reuse across runs; default: a fresh one, removed at the end).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
runs=${RUNS:-5}
repeats=${REPEATS:-11}
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 3; }
command -v python3 >/dev/null || { echo "python3 is missing (apt-get install python3)" >&2; exit 3; }
cmake --build "$build" --target otp-manager bench_history_fill bench_history bench_history_window \
    -- -j2 >/dev/null
bench=$build/bench/history

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No keychain, no user settings (as bench/startup): a private HOME and a D-Bus address that
# leads nowhere, so the app's background keychain check fails at once.
export HOME=$work/home XDG_CONFIG_HOME=$work/config DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$HOME"
data=${HISTORY_DATA:-$work/full}
if [ ! -f "$data/otp-manager.sqlite3" ]; then
    "$bench/bench_history_fill" "$data" "${CALLS:-200000}" "${MESSAGES:-50000}"
fi
# The empty store exists before the measured runs, as the full one does.
"$bench/bench_history_fill" "$work/empty" 0 0 >/dev/null

echo "== timings: offscreen, median [min-max] of $repeats in one process"
QT_QPA_PLATFORM=offscreen "$bench/bench_history" "$data" "$repeats" 2>/dev/null

echo "== peak memory: $runs runs each, alternating, under Xvfb (medians)"
result=$(xvfb-run -a -s "-screen 0 1400x900x24" python3 "$root/bench/startup/measure.py" "$runs" \
    "window-empty=$bench/bench_history_window $work/empty" \
    "window-full=$bench/bench_history_window $data" \
    "app-empty=$build/app/gui/otp-manager --quit-after-startup --data-dir $work/empty --sandbox-port 0" \
    "app-full=$build/app/gui/otp-manager --quit-after-startup --data-dir $data --sandbox-port 0")
echo "$result" | awk '
    { time[$1] = $2; rss[$1] = $5 }
    END {
        printf "console + inbox shown: full %.1f MiB, empty %.1f MiB, ratio %.2f (goal <= 1.3: %s); time to idle %.0f ms vs %.0f ms\n",
            rss["window-full"], rss["window-empty"], rss["window-full"] / rss["window-empty"],
            (rss["window-full"] / rss["window-empty"] <= 1.3) ? "met" : "NOT met",
            time["window-full"], time["window-empty"]
        printf "otp-manager start-up:  full %.1f MiB, empty %.1f MiB, ratio %.2f (goal <= 1.3: %s); time to idle %.0f ms vs %.0f ms\n",
            rss["app-full"], rss["app-empty"], rss["app-full"] / rss["app-empty"],
            (rss["app-full"] / rss["app-empty"] <= 1.3) ? "met" : "NOT met",
            time["app-full"], time["app-empty"]
    }'
