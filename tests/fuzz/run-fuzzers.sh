#!/bin/sh
# Builds the card library's libFuzzer targets with clang (ASan + UBSan) in their own build directory and runs
# each for a bounded time on its committed seed corpus; exits non-zero when any target crashes.
# Usage: tests/fuzz/run-fuzzers.sh [TARGET...]
#   MOTCUA_FUZZ_SECONDS   seconds per target (default 20)
#   MOTCUA_FUZZ_BUILD_DIR build directory (default build-fuzz at the top of the tree)
#   CXX                   compiler (default clang++-14); needs libclang-rt-14-dev for -fsanitize=fuzzer
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${MOTCUA_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${MOTCUA_FUZZ_SECONDS:-20}
cxx=${CXX:-clang++-14}

generator=""
if command -v ninja >/dev/null 2>&1; then generator="-G Ninja"; fi
# shellcheck disable=SC2086
CXX=$cxx cmake -S "$here" -B "$build" $generator -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j "$(nproc)"

if [ "$#" -gt 0 ]; then
    targets="$*"
else
    targets=$(cd "$here" && ls fuzz_*.cpp | sed 's/\.cpp$//')
fi

mkdir -p "$build/artifacts"
failed=""
for target in $targets; do
    work=$(mktemp -d)
    # corpus/<target>.seeds names more seed folders, relative to the top of the tree (e.g. shipped data files),
    # read in place instead of copied into the corpus.
    extra=""
    if [ -f "$here/corpus/$target.seeds" ]; then
        extra=$(sed -e '/^#/d' -e '/^$/d' -e "s|^|$root/|" "$here/corpus/$target.seeds")
    fi
    echo "== $target: ${seconds}s"
    # New inputs go to a scratch folder; the committed corpus is only read.
    if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        QT_QPA_PLATFORM=offscreen \
        "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$target-" "$work" "$here/corpus/$target" $extra >"$build/$target.log" 2>&1; then
        echo "   CRASH — see $build/$target.log and $build/artifacts/"
        tail -n 30 "$build/$target.log"
        failed="$failed $target"
    else
        grep -E 'stat::number_of_executed_units|cov:' "$build/$target.log" | tail -n 1 || true
    fi
    rm -rf "$work"
done

if [ -n "$failed" ]; then
    echo "fuzzing found crashes in:$failed"
    exit 1
fi
echo "all fuzz targets ran ${seconds}s without a crash"
