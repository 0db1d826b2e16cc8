# CP-67's virtual I/O and spooling (software-kits/s360/cp67/vio, spool; docs/cp67.md
# "Virtual I/O"): CMS in a virtual machine on its minidisks, and its printer file on the
# real 1403 (s360_cp67_vio_cms.ini, run by s360_cp67_vio_cms.sh).
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-vio-cms)
add_test(NAME e2e:s360-cp67-vio-cms
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_vio_cms.sh $<TARGET_FILE:simmon>
                 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_vio_cms.ini ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-vio-cms)
set_tests_properties(e2e:s360-cp67-vio-cms PROPERTIES TIMEOUT 600)

# A guest that does wrong things with I/O (s360_cp67_vio_guest.asm, IPLed from the
# operator's 191 by s360_cp67_vio_guest.sh and .ini): the architected condition codes,
# status, sense and DIAGNOSE X'18' codes, and CP goes on.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-vio-guest)
add_test(NAME e2e:s360-cp67-vio-guest
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_vio_guest.sh $<TARGET_FILE:simmon>
                 $<TARGET_FILE:asm360> $<TARGET_FILE:link360> ${CMAKE_CURRENT_SOURCE_DIR}
                 ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-vio-guest)
set_tests_properties(e2e:s360-cp67-vio-guest PROPERTIES TIMEOUT 600)

# Spool files across a warm start (s360_cp67_vio_spool.ini, run by s360_cp67_vio_spool.sh):
# a print file the real 1403 could not print comes out after CP is IPLed again, warm.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-vio-spool)
add_test(NAME e2e:s360-cp67-vio-spool
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_vio_spool.sh $<TARGET_FILE:simmon>
                 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_vio_spool.ini ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-vio-spool)
set_tests_properties(e2e:s360-cp67-vio-spool PROPERTIES TIMEOUT 600)

# Spooling's commands with CMS (s360_cp67_vio_cards.ini): SPOOL PUNCH TO *, PUNCH, CLOSE,
# QUERY READER, ORDER, OFFLINE READ, TRANSFER, PURGE, QUERY FILES.
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-vio-cards)
add_test(NAME e2e:s360-cp67-vio-cards
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_vio_cards.ini
                 ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-vio-cards)
set_tests_properties(e2e:s360-cp67-vio-cards PROPERTIES TIMEOUT 600)
