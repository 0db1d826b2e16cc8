# Device timing as users meet it at the console: SET TTO SPEED and the printer's character
# time seen by a polling program (docs/machines/pdp11-devices.md, "Time").
simmon_script_test(pdp11-device-timing pdp11 ${CMAKE_CURRENT_SOURCE_DIR}/device_timing.ini)
