# IBM BOS/360 from ../shared/testdata/s360/bos360 (issue 9's acceptance): IPL from tape,
# the operator's dialogue, inittap, demo_asm and demo_fort to their EOJ, the 1403 and
# console output compared with the reference run. The driver fails (never skips) when the
# test data is missing.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-bos360
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/bos360_run.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/s360_bos360.ini ${SIMMON_TESTDATA}/s360/bos360
                   ${CMAKE_SOURCE_DIR}/software-kits/s360/bos360.ini)
  set_tests_properties(e2e:s360-bos360 PROPERTIES TIMEOUT 600)
else()
  message(WARNING "python3 not found: the BOS/360 test is not registered")
endif()
