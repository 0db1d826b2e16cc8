# CMS's CP command from an EXEC and typed, and virtual IPLs that wait for pages on a 256K
# real machine with two CMS users (s360_cp67_fix_run.py drives two telnet 2741s;
# s360_cp67_fix.ini is the operator at the 1052).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-cp67-fix
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_fix_run.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_fix.ini ${CMAKE_BINARY_DIR}/software-kits/s360
                   ${CMAKE_CURRENT_BINARY_DIR}/cp67_fix)
  set_tests_properties(e2e:s360-cp67-fix PROPERTIES TIMEOUT 500)
else()
  message(WARNING "python3 not found: the CP-67 fix test is not registered")
endif()
