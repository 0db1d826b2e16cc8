# CP-67's SHUTDOWN, warm and cold start (docs/cp67.md "Shutdown, warm and cold start"): CMS
# files and spool files kept across a SHUTDOWN and a new IPL of CP, warm, in a new simmon;
# a cold start's empty spool (s360_cp67_persist.sh runs s360_cp67_persist_1-3.ini).
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-persist)
add_test(NAME e2e:s360-cp67-persist
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_persist.sh $<TARGET_FILE:simmon>
                 ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-persist)
set_tests_properties(e2e:s360-cp67-persist PROPERTIES TIMEOUT 300)

# ./scripts/run's default: CP-67 with the console user in CMS (scripts/lib/run_cp67.sh and
# software-kits/s360/cp67/cp67-cms.ini) on a pty, as a person runs it: a cold start in a
# fresh working folder, CMS's ready line at the console, a telnet user logged on meanwhile,
# SHUTDOWN; the second start in the folder is warm (s360_cp67_persist_run.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-cp67-default-run
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_persist_run.py ${SIMMON_ROOT}
                   ${CMAKE_BINARY_DIR} ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-default-run)
  set_tests_properties(e2e:s360-cp67-default-run PROPERTIES TIMEOUT 300)
else()
  message(WARNING "python3 not found: the CP-67 default run test is not registered")
endif()

# The operator's DRAIN and START of the real printer, QUERY PAGING, and LINK with a
# minidisk's passwords (s360_cp67_persist_oper.ini: the operator at the 1052, USER1 at a
# teletype line the script types on).
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-persist-oper)
add_test(NAME e2e:s360-cp67-persist-oper
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_persist_oper.ini
                 ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-persist-oper)
set_tests_properties(e2e:s360-cp67-persist-oper PROPERTIES TIMEOUT 300)
