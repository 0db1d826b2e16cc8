# The CMS file system's modules (cms-files), for the nucleus's link: the cms
# CMakeLists.txt includes this file and assembles ${CMS_FILESYS_SOURCES} with the
# nucleus (maclib: software-kits/s360/cms/maclib and software-kits/s360/maclib).
# CMS_FILESYS_CORE is the part without console commands, which the stand-alone test
# (filesys/test) links without the nucleus.
set(CMS_FILESYS_DIR ${CMAKE_CURRENT_LIST_DIR})
set(CMS_FILESYS_CORE
  ${CMS_FILESYS_DIR}/diskio.asm    # one 800-byte block by CKD channel program
  ${CMS_FILESYS_DIR}/adtmgr.asm    # ACCESS: the disk table, the search order
  ${CMS_FILESYS_DIR}/alloc.asm     # blocks from the QMSK
  ${CMS_FILESYS_DIR}/fstmgr.asm    # finding and making FST entries
  ${CMS_FILESYS_DIR}/updisk.asm    # committing a directory: one MFD write
  ${CMS_FILESYS_DIR}/aftmgr.asm    # the active file table, a file's bytes
  ${CMS_FILESYS_DIR}/rdbuf.asm     # RDBUF
  ${CMS_FILESYS_DIR}/wrbuf.asm     # WRBUF
  ${CMS_FILESYS_DIR}/finis.asm     # FINIS
  ${CMS_FILESYS_DIR}/state.asm     # STATE
  ${CMS_FILESYS_DIR}/erase.asm     # ERASE (one file)
)
set(CMS_FILESYS_SOURCES
  ${CMS_FILESYS_CORE}
  ${CMS_FILESYS_DIR}/fsutil.asm    # file identifiers, modes, hex for the commands
  ${CMS_FILESYS_DIR}/recstor.asm   # storage for a record of any length
  ${CMS_FILESYS_DIR}/access.asm    # ACCESS and RELEASE
  ${CMS_FILESYS_DIR}/listf.asm     # LISTF / LISTFILE
  ${CMS_FILESYS_DIR}/listfex.asm   # LISTF's CMS EXEC (EXEC, APPEND)
  ${CMS_FILESYS_DIR}/typout.asm    # TYPE / TYPOUT
  ${CMS_FILESYS_DIR}/erasecmd.asm  # the ERASE command (patterns, every disk)
  ${CMS_FILESYS_DIR}/alter.asm     # ALTER / RENAME
  ${CMS_FILESYS_DIR}/copyfile.asm  # COPYFILE and COMBINE
  ${CMS_FILESYS_DIR}/format.asm    # FORMAT
  ${CMS_FILESYS_DIR}/qdisk.asm     # QUERY DISK and QUERY SEARCH
  ${CMS_FILESYS_DIR}/urio.asm      # a card or line on the reader, punch, printer
  ${CMS_FILESYS_DIR}/printf.asm    # PRINTF / PRINT and PUNCH
  ${CMS_FILESYS_DIR}/offline.asm   # OFFLINE READ (PRINT, PUNCH)
  ${CMS_FILESYS_DIR}/compare.asm   # COMPARE
  ${CMS_FILESYS_DIR}/replfile.asm  # a new file takes an old one's place, one commit
  ${CMS_FILESYS_DIR}/disk.asm      # DISK DUMP and DISK LOAD
  ${CMS_FILESYS_DIR}/sort.asm      # SORT
)
