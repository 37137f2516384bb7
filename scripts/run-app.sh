#!/usr/bin/env bash
# One command: install what is missing, build in Release and launch Oneshot Studio on the data
# it finds (../shared/data/omniglot beside a checkout, $ONESHOT_DATA, or the app's data folder).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
scripts/setup-debian.sh build runtime
build=${ONESHOT_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DONESHOT_BUILD_GUI=ON
cmake --build "$build" -j "${ONESHOT_JOBS:-2}" --target oneshot-studio oneshot
exec "$build/app/oneshot-studio" "$@"
