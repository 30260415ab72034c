#!/usr/bin/env bash
# Builds the fuzz targets (the fuzz preset: clang, libFuzzer, ASan and UBSan) and runs each on its
# seed corpus for a short time: 60 s for the sync importer, 20 s for the batch JSON, or
# RPB_FUZZ_SECONDS for each (0: build only). Inputs that find new paths go to build/fuzz/scratch,
# never into the checked-in corpus. Fails when a target crashes, leaks, hits undefined behaviour,
# hangs or breaks one of its promises, and prints the path of the input that does it.
#
#   scripts/fuzz.sh                      every target
#   scripts/fuzz.sh fuzz_sync_import     one of them
#   build/fuzz/tests/fuzz/fuzz_sync_import FILE    replays one input, e.g. a reproducer
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
# Paths relative to the checkout let a fresh clone reuse what an earlier build compiled.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true

echo "== fuzz: configure and build"
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

if [ "${RPB_FUZZ_SECONDS:-}" = 0 ]; then
    echo "== fuzz: RPB_FUZZ_SECONDS=0, built only"
    exit 0
fi

# Leaks in the system libraries Qt loads are not ours; a crash's stack is printed whole, with
# names and lines when an LLVM symbolizer is there.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
for symbolizer in llvm-symbolizer-19 llvm-symbolizer-14 llvm-symbolizer; do
    if command -v "$symbolizer" >/dev/null; then
        ASAN_SYMBOLIZER_PATH=$(command -v "$symbolizer")
        export ASAN_SYMBOLIZER_PATH
        break
    fi
done
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
export LC_ALL=C.UTF-8
export QT_QPA_PLATFORM=offscreen

# name seconds corpus dictionary
targets=(
    "fuzz_sync_import ${RPB_FUZZ_SECONDS:-60} tests/fuzz/corpus/sync tests/fuzz/sync.dict"
    "fuzz_batch_json ${RPB_FUZZ_SECONDS:-20} tests/fuzz/corpus/batch tests/fuzz/batch.dict"
)

passed=0
failed=0
for entry in "${targets[@]}"; do
    read -r name seconds corpus dict <<<"$entry"
    if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then
        continue
    fi
    scratch="build/fuzz/scratch/$name"
    artifacts="build/fuzz/artifacts/$name"
    rm -rf "$artifacts"
    mkdir -p "$scratch" "$artifacts"
    echo "== fuzz: $name for ${seconds} s on $corpus"
    # New inputs go to the first folder; the checked-in corpus is only read.
    if ! "build/fuzz/tests/fuzz/$name" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
        -dict="$dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
        "$scratch" "$corpus" >"$artifacts/log.txt" 2>&1; then
        failed=$((failed + 1))
        tail -n 80 "$artifacts/log.txt"
        echo "== fuzz: $name FAILED; the full log is $artifacts/log.txt"
        for reproducer in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* \
            "$artifacts"/oom-*; do
            [ -e "$reproducer" ] || continue
            echo "reproducer: $reproducer"
            echo "  replay it: build/fuzz/tests/fuzz/$name $reproducer"
        done
    else
        grep -E '^(stat::number_of_executed_units|stat::new_units_added)' "$artifacts/log.txt" \
            | sed "s/^/  $name /" || true
        echo "== fuzz: $name passed"
        passed=$((passed + 1))
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
