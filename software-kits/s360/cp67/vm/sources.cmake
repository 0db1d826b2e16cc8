# The virtual machine (cp-kernel): its life (VMCREATE...), its privileged instructions,
# the reflection of its interruptions, the virtual interruptions CP owes it, CP's access
# to its storage, and CP's messages to its user.
set(CP67_VM_SOURCES
    vm/vmcreate.asm
    vm/privop.asm
    vm/reflect.asm
    vm/vintr.asm
    vm/gstore.asm
    vm/vmmsg.asm)
