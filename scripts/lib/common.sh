# Shared by scripts/run.sh and scripts/test.sh: logging and the system packages the project
# needs on Debian 12 / Ubuntu 24.04. Sourced, not run.

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

project_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir="${OTP_BUILD_DIR:-$project_root/build}"

# Build and run time: compiler, CMake, Qt 6 (Core Gui Widgets Network HttpServer Sql Charts
# Svg LinguistTools Test), QtKeychain, the SQLite driver, the offscreen/xcb platform plugins,
# a Thai font; and for the tests Xvfb, a D-Bus session and gnome-keyring (real keychain tests);
# for the packages (scripts/package.sh, the `packaging` test) dpkg-shlibdeps, file and the
# desktop-file/AppStream validators; curl and jq for the examples of docs/testing-your-app.md
# (the `doc_testing_your_app` test runs them).
otp_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n libgl-dev
    qtkeychain-qt6-dev
    fonts-thai-tlwg
    xvfb xauth dbus gnome-keyring
    dpkg-dev file desktop-file-utils appstream
    curl jq
)

# The libFuzzer targets (scripts/fuzz.sh, the sanitized and fuzz stages of scripts/test.sh)
# need clang and libFuzzer on top of the above; lld links CI's ~110 test executables in a
# third of the time GNU ld takes.
otp_fuzz_packages=(clang libfuzzer-14-dev lld)

# Installs what is missing (and only that), with sudo when not root. Idempotent.
#   install_missing_packages [extra packages...]   (always otp_packages, plus these)
install_missing_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "Not a Debian/Ubuntu system: skipping package installation (see README for other systems)"
        return 0
    fi
    local missing=() pkg
    local wanted=("${otp_packages[@]}" "$@")
    for pkg in "${wanted[@]}"; do
        if [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]]; then
            missing+=("$pkg")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        say "System packages: all ${#wanted[@]} present"
        return 0
    fi
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "missing packages (${missing[*]}) and no sudo: install them as root"
        sudo=(sudo)
    fi
    say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -q || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" \
        || die "apt-get install failed for: ${missing[*]}"
}

# Configures (first time or when options change) and builds. Extra args go to CMake.
# OTP_BUILD_TARGET (optional) builds that target only, e.g. otp_fuzzers.
configure_and_build() {
    local generator=() launcher=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    # ccache, when installed, makes rebuilds of unchanged files (other build folders, switched
    # branches) nearly free; nothing needs it.
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # ccache caches the users of a precompiled header (OTP_PCH) only when told to overlook
    # what a header's build time and the PCH's own macros could change.
    export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
    if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
        say "Configuring in $build_dir"
        cmake -S "$project_root" -B "$build_dir" "${generator[@]}" "${launcher[@]}" "$@" || die "CMake configuration failed"
    else
        say "Reusing the build in $build_dir"
        cmake -S "$project_root" -B "$build_dir" "${launcher[@]}" "$@" >/dev/null || die "CMake configuration failed"
    fi
    local target=()
    [[ -n "${OTP_BUILD_TARGET:-}" ]] && target=(--target "$OTP_BUILD_TARGET")
    say "Building${target:+ ${target[*]}}"
    cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)" "${target[@]}" || die "build failed"
}

# The sanitized build (clang, ASan + UBSan, libFuzzer coverage): scripts/test.sh runs the whole
# suite in it, scripts/fuzz.sh builds and runs the fuzz targets from it. One build for both, so
# CI compiles the core once more, not twice.
sanitize_build_dir="${OTP_SANITIZE_BUILD_DIR:-$project_root/build-sanitize}"
# -O1: what the sanitizers' authors recommend (-O3 triples the compile time for little speed).
# Precompiled headers and lld: see CMakeLists.txt (OTP_PCH, OTP_LLD).
sanitize_cmake_args=(
    -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -DNDEBUG" -DCMAKE_CXX_COMPILER=clang++
    -DOTP_FUZZ=ON -DOTP_SANITIZE=ON -DOTP_BUILD_TESTS=ON -DOTP_BUILD_BENCH=OFF
    -DOTP_PCH=ON -DOTP_LLD=ON
)

# Every sanitizer report stops the process with a failure: a test or fuzz run that hits one
# fails. Leaks count too, except those of system libraries listed in the suppressions file.
export_sanitizer_options() {
    export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
    export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
    export LSAN_OPTIONS="suppressions=$project_root/tests/fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
}
