#!/usr/bin/env bash
# The kill test's bench variant: 1,000 SIGKILLs of the app's write path on one
# database, every acknowledged write checked after each (tests/fault/tst_kill.cpp). Needs the
# tests built (TOUCHPOINT_BUILD_TESTS, on by default). TOUCHPOINT_KILLS overrides the count.
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir="${TOUCHPOINT_BUILD_DIR:-build}"
export TOUCHPOINT_KILLS="${TOUCHPOINT_KILLS:-1000}"
exec "$build_dir/tests/fault/tst_kill" ackedWritesSurviveKills
