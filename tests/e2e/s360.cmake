# S/360 scripted runs: the CPU at the console (symbolic DEPOSIT, a run to a disabled wait,
# registers by name, a page fault resolved under DAT).
simmon_script_test(s360-cpu-console s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cpu.ini)
