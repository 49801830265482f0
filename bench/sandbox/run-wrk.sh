#!/usr/bin/env bash
# Throughput and latency of "otpctl sandbox" (POST /v2/otp/request) against a bare Qt HttpServer
# route returning a fixed JSON, measured in one run with wrk (50 connections, 10 s each), plus
# the resident memory of 100,000 pending tokens. Loopback only; bounded in time (~75 s).
# otpctl runs as shipped: "otpctl sandbox --port 0 --apps FILE.json" with one sandbox app (the
# key and secret request.lua sends) and its stdout redirected to a file, so the JSON lines it
# prints per SMS and per request are part of the measured cost.
#
# Usage: bench/sandbox/run-wrk.sh [BUILD_DIR]
#   BUILD_DIR defaults to build-sandbox-release at the repository root; it is configured in
#   Release when it has no build.ninja, and otpctl, bench_bare_httpserver and
#   bench_sandbox_tokens are brought up to date (ninja -j2) on every run.
# Environment: DURATION (10s per run), ROUNDS (3), CONNECTIONS (50), THREADS (2). Each round
# measures the bare route, then the sandbox; the goals are judged on the medians of the rounds.
# Goals: sandbox >= 0.5 x the bare route's requests/s, sandbox p99 < 5 ms, 100k tokens < 100 MiB.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-sandbox-release}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-50}
threads=${THREADS:-2}
rounds=${ROUNDS:-3}

bin=$build/bench/sandbox
otpctl=$build/app/cli/otpctl
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOTP_BUILD_TESTS=OFF \
        -DOTP_BUILD_BENCH=ON >/dev/null
fi
ninja -C "$build" -j2 otpctl bench_bare_httpserver bench_sandbox_tokens >/dev/null \
    || { echo "building otpctl and the bench targets failed (ninja -C $build)" >&2; exit 2; }

# shellcheck source=wrk-common.sh
source "$here/wrk-common.sh"

start bare "$bin/bench_bare_httpserver" 0
start sandbox "$otpctl" sandbox --port 0 --apps "$work/apps.json"

echo "wrk: $threads threads, $connections connections, $duration per run, POST with a form body"
echo "bare:    $bare_url/bare"
echo "sandbox: $sandbox_url/v2/otp/request (otpctl sandbox, JSON lines to a file)"
echo "$rounds rounds, bare and sandbox alternating, so both see the same machine load"
wrk -t"$threads" -c"$connections" -d2s -s "$here/request.lua" "$bare_url/bare" >/dev/null
wrk -t"$threads" -c"$connections" -d2s -s "$here/request.lua" "$sandbox_url/v2/otp/request" >/dev/null

printf '\n%-6s %-9s %12s %10s %10s\n' "round" "target" "requests/s" "p50 ms" "p99 ms"
: >"$work/ratios"
: >"$work/p99s"
for round in $(seq "$rounds"); do
    read -r bare_rps bare_p50 bare_p99 < <(measure bare "$bare_url/bare" "$work/bare.wrk")
    read -r sandbox_rps sandbox_p50 sandbox_p99 \
        < <(measure sandbox "$sandbox_url/v2/otp/request" "$work/sandbox.wrk")
    printf '%-6s %-9s %12s %10s %10s\n' "$round" "bare" "$bare_rps" "$bare_p50" "$bare_p99"
    printf '%-6s %-9s %12s %10s %10s\n' "$round" "sandbox" "$sandbox_rps" "$sandbox_p50" "$sandbox_p99"
    awk -v s="$sandbox_rps" -v b="$bare_rps" 'BEGIN { printf "%.2f\n", s / b }' >>"$work/ratios"
    echo "$sandbox_p99" >>"$work/p99s"
done

sandbox_rss_kib=$(awk '/^VmRSS:/ {print $2}' "/proc/$sandbox_pid/status")
health=$(curl -s --max-time 2 "$sandbox_url/health" 2>/dev/null || true)
out_lines=$(wc -l <"$work/sandbox.out")
out_mib=$(awk -v b="$(stat -c %s "$work/sandbox.out")" 'BEGIN { printf "%.1f", b / 1048576 }')

ratio=$(median <"$work/ratios")
p99=$(median <"$work/p99s")
echo
echo "throughput ratio sandbox/bare per round: $(paste -sd' ' "$work/ratios"); median $ratio" \
    "(goal >= 0.50: $(awk -v r="$ratio" 'BEGIN { print (r >= 0.5) ? "met" : "NOT met" }'))"
echo "sandbox p99 per round: $(paste -sd' ' "$work/p99s") ms; median $p99 ms" \
    "(goal < 5 ms: $(awk -v p="$p99" 'BEGIN { print (p < 5) ? "met" : "NOT met" }'))"
echo "otpctl stdout: $out_lines JSON lines, $out_mib MiB"
echo "otpctl sandbox after the run: VmRSS $(awk -v k="$sandbox_rss_kib" 'BEGIN { printf "%.1f", k / 1024 }') MiB; /health: ${health:-n/a}"
echo
echo "100,000 pending tokens (bench_sandbox_tokens):"
"$bin/bench_sandbox_tokens" 100000 || true
