#!/usr/bin/env bash
# Installs what is missing, then checks the project in three stages (what .ci/run runs):
#   1. build with warnings as errors (gcc, build/) and run every test with CTest;
#   2. build with ASan + UBSan (clang, build-sanitize/, benchmarks and packaging left out) and
#      run the whole suite again there: any sanitizer report fails its test;
#   3. run each fuzz target of tests/fuzz for OTP_TEST_FUZZ_SECONDS (default 8, about a minute
#      in all; scripts/fuzz.sh, from the build of stage 2).
#   scripts/test.sh [ctest options...]          e.g. scripts/test.sh -L unit
# ctest options apply to stages 1 and 2. For a quicker local run, OTP_TEST_SANITIZE=0 skips
# stage 2 and OTP_TEST_FUZZ_SECONDS=0 stage 3 (stage 3 needs stage 2's build, not its tests).
# Stage 2's build runs beside stage 1's tests (which mostly wait on sockets, timers and the
# keyring). Each step prints its wall and CPU time; what the whole takes from a clean clone on
# a 2-core machine: docs/reliability.md#what-ci-runs.
# Keychain tests run through scripts/with-keyring.sh (a private D-Bus session and an unlocked
# gnome-keyring); they never reach the user's own keyring.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

sanitize="${OTP_TEST_SANITIZE:-1}"
fuzz_seconds="${OTP_TEST_FUZZ_SECONDS:-8}"
jobs="$(nproc 2>/dev/null || echo 2)"
export QT_QPA_PLATFORM=offscreen

# ctest in the current build_dir; dies on a failure.
run_suite() {
    say "Running the tests in $build_dir (ctest --output-on-failure $*)"
    if (cd "$build_dir" && ctest --output-on-failure --parallel "$jobs" "$@"); then
        say "All tests passed in $build_dir"
    else
        die "some tests failed in $build_dir (see above)"
    fi
}

# CPU seconds (user + system) of every finished child of process PID (default: this script),
# Linux only: with other work on the machine, the figure to compare between runs.
cpu_seconds() {
    local ticks
    ticks=$(getconf CLK_TCK 2>/dev/null || echo 100)
    awk -v t="$ticks" '{ sub(/.*\) /, ""); printf "%d", ($14 + $15) / t }' "/proc/${1:-$$}/stat" \
        2>/dev/null || echo 0
}

# The sanitized build (stage 2) runs beside stage 1's tests, which mostly wait on sockets,
# timers and the keyring: niced, in a process group of its own (stopped if this script stops),
# its output in build-sanitize/build.log. The CPU it used ends its log.
sanitized_build_pid=
start_sanitized_build() {
    mkdir -p "$sanitize_build_dir"
    sanitized_build_log="$sanitize_build_dir/build.log"
    say "Building the sanitized build in $sanitize_build_dir beside the tests (log: $sanitized_build_log)"
    set -m
    (
        me=$BASHPID
        renice -n 10 -p "$me" >/dev/null || true
        build_dir="$sanitize_build_dir"
        configure_and_build "${sanitize_cmake_args[@]}"
        echo "$((SECONDS - started)) s wall, $(cpu_seconds "$me") s CPU"
    ) >"$sanitized_build_log" 2>&1 &
    sanitized_build_pid=$!
    set +m
    trap stop_sanitized_build EXIT
}
stop_sanitized_build() {
    [[ -z "$sanitized_build_pid" ]] || kill -- "-$sanitized_build_pid" 2>/dev/null || true
}
# Waits for the build, at normal priority again once the tests are done (when allowed: root).
finish_sanitized_build() {
    local status=0
    renice -n 0 -g "$sanitized_build_pid" >/dev/null 2>&1 || true
    wait "$sanitized_build_pid" || status=$?
    sanitized_build_pid=
    if [[ $status -ne 0 ]]; then
        tail -n 80 "$sanitized_build_log" >&2
        die "the sanitized build failed (all of it in $sanitized_build_log)"
    fi
    say "Sanitized build done: $(tail -n 1 "$sanitized_build_log")"
}

extra_packages=()
[[ "$sanitize" != 0 || "$fuzz_seconds" != 0 ]] && extra_packages=("${otp_fuzz_packages[@]}")
install_missing_packages "${extra_packages[@]}"
began=$SECONDS

started=$SECONDS cpu=$(cpu_seconds)
configure_and_build -DCMAKE_BUILD_TYPE=Release -DOTP_WERROR=ON -DOTP_BUILD_TESTS=ON -DOTP_PCH=ON \
    -DOTP_LLD=ON -DOTP_TEST_OPT_LEVEL=-O1
say "Stage 1 build (gcc): $((SECONDS - started)) s wall, $(($(cpu_seconds) - cpu)) s CPU"

started=$SECONDS cpu=$(cpu_seconds)
[[ "$sanitize" != 0 || "$fuzz_seconds" != 0 ]] && start_sanitized_build
run_suite "$@"
say "Stage 1 tests: $((SECONDS - started)) s wall"

if [[ -n "$sanitized_build_pid" ]]; then
    finish_sanitized_build
    say "Stage 1 tests and stage 2 build (clang, ASan + UBSan): $((SECONDS - started)) s wall, $(($(cpu_seconds) - cpu)) s CPU"
fi

if [[ "$sanitize" != 0 ]]; then
    started=$SECONDS cpu=$(cpu_seconds)
    build_dir="$sanitize_build_dir"
    export_sanitizer_options
    # The crash test kills an import at 20 moments in stage 1; here 4 moments take the same
    # code through ASan and UBSan.
    OTP_CRASH_MOMENTS="${OTP_CRASH_MOMENTS:-4}" run_suite -E packaging "$@"
    say "Stage 2 tests (sanitized): $((SECONDS - started)) s wall, $(($(cpu_seconds) - cpu)) s CPU"
fi

if [[ "$fuzz_seconds" != 0 ]]; then
    started=$SECONDS cpu=$(cpu_seconds)
    bash "$project_root/scripts/fuzz.sh" "$fuzz_seconds"
    say "Stage 3 (fuzzing, ${fuzz_seconds} s a target): $((SECONDS - started)) s wall, $(($(cpu_seconds) - cpu)) s CPU"
fi
say "All stages: $((SECONDS - began)) s wall, $(cpu_seconds) s CPU"
