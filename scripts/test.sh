#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test with CTest.
#   scripts/test.sh [ctest options...]          e.g. scripts/test.sh -L unit
# Keychain tests run through scripts/with-keyring.sh (a private D-Bus session and an unlocked
# gnome-keyring); they never reach the user's own keyring.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

install_missing_packages
configure_and_build -DCMAKE_BUILD_TYPE=Release -DOTP_WERROR=ON -DOTP_BUILD_TESTS=ON

say "Running the tests (ctest --output-on-failure $*)"
cd "$build_dir"
export QT_QPA_PLATFORM=offscreen
if ctest --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" "$@"; then
    say "All tests passed"
else
    die "some tests failed (see above)"
fi
