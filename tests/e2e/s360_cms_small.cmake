# CMS in small machines (docs/machines/cms.md, "Storage"): the nucleus keeps the disks'
# directories and an EXEC's lines in its free storage, so it fits a 256K 360/67. The same
# session (FORMAT, EDIT, an EXEC, GREET built by asm360 loaded and started) on 256K and
# 512K gives the same transcript; ACCESS of more disks than storage holds gives CMS's
# DMSACC109S and CMS goes on (s360_cms_small.sh with s360_cms_small.ini and
# s360_cms_small_disks.ini).
set(s360_cms_small_kit ${CMAKE_BINARY_DIR}/software-kits/s360)
add_test(NAME e2e:s360-cms-small
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_small.sh $<TARGET_FILE:simmon> $<TARGET_FILE:cmsvol>
                 ${s360_cms_small_kit} ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/s360-cms-small sizes)
set_tests_properties(e2e:s360-cms-small PROPERTIES TIMEOUT 600)
add_test(NAME e2e:s360-cms-small-disks
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_small.sh $<TARGET_FILE:simmon> $<TARGET_FILE:cmsvol>
                 ${s360_cms_small_kit} ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/s360-cms-small-disks disks)
set_tests_properties(e2e:s360-cms-small-disks PROPERTIES TIMEOUT 600)
