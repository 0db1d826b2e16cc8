# The kernel's modules (cp-kernel): CP's page 0 first (it is linked at location 0),
# then initialization, the interruption handlers, the dispatcher and its scheduler, free storage, real
# I/O, the timer, page frames, DIAGNOSE, the abend routine, the save-area stack.
set(CP67_KERNEL_SOURCES
    kernel/psa.asm
    kernel/cpinit.asm
    kernel/opcons.asm
    kernel/intr.asm
    kernel/dispatch.asm
    kernel/sched.asm
    kernel/free.asm
    kernel/ios.asm
    kernel/realio.asm
    kernel/timer.asm
    kernel/frames.asm
    kernel/paging.asm
    kernel/diagnose.asm
    kernel/cpabend.asm
    kernel/stack.asm)
