#!/usr/bin/env bash
# The control API's goals (issue 14), loopback only, bounded (~30 s): 100,000 messages in the
# message log under 100 MiB; GET /sandbox/v1/messages/latest?msisdn= with 100,000 stored under
# 1 ms server time (p99); 1,000 long-polls held at once, p99 from an SMS to its waiter's answer
# under 5 ms. The throughput of the OTP route with the log kept is bench/sandbox/run-wrk.sh's.
#
# Usage: bench/control-api/run.sh [BUILD_DIR] [MESSAGES] [WAITERS]
#   BUILD_DIR defaults to build-sandbox-release at the repository root (configured in Release
#   when it has no build.ninja; bench_control_api is brought up to date with ninja -j2).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build-sandbox-release}
messages=${2:-100000}
waiters=${3:-1000}

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOTP_BUILD_TESTS=OFF \
        -DOTP_BUILD_BENCH=ON >/dev/null
fi
ninja -C "$build" -j2 bench_control_api >/dev/null \
    || { echo "building bench_control_api failed (ninja -C $build)" >&2; exit 2; }

# 1,000 waiters and the server's side of them are 2,000 sockets in one process.
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"
exec "$build/bench/control-api/bench_control_api" "$messages" "$waiters"
