#!/usr/bin/env bash
# Installs the DEB on a fresh Debian 12 root (debootstrap, minbase) that has none of the build
# dependencies, with apt-get resolving its Depends, then starts otpctl and otp-manager there.
# Downloads ~250 MB from the Debian mirror, so it is not part of ctest; run it before a release.
#   scripts/check-clean-install.sh [DEB] [ROOT]
#     DEB   default: build/packages/otp-manager_*_amd64.deb (scripts/package.sh makes it)
#     ROOT  default: a new temporary folder; an existing root is reused (faster)
# Needs root (debootstrap, chroot).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

deb=${1:-$(ls "$build_dir"/packages/otp-manager_*_amd64.deb 2>/dev/null | head -n1)}
[[ -f "$deb" ]] || die "no DEB found; run scripts/package.sh first or pass its path"
[[ $(id -u) -eq 0 ]] || die "run as root: debootstrap and chroot need it"
command -v debootstrap >/dev/null || { say "Installing debootstrap"; apt-get install -y -q debootstrap; }

root=${2:-$(mktemp -d /tmp/otp-clean-root.XXXXXX)}
if [[ ! -x "$root/usr/bin/apt-get" ]]; then
    say "Creating a minimal Debian 12 root in $root"
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null \
        || die "debootstrap failed"
fi
cleanup() { umount "$root/proc" 2>/dev/null || true; }
trap cleanup EXIT
mount -t proc proc "$root/proc"

say "Installing $(basename "$deb") with apt-get (its dependencies come from the mirror)"
cp "$deb" "$root/tmp/"
chroot "$root" /bin/sh -c "apt-get update -q >/dev/null && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/$(basename "$deb") >/tmp/install.log" \
    || { tail -20 "$root/tmp/install.log"; die "apt-get install failed"; }

say "Running the installed programs"
chroot "$root" /usr/bin/otpctl --version || die "otpctl does not start"
chroot "$root" /usr/bin/otpctl decode 116 --lang th >/dev/null || die "otpctl decode failed"
chroot "$root" /usr/bin/env QT_QPA_PLATFORM=offscreen HOME=/tmp /usr/bin/otp-manager --version \
    || die "otp-manager does not start"
chroot "$root" /usr/bin/env QT_QPA_PLATFORM=offscreen HOME=/tmp DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    /usr/bin/otp-manager --quit-after-startup --data-dir /tmp/otp-data \
    || die "otp-manager did not get through its start-up"
say "Clean install works: $(chroot "$root" dpkg-query -W -f='${Package} ${Version}' otp-manager)"
