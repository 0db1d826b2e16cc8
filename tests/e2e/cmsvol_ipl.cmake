# A CMS disk that IPLs (software-kits/s360/cms/tools, cmsvol): a new 2314 volume with two
# nucleus cylinders gets a text file and, as its nucleus, hello360's image (linked at
# X'200'); IPL from the drive runs it (greeting, 1403 report byte for byte) and the file
# still reads back as it was written: the IPL records and the nucleus left the CMS
# directory alone.
set(s360_kit_dir ${CMAKE_BINARY_DIR}/software-kits/s360)
set(cmsvol_volume ${CMAKE_CURRENT_BINARY_DIR}/cmsvol-ipl.ckd)
set(cmsvol_text ${CMAKE_CURRENT_SOURCE_DIR}/s360_hello360.1403.txt)
add_test(NAME e2e:cmsvol-make-system-disk
         COMMAND sh -c "rm -f '${cmsvol_volume}' && '$<TARGET_FILE:cmsvol>' create '${cmsvol_volume}' --model 2314 --cylinders 6 --nucleus-cylinders 2 --label S360SY && '$<TARGET_FILE:cmsvol>' add '${cmsvol_volume}' '${cmsvol_text}' REPORT LISTING S2 && '$<TARGET_FILE:cmsvol>' ipl '${cmsvol_volume}' '${s360_kit_dir}/hello360.img' --origin 200"
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(e2e:cmsvol-make-system-disk PROPERTIES FIXTURES_SETUP cmsvol-system-disk)
set(cmsvol_lpr ${CMAKE_CURRENT_BINARY_DIR}/cmsvol-ipl.1403.txt)
add_test(NAME e2e:cmsvol-ipl-nucleus
         COMMAND ${CMAKE_COMMAND}
                 "-DCOMMAND=$<TARGET_FILE:simmon>;s360;${CMAKE_CURRENT_SOURCE_DIR}/s360_ipl_volume.ini;${cmsvol_volume};DB0;2314;230;${cmsvol_lpr}"
                 -DOUTPUT=${cmsvol_lpr} -DEXPECTED=${CMAKE_CURRENT_SOURCE_DIR}/s360_hello360.1403.txt
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/support/run_and_compare.cmake
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(e2e:cmsvol-ipl-nucleus PROPERTIES TIMEOUT 600 FIXTURES_REQUIRED cmsvol-system-disk)
set(cmsvol_back ${CMAKE_CURRENT_BINARY_DIR}/cmsvol-ipl.extract.txt)
add_test(NAME e2e:cmsvol-file-beside-nucleus
         COMMAND ${CMAKE_COMMAND}
                 "-DCOMMAND=$<TARGET_FILE:cmsvol>;extract;${cmsvol_volume};REPORT;LISTING;${cmsvol_back}"
                 -DOUTPUT=${cmsvol_back} -DEXPECTED=${cmsvol_text}
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/support/run_and_compare.cmake
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(e2e:cmsvol-file-beside-nucleus PROPERTIES FIXTURES_REQUIRED cmsvol-system-disk)
set_tests_properties(e2e:cmsvol-file-beside-nucleus PROPERTIES DEPENDS e2e:cmsvol-ipl-nucleus)
