# S/360 disks by channel programs of our own (software-kits/s360/dasd, assembled by asm360):
# format, write and read back a track on a 2314 (CKD and compressed CKD) and a 2311, and
# IPL from a 2311 volume. The volumes are made new in the test's folder.
set(s360_kit_dir ${CMAKE_BINARY_DIR}/software-kits/s360)
simmon_script_test(s360-ckd-2314 s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_ckdtest.ini
                   ${s360_kit_dir} DB0 ckdtest-2314.ckd 02 30)
simmon_script_test(s360-cckd-2314 s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_ckdtest.ini
                   ${s360_kit_dir} DB1 ckdtest-2314.cckd 02 31)
simmon_script_test(s360-ckd-2311 s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_ckdtest.ini
                   ${s360_kit_dir} DA1 ckdtest-2311.ckd 01 91)
simmon_script_test(s360-ipl-2311 s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_diskipl.ini ${s360_kit_dir})
