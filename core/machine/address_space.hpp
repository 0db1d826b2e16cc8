// The address spaces a CPU publishes: what EXAMINE, DEPOSIT, BREAK and the watchpoints
// can name. Every machine has at least one; the PDP-11 has physical addresses plus the
// kernel, supervisor and user I and D spaces of its KT11, the 360/67 real and virtual
// (DAT) addresses, the VAX physical and virtual (P0/P1/S0) ones.
//
// A space is chosen by SCP switches: `select` is the set of switch letters that names it
// (0 for the default space, -k for kernel I, -k -t for kernel D ...). The letters are the
// machine's own; Cpu::space_switches() is their union, which must not share a letter with
// the SCP's own switches on the commands that take an address (scp-console checks that
// for every machine in a test).
#pragma once
#include <cstdint>
#include <string>

#include "core/machine/types.hpp"
#include "core/memory/physical_memory.hpp"

namespace simmon {

struct AddressSpace {
    int id = 0;                 // index in Cpu::address_spaces(), stored in breakpoints
    std::string name;           // "physical", "kernel D", "virtual"
    Switches select = 0;        // switch letters that choose it; 0 for the default space
    int unit_bytes = 1;         // what one EXAMINE unit is
    ByteOrder byte_order = ByteOrder::Little;
    int address_bits = 32;      // how wide addresses print (stop messages, EXAMINE ALL)
    bool physical = false;      // addresses are offsets into Machine::memory()
};

// A set of space ids, bit n for space n.
using SpaceMask = std::uint32_t;
constexpr SpaceMask space_bit(int id) { return id >= 0 && id < 32 ? SpaceMask{1} << id : 0; }

}  // namespace simmon
