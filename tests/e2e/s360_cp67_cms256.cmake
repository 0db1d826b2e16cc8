# CMS in a 256K virtual machine under CP-67 (docs/machines/cms.md, "Storage"): the
# operator (256K in USER DIRECT) IPLs CMS, edits and runs an EXEC, loads, starts and
# GENMODs GREET (s360_cp67_cms256.ini).
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-cms256)
add_test(NAME e2e:s360-cp67-cms256
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_cms256.ini
                 ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-cms256)
set_tests_properties(e2e:s360-cp67-cms256 PROPERTIES TIMEOUT 600)
