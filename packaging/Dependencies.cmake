# Reads packaging/debian-packages.txt, the one list of Debian packages, into
# ONESHOT_DEBIAN_RUNTIME_DEPENDS (comma separated, for the .deb's Depends).
file(STRINGS "${CMAKE_CURRENT_LIST_DIR}/debian-packages.txt" _oneshot_dep_lines)
set(_oneshot_runtime "")
foreach(_line IN LISTS _oneshot_dep_lines)
  if(_line MATCHES "^runtime[ \t]+([^ \t#]+)")
    list(APPEND _oneshot_runtime "${CMAKE_MATCH_1}")
  endif()
endforeach()
list(REMOVE_DUPLICATES _oneshot_runtime)
string(REPLACE ";" ", " ONESHOT_DEBIAN_RUNTIME_DEPENDS "${_oneshot_runtime}")
