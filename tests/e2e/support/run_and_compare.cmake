# cmake -DCOMMAND="simmon;args..." -DOUTPUT=file -DEXPECTED=file -P run_and_compare.cmake
# Runs a simmon script that writes OUTPUT (a printer or punch file) and fails unless it
# exits 0 and OUTPUT then equals EXPECTED byte for byte. OUTPUT is removed first, so a
# file left by an earlier run never passes.
file(REMOVE ${OUTPUT})
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the script failed (exit ${rc})")
endif()
if(NOT EXISTS ${OUTPUT})
  message(FATAL_ERROR "${OUTPUT} was not written")
endif()
file(READ ${OUTPUT} got)
file(READ ${EXPECTED} want)
if(NOT got STREQUAL want)
  message(FATAL_ERROR "${OUTPUT} differs from ${EXPECTED}:\n${got}")
endif()
