#!/usr/bin/env bash
# Builds the Debian package from the build tree, installs it with apt (so its declared dependencies must
# resolve on Debian 12), runs the installed motcua-cli, checks the desktop files, then removes the package.
# Usage: check-package.sh <build-dir>
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" >/dev/null
deb="$(ls "$work"/*.deb)"
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -I "$deb" | grep -E "Depends|Recommends"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >/dev/null
cleanup() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q motcua-workstation >/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
version="$(/usr/bin/motcua-cli --version)"
echo "installed: $version"
[[ "$version" == motcua-cli\ * ]]
test -x /usr/bin/motcua
test -f /usr/share/applications/vn.motcua.Workstation.desktop
test -f /usr/share/metainfo/vn.motcua.Workstation.metainfo.xml
test -f /usr/share/motcua/admin-units/vn_units_2025.json
ls /usr/share/icons/hicolor/*/apps/vn.motcua.Workstation.* >/dev/null
# A real first use from the installed path: create a database and verify it.
db="$work/pkgcheck.sqlite"
echo 'Package@123' | MOTCUA_VAULT_KEYFILE="$work/k.key" /usr/bin/motcua-cli db init --db "$db" --admin admin --password-stdin
/usr/bin/motcua-cli db verify --db "$db"
echo "package ok"
