#!/usr/bin/env bash
# Reports on a large store (docs/reports.md): 1,000,000 calls over the year up to now, 20 apps,
# half in the history and half in the recorded sandbox traffic; figures and series for 30 days
# (goal < 300 ms) and the year (< 1 s), the transaction table's first page (< 100 ms), peak
# memory (< 150 MiB).
#   bench/reports/run.sh [BUILD_DIR]
# Environment: CALLS (1000000), REPEATS (5), REPORTS_DATA (a folder to fill once and reuse;
# default: a fresh one, removed at the end).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
cmake --build "$build" --target bench_reports -- -j2 >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=${REPORTS_DATA:-$work/store}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
"$build/bench/reports/bench_reports" "$data" "${CALLS:-1000000}" "${REPEATS:-5}"
