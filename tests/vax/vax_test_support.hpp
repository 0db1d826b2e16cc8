// Test support for the VAX CPU: a machine with a program of bytes at an address.
#pragma once
#include <cstdint>
#include <initializer_list>

#include "machines/vax/cpu/memory_access.hpp"
#include "machines/vax/vax_machine.hpp"

namespace simmon::vax::test {

// A bare CPU with 1 MB of memory: kernel mode, interrupt stack at 0x8000, SCB at 0x400
// with every vector pointing at a HALT at 0x300 + vector/4 (so a test can see which
// exception was taken from the PC), mapping off.
struct Rig {
    Rig() {
        memory.resize(1 << 20);
        cpu.memory_resized();
        cpu.reset();
        cpu.write_ipr(kIprSCBB, 0x400);
        for (std::uint32_t v = 0; v < 0x200; v += 4) {
            memory.write32_le(0x400 + v, 0x1000 + v * 4);  // handler at 0x1000 + 4*vector
            memory.write8(0x1000 + v * 4, 0x00);           // HALT
        }
        cpu.set_stack_pointer(4, 0x8000);
        cpu.r_[14] = 0x8000;
    }
    void put(std::uint32_t addr, std::initializer_list<int> bytes) {
        for (int b : bytes) memory.write8(addr++, static_cast<std::uint8_t>(b));
    }
    // Runs from `pc` until a HALT (or the budget runs out); returns the PC after the HALT.
    std::uint32_t run(std::uint32_t pc, std::uint64_t budget = 10000) {
        cpu.set_pc(pc);
        cpu.run(budget);
        return cpu.pc();
    }
    // The handler PC (after its HALT) that a vector leads to.
    static std::uint32_t halted_in(std::uint32_t vector) { return 0x1000 + vector * 4 + 1; }

    PhysicalMemory memory;
    VaxCpu cpu{memory};
};

}  // namespace simmon::vax::test
