#!/usr/bin/env bash
# Builds the Linux packages (DEB and TGZ) into build/packages/ and checks the desktop file and
# the AppStream metainfo with their validators.
#   scripts/package.sh            (OTP_BUILD_DIR=... to use another build folder)
# Windows (NSIS) and macOS (DragNDrop) packages are built by .github/workflows/build.yml.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

app_id=th.otpmanager.OtpManager

install_missing_packages
configure_and_build -DCMAKE_BUILD_TYPE=Release -DOTP_WERROR=ON

say "Validating packaging/linux/$app_id.desktop (desktop-file-validate)"
desktop-file-validate "$project_root/packaging/linux/$app_id.desktop" || die "desktop file is not valid"
say "Validating packaging/linux/$app_id.metainfo.xml (appstreamcli validate --no-net)"
appstreamcli validate --no-net "$project_root/packaging/linux/$app_id.metainfo.xml" \
    || die "AppStream metainfo is not valid"

say "Building the packages (cpack) into $build_dir/packages"
rm -rf "$build_dir/packages"
(cd "$build_dir" && cpack --config CPackConfig.cmake -B "$build_dir/packages") || die "cpack failed"
rm -rf "$build_dir/packages/_CPack_Packages"

say "Packages:"
ls -l "$build_dir"/packages/*.deb "$build_dir"/packages/*.tar.gz || die "no packages were written"
deb=$(ls "$build_dir"/packages/*.deb)
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends
say "Install with: sudo apt-get install $deb"
