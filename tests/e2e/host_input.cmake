# Record and replay (issue 7): UNIX V6 typed to at a terminal (a pty driven from Python)
# with SET CONSOLE RECORD, then replayed in batch with SET CONSOLE REPLAY: the same console
# output byte for byte and the same instruction count.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:pdp11-unix-v6-record-replay
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/record_replay_v6.py $<TARGET_FILE:simmon>
                   ${SIMMON_TESTDATA}/pdp11 ${CMAKE_CURRENT_BINARY_DIR}/record-replay-v6)
  set_tests_properties(e2e:pdp11-unix-v6-record-replay PROPERTIES TIMEOUT 600)
else()
  message(WARNING "python3 not found: the record and replay test of UNIX V6 is not registered")
endif()
