#!/bin/bash
# The headless build for a GPU server (packaging/cli-server.sh) as far as a CPU machine can take it
# in a minute: configured against the LibTorch inside python3-torch, with OpenCV and libzip found
# by hand (their CMake and pkg-config files hidden), and the files that differ without OpenCV's
# image codecs compiled. Usage: tests/server_build.sh BUILD_DIR
set -euo pipefail
build=$1
# Debian's python3-torch (a test dependency) belongs to the system python3.
export PYTHON=${PYTHON:-/usr/bin/python3}
rm -rf "$build"
export ONESHOT_CMAKE_ARGS="-DCMAKE_DISABLE_FIND_PACKAGE_OpenCV=ON -DCMAKE_DISABLE_FIND_PACKAGE_PkgConfig=ON"
export ONESHOT_SERVER_TARGETS="core/CMakeFiles/oneshot_core.dir/data/ImageDecode.cpp.o core/CMakeFiles/oneshot_core.dir/data/PngCodec.cpp.o core/CMakeFiles/oneshot_core.dir/model/Precision.cpp.o"
out=$("$(dirname "$0")/../packaging/cli-server.sh" "$build" 2>&1) || { echo "$out"; exit 1; }
echo "$out" | grep -E "LibTorch from|OpenCV from|libzip:|Built"
for line in "LibTorch from /usr/lib/python3" "OpenCV from" "found by hand" "libzip: "; do
  grep -q "$line" <<<"$out" || { echo "FAIL: the configure step did not say '$line'"; echo "$out"; exit 1; }
done
# Built without imgcodecs: the object that decodes images must not reference cv::imdecode.
if nm -C "$build/core/CMakeFiles/oneshot_core.dir/data/ImageDecode.cpp.o" | grep -q "cv::imdecode"; then
  echo "FAIL: ImageDecode.cpp still calls cv::imdecode with ONESHOT_WITH_IMGCODECS=OFF"
  exit 1
fi
nm -C "$build/core/CMakeFiles/oneshot_core.dir/data/ImageDecode.cpp.o" | grep -q "decodePng" || {
  echo "FAIL: ImageDecode.cpp does not use the PNG codec"
  exit 1
}
echo "PASS"
