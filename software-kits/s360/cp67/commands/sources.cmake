# The CP commands (docs/cp67.md "Commands"): the scanner, the table, the routines.
set(CP67_COMMANDS_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/cpcmd.asm     # CPCMD (scan, look up, classes), DIAGCMD (DIAGNOSE X'08')
  ${CMAKE_CURRENT_LIST_DIR}/cmdtab.asm    # the command table
  ${CMAKE_CURRENT_LIST_DIR}/cmdutil.asm   # hex, time and date, finding a user
  ${CMAKE_CURRENT_LIST_DIR}/logon.asm     # LOGIN, LOGOUT
  ${CMAKE_CURRENT_LIST_DIR}/cmdquery.asm  # QUERY
  ${CMAKE_CURRENT_LIST_DIR}/cmdqvirt.asm  # QUERY VIRTUAL
  ${CMAKE_CURRENT_LIST_DIR}/cmdmsg.asm    # MSG, WARNING
  ${CMAKE_CURRENT_LIST_DIR}/cmdvm.asm     # IPL, BEGIN
  ${CMAKE_CURRENT_LIST_DIR}/cmddisp.asm   # DISPLAY, STORE
  ${CMAKE_CURRENT_LIST_DIR}/cmdmisc.asm   # EXTERNAL, SET, DISCONN
  ${CMAKE_CURRENT_LIST_DIR}/cmdprior.asm  # SET PRIORITY
  ${CMAKE_CURRENT_LIST_DIR}/cmdsleep.asm  # SLEEP
  ${CMAKE_CURRENT_LIST_DIR}/cmdadstp.asm  # ADSTOP
  ${CMAKE_CURRENT_LIST_DIR}/cmdlink.asm   # LINK
  ${CMAKE_CURRENT_LIST_DIR}/cmdoper.asm   # SHUTDOWN, FORCE
  ${CMAKE_CURRENT_LIST_DIR}/cmdattach.asm # ATTACH, DETACH (dedicated devices)
)
