# The CMS file system's modules on the bare machine (software-kits/s360/cms/filesys):
# cmsvol makes three disks, fstest (laid on the S disk as its nucleus and IPLed from it)
# works on them, and cmsvol
# checks on the host what it wrote (cms_filesys_setup.sh, cms_filesys.ini,
# cms_filesys_check.sh).
set(cms_fs_dir ${CMAKE_CURRENT_BINARY_DIR}/cms-filesys)
file(MAKE_DIRECTORY ${cms_fs_dir})
add_test(NAME e2e:cms-filesys-disks
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cms_filesys_setup.sh $<TARGET_FILE:cmsvol> ${cms_fs_dir}
                 ${CMAKE_BINARY_DIR}/software-kits/s360/cms/filesys/test/fstest.img)
set_tests_properties(e2e:cms-filesys-disks PROPERTIES FIXTURES_SETUP cms-filesys-disks)
add_test(NAME e2e:cms-filesys-standalone
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/cms_filesys.ini ${cms_fs_dir}
         WORKING_DIRECTORY ${cms_fs_dir})
set_tests_properties(e2e:cms-filesys-standalone PROPERTIES TIMEOUT 600 FIXTURES_REQUIRED cms-filesys-disks
                     FIXTURES_SETUP cms-filesys-run)
add_test(NAME e2e:cms-filesys-host-check
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/cms_filesys_check.sh $<TARGET_FILE:cmsvol> ${cms_fs_dir})
set_tests_properties(e2e:cms-filesys-host-check PROPERTIES FIXTURES_REQUIRED "cms-filesys-disks;cms-filesys-run"
                     DEPENDS e2e:cms-filesys-standalone)
