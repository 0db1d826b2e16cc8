# The terminals (docs/cp67.md "Terminals"): the 1052 and the 2703's lines, their line codes.
set(CP67_TERMINAL_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/trmline.asm   # USRINIT, the lines' channel programs, input, attention
  ${CMAKE_CURRENT_LIST_DIR}/trmout.asm    # TRMWRITE: translation and the output queue
  ${CMAKE_CURRENT_LIST_DIR}/trmtab.asm    # line code tables, which terminal is on which line
)
