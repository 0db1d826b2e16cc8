# The stand-alone IPL decks of ../shared/testdata/s360/decks on the default configuration:
# each script takes the deck folder as %1; a missing deck fails its ATTACH and the test.
set(s360_decks ${SIMMON_TESTDATA}/s360/decks)
simmon_script_test(s360-hello-deck s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_hello_deck.ini ${s360_decks})
simmon_script_test(s360-crd2consl-deck s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_crd2consl_deck.ini ${s360_decks})
simmon_script_test(s360-echo-deck s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_echo_deck.ini ${s360_decks})
# SAVE and RESTORE in the middle of echo.deck's console read.
simmon_script_test(s360-state-echo s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_state_echo.ini ${s360_decks})
