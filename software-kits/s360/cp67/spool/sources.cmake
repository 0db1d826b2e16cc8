# cp-vio's spooling modules of the CP nucleus (docs/cp67.md, "Spooling"):
# the spool area and its checkpoint, the virtual reader, punch and
# printer, the real printer and punch, the spooling commands. Included
# by ../CMakeLists.txt.
set(CP67_SPOOL_SOURCES
    spool/splio.asm
    spool/spldev.asm
    spool/splreal.asm
    spool/splcmd.asm
    spool/diagrdr.asm)
