# VAX scripted runs: the CPU at the console (bytes deposited, symbolic EXAMINE, a run to
# a HALT, registers by name).
simmon_script_test(vax-cpu-console vax ${CMAKE_CURRENT_SOURCE_DIR}/vax_cpu.ini)
