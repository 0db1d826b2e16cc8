# CMS (software-kits/s360/cms, docs/machines/cms.md), assembled by asm360 at build time and
# IPLed on the bare 360/67: the nucleus's command loop, messages and settings.
set(s360_cms_kit_dir ${CMAKE_BINARY_DIR}/software-kits/s360)
simmon_script_test(s360-cms-nucleus s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_nucleus.ini ${s360_cms_kit_dir})

# CMS programs: GREET from the 2540 and from its TEXT file, GENMOD and LOADMOD, a program
# check, attention with KX and KT (s360_cms_programs.sh: a new user disk by cmsvol, the
# session, then the 1403's output and the MODULE file checked on the host).
add_test(NAME e2e:s360-cms-programs
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_programs.sh $<TARGET_FILE:simmon> $<TARGET_FILE:cmsvol>
                 ${s360_cms_kit_dir} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_programs.ini
                 ${CMAKE_CURRENT_BINARY_DIR}/s360-cms-programs)
set_tests_properties(e2e:s360-cms-programs PROPERTIES TIMEOUT 600)

# DEBUG: breakpoints, registers, storage, the PSW, GO, and the state of an abend.
simmon_script_test(s360-cms-debug s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_debug.ini ${s360_cms_kit_dir})

# EXEC: PROFILE EXEC at IPL and an EXEC with arguments, loops, conditions and &READ
# (s360_cms_exec.sh: a user disk with the EXEC files made by cmsvol, then the session).
add_test(NAME e2e:s360-cms-exec
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_exec.sh $<TARGET_FILE:simmon> $<TARGET_FILE:cmsvol>
                 ${s360_cms_kit_dir} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_exec.ini
                 ${CMAKE_CURRENT_BINARY_DIR}/s360-cms-exec)
set_tests_properties(e2e:s360-cms-exec PROPERTIES TIMEOUT 600)

# The kit's cms.ini itself, as ./scripts/run starts it, with the keyboard scripted, in a
# folder of its own (cms.ini keeps the user's disk and the 1403's file in the current one).
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cms-ini)
add_test(NAME e2e:s360-cms-ini
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_ini.ini ${s360_cms_kit_dir}
                 ${CMAKE_SOURCE_DIR}/software-kits/s360/cms/cms.ini
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cms-ini)
set_tests_properties(e2e:s360-cms-ini PROPERTIES TIMEOUT 600)

# EDIT's line numbers (LINEMODE, a line by its number), = and ?, OVERLAY and GETFILE
# (s360_cms_edlines.sh: a user disk by cmsvol with the file GETFILE reads, the session,
# then the file EDIT wrote checked on the host).
add_test(NAME e2e:s360-cms-edlines
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_edlines.sh $<TARGET_FILE:simmon> $<TARGET_FILE:cmsvol>
                 ${s360_cms_kit_dir} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_edlines.ini
                 ${CMAKE_CURRENT_BINARY_DIR}/s360-cms-edlines)
set_tests_properties(e2e:s360-cms-edlines PROPERTIES TIMEOUT 600)

# LISTF's options (FORMAT, DATE, HEADER/NOHEADER, NOTYPE, EXEC, APPEND) and PRINTF's CC
# (s360_cms_listf.sh: a user disk by cmsvol, the session, then CMS EXEC and the 1403's
# file checked on the host).
add_test(NAME e2e:s360-cms-listf
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_listf.sh $<TARGET_FILE:simmon> $<TARGET_FILE:cmsvol>
                 ${s360_cms_kit_dir} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_listf.ini
                 ${CMAKE_CURRENT_BINARY_DIR}/s360-cms-listf)
set_tests_properties(e2e:s360-cms-listf PROPERTIES TIMEOUT 600)

# Records past the file commands' old buffers: TYPE and COMPARE of 300 characters, COPYFILE,
# SORT and DISK of 5000 bytes, DMSCMP109S on a small machine (s360_cms_longrec.sh: user
# disks by cmsvol, two sessions, the files checked on the host).
add_test(NAME e2e:s360-cms-longrec
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_longrec.sh $<TARGET_FILE:simmon> $<TARGET_FILE:cmsvol>
                 ${s360_cms_kit_dir} ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_longrec.ini
                 ${CMAKE_CURRENT_BINARY_DIR}/s360-cms-longrec)
set_tests_properties(e2e:s360-cms-longrec PROPERTIES TIMEOUT 600)

# The console's INTERRUPT key as the SCP command INTERRUPT: TICK stops in DEBUG, GO resumes
# it, RETURN ends it; at the command loop the key does nothing; an operand is refused.
simmon_script_test(s360-cms-interrupt s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cms_interrupt.ini ${s360_cms_kit_dir})
