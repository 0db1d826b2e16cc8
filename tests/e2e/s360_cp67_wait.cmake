# A virtual machine in a disabled wait (s360_cp67_wait.ini): CP types CP ENTERED; DISABLED
# WAIT PSW and the terminal is in CP mode, for the operator at the 1052 and for a user at
# a 2741 on the 2703: QUERY TIME, DISPLAY PSW and IPL CMS typed there are echoed and
# answered, and CMS runs again.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-wait)
add_test(NAME e2e:s360-cp67-wait
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_wait.ini
                 ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-wait)
set_tests_properties(e2e:s360-cp67-wait PROPERTIES TIMEOUT 300)
