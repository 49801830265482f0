#!/usr/bin/env bash
# Installs what is missing, then checks the project in up to three stages:
#   1. build with warnings as errors (gcc) and run every test with CTest (what .ci/run runs);
#   2. with OTP_TEST_SANITIZE=1: build with ASan + UBSan (clang, build-sanitize/, benchmarks
#      and packaging left out) and run the whole suite again there: any sanitizer report
#      fails its test;
#   3. with OTP_TEST_FUZZ_SECONDS=N: run each fuzz target of tests/fuzz for N seconds
#      (scripts/fuzz.sh, same build; 8 is about a minute in all).
#   scripts/test.sh [ctest options...]          e.g. scripts/test.sh -L unit
# ctest options apply to stages 1 and 2. Stages 2 and 3 are off by default for now: with
# them, .ci/run takes over 30 minutes on a 2-core machine (docs/reliability.md#sanitizers).
# Keychain tests run through scripts/with-keyring.sh (a private D-Bus session and an unlocked
# gnome-keyring); they never reach the user's own keyring.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

sanitize="${OTP_TEST_SANITIZE:-0}"
fuzz_seconds="${OTP_TEST_FUZZ_SECONDS:-0}"
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

extra_packages=()
[[ "$sanitize" != 0 || "$fuzz_seconds" != 0 ]] && extra_packages=("${otp_fuzz_packages[@]}")
install_missing_packages "${extra_packages[@]}"

started=$SECONDS
configure_and_build -DCMAKE_BUILD_TYPE=Release -DOTP_WERROR=ON -DOTP_BUILD_TESTS=ON
run_suite "$@"
say "Stage 1 (build and tests): $((SECONDS - started)) s"

if [[ "$sanitize" != 0 ]]; then
    started=$SECONDS
    build_dir="$sanitize_build_dir"
    configure_and_build "${sanitize_cmake_args[@]}"
    export_sanitizer_options
    # The crash test kills an import at 20 moments in stage 1 (8 minutes of keyring writes);
    # here 4 moments take the same code through ASan and UBSan within CI's 30 minutes.
    OTP_CRASH_MOMENTS="${OTP_CRASH_MOMENTS:-4}" run_suite -E packaging "$@"
    say "Stage 2 (sanitized build and tests): $((SECONDS - started)) s"
fi

if [[ "$fuzz_seconds" != 0 ]]; then
    started=$SECONDS
    bash "$project_root/scripts/fuzz.sh" "$fuzz_seconds"
    say "Stage 3 (fuzzing): $((SECONDS - started)) s"
fi
