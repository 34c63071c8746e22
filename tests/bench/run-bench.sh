#!/usr/bin/env bash
# make bench: every benchmark, printed as tables with ratios against baselines measured
# in the same run.
set -euo pipefail
build=${1:-build}
cd "$(dirname "$0")/../.."
# Tables only: a 64-tile switch otherwise logs a debug line per tile and round.
export QT_LOGGING_RULES="pontive.*.info=false;pontive.*.debug=false"
[[ -n "${DISPLAY:-}" ]] || export QT_QPA_PLATFORM=offscreen
for bench in "$build"/tests/bench/pontive_*_bench; do
  [[ -x "$bench" ]] || continue
  echo "== $(basename "$bench")"
  "$bench"
  echo
done
for script in tests/bench/*.bench.sh; do
  [[ -f "$script" ]] || continue
  echo "== $(basename "$script")"
  bash "$script" "$build"
  echo
done
