#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan) and runs each for SECONDS.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 3600 sandbox_request
# SECONDS defaults to 60; no TARGET means all of them (one per folder of tests/fuzz/corpus).
# What a run finds grows a corpus in the build folder (build-sanitize/fuzz-corpus/<target>),
# never in the repository. A crash or broken invariant leaves its input in
# build-sanitize/fuzz-crashes/<target>/: fix the parser, copy the input into
# tests/fuzz/regressions/<target>/ under a name that says what broke, and tst_fuzzcorpus replays
# it in every build from then on. Run it niced on a shared machine: nice -n 19 scripts/fuzz.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

seconds="${1:-60}"
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -gt 0 ]] || die "SECONDS must be a whole number above 0, not \"$seconds\""
shift || true
fuzz_source="$project_root/tests/fuzz"
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    for dir in "$fuzz_source"/corpus/*/; do targets+=("$(basename "$dir")"); done
fi

install_missing_packages "${otp_fuzz_packages[@]}"
build_dir="$sanitize_build_dir"
OTP_BUILD_TARGET=otp_fuzzers configure_and_build "${sanitize_cmake_args[@]}"
export_sanitizer_options

failed=()
for name in "${targets[@]}"; do
    fuzzer="$build_dir/tests/fuzz/fuzz_$name"
    [[ -x "$fuzzer" ]] || die "no fuzz target \"$name\" (expected $fuzzer)"
    corpus="$build_dir/fuzz-corpus/$name"
    crashes="$build_dir/fuzz-crashes/$name"
    mkdir -p "$corpus" "$crashes"
    seeds=("$fuzz_source/corpus/$name")
    [[ -d "$fuzz_source/regressions/$name" ]] && seeds+=("$fuzz_source/regressions/$name")
    say "Fuzzing $name for ${seconds}s"
    # New inputs go to the first folder; the seeds and regressions are only read.
    if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" "${seeds[@]}" \
        >"$build_dir/fuzz-$name.log" 2>&1; then
        tail -n 60 "$build_dir/fuzz-$name.log" >&2
        failed+=("$name")
        continue
    fi
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' \
        "$build_dir/fuzz-$name.log" | tr '\n' ' ' || true
    echo
done

if [[ ${#failed[@]} -gt 0 ]]; then
    die "fuzzing found a problem in: ${failed[*]} (inputs in $build_dir/fuzz-crashes/<target>/, logs in $build_dir/fuzz-<target>.log)"
fi
say "Fuzzing: ${#targets[@]} targets, ${seconds}s each, nothing found"
