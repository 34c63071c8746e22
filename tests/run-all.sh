#!/usr/bin/env bash
# Runs every test of a built tree. A real PostgreSQL 15 server is started for the run on
# a free loopback port by pg_virtualenv (postgresql-common) and removed afterwards; the
# store suites then run against it as well as against SQLite.
set -euo pipefail
build=${1:-build}
cd "$(dirname "$0")/.."

export PONTIVE_REQUIRE_PG=1
# GUI suites draw on the offscreen platform unless a display is there.
[[ -n "${DISPLAY:-}" ]] || export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-pontive.*.info=false;pontive.*.debug=false}"
jobs=${TEST_JOBS:-2}

run_ctest() {
  ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$jobs" "$@"
}

if command -v pg_virtualenv >/dev/null; then
  pg_virtualenv bash -c "$(declare -f run_ctest); build=$build jobs=$jobs; run_ctest"
else
  echo "run-all: pg_virtualenv is missing (install postgresql and postgresql-common)" >&2
  exit 1
fi
