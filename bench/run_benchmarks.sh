#!/usr/bin/env bash
# Runs each benchmark beside its Python reference (Debian's python3 and python3-torch) in one
# run and prints the ratios.
# Usage: bench/run_benchmarks.sh [--json | --dist] [BUILD_DIR] [DATA_DIR]
# --dist runs only the data-parallel comparison (1 and 2 workers, ours and PyTorch's DDP).
# --json measures training speed only: the machine's GEMM ceiling (bench_ceiling), our training
# in fp32 and bf16 (where the CPU has it) in both memory layouts, and the Python peer in each
# precision and layout, both on random tensors (the network's own speed; ours also once on real
# batches), Python with the same allocator settings as ours; it prints the figures as they come
# and, as its last line, one JSON object (bench/summary.py says what is in it).
set -euo pipefail
json=0
dist=0
if [ "${1:-}" = --json ]; then json=1; shift; fi
if [ "${1:-}" = --dist ]; then dist=1; shift; fi
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
data=${2:-$(cd "$here/../shared/data/omniglot" 2>/dev/null && pwd)}
py=/usr/bin/python3
export OMP_NUM_THREADS=2
ratio() { $py -c "import json,sys; a=json.loads(sys.argv[1]); b=json.loads(sys.argv[2]); print(sys.argv[3] % (eval(sys.argv[4])))" "$@"; }
tag() { $py -c "import json,sys; o=json.loads(sys.argv[1]); o.update(json.loads(sys.argv[2])); print(json.dumps(o))" "$@"; }

data_parallel() {
  echo "== Data-parallel: pairs/s with 1 and 2 workers (c10d Gloo on 127.0.0.1, random tensors), ours beside"
  echo "   PyTorch's DistributedDataParallel on the same net"
  # Workers as torchrun starts them; prints rank 0's line.
  workers() { # N THREADS_EACH COMMAND...
    local n=$1 t=$2; shift 2
    local port; port=$($py -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
    local r
    for r in $(seq 1 $((n - 1))); do
      MASTER_ADDR=127.0.0.1 MASTER_PORT=$port WORLD_SIZE=$n RANK=$r LOCAL_RANK=$r OMP_NUM_THREADS=$t "$@" > /dev/null &
    done
    if [ "$n" -gt 1 ]; then
      MASTER_ADDR=127.0.0.1 MASTER_PORT=$port WORLD_SIZE=$n RANK=0 LOCAL_RANK=0 OMP_NUM_THREADS=$t "$@"
    else
      OMP_NUM_THREADS=$t "$@"
    fi
    wait
  }
  for preset in cpu koch2015; do
    if [ "$preset" = koch2015 ]; then steps=${KOCH_DIST_STEPS:-3}; else steps=${CPU_DIST_STEPS:-30}; fi
    one2=$(workers 1 2 "$build/bench/bench_dist" $preset 128 $steps); echo "ours, 1 worker x 2 threads:   $one2"
    one1=$(workers 1 1 "$build/bench/bench_dist" $preset 128 $steps); echo "ours, 1 worker x 1 thread:    $one1"
    two1=$(workers 2 1 "$build/bench/bench_dist" $preset 128 $steps); echo "ours, 2 workers x 1 thread:   $two1"
    pone=$(cd "$here/bench" && workers 1 1 $py bench_dist.py $preset 128 $steps); echo "python, 1 worker x 1 thread:  $pone"
    ptwo=$(cd "$here/bench" && workers 2 1 $py bench_dist.py $preset 128 $steps); echo "python, 2 workers x 1 thread: $ptwo"
    ratio "$two1" "$one1" "$preset: 2 workers against 1 (one core each): %.2fx" "a['pairs_per_second']/b['pairs_per_second']"
    ratio "$two1" "$one2" "$preset: 2 workers x 1 thread against 1 worker x 2 threads: %.2fx" "a['pairs_per_second']/b['pairs_per_second']"
    ratio "$two1" "$ptwo" "$preset: ours against DistributedDataParallel, 2 workers: %.2fx" "a['pairs_per_second']/b['pairs_per_second']"
    ratio "$two1" "$two1" "$preset: all-reduce wait after backward %.1f%% of the step; whole gradient (%.1f MB) all-reduced alone in %.3f s" \
      "(100*a['allreduce_share_of_step'], a['gradient_megabytes'], a['allreduce_alone_seconds'])"
    # What 2 GPUs would gain: the reproduction's GPU took 31 s per 30k-pair epoch (0.132 s per
    # step of 128); NCCL's ring all-reduce on 2 GPUs moves the whole gradient once each way. The bus
    # bandwidths are assumptions (PCIe 4 x16 about 20 GB/s, NVLink about 200 GB/s), not measured.
    if [ "$preset" = koch2015 ]; then
      ratio "$two1" "$two1" "$preset: expected on 2 GPUs with no overlap: %.2fx over PCIe (20 GB/s), %.2fx over NVLink (200 GB/s)" \
        "(2*0.132/(0.132+a['gradient_megabytes']/20000), 2*0.132/(0.132+a['gradient_megabytes']/200000))"
    fi
  done
}

if [ "$dist" = 1 ]; then data_parallel; exit 0; fi

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
          [ "$batch" != 128 ] && { [ "$precision" != fp32 ] || [ "$layout" != nhwc ]; } && continue
          c=$("$build/bench/bench_train" $preset $batch $steps 2 $precision $layout random); echo "ours:   $c"
          tag "$c" '{"kind":"train"}' >> "$figures"
        done
        if [ "$precision" = fp32 ] && [ "$layout" = nhwc ]; then # with the data pipeline, as training runs
          c=$("$build/bench/bench_train" $preset 128 $steps 2 fp32 nhwc real); echo "ours, real batches: $c"
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

data_parallel

echo "== Peak memory of a 150k-pair, x8-distortion run (1 minute of it)"
tmp=$(mktemp -d)
/usr/bin/time -v "$build/app/oneshot" train --data "$data" --out "$tmp/run" --pairs 150000 --augment 8 --minutes 1 --threads 2 --json \
  > /dev/null 2> "$tmp/time.txt" || true
grep -E "Maximum resident" "$tmp/time.txt"

echo "== Time to evaluate Lake's 20 runs with that run's model"
"$build/app/oneshot" evaluate --run "$tmp/run" --runs "$data/all_runs.zip" --threads 2 --json
rm -rf "$tmp"
