# Finds LibTorch, OpenCV and libzip. Each comes from its own CMake (or pkg-config) files where
# those are there and usable; the headless build for a GPU server (packaging/cli-server.sh) may
# have neither, and finds them by hand:
#
#   ONESHOT_LIBTORCH_ROOT  a folder laid out as a pip-installed PyTorch package (include/, lib/):
#                          `python3 -c 'import torch, os; print(os.path.dirname(torch.__file__))'`.
#                          Its CUDA libraries, when it has them, are linked even though no symbol
#                          of ours names them, so that LibTorch registers its CUDA backend.
#                          TorchConfig.cmake is not used then: it looks for a CUDA toolkit of its
#                          own version, which a server running the wheel need not have.
#   ONESHOT_LIBTORCH_CXX11_ABI  1 (the default, PyTorch 2.7 and later, Debian) or 0.
#
# Sets TORCH_INCLUDE_DIRS and TORCH_LIBRARIES, and the imported targets opencv_core,
# opencv_imgproc (and opencv_imgcodecs with ONESHOT_WITH_IMGCODECS) and oneshot::libzip.

set(ONESHOT_LIBTORCH_ROOT "" CACHE PATH "A pip-installed PyTorch package folder to build against (empty: find_package(Torch))")
set(ONESHOT_LIBTORCH_CXX11_ABI 1 CACHE STRING "The C++11 ABI that ONESHOT_LIBTORCH_ROOT was built with (0 or 1)")

if(ONESHOT_LIBTORCH_ROOT)
  set(_torch ${ONESHOT_LIBTORCH_ROOT})
  if(NOT EXISTS ${_torch}/include/torch/csrc/api/include/torch/torch.h)
    message(FATAL_ERROR "ONESHOT_LIBTORCH_ROOT=${_torch} has no include/torch/csrc/api/include/torch/torch.h: "
                        "give the folder of an installed PyTorch package (the one holding include/ and lib/)")
  endif()
  set(TORCH_INCLUDE_DIRS ${_torch}/include ${_torch}/include/torch/csrc/api/include)
  set(TORCH_LIBRARIES "")
  foreach(_lib torch torch_cpu c10)
    find_library(ONESHOT_LIBTORCH_${_lib} NAMES ${_lib} PATHS ${_torch}/lib NO_DEFAULT_PATH REQUIRED)
    list(APPEND TORCH_LIBRARIES ${ONESHOT_LIBTORCH_${_lib}})
  endforeach()
  set(ONESHOT_LIBTORCH_CUDA OFF)
  foreach(_lib torch_cuda c10_cuda)
    find_library(ONESHOT_LIBTORCH_${_lib} NAMES ${_lib} PATHS ${_torch}/lib NO_DEFAULT_PATH)
    if(ONESHOT_LIBTORCH_${_lib})
      list(APPEND TORCH_LIBRARIES "-Wl,--no-as-needed,${ONESHOT_LIBTORCH_${_lib}},--as-needed")
      set(ONESHOT_LIBTORCH_CUDA ON)
    endif()
  endforeach()
  add_compile_definitions(_GLIBCXX_USE_CXX11_ABI=${ONESHOT_LIBTORCH_CXX11_ABI})
  # The CUDA libraries LibTorch needs (the wheel's nvidia/* packages) are found at run time
  # through its own RUNPATH; the linker need not resolve their symbols.
  add_link_options(LINKER:--allow-shlib-undefined)
  # The programs find LibTorch where they were built against it, without LD_LIBRARY_PATH.
  list(APPEND CMAKE_BUILD_RPATH ${_torch}/lib)
  message(STATUS "LibTorch from ${_torch} (CUDA: ${ONESHOT_LIBTORCH_CUDA})")
else()
  find_package(Torch REQUIRED)
endif()

set(_oneshot_opencv_components core imgproc)
if(ONESHOT_WITH_IMGCODECS)
  list(APPEND _oneshot_opencv_components imgcodecs)
endif()
find_package(OpenCV QUIET COMPONENTS ${_oneshot_opencv_components})
if(NOT OpenCV_FOUND)
  # OpenCVModules.cmake refuses to load unless every module's library is installed; a server
  # that has only the three we use is found by its headers and libraries.
  find_path(ONESHOT_OPENCV_INCLUDE opencv2/core.hpp PATH_SUFFIXES opencv4 REQUIRED)
  set(OpenCV_INCLUDE_DIRS ${ONESHOT_OPENCV_INCLUDE})
  foreach(_module IN LISTS _oneshot_opencv_components)
    find_library(ONESHOT_OPENCV_${_module} NAMES opencv_${_module} REQUIRED)
    add_library(opencv_${_module} SHARED IMPORTED)
    set_target_properties(opencv_${_module} PROPERTIES IMPORTED_LOCATION ${ONESHOT_OPENCV_${_module}}
                          INTERFACE_INCLUDE_DIRECTORIES ${ONESHOT_OPENCV_INCLUDE})
  endforeach()
  message(STATUS "OpenCV from ${ONESHOT_OPENCV_INCLUDE} (found by hand: ${_oneshot_opencv_components})")
endif()

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(LIBZIP QUIET IMPORTED_TARGET libzip)
endif()
if(TARGET PkgConfig::LIBZIP)
  add_library(oneshot::libzip ALIAS PkgConfig::LIBZIP)
else()
  find_path(ONESHOT_LIBZIP_INCLUDE zip.h REQUIRED)
  find_library(ONESHOT_LIBZIP_LIBRARY NAMES zip REQUIRED)
  add_library(oneshot::libzip SHARED IMPORTED)
  set_target_properties(oneshot::libzip PROPERTIES IMPORTED_LOCATION ${ONESHOT_LIBZIP_LIBRARY}
                        INTERFACE_INCLUDE_DIRECTORIES ${ONESHOT_LIBZIP_INCLUDE})
  message(STATUS "libzip: ${ONESHOT_LIBZIP_LIBRARY} (found by hand)")
endif()
