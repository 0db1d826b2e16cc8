# cp-vio's modules of the CP nucleus (docs/cp67.md, "Virtual I/O"): the
# virtual devices, CCW translation, minidisks, the virtual console,
# virtual IPL and DIAGNOSE X'18'. Included by ../CMakeLists.txt.
set(CP67_VIO_SOURCES
    vio/vioinit.asm
    vio/vdevdef.asm
    vio/vioutil.asm
    vio/viosio.asm
    vio/ccwtran.asm
    vio/vioend.asm
    vio/vcons.asm
    vio/vipl.asm
    vio/diagdsk.asm
    vio/vdedic.asm)
