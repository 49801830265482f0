#!/usr/bin/env bash
# Throughput and latency of the sandbox's POST /v2/otp/request against a bare Qt HttpServer
# route returning a fixed JSON, measured in one run with wrk (50 connections, 10 s each), plus
# the resident memory of 100,000 pending tokens. Loopback only; bounded in time (~30 s).
#
# Usage: bench/sandbox/run-wrk.sh [BUILD_DIR]
#   BUILD_DIR defaults to build-sandbox-release at the repository root; it is configured in
#   Release and the three bench targets are built (ninja -j2) when missing.
# Environment: DURATION (10s), CONNECTIONS (50), THREADS (2), LOG=1 to have the sandbox print
#   a JSON line per SMS and per request (as otpctl sandbox does) into a file.
# Goals: sandbox >= 0.5 x the bare route's requests/s, sandbox p99 < 5 ms, 100k tokens < 100 MiB.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-sandbox-release}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-50}
threads=${THREADS:-2}

if ! command -v wrk >/dev/null 2>&1; then
    echo "wrk not found; installing it with apt-get" >&2
    sudo_cmd=()
    [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y wrk >/dev/null 2>&1 \
        || { "${sudo_cmd[@]}" apt-get update >/dev/null && "${sudo_cmd[@]}" apt-get install -y wrk >/dev/null; }
fi

bin=$build/bench/sandbox
if [ ! -x "$bin/bench_sandbox_server" ] || [ ! -x "$bin/bench_bare_httpserver" ] \
    || [ ! -x "$bin/bench_sandbox_tokens" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOTP_BUILD_TESTS=OFF >/dev/null
    ninja -C "$build" -j2 bench_bare_httpserver bench_sandbox_server bench_sandbox_tokens
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# start NAME COMMAND...: runs it in the background and waits (10 s at most) for the URL it
# prints first; sets NAME_pid and NAME_url. Not in a subshell, so cleanup() knows the pid.
start() {
    local name=$1; shift
    "$@" >"$work/$name.out" 2>"$work/$name.err" &
    local pid=$!
    pids+=("$pid")
    printf -v "${name}_pid" '%s' "$pid"
    for _ in $(seq 100); do
        if [ -s "$work/$name.out" ]; then
            printf -v "${name}_url" '%s' "$(head -n1 "$work/$name.out")"
            return 0
        fi
        sleep 0.1
    done
    echo "$name did not start: $(cat "$work/$name.err")" >&2
    exit 3
}

# to_ms VALUE: wrk's "436.00us" / "1.23ms" / "1.01s" in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
        else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.3f", v * 1000 }
        else printf "nan" }'
}

# measure NAME URL: warm-up, then the measured run; sets NAME_rps, NAME_p50, NAME_p99.
measure() {
    local name=$1 url=$2 out=$work/$1.wrk
    wrk -t"$threads" -c"$connections" -d2s -s "$here/request.lua" "$url" >/dev/null
    wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$here/request.lua" "$url" >"$out"
    if grep -q "Non-2xx" "$out"; then
        echo "warning: $name answered non-2xx: $(grep Non-2xx "$out")" >&2
    fi
    printf -v "${name}_rps" '%s' "$(awk '/^Requests\/sec:/ {print $2}' "$out")"
    printf -v "${name}_p50" '%s' "$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")"
    printf -v "${name}_p99" '%s' "$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")"
}

start bare "$bin/bench_bare_httpserver" 0
sandbox_args=(--port 0)
[ "${LOG:-0}" = 1 ] && sandbox_args+=(--log)
start sandbox "$bin/bench_sandbox_server" "${sandbox_args[@]}"

echo "wrk: $threads threads, $connections connections, $duration per target, POST with a form body"
echo "bare:    $bare_url/bare"
echo "sandbox: $sandbox_url/v2/otp/request$([ "${LOG:-0}" = 1 ] && echo " (printing JSON lines)")"
measure bare "$bare_url/bare"
measure sandbox "$sandbox_url/v2/otp/request"

sandbox_rss_kib=$(awk '/^VmRSS:/ {print $2}' "/proc/$sandbox_pid/status")
health=$(curl -s --max-time 2 "$sandbox_url/health" 2>/dev/null || true)

printf '\n%-9s %12s %10s %10s\n' "target" "requests/s" "p50 ms" "p99 ms"
printf '%-9s %12s %10s %10s\n' "bare" "$bare_rps" "$bare_p50" "$bare_p99"
printf '%-9s %12s %10s %10s\n' "sandbox" "$sandbox_rps" "$sandbox_p50" "$sandbox_p99"
ratio=$(awk -v s="$sandbox_rps" -v b="$bare_rps" 'BEGIN { printf "%.2f", s / b }')
echo
echo "throughput ratio sandbox/bare: $ratio (goal >= 0.50: $(awk -v r="$ratio" 'BEGIN { print (r >= 0.5) ? "met" : "NOT met" }'))"
echo "sandbox p99: $sandbox_p99 ms (goal < 5 ms: $(awk -v p="$sandbox_p99" 'BEGIN { print (p < 5) ? "met" : "NOT met" }'))"
echo "sandbox server after the run: VmRSS $(awk -v k="$sandbox_rss_kib" 'BEGIN { printf "%.1f", k / 1024 }') MiB; /health: ${health:-n/a}"
echo
echo "100,000 pending tokens (bench_sandbox_tokens):"
"$bin/bench_sandbox_tokens" 100000 || true
