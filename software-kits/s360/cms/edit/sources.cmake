# The CMS context editor (edit/, docs/machines/cms.md "EDIT"): the EDIT command and its
# modules, linked into the nucleus with the file system (the cms CMakeLists.txt includes
# this file and assembles ${CMS_EDIT_SOURCES}; maclib: EDWORK, EDLINE).
set(CMS_EDIT_DIR ${CMAKE_CURRENT_LIST_DIR})
set(CMS_EDIT_SOURCES
  ${CMS_EDIT_DIR}/edit.asm     # EDIT: the file, the console loop, the subcommand scanner
  ${CMS_EDIT_DIR}/edfile.asm   # the in-storage file: a ring of lines
  ${CMS_EDIT_DIR}/edlines.asm  # LOCATE, FIND, CHANGE, moves, DELETE, INSERT, REPLACE, TYPE
  ${CMS_EDIT_DIR}/edset.asm    # settings by filetype: TABSET, ZONE, VERIFY, SERIAL, CASE
  ${CMS_EDIT_DIR}/edio.asm     # reading the file, writing it through EDIT CMSUT1
  ${CMS_EDIT_DIR}/edmore.asm   # OVERLAY, GETFILE, LINEMODE, a line by its number
)
