# CP-67 with storage short (docs/cp67.md, "The dispatcher"): three CMS users on a 256K real
# machine, one of them changing every page of its 512K in CP mode while the others IPL and
# work; every user's answers right, QUERY PAGING and SHOW CPU STATS printed
# (s360_cp67_short_run.py drives three telnet 2741s; s360_cp67_short.ini is the operator).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-cp67-short
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_short_run.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_short.ini ${CMAKE_BINARY_DIR}/software-kits/s360
                   ${CMAKE_CURRENT_BINARY_DIR}/cp67_short)
  set_tests_properties(e2e:s360-cp67-short PROPERTIES TIMEOUT 300)
else()
  message(WARNING "python3 not found: the CP-67 short-storage test is not registered")
endif()
