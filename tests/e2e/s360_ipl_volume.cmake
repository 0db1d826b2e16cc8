# IPL from a disk volume that link360 --ckd wrote (machines/s360/asm360/ipl_volume.hpp):
# hello360's object decks are linked onto a new compressed 2311, 2314 and 2301 volume,
# each on other tracks (the default 0/1, the last head of cylinder 7, the drum's last
# track), then IPLed from the drive on `simmon s360`. The greeting on the 1052, the wait
# PSW and the 1403's report, byte for byte, show the whole program came from the disk.
set(s360_kit_dir ${CMAKE_BINARY_DIR}/software-kits/s360)
foreach(case "2311;DA0;190;0/1" "2314;DB0;230;7/19" "2301;DA1;191;0/199")
  list(GET case 0 model)
  list(GET case 1 drive)
  list(GET case 2 address)
  list(GET case 3 tracks)
  set(volume ${CMAKE_CURRENT_BINARY_DIR}/hello360-${model}.cckd)
  set(lpr ${CMAKE_CURRENT_BINARY_DIR}/hello360-${model}.1403.txt)
  add_test(NAME e2e:s360-link360-ckd-${model}
           COMMAND $<TARGET_FILE:link360> ${s360_kit_dir}/hello360.obj ${s360_kit_dir}/iosubs.obj --origin 200
                   --ckd ${volume},${model} --ckd-tracks ${tracks}
           WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
  set_tests_properties(e2e:s360-link360-ckd-${model} PROPERTIES FIXTURES_SETUP hello360-${model}-volume)
  add_test(NAME e2e:s360-ipl-volume-${model}
           COMMAND ${CMAKE_COMMAND}
                   "-DCOMMAND=$<TARGET_FILE:simmon>;s360;${CMAKE_CURRENT_SOURCE_DIR}/s360_ipl_volume.ini;${volume};${drive};${model};${address};${lpr}"
                   -DOUTPUT=${lpr} -DEXPECTED=${CMAKE_CURRENT_SOURCE_DIR}/s360_hello360.1403.txt
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/support/run_and_compare.cmake
           WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
  set_tests_properties(e2e:s360-ipl-volume-${model} PROPERTIES TIMEOUT 600 FIXTURES_REQUIRED hello360-${model}-volume)
endforeach()

# link360 --ckd refuses what cannot be: one line each, and no volume is left behind.
add_test(NAME e2e:s360-link360-ckd-refused-track0
         COMMAND $<TARGET_FILE:link360> ${s360_kit_dir}/hello360.obj ${s360_kit_dir}/iosubs.obj --origin 200
                 --ckd ${CMAKE_CURRENT_BINARY_DIR}/refused.ckd,2314,2 --ckd-tracks 0/0
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(e2e:s360-link360-ckd-refused-track0 PROPERTIES PASS_REGULAR_EXPRESSION
  "^link360: error: [^\n]*refused.ckd: cylinder 0 head 0 holds the IPL records: the program must start on a later track\n$")
add_test(NAME e2e:s360-link360-ckd-refused-type
         COMMAND $<TARGET_FILE:link360> ${s360_kit_dir}/hello360.obj --ckd refused.ckd,3330)
set_tests_properties(e2e:s360-link360-ckd-refused-type PROPERTIES PASS_REGULAR_EXPRESSION
  "^link360: --ckd needs VOLUME\\[,TYPE\\[,CYLINDERS\\]\\], TYPE 2311, 2314 or 2301\n$")
