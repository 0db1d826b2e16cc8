# Several users of CP-67 at once (docs/cp67.md, "Several users at once"): three scripted
# terminals on the 2703 (SEND/EXPECT COM:n) log in together, each IPLs CMS from the shared
# system disk and FORMATs its own 191 while the others do (a program translated in pieces
# keeps its real device; a page CP needs again is not stolen twice; a key typed on a line
# while CMS waits for it is CMS's input, not CP mode); MSG both ways; SHUTDOWN.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-multi-format)
add_test(NAME e2e:s360-cp67-multi-format
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_multi_format.ini
                 ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-multi-format)
set_tests_properties(e2e:s360-cp67-multi-format PROPERTIES TIMEOUT 300)

# A file punched from one user to another (SPOOL PUNCH TO USER2, PUNCH, CLOSE): USER2 is told
# at once, QUERY READER lists it, OFFLINE READ reads it in, COMPARE finds it equal to the
# file USER1 punched (both made by LISTF from the same system disk); MSG both ways.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-multi-spool)
add_test(NAME e2e:s360-cp67-multi-spool
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_multi_spool.ini
                 ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-multi-spool)
set_tests_properties(e2e:s360-cp67-multi-spool PROPERTIES TIMEOUT 300)
