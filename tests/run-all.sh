#!/usr/bin/env bash
# Builds Một Cửa Workstation with warnings as errors and runs the whole test suite:
# unit, GUI (offscreen), end-to-end card tests (real pcscd + vpcd + the card simulator), lint checks
# (formatting, translations), bounded fuzzing and the Debian package check.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
installer/install-deps.sh build run test

export QTWEBENGINE_DISABLE_SANDBOX=1
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"
ctest --preset ci -j"$(nproc)" "$@"

# Bounded fuzzing of every parser of outside data (clang, ASan + UBSan), on the committed seed corpora.
MOTCUA_FUZZ_SECONDS="${MOTCUA_FUZZ_SECONDS:-15}" tests/fuzz/run-fuzzers.sh
echo "All tests passed."
