#!/usr/bin/env bash
# One command: install what is missing, build (Release, ccache, -j2) and run every test with CTest.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
scripts/setup-debian.sh build runtime test
build=${ONESHOT_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DONESHOT_BUILD_GUI=ON -DONESHOT_BUILD_TESTS=ON -DONESHOT_BUILD_BENCH=ON
cmake --build "$build" -j "${ONESHOT_JOBS:-2}"
cd "$build"
# Two tests at a time on two cores; the training tests set their own thread counts.
ctest --output-on-failure -j "${ONESHOT_TEST_JOBS:-2}" "$@"
