# PDP-11 scripted runs: our own kit program, DEC diagnostics, UNIX V6 and XXDP. Every
# acceptance line of the PDP-11 issue is one of these; the run scripts live in
# software-kits/pdp11 and take the image folder as their first argument.
set(kit ${SIMMON_ROOT}/software-kits/pdp11)
set(pdp11_data ${SIMMON_TESTDATA}/pdp11)

simmon_script_test(pdp11-default-kit pdp11 ${kit}/default.ini)
set_tests_properties(e2e:pdp11-default-kit PROPERTIES
                     ENVIRONMENT PDP11_KIT=${CMAKE_BINARY_DIR}/software-kits/pdp11)

# FK series on the 11/34 (raw images).
foreach(diag fkaac0 fkaca0 fkabd0 fkthb0)
  simmon_script_test(pdp11-${diag}-11/34 pdp11 ${kit}/diag-fk.ini ${pdp11_data} ${diag})
endforeach()

# MAINDEC ZKAA-ZKAM on the 11/40 and the 11/34.
set(zka ZKAAA0 ZKABA0 ZKACA0 ZKADA0 ZKAEA0 ZKAFA0 ZKAGA0 ZKAHA0 ZKAIA0 ZKAJA0 ZKAKA0 ZKALA0 ZKAMA0)
foreach(model 11/40 11/34)
  foreach(diag ${zka})
    simmon_script_test(pdp11-${diag}-${model} pdp11 ${kit}/maindec.ini ${pdp11_data}/maindec ${diag}.BIN ${model})
  endforeach()
endforeach()

# DCKBA-DCKBO are KB11 (11/45) processor diagnostics: they run on the 11/45; the ten that
# use nothing beyond the 11/40's instruction set run on the 11/40 as well. DCKBP (power
# fail) and DCKBQ (operator at the console switches) need hardware we do not model.
set(ckb_all CKBAB0.BIC CKBBB0.BIC CKBCC0.BIC CKBDC0.BIC CKBEC0.BIC CKBFD0.BIC CKBGB0.BIC CKBHB0.BIC
            CKBIB0.BIC CKBJA0.BIC CKBKA0.BIC CKBLA0.BIC CKBME0.BIC CKBNC0.BIC CKBOA0.BIC)
set(ckb_1140 CKBAB0.BIC CKBBB0.BIC CKBCC0.BIC CKBDC0.BIC CKBEC0.BIC CKBFD0.BIC
             CKBIB0.BIC CKBJA0.BIC CKBKA0.BIC CKBLA0.BIC)
# The 11/40 traps (DBKDM) and KT11-D memory management (DBKT*) diagnostics on the 11/40.
set(bk_1140 BKDMD0.BIC BKTAD1.BIC BKTBB0.BIC BKTCB0.BIC BKTDC0.BIC BKTFD0.BIC)
foreach(model 11/40 11/45)
  if(model STREQUAL "11/40")
    set(files ${ckb_1140} ${bk_1140})
  else()
    set(files ${ckb_all})
  endif()
  foreach(file ${files})
    string(REGEX REPLACE "\\..*" "" diag ${file})
    simmon_script_test(pdp11-${diag}-${model} pdp11 ${kit}/maindec.ini ${pdp11_data}/maindec ${file} ${model})
  endforeach()
endforeach()

# Operator settings (maindec.ini's sr and sr2): DBKTG, the KT11-D exerciser, takes its
# two option words from the switches with a halt between them (0, then 211: no console,
# RK11 or printer exercise); ZQKB, the T17 system exerciser, runs on SR 243 (no console,
# disk or printer tests).
simmon_script_test(pdp11-BKTGD1-11/40 pdp11 ${kit}/maindec.ini ${pdp11_data}/maindec BKTGD1.BIC 11/40 0 211)
simmon_script_test(pdp11-ZQKBH0-11/40 pdp11 ${kit}/maindec.ini ${pdp11_data}/maindec ZQKBH0.BIC 11/40 243)

# UNIX V6 on three models; each run copies the packs into its own scratch folder.
foreach(model 11/40 11/45 11/70)
  string(REPLACE "/" "" tag ${model})
  simmon_script_test(pdp11-unix-v6-${model} pdp11 ${kit}/unix-v6.ini ${pdp11_data} ${model}
                     ${CMAKE_CURRENT_BINARY_DIR}/unix-v6-${tag})
endforeach()

# Run as the README shows (no scratch folder): the pack copies go to $TMPDIR, never into
# the current directory, and are removed at the end.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:pdp11-unix-v6-no-scratch-left
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/unix_v6_scratch.py $<TARGET_FILE:simmon>
                   ${kit}/unix-v6.ini ${pdp11_data})
  set_tests_properties(e2e:pdp11-unix-v6-no-scratch-left PROPERTIES TIMEOUT 600)
endif()

# XXDP V2.5 from its RL02 pack (read-only attach is enough to boot and list).
simmon_script_test(pdp11-xxdp pdp11 ${kit}/xxdp.ini ${pdp11_data})
