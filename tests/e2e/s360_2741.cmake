# A 2703 line with an IBM 2741 on it, driven over telnet by a test client
# (s360_2741_run.py): echo2741 (software-kits/s360/tty) echoes a line typed in mixed case
# through the 2741's EBCD line codes and shifts, answers the ATTN key, then bye ends it.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-2741-telnet
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_2741_run.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/s360_2741.ini ${CMAKE_BINARY_DIR}/software-kits/s360)
  set_tests_properties(e2e:s360-2741-telnet PROPERTIES TIMEOUT 120)
else()
  message(WARNING "python3 not found: the 2741 telnet test is not registered")
endif()
