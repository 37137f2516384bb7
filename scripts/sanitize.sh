#!/usr/bin/env bash
# Builds the test suite with AddressSanitizer and UndefinedBehaviorSanitizer (asan) or with
# ThreadSanitizer (tsan) in build-asan/ or build-tsan/, and runs it. Suppressions, each with its
# reason, are in tests/sanitize/; they cover only LibTorch, OpenMP and other libraries' own code.
# Usage: scripts/sanitize.sh asan|tsan [extra ctest arguments, e.g. -R tst_ui]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:?usage: scripts/sanitize.sh asan|tsan [ctest arguments]}
shift
# LibTorch, OpenBLAS and oneDNN run their operations on one thread under TSan (the tests'
# OMP_NUM_THREADS, which computeThreads() applies to every request): libgomp is not instrumented,
# so its workers reading what the calling thread wrote before a parallel region look like races.
# Our own threads (the batch queue, loaders, the GUI's jobs) still run as many as they would.
case "$mode" in
  asan) flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"; omp=2 ;;
  tsan) flags="-fsanitize=thread -fno-omit-frame-pointer"; omp=1 ;;
  *) echo "scripts/sanitize.sh: give asan or tsan, not '$mode'" >&2; exit 2 ;;
esac
build=$here/build-$mode
supp=$here/tests/sanitize
mkdir -p "$build"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DONESHOT_BUILD_BENCH=OFF \
  -DONESHOT_TEST_OMP_THREADS=$omp -DONESHOT_TEST_TIMEOUT_SCALE=6 \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" -DCMAKE_SHARED_LINKER_FLAGS="$flags" \
  > "$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
cmake --build "$build" -j "$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0
export LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# Instrumented code runs several times slower: QtTest's 5-minute limit per test would cut it short.
export QTEST_FUNCTION_TIMEOUT=3600000
# die_after_fork=0: QProcess forks the multi-threaded test (tst_omniglot runs unzip) and the child
# only execs; TSan's default kills such a child.
export TSAN_OPTIONS=suppressions=$supp/tsan.supp:halt_on_error=1:second_deadlock_stack=1:report_signal_unsafe=0:die_after_fork=0
# The style, package and translation checks test no code of ours under a sanitizer.
ctest --test-dir "$build" -j 2 --output-on-failure -E '^(format|deb_package|tst_translations)$' "$@"
