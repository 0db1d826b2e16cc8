# CP-67's per-user statistics (QUERY STATS) against the simulator's SHOW CPU STATS: the
# operator's CMS at the 1052 works (s360_cp67_stats.ini), s360_cp67_stats.py compares
# privileged operations by opcode, DIAGNOSE by code, page faults and SVCs.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-cp67-stats
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_stats.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_stats.ini ${CMAKE_BINARY_DIR}/software-kits/s360
                   ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-stats)
  set_tests_properties(e2e:s360-cp67-stats PROPERTIES TIMEOUT 300)
else()
  message(WARNING "python3 not found: the CP-67 statistics test is not registered")
endif()
