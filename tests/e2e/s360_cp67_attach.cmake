# CP-67's dedicated devices (docs/cp67.md "Dedicated devices"): IBM's BOS/360, which knows
# nothing of CP, in a virtual machine - the operator ATTACHes the real tapes and reader,
# BOS360 IPLs its virtual 2400 over telnet, runs inittap and demo_asm; the virtual 1403's
# spool file, printed by CP on the real 1403, equals the bare machine's printout apart from
# dates and clock fields. ATTACH/DETACH in their forms and refusals, QUERY of the devices,
# their release at FORCE. The driver fails (never skips) when the test data is missing.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-cp67-bos
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_bos_run.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_bos.ini ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_bos_bare.ini
                   ${CMAKE_BINARY_DIR}/software-kits/s360 ${SIMMON_TESTDATA}/s360/bos360
                   ${CMAKE_CURRENT_BINARY_DIR}/cp67_bos)
  set_tests_properties(e2e:s360-cp67-bos PROPERTIES TIMEOUT 300)
  # A guest that drives real devices itself (s360_cp67_attach_guest.asm), on the bare machine
  # and in the operator's virtual machine with the tape 181 and the reader 00C ATTACHed: tape
  # endings at channel end and the device end that follows (busy meanwhile), HALT I/O of a
  # read, unit exception at a tape mark, intervention required with its sense, and the
  # reader's device end when cards are loaded, presented to the virtual machine. The two
  # transcripts must be equal.
  add_test(NAME e2e:s360-cp67-attach
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_attach_run.py $<TARGET_FILE:simmon>
                   $<TARGET_FILE:asm360> $<TARGET_FILE:link360> ${CMAKE_CURRENT_SOURCE_DIR}
                   ${CMAKE_BINARY_DIR}/software-kits/s360 ${CMAKE_CURRENT_BINARY_DIR}/cp67_attach)
  set_tests_properties(e2e:s360-cp67-attach PROPERTIES TIMEOUT 300)
  # A user logged off while its dedicated tape reads into sixteen of its pages: CP's count of
  # free page frames after the read has ended equals the count at LOGON (sixteen were lost
  # before VIOEND unfixed an orphaned program's pages).
  add_test(NAME e2e:s360-cp67-attach-leak
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_attach_leak.py $<TARGET_FILE:simmon>
                   $<TARGET_FILE:asm360> $<TARGET_FILE:link360> ${CMAKE_CURRENT_SOURCE_DIR}
                   ${CMAKE_BINARY_DIR}/software-kits/s360 ${CMAKE_BINARY_DIR}/software-kits/s360/cp67
                   ${CMAKE_CURRENT_BINARY_DIR}/cp67_attach_leak)
  set_tests_properties(e2e:s360-cp67-attach-leak PROPERTIES TIMEOUT 300)
else()
  message(WARNING "python3 not found: the CP-67 dedicated-device tests are not registered")
endif()
