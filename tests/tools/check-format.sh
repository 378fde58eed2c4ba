#!/usr/bin/env bash
# Fails when a C++ file under app/, modules/ or tests/ differs from the project's .clang-format style.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
mapfile -t files < <(git ls-files 'app/*.cpp' 'app/*.h' 'modules/*.cpp' 'modules/*.h' 'tests/*.cpp' 'tests/*.h')
[ ${#files[@]} -eq 0 ] && exit 0
clang-format --dry-run --Werror "${files[@]}"
echo "formatting ok (${#files[@]} files)"
