#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages), builds, creates the demo database on first run and
# starts the workstation on it. Demo accounts: see README.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
installer/install-deps.sh build run

# The workstation alone: the test suite has its own build (tests/run-all.sh).
cmake --preset default -DMOTCUA_BUILD_TESTS=OFF >/dev/null
cmake --build --preset default -j"$(nproc)"

data="${XDG_DATA_HOME:-$HOME/.local/share}/motcua"
db="$data/demo.sqlite"
if [ ! -f "$db" ]; then
    mkdir -p "$data"
    echo "MotCua@2026" | build/bin/motcua-cli db init --db "$db" --admin admin --display-name "Quản trị viên" \
        --password-stdin --demo
fi
echo "Workstation database: $db"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: start it on a desktop, or try: xvfb-run -a build/bin/motcua --db \"$db\"" >&2
    exit 1
fi
exec build/bin/motcua --db "$db"
