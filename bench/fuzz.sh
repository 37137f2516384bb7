#!/usr/bin/env bash
# Fuzzes every parser that reads outside bytes (tests/fuzz/) with libFuzzer, AddressSanitizer and
# UBSan, each target for SECONDS, two at a time, and prints executions and findings per target.
# Not part of the tests: a finding's input goes into tests/fuzz/corpus/<target>/ once fixed, and
# the ordinary build replays that corpus in CI.
# Usage: [FUZZ_TARGETS="..."] [FUZZ_JOBS=N] bench/fuzz.sh SECONDS [FUZZ_BUILD_DIR] [DATA_DIR]
# (exit status 1 if anything was found)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:?usage: bench/fuzz.sh SECONDS [FUZZ_BUILD_DIR] [DATA_DIR]}
build=${2:-$here/build-fuzz}
data=${3:-$(cd "$here/../shared/data/omniglot" 2>/dev/null && pwd)}
all=(fuzz_image fuzz_omniglot fuzz_runset fuzz_config fuzz_checkpoint fuzz_metrics fuzz_mnist fuzz_download)
# FUZZ_TARGETS="fuzz_mnist fuzz_image" runs only those (after a fix, say).
read -r -a targets <<< "${FUZZ_TARGETS:-${all[*]}}"
jobs=${FUZZ_JOBS:-$(nproc)}

echo "== Building the fuzz targets (clang, libFuzzer, ASan, UBSan) in $build"
mkdir -p "$build"
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DONESHOT_FUZZ=ON \
  -DONESHOT_BUILD_GUI=OFF -DONESHOT_BUILD_TESTS=OFF -DONESHOT_BUILD_BENCH=OFF > "$build/configure.log"
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

echo "== Seeds: the committed corpus, drawn inputs and excerpts of the real files"
work=$build/fuzz-work
mkdir -p "$work"
seeds=(--data "$data")
[ -d "$data/../mnist" ] && seeds+=(--mnist "$data/../mnist")
[ -x "$here/build/app/oneshot" ] && seeds+=(--oneshot "$here/build/app/oneshot")
python3 "$here/tests/fuzz/make-seeds.py" "$work/seeds" "${seeds[@]}"

export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$here/tests/fuzz/lsan.supp:print_suppressions=0
export QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1

fuzz_one() {
  local t=$1
  mkdir -p "$work/corpus/$t" "$work/findings/$t" "$work/seeds/$t"
  # New inputs go into the first folder; the committed corpus and the seeds are read only.
  "$build/tests/fuzz/$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len=1048576 \
    -print_final_stats=1 -artifact_prefix="$work/findings/$t/" \
    "$work/corpus/$t" "$here/tests/fuzz/corpus/$t" "$work/seeds/$t" > "$work/$t.log" 2>&1 || true
}

echo "== Fuzzing ${#targets[@]} targets, $seconds s each, $jobs at a time (logs in $work)"
running=0
for t in "${targets[@]}"; do
  fuzz_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait

found=0
printf '%-16s %14s %10s %8s %s\n' target executions exec/s corpus findings
for t in "${targets[@]}"; do
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$t.log" | tail -n 1)
  corpus=$(find "$work/corpus/$t" -type f | wc -l)
  findings=$(find "$work/findings/$t" -type f | wc -l)
  what=$(find "$work/findings/$t" -type f -printf '%f ' | head -c 200)
  [ "$findings" -gt 0 ] && found=1
  # A target that stopped without final stats crashed at once (or never started): say so.
  if [ -z "$execs" ]; then execs="-"; rate="-"; found=1; what="no stats, see $work/$t.log"; fi
  printf '%-16s %14s %10s %8s %s %s\n' "$t" "$execs" "$rate" "$corpus" "$findings" "$what"
done
exit $found
