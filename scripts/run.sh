#!/usr/bin/env bash
# Installs what is missing, builds OTP Manager (Release) and launches it.
#   scripts/run.sh [otp-manager options...]     e.g. scripts/run.sh --data-dir /tmp/otp-demo
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

install_missing_packages
configure_and_build -DCMAKE_BUILD_TYPE=Release -DOTP_WERROR=ON

app="$build_dir/app/gui/otp-manager"
[[ -x "$app" ]] || die "the build did not produce $app"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "${QT_QPA_PLATFORM:-}" != offscreen ]]; then
    die "no display: run this in a desktop session (or under xvfb-run for a headless check)"
fi
say "Launching $app $*"
exec "$app" "$@"
