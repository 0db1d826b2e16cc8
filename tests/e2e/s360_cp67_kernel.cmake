# CP-67's kernel (software-kits/s360/cp67, docs/cp67.md): IPL of CP from its system
# volume and the operator dialogue on the 1052 (s360_cp67_kernel_ipl.ini).
set(s360_cp67_kit_dir ${CMAKE_BINARY_DIR}/software-kits/s360)
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-kernel-ipl)
add_test(NAME e2e:s360-cp67-kernel-ipl
         COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_kernel_ipl.ini ${s360_cp67_kit_dir}
         WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-kernel-ipl)
set_tests_properties(e2e:s360-cp67-kernel-ipl PROPERTIES TIMEOUT 600)

# Virtual machines on the kernel's test system (kernel/test: VMTEST runs GUESTT, 512K,
# beside an endless loop, without LOGIN): s360_cp67_kernel_vm.ini, on a 512K machine and
# on a 256K one, where GUESTT's pages are paged.
foreach(storage 512K 256K)
  file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-kernel-vm-${storage})
  add_test(NAME e2e:s360-cp67-kernel-vm-${storage}
           COMMAND $<TARGET_FILE:simmon> s360 ${CMAKE_CURRENT_SOURCE_DIR}/s360_cp67_kernel_vm.ini ${s360_cp67_kit_dir} ${storage}
           WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/s360-cp67-kernel-vm-${storage})
  set_tests_properties(e2e:s360-cp67-kernel-vm-${storage} PROPERTIES TIMEOUT 600)
endforeach()
