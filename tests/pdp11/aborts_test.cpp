// Aborts end an instruction with a jump, not an exception (machines/pdp11/cpu/abort_point.hpp):
// to the instruction end in execute(), or to the trap sequence in progress. These runs take
// thousands of aborts in one run and check that each left the machine as the trap sequence
// says, and that an abort inside a trap sequence, itself started by an abort, reaches the
// sequence's own recovery. Every vector v points at a HALT at v+2 (TestMachine).
#include <catch2/catch.hpp>

#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;
using test::TestMachine;

namespace {

constexpr std::uint32_t kKipar = 0772340, kKipdr = 0772300, kUipar = 0777640, kUipdr = 0777600;

void io_poke(TestMachine& tm, std::uint32_t unibus_addr, std::uint16_t v) {
    REQUIRE(tm.cpu.write_physical(tm.cpu.mmu().io_base() + (unibus_addr - 0760000), v));
}

}  // namespace

TEST_CASE("ten thousand odd-address aborts, each trapping and returning", "[pdp11][traps][aborts]") {
    for (CpuModelId model : {CpuModelId::Pdp11_34, CpuModelId::Pdp11_40, CpuModelId::Pdp11_70}) {
        TestMachine tm(model);
        tm.poke(04, 02000);
        tm.poke(06, 0);
        tm.program(02000, {005203, 000002});  // INC R3; RTI
        tm.program(01000, {012702, 023420,     // MOV #10000.,R2
                           005003,             // CLR R3
                           005737, 001001,     // 1006: TST @#1001 (odd: aborts)
                           077203,             // SOB R2,1006
                           0});
        tm.cpu.set_reg(6, 01000);
        StopInfo stop = tm.run_from(01000, 1000000);
        INFO("model " << static_cast<int>(model));
        CHECK(stop.code == StopCode::Halt);
        CHECK(tm.cpu.pc() == 01016);
        CHECK(tm.cpu.reg(3) == 10000);
        CHECK(tm.cpu.reg(2) == 0);
        CHECK(tm.cpu.reg(6) == 01000);  // every trap's push undone by its RTI
        CHECK(tm.cpu.psw() == 04);  // Z from the CLR, restored by every RTI
    }
}

TEST_CASE("MMU aborts in a loop: the handler clears MMR0 and relocation stays on", "[pdp11][mmu][aborts]") {
    TestMachine tm(CpuModelId::Pdp11_40);
    for (int p = 0; p < 8; ++p) {
        io_poke(tm, kKipar + 2 * p, static_cast<std::uint16_t>(p == 7 ? 07600 : p * 0200));
        io_poke(tm, kKipdr + 2 * p, 077406);
    }
    io_poke(tm, kUipar + 2, 0200);  // user page 1: non-resident (PDR access 0)
    io_poke(tm, kUipdr + 2, 077400);
    tm.poke(0250, 02000);
    tm.poke(0252, 0);
    tm.program(02000, {042737, 0160000, 0177572,  // BIC #160000,@#177572: unfreeze MMR0
                       005203,                    // INC R3
                       000002});                  // RTI
    tm.program(01000, {012737, 1, 0177572,         // relocation on
                       012737, 030000, 0177776,    // previous mode user
                       012702, 01750,              // MOV #1000.,R2
                       005003,                     // CLR R3
                       006537, 020000,             // 1022: MFPI @#20000 (user page 1: aborts)
                       077203,                     // SOB R2,1022
                       005037, 0177572,            // relocation off
                       0});
    tm.cpu.set_reg(6, 01000);
    StopInfo stop = tm.run_from(01000, 1000000);
    CHECK(stop.code == StopCode::Halt);
    CHECK(tm.cpu.reg(3) == 1000);
    CHECK(tm.cpu.reg(6) == 01000);
    CHECK(tm.cpu.pc() == 01036);
    CHECK(!tm.cpu.mmu().enabled());
}

// The trap sequence that an odd-address abort starts fails in its turn: the kernel stack
// pointer is odd, a red-zone violation on the 11/40. The KD11-A then takes a red-stack
// trap that saves the interrupted PSW and PC at 2 and 0 (traps.cpp).
TEST_CASE("an abort in the trap sequence of an abort reaches the red-stack trap", "[pdp11][traps][aborts]") {
    TestMachine tm(CpuModelId::Pdp11_40);
    tm.program(01000, {005737, 001001, 0});  // TST @#1001
    tm.cpu.set_reg(6, 0160001);
    StopInfo stop = tm.run_from(01000);
    CHECK(stop.code == StopCode::Halt);
    CHECK(tm.cpu.pc() == 010);  // through 4 to its HALT
    CHECK(tm.cpu.reg(6) == 0);
    CHECK(tm.peek(0) == 01004);
    CHECK(tm.peek(2) == 0);
    CHECK((tm.cpu.cpu_error() & 04) != 0);

    // The machine runs on normally afterwards, aborts included.
    tm.program(01000, {012700, 1234, 005737, 001001, 0});  // MOV #1234,R0; TST @#1001
    tm.cpu.set_reg(6, 01000);
    stop = tm.run_from(01000);
    CHECK(stop.code == StopCode::Halt);
    CHECK(tm.cpu.reg(0) == 1234);
    CHECK(tm.cpu.pc() == 010);
    CHECK(tm.peek(0774) == 01010);
}
