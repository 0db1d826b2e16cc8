# SIMH scripts from the wild run unchanged (issue 8): every command accepted, or refused
# only as hardware listed as not modelled. The scripts come from ../shared/testdata; a
# missing folder fails the test.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:pdp11-simh-scripts
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/simh_scripts.py $<TARGET_FILE:simmon>
                   ${SIMMON_TESTDATA}/pdp11/simh-scripts ${SIMMON_ROOT}/docs/machines/pdp11.md)
  # One script attaches the DZ11 to TCP port 4000.
  set_tests_properties(e2e:pdp11-simh-scripts PROPERTIES TIMEOUT 600 RESOURCE_LOCK tcp-port-4000)
else()
  message(WARNING "python3 not found: the SIMH scripts test is not registered")
endif()

# SIMH's script commands (ASSERT, SHIFT, SET ENV -A, GO UNTIL, RUNLIMIT ...) in a script of
# our own.
simmon_script_test(pdp11-simh-commands pdp11 ${CMAKE_CURRENT_SOURCE_DIR}/simh_commands.ini)

# SIMH's machine-independent commands (SET dev HEX, SET/SHOW CLOCKS, THROTTLE x/t, ON
# CONTROL_C, the telnet console, unknown switches) on each machine.
foreach(machine pdp11 s360 vax)
  simmon_script_test(${machine}-simh-common ${machine} ${CMAKE_CURRENT_SOURCE_DIR}/simh_common.ini)
endforeach()
# SEND and EXPECT on a DZ11 line, with a guest program answering on it.
simmon_script_test(pdp11-simh-send-expect-line pdp11 ${CMAKE_CURRENT_SOURCE_DIR}/simh_send_expect_line.ini)
