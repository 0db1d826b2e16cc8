# SNAPSHOT and REVERT at the console on UNIX V6 (tests/devices/v6_snapshot_test.cpp checks
# the same round trip byte for byte and instruction for instruction).
simmon_script_test(pdp11-unix-v6-snapshot pdp11 ${CMAKE_CURRENT_SOURCE_DIR}/unix_v6_snapshot.ini
                   ${SIMMON_TESTDATA}/pdp11 ${CMAKE_CURRENT_BINARY_DIR}/unix-v6-snapshot)
