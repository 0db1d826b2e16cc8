# VAX scripted runs: the CPU at the console (bytes deposited, symbolic EXAMINE, a run to
# a HALT, registers by name), the kit's default program (assembled by symbolic DEPOSIT),
# and DEC's EHKAA to its final HALT.
simmon_script_test(vax-cpu-console vax ${CMAKE_CURRENT_SOURCE_DIR}/vax_cpu.ini)
simmon_script_test(vax-default-kit vax ${SIMMON_ROOT}/software-kits/vax/default.ini)
simmon_script_test(vax-ehkaa vax ${CMAKE_CURRENT_SOURCE_DIR}/vax_ehkaa.ini ${SIMMON_TESTDATA}/vax)
simmon_script_test(vax-ka655-rom vax ${CMAKE_CURRENT_SOURCE_DIR}/vax_ka655_rom.ini ${SIMMON_TESTDATA}/vax)
simmon_script_test(vax-mscp-boot vax ${CMAKE_CURRENT_SOURCE_DIR}/vax_mscp_boot.ini ${SIMMON_TESTDATA}/vax)
# The DELQA: a guest program of ours receives a replayed capture and transmits into another
# (vax_delqa_pcap.py writes the one, runs vax_delqa_pcap.ini and checks the other).
add_test(NAME e2e:vax-delqa-pcap
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/vax_delqa_pcap.py $<TARGET_FILE:simmon>
                 ${CMAKE_CURRENT_SOURCE_DIR}/vax_delqa_pcap.ini ${CMAKE_CURRENT_BINARY_DIR}/vax-delqa-pcap)
set_tests_properties(e2e:vax-delqa-pcap PROPERTIES TIMEOUT 300)
# With libslirp compiled in: a guest program of ours pings the NAT gateway 10.0.2.2 (inside
# libslirp; nothing leaves the machine).
if(SIMMON_HAVE_SLIRP)
  simmon_script_test(vax-delqa-nat vax ${CMAKE_CURRENT_SOURCE_DIR}/vax_delqa_nat.ini)
  set_tests_properties(e2e:vax-delqa-nat PROPERTIES TIMEOUT 120)
endif()
# SET/SHOW dev ADDRESS= and VECTOR= on the Q22 bus: the SHOW lines must say where they moved,
# that RESET kept them there, and that DEFAULT and AUTOCONFIGURE put them back.
simmon_script_test(vax-qbus-set vax ${CMAKE_CURRENT_SOURCE_DIR}/vax_qbus_set.ini)
set_tests_properties(e2e:vax-qbus-set PROPERTIES
  PASS_REGULAR_EXPRESSION "RQ: address=760334-760337.*DZ: vector=310-314.*XQ: vector=130.*RQ: address=760334-760337.*DZ: vector=310-314.*VH: address=760500-760517.*RQ: address=772150-772153.*DZ: vector=300-304.*XQ: vector=120.*VH: address=760440-760457.*vax-qbus-set: passed")
# The DHV11 over telnet: a guest program of ours greets a caller on line 0 by DMA and sends
# the line it types back (vax_dhv11_run.py is the caller on 127.0.0.1).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME e2e:vax-dhv11-telnet
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/vax_dhv11_run.py $<TARGET_FILE:simmon>
                   ${CMAKE_CURRENT_SOURCE_DIR}/vax_dhv11.ini)
  set_tests_properties(e2e:vax-dhv11-telnet PROPERTIES TIMEOUT 120)
else()
  message(WARNING "python3 not found: the DHV11 telnet test is not registered")
endif()
