#!/usr/bin/env bash
# Installs what is missing, builds and runs the whole test suite twice: a debug build with warnings
# as errors, then the same tests under AddressSanitizer and UndefinedBehaviorSanitizer; then fuzzes
# the sync importer and the batch JSON for a short time (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
export QT_QPA_PLATFORM=offscreen
# Paths relative to the checkout let a fresh clone reuse what an earlier build compiled.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true

for preset in dev asan; do
    echo "== ${preset}: configure and build"
    [ -f "build/${preset}/build.ninja" ] || cmake --preset "${preset}" >/dev/null
    cmake --build --preset "${preset}"
    echo "== ${preset}: test"
    ctest --preset "${preset}" --timeout 900
done

scripts/fuzz.sh
