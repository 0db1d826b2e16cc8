# VAX scripted runs: the CPU at the console (bytes deposited, symbolic EXAMINE, a run to
# a HALT, registers by name), the kit's default program (assembled by symbolic DEPOSIT),
# and DEC's EHKAA to its final HALT.
simmon_script_test(vax-cpu-console vax ${CMAKE_CURRENT_SOURCE_DIR}/vax_cpu.ini)
simmon_script_test(vax-default-kit vax ${SIMMON_ROOT}/software-kits/vax/default.ini)
simmon_script_test(vax-ehkaa vax ${CMAKE_CURRENT_SOURCE_DIR}/vax_ehkaa.ini ${SIMMON_TESTDATA}/vax)
simmon_script_test(vax-ka655-rom vax ${CMAKE_CURRENT_SOURCE_DIR}/vax_ka655_rom.ini ${SIMMON_TESTDATA}/vax)
simmon_script_test(vax-mscp-boot vax ${CMAKE_CURRENT_SOURCE_DIR}/vax_mscp_boot.ini ${SIMMON_TESTDATA}/vax)
