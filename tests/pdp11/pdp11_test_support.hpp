// Helpers shared by the PDP-11 CPU tests: a machine in a chosen model, programs deposited
// as octal words, and a run that stops at the HALT every test ends with.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <memory>

#include "core/machine/machine.hpp"
#include "machines/pdp11/bus/unibus.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/pdp11_machine.hpp"

namespace simmon::pdp11::test {

struct TestMachine {
    std::unique_ptr<Pdp11Machine> machine = std::make_unique<Pdp11Machine>();
    Pdp11Cpu& cpu = machine->pdp11_cpu();
    Unibus& bus = machine->unibus();

    explicit TestMachine(CpuModelId model = CpuModelId::Pdp11_40) {
        REQUIRE(cpu.set_model(model));
        machine->reset();
        // Every trap vector 4-374 points at a HALT in its second word, so a stray trap
        // stops at vector+2 and is easy to recognise.
        for (std::uint32_t v = 4; v < 0400; v += 4) {
            poke(v, static_cast<std::uint16_t>(v + 2));
            poke(v + 2, 0);
        }
    }

    void poke(std::uint32_t addr, std::uint16_t v) { REQUIRE(bus.write_physical_word(addr, v)); }
    std::uint16_t peek(std::uint32_t addr) const {
        std::uint16_t v = 0;
        REQUIRE(bus.read_physical_word(addr, v));
        return v;
    }
    // Deposits consecutive words at `addr`.
    void program(std::uint32_t addr, std::initializer_list<std::uint16_t> words) {
        for (std::uint16_t w : words) {
            poke(addr, w);
            addr += 2;
        }
    }
    StopInfo run_from(std::uint32_t pc, std::uint64_t max_instructions = 100000) {
        cpu.set_pc(pc);
        return machine->run(RunRequest{max_instructions, false});
    }
};

}  // namespace simmon::pdp11::test
