# CP-67's dispatcher and scheduler (software-kits/s360/cp67/kernel/dispatch.asm, sched.asm;
# docs/cp67.md "The dispatcher"): two users at 2703 lines get a response to CMS commands
# in under a simulated second while the operator's CMS loops (s360_cp67_sched.ini, the
# times read and checked by s360_cp67_sched.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-cp67-sched-loop
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_sched.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_sched.ini ${CMAKE_BINARY_DIR}/software-kits/s360
                   ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-sched-loop)
  set_tests_properties(e2e:s360-cp67-sched-loop PROPERTIES TIMEOUT 300)
else()
  message(WARNING "python3 not found: the CP-67 dispatcher tests are not registered")
endif()

# The same CMS work with DIAGNOSE X'18' disk I/O and with channel programs (SET DIAG ON and
# OFF, s360_cp67_sched_diag.ini run twice): equal transcripts, the instruction counts of both.
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-cp67-sched-diag
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_sched_diag.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_sched_diag.ini ${CMAKE_BINARY_DIR}/software-kits/s360
                   ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-sched-diag)
  set_tests_properties(e2e:s360-cp67-sched-diag PROPERTIES TIMEOUT 300)
endif()
