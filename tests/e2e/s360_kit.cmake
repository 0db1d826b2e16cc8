# The S/360 software kit (software-kits/s360): hello360, assembled and linked at build time,
# IPLed from the reader by the kit's default run; its 1403 report must match exactly.
set(s360_kit_lpr ${CMAKE_CURRENT_BINARY_DIR}/s360-default-kit.1403.txt)
add_test(NAME e2e:s360-default-kit
         COMMAND ${CMAKE_COMMAND} "-DCOMMAND=$<TARGET_FILE:simmon>;s360;${SIMMON_ROOT}/software-kits/s360/default.ini"
                 -DOUTPUT=${s360_kit_lpr} -DEXPECTED=${CMAKE_CURRENT_SOURCE_DIR}/s360_hello360.1403.txt
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/support/run_and_compare.cmake
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
set_tests_properties(e2e:s360-default-kit PROPERTIES TIMEOUT 600
                     ENVIRONMENT "S360_KIT=${CMAKE_BINARY_DIR}/software-kits/s360;S360_LPR=${s360_kit_lpr}")

# The ./scripts/bench s360 decks, shortened to 1000 iterations, with translation off and on.
foreach(bench benchrr benchmix)
  foreach(dat 0 1)
    simmon_script_test(s360-bench-${bench}-dat${dat} s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_bench_deck.ini
                       ${CMAKE_BINARY_DIR}/software-kits/s360 ${bench} ${dat})
  endforeach()
endforeach()
