# SET PANEL ON/OFF at the console with SDL's dummy video driver (docs/panels.md); only
# when SDL2 is compiled in.
if(SIMMON_HAVE_SDL)
  simmon_script_test(pdp11-panel pdp11 ${CMAKE_CURRENT_SOURCE_DIR}/panel.ini)
  set_tests_properties(e2e:pdp11-panel PROPERTIES ENVIRONMENT "SDL_VIDEODRIVER=dummy")
  # The 360/67's panel open while hello.deck (../shared/testdata/s360/decks) runs.
  simmon_script_test(s360-panel s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_panel.ini ${SIMMON_TESTDATA}/s360/decks)
  set_tests_properties(e2e:s360-panel PROPERTIES ENVIRONMENT "SDL_VIDEODRIVER=dummy")
  # Without a display SET PANEL ON says so in one line and the script goes on.
  add_test(NAME e2e:pdp11-panel-no-display
           COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=SDL_VIDEODRIVER
                   $<TARGET_FILE:simmon> pdp11 ${CMAKE_CURRENT_SOURCE_DIR}/panel_no_display.ini)
  set_tests_properties(e2e:pdp11-panel-no-display PROPERTIES TIMEOUT 60
                       PASS_REGULAR_EXPRESSION "panel_no_display.ini:[0-9]+: No panel: no display [^\n]*\nDONE")
endif()
