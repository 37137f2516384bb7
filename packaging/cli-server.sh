#!/bin/bash
# Builds the headless command-line program against the LibTorch inside the PyTorch that python3
# imports: on a GPU server, that is PyTorch's CUDA build, and `oneshot train --device cuda` then
# trains on the GPU. No GUI, tests, benchmarks or translations, and no OpenCV image codecs (PNG is
# read and written by core/data/PngCodec.cpp).
#
# Needs cmake, ninja, a C++ compiler, and the development files of Qt 6 Core and Network, OpenCV
# core and imgproc (with the imgcodecs header), libzip and zlib: on Debian or Ubuntu
#   apt-get install cmake ninja-build g++ qt6-base-dev libopencv-core-dev libopencv-imgproc-dev \
#     libopencv-imgcodecs-dev libzip-dev zlib1g-dev
# or unpacked under a prefix given in CMAKE_PREFIX_PATH.
#
# Usage: packaging/cli-server.sh [BUILD_DIR]   (default build-server); the program is
# BUILD_DIR/app/oneshot. Extra CMake arguments may follow in ONESHOT_CMAKE_ARGS; the targets to
# build in ONESHOT_SERVER_TARGETS (default oneshot).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-server}
python=${PYTHON:-python3}

torch_dir=$("$python" -c 'import os, torch; print(os.path.dirname(torch.__file__))') || {
  echo "cli-server.sh: $python cannot import torch; install PyTorch or set PYTHON" >&2
  exit 1
}
abi=$("$python" -c 'import torch; print(int(torch._C._GLIBCXX_USE_CXX11_ABI))')
"$python" -c 'import torch; print("PyTorch", torch.__version__, "CUDA", torch.version.cuda, "GPU visible:", torch.cuda.is_available())'
# PyTorch 2.14's headers refuse anything older than C++20.
std=17
if grep -q "C++20 or later" "$torch_dir/include/ATen/ATen.h" 2>/dev/null; then
  std=20
fi

# The program must use the C++ runtime that the dynamic loader gives LibTorch and Qt. A compiler
# that has none of its own to link against (only libstdc++.a, or a linker script that adds a
# static part, or a wrapper that passes -static-libstdc++) copies runtime code into the program,
# which then stands in for the system's: such programs abort in std::locale's destructor ("free():
# invalid pointer") when LibTorch loads a checkpoint. Naming the loader's libstdc++.so.6 after all
# our libraries makes the linker take every C++ runtime symbol from it.
ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
runtime=$("$ldconfig" -p 2>/dev/null | awk '/libstdc\+\+\.so\.6 .*x86-64/ {print $NF; exit}' || true)
runtime_libs=""
if [[ -n "$runtime" ]]; then
  runtime_libs="-L$(dirname "$runtime") -l:libstdc++.so.6"
fi

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DONESHOT_BUILD_GUI=OFF -DONESHOT_BUILD_TESTS=OFF -DONESHOT_BUILD_BENCH=OFF \
  -DONESHOT_BUILD_TRANSLATIONS=OFF -DONESHOT_WITH_IMGCODECS=OFF \
  -DONESHOT_LIBTORCH_ROOT="$torch_dir" -DONESHOT_LIBTORCH_CXX11_ABI="$abi" -DCMAKE_CXX_STANDARD=$std \
  -DCMAKE_CXX_STANDARD_LIBRARIES="$runtime_libs" \
  ${ONESHOT_CMAKE_ARGS:-}
# shellcheck disable=SC2086
cmake --build "$build" --target ${ONESHOT_SERVER_TARGETS:-oneshot} -- -k 0
if [[ -z "${ONESHOT_SERVER_TARGETS:-}" ]] && nm --defined-only "$build/app/oneshot" | grep -q "_ZNSt6locale5_Impl"; then
  echo "cli-server.sh: $build/app/oneshot carries its own copy of the C++ runtime (std::locale); it will" \
    "crash beside LibTorch. Build with a compiler that links libstdc++ as a shared library (CXX=...)." >&2
  exit 1
fi
echo "Built ${ONESHOT_SERVER_TARGETS:-$build/app/oneshot} against $torch_dir"
