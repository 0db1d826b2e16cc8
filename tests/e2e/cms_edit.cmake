# EDIT, the CMS context editor (software-kits/s360/cms/edit): a session at the console on
# a new user disk, then the disk read on the host (cms_edit.sh, cms_edit.ini).
add_test(NAME e2e:cms-edit
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cms_edit.sh $<TARGET_FILE:simmon> $<TARGET_FILE:cmsvol>
                 ${CMAKE_BINARY_DIR}/software-kits/s360 ${CMAKE_CURRENT_SOURCE_DIR}/cms_edit.ini
                 ${CMAKE_CURRENT_BINARY_DIR}/cms-edit)
set_tests_properties(e2e:cms-edit PROPERTIES TIMEOUT 600)
