# Page faults under DAT in 24- and 32-bit mode, resolved by a program of our own
# (software-kits/s360/dat/datfault.asm, assembled by asm360).
simmon_script_test(s360-datfault s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_datfault.ini
                   ${CMAKE_BINARY_DIR}/software-kits/s360)
