# CP-67's SHUTDOWN, warm and cold start (docs/cp67.md "Shutdown, warm and cold start"): CMS
# files and spool files kept across a SHUTDOWN and a new IPL of CP, warm, in a new simmon;
# a cold start's empty spool (s360_cp67_persist.sh runs s360_cp67_persist_1-3.ini).
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-persist)
add_test(NAME e2e:s360-cp67-persist
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_persist.sh $<TARGET_FILE:simmon>
                 ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-persist)
set_tests_properties(e2e:s360-cp67-persist PROPERTIES TIMEOUT 300)
