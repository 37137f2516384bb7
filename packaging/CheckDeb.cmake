# Builds the .deb with CPack and checks it as a packager would. Run by CTest (deb_package):
# its Depends (shared libraries with versions, and the extra runtime packages), its contents,
# lintian (no errors, no warnings; skipped with a message where lintian is missing), and the
# programs run from a copy unpacked into a scratch root, manual pages included.
execute_process(COMMAND cpack -G DEB WORKING_DIRECTORY ${BUILD_DIR} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed: ${out} ${err}")
endif()
file(GLOB debs ${BUILD_DIR}/oneshot-studio_*.deb)
list(GET debs 0 deb)

execute_process(COMMAND dpkg-deb --field ${deb} Depends OUTPUT_VARIABLE depends OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REPLACE ", " ";" expected "${EXPECT_DEPENDS}")
foreach(entry IN LISTS expected ITEMS "libc6 (>=" "libtorch1.13" "libqt6widgets6 (>=" "libopencv-core406" "libzip4")
  string(FIND "${depends}" "${entry}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "Depends lacks '${entry}': ${depends}")
  endif()
endforeach()

execute_process(COMMAND dpkg-deb --contents ${deb} OUTPUT_VARIABLE contents)
foreach(path usr/bin/oneshot usr/bin/oneshot-studio org.oneshotstudio.OneshotStudio.desktop
        org.oneshotstudio.OneshotStudio.metainfo.xml hicolor/scalable/apps/org.oneshotstudio.OneshotStudio.svg
        hicolor/48x48/apps/org.oneshotstudio.OneshotStudio.png usr/share/doc/oneshot-studio/copyright
        usr/share/doc/oneshot-studio/changelog.gz usr/share/man/man1/oneshot.1.gz
        usr/share/man/man1/oneshot-studio.1.gz)
  string(FIND "${contents}" "${path}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${deb} lacks ${path}")
  endif()
endforeach()

find_program(LINTIAN lintian)
if(LINTIAN)
  # As root (CI) lintian asks not to be; the checks are the same.
  execute_process(COMMAND ${LINTIAN} --tag-display-limit 0 ${deb} RESULT_VARIABLE rc OUTPUT_VARIABLE tags
                  ERROR_VARIABLE lintian_err)
  string(REGEX MATCHALL "(^|\n)[EW]: [^\n]*" problems "${tags}")
  if(problems OR NOT rc EQUAL 0)
    message(FATAL_ERROR "lintian on ${deb}:\n${tags}\n${lintian_err}")
  endif()
  message(STATUS "lintian: no errors or warnings")
else()
  message(STATUS "lintian is not installed (Debian package lintian): the package was not linted")
endif()

set(root ${BUILD_DIR}/deb-root)
file(REMOVE_RECURSE ${root})
execute_process(COMMAND dpkg-deb -x ${deb} ${root} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -x ${deb} failed")
endif()
foreach(run "oneshot;--version" "oneshot;--help" "oneshot-studio;--version")
  list(POP_FRONT run program)
  execute_process(COMMAND ${root}/usr/bin/${program} ${run} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "oneshot")
    message(FATAL_ERROR "${program} ${run} from the package: exit ${rc}\n${out}\n${err}")
  endif()
endforeach()
find_program(MAN man)
if(MAN)
  foreach(page oneshot oneshot-studio)
    execute_process(COMMAND ${MAN} -l ${root}/usr/share/man/man1/${page}.1.gz RESULT_VARIABLE rc
                    OUTPUT_VARIABLE text_${page} ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT text_${page} MATCHES "DESCRIPTION")
      message(FATAL_ERROR "man -l ${page}.1.gz: exit ${rc}\n${err}")
    endif()
  endforeach()
  # oneshot.1 holds every command with its options.
  string(REGEX REPLACE "[ \t\n]+" " " flat "${text_oneshot}")
  string(TOUPPER "${flat}" flat)
  foreach(command TRAIN CONFIG REPRODUCE REPORT EVALUATE EXPORT-PYTHON)
    string(FIND "${flat}" "COMMAND ${command}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "oneshot.1 does not document the ${command} command")
    endif()
  endforeach()
else()
  message(STATUS "man is not installed (Debian package man-db): the manual pages were not formatted")
endif()
message(STATUS "${deb}: Depends: ${depends}")
