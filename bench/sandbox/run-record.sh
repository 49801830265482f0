#!/usr/bin/env bash
# What recording the sandbox's traffic costs (issue 17, docs/reports.md): "otpctl sandbox" and
# "otpctl sandbox --record" (each with its own data folder) measured in one run with wrk
# (POST /v2/otp/request, 50 connections, 10 s each), alternating round by round so both see the
# same machine load. Goal: the recording sandbox keeps >= 90 % of the plain one's requests/s.
# Afterwards, the rows the recorder stored against the requests wrk counted.
#
# Usage: bench/sandbox/run-record.sh [BUILD_DIR]   (default: build-sandbox-release, as
#   run-wrk.sh; otpctl is brought up to date with ninja -j2)
# Environment: DURATION (10s per run), ROUNDS (3), CONNECTIONS (50), THREADS (2).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-sandbox-release}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-50}
threads=${THREADS:-2}
rounds=${ROUNDS:-3}

otpctl=$build/app/cli/otpctl
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOTP_BUILD_TESTS=OFF \
        -DOTP_BUILD_BENCH=ON >/dev/null
fi
ninja -C "$build" -j2 otpctl >/dev/null \
    || { echo "building otpctl failed (ninja -C $build)" >&2; exit 2; }

# shellcheck source=wrk-common.sh
source "$here/wrk-common.sh"

mkdir -p "$work/plain-data" "$work/record-data"
start plain "$otpctl" sandbox --port 0 --apps "$work/apps.json" --data-dir "$work/plain-data"
start record "$otpctl" sandbox --port 0 --apps "$work/apps.json" --data-dir "$work/record-data" \
    --record

echo "wrk: $threads threads, $connections connections, $duration per run, POST with a form body"
echo "plain:  $plain_url/v2/otp/request (otpctl sandbox)"
echo "record: $record_url/v2/otp/request (otpctl sandbox --record)"
echo "$rounds rounds, plain and record alternating; load: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t"$threads" -c"$connections" -d2s -s "$here/request.lua" "$plain_url/v2/otp/request" >/dev/null
wrk -t"$threads" -c"$connections" -d2s -s "$here/request.lua" "$record_url/v2/otp/request" >/dev/null

printf '\n%-6s %-7s %12s %10s %10s\n' "round" "target" "requests/s" "p50 ms" "p99 ms"
: >"$work/ratios"
requests=0
for round in $(seq "$rounds"); do
    read -r plain_rps plain_p50 plain_p99 < <(measure plain "$plain_url/v2/otp/request" "$work/plain.wrk")
    read -r record_rps record_p50 record_p99 \
        < <(measure record "$record_url/v2/otp/request" "$work/record.wrk")
    requests=$((requests + $(awk '/requests in/ {print $1}' "$work/record.wrk")))
    printf '%-6s %-7s %12s %10s %10s\n' "$round" "plain" "$plain_rps" "$plain_p50" "$plain_p99"
    printf '%-6s %-7s %12s %10s %10s\n' "$round" "record" "$record_rps" "$record_p50" "$record_p99"
    awk -v r="$record_rps" -v p="$plain_rps" 'BEGIN { printf "%.3f\n", r / p }' >>"$work/ratios"
done

ratio=$(median <"$work/ratios")
echo
echo "throughput ratio record/plain per round: $(paste -sd' ' "$work/ratios"); median $ratio" \
    "(goal >= 0.90: $(awk -v r="$ratio" 'BEGIN { print (r >= 0.9) ? "met" : "NOT met" }'))"
sleep 1 # the recorder's last batch (every 250 ms)
stored=$(sqlite3 "$work/record-data/otp-manager.sqlite3" "SELECT COUNT(*) FROM sandbox_traffic" \
    2>/dev/null || echo "?")
echo "requests answered in the measured runs (wrk): $requests (plus warm-up); rows stored: $stored"
