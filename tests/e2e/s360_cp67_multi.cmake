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

# Three users over telnet against the bare machine (s360_cp67_multi_run.py): the same CMS
# work (FORMAT, EDIT of an EXEC, the EXEC, GREET loaded and started, LISTF, TYPE) on the bare
# 360/67 (its 1052 on telnet, s360_cp67_multi_bare.ini) and by three users of CP-67 at once
# (s360_cp67_multi_cms.ini); each user's transcript must equal the bare machine's but for
# the ready messages' timing fields, and their work must overlap in time.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-cp67-multi-cms
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_multi_run.py $<TARGET_FILE:simmon>
                   $<TARGET_FILE:cmsvol> ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_BINARY_DIR}/software-kits/s360
                   ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-multi-cms)
  set_tests_properties(e2e:s360-cp67-multi-cms PROPERTIES TIMEOUT 300)
else()
  message(WARNING "python3 not found: the CP-67 three-user telnet test is not registered")
endif()
