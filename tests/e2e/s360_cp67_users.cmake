# CP-67's terminals, LOGIN and commands (software-kits/s360/cp67/terminal, commands,
# directory) as users meet them: the operator at the 1052 (the script's EXPECT/SEND) and
# three users over telnet on the 2703, two 2741s and a teletype (s360_cp67_users_run.py).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-cp67-users-telnet
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_users_run.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_users.ini ${CMAKE_BINARY_DIR}/software-kits/s360
                   ${CMAKE_CURRENT_BINARY_DIR}/cp67_users)
  set_tests_properties(e2e:s360-cp67-users-telnet PROPERTIES TIMEOUT 300)
else()
  message(WARNING "python3 not found: the CP-67 users telnet test is not registered")
endif()

# CMS in the virtual machines (needs cp-vio's virtual I/O): IPL CMS from a telnet 2741,
# CP commands from CMS, ATTN into CP mode, QUERY VIRTUAL, a message, BEGIN, LOGOUT.
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:s360-cp67-users-cms
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_users_cms_run.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_users_cms.ini ${CMAKE_BINARY_DIR}/software-kits/s360
                   ${CMAKE_CURRENT_BINARY_DIR}/cp67_users_cms)
  set_tests_properties(e2e:s360-cp67-users-cms PROPERTIES TIMEOUT 300)
endif()

# The commands that look at and change a virtual machine, LINK and QUERY of real devices,
# with their bad operands (s360_cp67_users_commands.ini: the operator at the 1052, in CP
# mode and from CMS).
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-users-commands)
add_test(NAME e2e:s360-cp67-users-commands
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_users_commands.ini
                 ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-users-commands)
set_tests_properties(e2e:s360-cp67-users-commands PROPERTIES TIMEOUT 600)

# SLEEP (s360_cp67_users_sleep.ini: the operator at the 1052, in CP mode and from CMS; the
# end by the kernel's timer request and by attention).
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-users-sleep)
add_test(NAME e2e:s360-cp67-users-sleep
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_users_sleep.ini
                 ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-users-sleep)
set_tests_properties(e2e:s360-cp67-users-sleep PROPERTIES TIMEOUT 600)

# ADSTOP (s360_cp67_users_adstop.ini: the operator at the 1052 stops a loop it stored, at
# one instruction and then another, BEGIN going on from each; OFF; bad operands).
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-users-adstop)
add_test(NAME e2e:s360-cp67-users-adstop
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_users_adstop.ini
                 ${CMAKE_BINARY_DIR}/software-kits/s360
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-users-adstop)
set_tests_properties(e2e:s360-cp67-users-adstop PROPERTIES TIMEOUT 600)
