#!/usr/bin/env bash
# Fails when translations/*.ts are stale (lupdate would change them) or any string is unfinished.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp "$root"/translations/*.ts "$tmp/"
(cd "$root" && "$lupdate" -silent -locations none -no-obsolete app modules -ts "$tmp"/motcua_vi.ts "$tmp"/motcua_en.ts)
status=0
for ts in motcua_vi.ts motcua_en.ts; do
    if ! diff -q "$root/translations/$ts" "$tmp/$ts" >/dev/null; then
        echo "translations/$ts is stale: run 'cmake --build build --target update_translations' and translate" >&2
        diff -u "$root/translations/$ts" "$tmp/$ts" | head -40 >&2
        status=1
    fi
    n=$(grep -c 'type="unfinished"' "$root/translations/$ts" || true)
    if [ "$n" -gt 0 ]; then
        echo "translations/$ts has $n unfinished strings" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations ok"
exit $status
