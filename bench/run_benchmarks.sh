#!/usr/bin/env bash
# Runs each benchmark beside its Python reference (Debian's python3 and python3-torch) in one
# run and prints the ratios.
# Usage: bench/run_benchmarks.sh [--json] [BUILD_DIR] [DATA_DIR]
# --json measures training speed only: the machine's GEMM ceiling (bench_ceiling), our training
# in fp32 and bf16 (where the CPU has it) in both memory layouts, and the Python peer in each
# precision and layout, both on random tensors (the network's own speed; ours also once on real
# batches), Python with the same allocator settings as ours; it prints the figures as they come
# and, as its last line, one JSON object (bench/summary.py says what is in it).
set -euo pipefail
json=0
if [ "${1:-}" = --json ]; then json=1; shift; fi
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
data=${2:-$(cd "$here/../shared/data/omniglot" 2>/dev/null && pwd)}
py=/usr/bin/python3
export OMP_NUM_THREADS=2
ratio() { $py -c "import json,sys; a=json.loads(sys.argv[1]); b=json.loads(sys.argv[2]); print(sys.argv[3] % (eval(sys.argv[4])))" "$@"; }
tag() { $py -c "import json,sys; o=json.loads(sys.argv[1]); o.update(json.loads(sys.argv[2])); print(json.dumps(o))" "$@"; }

if [ "$json" = 1 ]; then
  figures=$(mktemp)
  trap 'rm -f "$figures"' EXIT
  bf16=$(grep -qwE 'avx512_bf16|amx_bf16' /proc/cpuinfo && echo 1 || echo 0)
  c=$("$build/bench/bench_ceiling" koch2015 128 2); echo "ceiling: $c"; tag "$c" '{"kind":"ceiling"}' >> "$figures"
  for preset in cpu koch2015; do
    if [ "$preset" = koch2015 ]; then steps=${KOCH_STEPS:-6}; batches="128 32"; else steps=${CPU_STEPS:-30}; batches=128; fi
    precisions=fp32; [ "$bf16" = 1 ] && precisions="fp32 bf16"
    for precision in $precisions; do
      for layout in nchw nhwc; do
        for batch in $batches; do
          [ "$batch" != 128 ] && { [ "$precision" != fp32 ] || [ "$layout" != nchw ]; } && continue
          c=$("$build/bench/bench_train" $preset $batch $steps 2 $precision $layout random); echo "ours:   $c"
          tag "$c" '{"kind":"train"}' >> "$figures"
        done
        if [ "$precision" = fp32 ] && [ "$layout" = nchw ]; then # with the data pipeline, as training runs
          c=$("$build/bench/bench_train" $preset 128 $steps 2 fp32 nchw real); echo "ours, real batches: $c"
          tag "$c" '{"kind":"train"}' >> "$figures"
        fi
        p=$(MALLOC_MMAP_MAX_=0 MALLOC_TRIM_THRESHOLD_=1073741824 \
          $py "$here/bench/bench_train.py" $preset 128 $steps 2 random $precision $layout); echo "python: $p"
        tag "$p" '{"kind":"python","batch":128}' >> "$figures"
      done
    done
  done
  $py "$here/bench/summary.py" "$figures"
  exit 0
fi

echo "== Decode all images (median of 5), 2 threads vs Python zipfile+PIL"
c=$("$build/bench/bench_data" "$data" 5 2); echo "C++:    $c"
p=$($py "$here/bench/bench_data.py" "$data" 5); echo "Python: $p"
ratio "$c" "$p" "decode speed-up: %.2fx" "b['decode_seconds_median']/a['decode_seconds_median']"

for preset in cpu koch2015; do
  if [ "$preset" = koch2015 ]; then batch=32; steps=${KOCH_STEPS:-8}; else batch=128; steps=${CPU_STEPS:-30}; fi
  echo "== Training pairs/s, preset $preset, batch $batch, 2 threads vs Python (PIL data, same net)"
  c=$("$build/bench/bench_train" $preset $batch $steps 2); echo "C++:    $c"
  p=$($py "$here/bench/bench_train.py" $preset $batch $steps 2 "$data"); echo "Python: $p"
  ratio "$c" "$p" "training speed-up: %.2fx" "a['pairs_per_second']/b['pairs_per_second']"
  # The engine keeps freed memory in the heap (core/common/Allocator.h); the same glibc settings
  # given to Python by environment show how much of the ratio is that alone.
  q=$(MALLOC_MMAP_MAX_=0 MALLOC_TRIM_THRESHOLD_=1073741824 $py "$here/bench/bench_train.py" $preset $batch $steps 2 "$data")
  echo "Python, same allocator settings: $q"
  ratio "$c" "$q" "training speed-up against that: %.2fx" "a['pairs_per_second']/b['pairs_per_second']"
done

echo "== Peak memory of a 150k-pair, x8-distortion run (1 minute of it)"
tmp=$(mktemp -d)
/usr/bin/time -v "$build/app/oneshot" train --data "$data" --out "$tmp/run" --pairs 150000 --augment 8 --minutes 1 --threads 2 --json \
  > /dev/null 2> "$tmp/time.txt" || true
grep -E "Maximum resident" "$tmp/time.txt"

echo "== Time to evaluate Lake's 20 runs with that run's model"
"$build/app/oneshot" evaluate --run "$tmp/run" --runs "$data/all_runs.zip" --threads 2 --json
rm -rf "$tmp"
