# The user directory (docs/cp67.md "The directory"): cpdirect compiles user.direct into
# the assembler source of the DIRECT section at build time (a bad statement fails the
# build with its line number); DIRFIND looks a user up in it.
set(CP67_DIRECT_ASM ${CMAKE_CURRENT_BINARY_DIR}/direct.asm)
add_custom_command(
  OUTPUT ${CP67_DIRECT_ASM}
  COMMAND $<TARGET_FILE:cpdirect> ${CMAKE_CURRENT_LIST_DIR}/user.direct -o ${CP67_DIRECT_ASM}
  DEPENDS cpdirect ${CMAKE_CURRENT_LIST_DIR}/user.direct
  COMMENT "cpdirect user.direct"
  VERBATIM)
set(CP67_DIRECTORY_SOURCES
  ${CP67_DIRECT_ASM}                      # DIRECT, DIRFIRST: the entries (generated)
  ${CMAKE_CURRENT_LIST_DIR}/dirfind.asm   # DIRFIND: a user's entry
)
