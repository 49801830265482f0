#!/usr/bin/env bash
# Screenshots of every page and of the create form (filled, with a validation error), in
# English and Thai, taken from a real window under Xvfb on a throwaway data folder; the Reports
# page over a week of generated sandbox traffic.
#   scripts/screenshot.sh            -> build/screenshots/*.png
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

install_missing_packages
configure_and_build -DCMAKE_BUILD_TYPE=Release -DOTP_WERROR=ON

out="$build_dir/screenshots"
mkdir -p "$out"
tour="$build_dir/tests/tools/screenshot_tour"
[[ -x "$tour" ]] || die "the build did not produce $tour"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
say "Taking screenshots into $out"
# A private HOME keeps the user's settings out; secrets stay in memory (no keychain involved).
HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1400x900x24" "$tour" "$out" || die "screenshot tour failed"
ls -1 "$out"
