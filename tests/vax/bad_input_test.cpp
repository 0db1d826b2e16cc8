// Guests doing anything at all: random bytes as code, random SCB vectors, random page
// tables, random processor registers. Whatever happens must be an architected exception
// or a halt: the run ends within its budget, never a host crash or hang (issue 13, "Bad
// input"). Several seeds; each run is deterministic.
#include <catch2/catch.hpp>

#include <random>

#include "tests/vax/vax_test_support.hpp"

using namespace simmon;
using namespace simmon::vax;

TEST_CASE("vax cpu: random code, vectors and page tables never break the host") {
    for (std::uint32_t seed = 1; seed <= 24; ++seed) {
        std::mt19937 rng(seed);
        PhysicalMemory memory;
        memory.resize(1 << 20);
        for (std::size_t i = 0; i < memory.size(); i += 4) memory.write32_le(static_cast<Addr>(i), static_cast<std::uint32_t>(rng()));
        VaxCpu cpu(memory);
        cpu.reset();
        for (unsigned r = 0; r < 16; ++r) cpu.r_[r] = static_cast<std::uint32_t>(rng());
        cpu.r_[15] &= 0xFFFFF;
        cpu.write_ipr(kIprSCBB, static_cast<std::uint32_t>(rng()) & 0xFFE00);
        cpu.write_ipr(kIprSBR, static_cast<std::uint32_t>(rng()) & 0xFFFFC);
        cpu.write_ipr(kIprSLR, static_cast<std::uint32_t>(rng()) & 0xFFF);
        cpu.write_ipr(kIprP0BR, 0x80000000u | (static_cast<std::uint32_t>(rng()) & 0xFFFFC));
        cpu.write_ipr(kIprP0LR, static_cast<std::uint32_t>(rng()) & 0xFFFF);
        cpu.write_ipr(kIprP1BR, static_cast<std::uint32_t>(rng()));
        cpu.write_ipr(kIprP1LR, static_cast<std::uint32_t>(rng()) & 0x3FFFFF);
        cpu.write_ipr(kIprPCBB, static_cast<std::uint32_t>(rng()));
        if (seed % 2) cpu.write_ipr(kIprMAPEN, 1);
        if (seed % 4 == 0)  // vectors that lead somewhere in memory, for longer runs
            for (std::uint32_t v = 0; v < 0x200; v += 4)
                memory.write32_le(cpu.scbb_ + v, static_cast<std::uint32_t>(rng()) & 0xFFFFC);
        std::uint64_t done = 0;
        for (int slice = 0; slice < 40 && done < 200000; ++slice) {
            cpu.run(5000);
            done += cpu.executed_last_run();
            if (cpu.halt_reason() != HaltReason::None) {
                // Start again somewhere else, as an operator would.
                cpu.clear_halt();
                cpu.set_pc(static_cast<std::uint32_t>(rng()) & 0xFFFFF);
                if (seed % 3 == 0) cpu.set_psl(static_cast<std::uint32_t>(rng()) & ~kPslMbz);
            }
        }
        INFO("seed " << seed);
        CHECK(done > 0);
    }
}
