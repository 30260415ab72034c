#!/usr/bin/env bash
# Installs what is missing, builds RPB Hijau (optimised) and opens it. On first start the database
# in your data folder is filled with the five demo sites. Arguments go to the program, e.g.
# `scripts/run.sh --lang en` or `scripts/run.sh sites list`.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
[ -f build/release/build.ninja ] || cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/rpb-hijau "$@"
