#!/usr/bin/env bash
# The soak: the GUI under Xvfb trains the CPU preset for MINUTES (default 30) while a driver
# switches pages, drops files on the board and exports the filters every few seconds. Prints
# resident memory and the GUI thread's worst gap each minute, then the figures as one JSON line,
# and the lines the program wrote to stderr. Exits non-zero when memory grew by 5 % or more after
# minute 5, a gap reached 50 ms, or anything was written to stderr.
# Usage: scripts/soak.sh [MINUTES] [BUILD_DIR] [DATA_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
minutes=${1:-30}
build=${2:-$here/build}
data=${3:-$here/../shared/data/omniglot}
command -v xvfb-run >/dev/null || { echo "scripts/soak.sh: xvfb-run is missing (Debian packages xvfb, xauth)"; exit 2; }
[ -d "$data" ] || { echo "scripts/soak.sh: no Omniglot data at $data"; exit 2; }
cmake --build "$build" --target oneshot_soak >/dev/null
out=$(mktemp -d "${TMPDIR:-/tmp}/oneshot-soak.XXXXXX")
echo "Soak of $minutes minutes; runs and exports in $out"
status=0
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/oneshot_soak" --minutes "$minutes" --data "$data" \
  --out "$out" 2> "$out/stderr.log" || status=$?
lines=$(wc -l < "$out/stderr.log")
echo "stderr: $lines lines"
[ "$lines" -eq 0 ] || { sed -n 1,20p "$out/stderr.log"; [ "$status" -ne 0 ] || status=1; }
exit "$status"
