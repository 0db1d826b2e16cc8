# The line editor at a real terminal: TAB completion from the SCP's tables (a pty driven
# from Python).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:scp-tab-completion-at-a-terminal
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/completion_pty.py $<TARGET_FILE:simmon>)
  set_tests_properties(e2e:scp-tab-completion-at-a-terminal PROPERTIES TIMEOUT 300)
else()
  message(WARNING "python3 not found: the terminal (pty) test of TAB completion is not registered")
endif()
