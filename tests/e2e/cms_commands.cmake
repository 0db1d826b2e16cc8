# The CMS file commands at the console (software-kits/s360/cms/filesys): a session on
# disks cmsvol made (cms_commands_setup.sh, cms_commands.ini), checked on the host
# afterwards (cms_commands_check.sh).
set(cms_cmd_dir ${CMAKE_CURRENT_BINARY_DIR}/cms-commands)
file(MAKE_DIRECTORY ${cms_cmd_dir})
add_test(NAME e2e:cms-commands-disks
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cms_commands_setup.sh $<TARGET_FILE:cmsvol> ${cms_cmd_dir}
                 ${CMAKE_BINARY_DIR}/software-kits/s360/cms/cms.img)
set_tests_properties(e2e:cms-commands-disks PROPERTIES FIXTURES_SETUP cms-commands-disks)
add_test(NAME e2e:cms-commands-session
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/cms_commands.ini ${cms_cmd_dir}
         WORKING_DIRECTORY ${cms_cmd_dir})
set_tests_properties(e2e:cms-commands-session PROPERTIES TIMEOUT 600 FIXTURES_REQUIRED cms-commands-disks
                     FIXTURES_SETUP cms-commands-run)
add_test(NAME e2e:cms-commands-host-check
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cms_commands_check.sh $<TARGET_FILE:cmsvol> ${cms_cmd_dir}
         WORKING_DIRECTORY ${cms_cmd_dir})
set_tests_properties(e2e:cms-commands-host-check PROPERTIES FIXTURES_REQUIRED "cms-commands-disks;cms-commands-run"
                     DEPENDS e2e:cms-commands-session)
