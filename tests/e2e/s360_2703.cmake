# A 2703 Teletype line driven over telnet by a test client (s360_2703_run.py): ttyecho
# (software-kits/s360/tty) echoes two lines typed on the line, then BYE ends it.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-2703-telnet
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_2703_run.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/s360_2703.ini ${CMAKE_BINARY_DIR}/software-kits/s360)
  set_tests_properties(e2e:s360-2703-telnet PROPERTIES TIMEOUT 120)
else()
  message(WARNING "python3 not found: the 2703 telnet test is not registered")
endif()
