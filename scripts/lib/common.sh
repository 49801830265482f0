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
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n libgl-dev
    qtkeychain-qt6-dev
    fonts-thai-tlwg
    xvfb xauth dbus gnome-keyring
    dpkg-dev file desktop-file-utils appstream
    curl jq
)

# Installs what is missing (and only that), with sudo when not root. Idempotent.
install_missing_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "Not a Debian/Ubuntu system: skipping package installation (see README for other systems)"
        return 0
    fi
    local missing=() pkg
    for pkg in "${otp_packages[@]}"; do
        if [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]]; then
            missing+=("$pkg")
        fi
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        say "System packages: all ${#otp_packages[@]} present"
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
configure_and_build() {
    local generator=() launcher=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    # ccache, when installed, makes rebuilds of unchanged files (other build folders, switched
    # branches) nearly free; nothing needs it.
    command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
        say "Configuring in $build_dir"
        cmake -S "$project_root" -B "$build_dir" "${generator[@]}" "${launcher[@]}" "$@" || die "CMake configuration failed"
    else
        say "Reusing the build in $build_dir"
        cmake -S "$project_root" -B "$build_dir" "${launcher[@]}" "$@" >/dev/null || die "CMake configuration failed"
    fi
    say "Building"
    cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)" || die "build failed"
}
