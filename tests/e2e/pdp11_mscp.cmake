# The MSCP disk controller (UDA50) on the PDP-11: SET RQ ENABLED, BOOT RQ0 of an image whose
# boot block the script writes (the TMSCP boot is tests/devices/mscp_boot_test.cpp).
simmon_script_test(pdp11-mscp-boot pdp11 ${CMAKE_CURRENT_SOURCE_DIR}/pdp11_mscp_boot.ini)
