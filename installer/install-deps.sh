#!/usr/bin/env bash
# Installs the Debian packages listed in installer/packages-*.txt that are not installed yet.
# Usage: installer/install-deps.sh [build] [run] [test]   (default: build run)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lists=("$@")
[ ${#lists[@]} -eq 0 ] && lists=(build run)
wanted=()
for l in "${lists[@]}"; do
    while read -r p; do
        [[ -z "$p" || "$p" == \#* ]] && continue
        wanted+=("$p")
    done < "$here/packages-$l.txt"
done
missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq || true
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
