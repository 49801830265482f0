#!/usr/bin/env bash
# Packaging test (label `packaging`): builds the DEB with CPack from an existing build, unpacks
# it into a temporary root with `dpkg -x` and checks that everything is where the desktop
# expects it, that the declared dependencies are real packages covering what Qt loads at run
# time, and that the installed executables run.
#   check-deb.sh BUILD_DIR VERSION
set -euo pipefail

build_dir=$1
version=$2
app_id=th.otpmanager.OtpManager
arch=$(dpkg --print-architecture)
failures=0

ok()   { printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "== cpack -G DEB (into $tmp/pkg)"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1 \
    || { cat "$tmp/cpack.log"; echo "FAIL cpack"; exit 1; }
deb="$tmp/pkg/otp-manager_${version}_${arch}.deb"
[[ -f "$deb" ]] || { ls -l "$tmp/pkg"; echo "FAIL no $deb"; exit 1; }
ok "package file name $(basename "$deb")"

echo "== control fields"
check "Package is otp-manager" [ "$(dpkg-deb -f "$deb" Package)" = otp-manager ]
check "Version is $version" [ "$(dpkg-deb -f "$deb" Version)" = "$version" ]
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
           libqt6httpserver6 libqt6svg6 libqt6keychain1 fonts-thai-tlwg; do
    check "Depends on $pkg" grep -Eq "(^|[ ,|])$pkg( |,|$)" <<<"$depends"
done
check "Recommends gnome-keyring" grep -q gnome-keyring <<<"$recommends"
# Every first alternative must be a real package of this system (a typo would make the DEB
# uninstallable), and the plugins Qt loads at run time must come from declared packages.
IFS=',' read -ra deps <<<"$depends"
for dep in "${deps[@]}"; do
    name=$(sed -E 's/^ *//; s/[ |(].*//' <<<"$dep")
    check "dependency $name is a known package" dpkg-query -W "$name" >/dev/null 2>&1
done
for plugin in sqldrivers/libqsqlite.so tls/libqopensslbackend.so platforms/libqxcb.so \
              iconengines/libqsvgicon.so; do
    owner=$(dpkg -S "qt6/plugins/$plugin" 2>/dev/null | head -1 | cut -d: -f1) || true
    if [[ -z "$owner" ]]; then fail "no package ships $plugin"; continue; fi
    check "plugin $plugin ($owner) is declared" grep -Eq "(^|[ ,|])$owner( |,|$)" <<<"$depends"
done

echo "== contents (dpkg -x)"
root="$tmp/root"
dpkg -x "$deb" "$root"
for exe in otp-manager otpctl; do
    check "usr/bin/$exe is executable" test -x "$root/usr/bin/$exe"
    missing=$(ldd "$root/usr/bin/$exe" | grep 'not found' || true)
    check "usr/bin/$exe has all its libraries" test -z "$missing"
done
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
check "desktop file" test -f "$desktop"
check "desktop file: Exec=otp-manager" grep -qx 'Exec=otp-manager' "$desktop"
check "desktop file: Icon=$app_id" grep -qx "Icon=$app_id" "$desktop"
check "metainfo" test -f "$metainfo"
check "metainfo: id $app_id" grep -q "<id>$app_id</id>" "$metainfo"
check "metainfo: launchable $app_id.desktop" grep -q ">$app_id.desktop</launchable>" "$metainfo"
check "metainfo: release $version" grep -q "<release version=\"$version\"" "$metainfo"
check "metainfo: Thai description" grep -q 'xml:lang="th"' "$metainfo"
if command -v desktop-file-validate >/dev/null; then
    check "desktop-file-validate" desktop-file-validate "$desktop"
else
    echo "skip desktop-file-validate (desktop-file-utils not installed)"
fi
if command -v appstreamcli >/dev/null; then
    check "appstreamcli validate --no-net" appstreamcli validate --no-net "$metainfo"
else
    echo "skip appstreamcli (appstream not installed)"
fi
icons="$root/usr/share/icons/hicolor"
check "scalable icon" grep -q '<svg' "$icons/scalable/apps/$app_id.svg"
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'; }
for size in 16 22 24 32 48 64 128 256 512; do
    png="$icons/${size}x${size}/apps/$app_id.png"
    if [[ -f "$png" ]]; then
        check "icon ${size}x${size} is a ${size}x${size} PNG" [ "$(png_size "$png")" = "${size}x${size}" ]
    else
        fail "icon $png missing"
    fi
done
check "copyright" test -f "$root/usr/share/doc/otp-manager/copyright"

echo "== the installed executables run"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
out=$("$root/usr/bin/otpctl" --version 2>&1) || true
check "otpctl --version prints 'otpctl $version' ($out)" [ "$out" = "otpctl $version" ]
# translations are compiled in: Thai help text from the installed binary
out=$("$root/usr/bin/otpctl" --help --lang th 2>&1) || true
check "otpctl --help --lang th is in Thai" grep -q 'วิธีใช้' <<<"$out"
out=$(OTP_MANAGER_DATA_DIR="$tmp/data" timeout 30 "$root/usr/bin/otp-manager" --version 2>&1) || true
check "otp-manager --version mentions $version ($out)" grep -q "$version" <<<"$out"

if [[ $failures -ne 0 ]]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all packaging checks passed"
