# Reads packaging/debian-packages.txt, the one list of Debian packages, into
# ONESHOT_DEBIAN_EXTRA_DEPENDS (comma separated): the .deb's Depends besides the shared libraries
# its binaries link, which dpkg-shlibdeps finds.
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/debian-packages.txt" _oneshot_dep_lines)
set(_oneshot_extra "")
foreach(_line IN LISTS _oneshot_dep_lines)
  if(_line MATCHES "^deb[ \t]+(.+)$")
    list(APPEND _oneshot_extra "${CMAKE_MATCH_1}")
  endif()
endforeach()
list(REMOVE_DUPLICATES _oneshot_extra)
string(REPLACE ";" ", " ONESHOT_DEBIAN_EXTRA_DEPENDS "${_oneshot_extra}")
