# Bad input end to end: a DO file full of mistakes that must each be reported and
# survived, and the WRU and Ctrl-C keys at a real terminal (a pty driven from Python).
simmon_script_test(scp-bad-input pdp11 ${CMAKE_CURRENT_SOURCE_DIR}/bad_input.ini)

find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:scp-wru-and-ctrl-c-at-a-terminal
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/console_pty.py $<TARGET_FILE:simmon>)
  set_tests_properties(e2e:scp-wru-and-ctrl-c-at-a-terminal PROPERTIES TIMEOUT 300)
  add_test(NAME e2e:scp-sigint-without-a-terminal
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/sigint_batch.py $<TARGET_FILE:simmon>)
  set_tests_properties(e2e:scp-sigint-without-a-terminal PROPERTIES TIMEOUT 300)
else()
  message(WARNING "python3 not found: the terminal (pty) test of WRU and Ctrl-C is not registered")
endif()

# SET CONSOLE TELNET=port with a telnet client on 127.0.0.1 (issue 8).
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:scp-console-telnet
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/console_telnet.py $<TARGET_FILE:simmon>)
  set_tests_properties(e2e:scp-console-telnet PROPERTIES TIMEOUT 300)
endif()
