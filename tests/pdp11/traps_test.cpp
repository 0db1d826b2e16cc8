// Traps and interrupts: error traps, trace, stack limits, double errors, the per-model
// vectors, HALT in user mode and program interrupt requests. Every vector v points at a
// HALT at v+2 (TestMachine), so a trap shows as a stop with PC = v+4.
#include <catch2/catch.hpp>

#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;
using test::TestMachine;

namespace {

StopInfo run_at_1000(TestMachine& tm, std::initializer_list<std::uint16_t> words, std::uint16_t sp = 01000) {
    tm.program(01000, words);
    tm.cpu.set_reg(6, sp);
    return tm.run_from(01000);
}

}  // namespace

TEST_CASE("odd address and bus timeouts trap through 4", "[pdp11][traps]") {
    TestMachine tm;
    run_at_1000(tm, {012701, 01001, 005711, 0});  // MOV #1001,R1; TST (R1)
    CHECK(tm.cpu.pc() == 010);
    CHECK(tm.peek(0776) == 0);      // old PSW
    CHECK(tm.peek(0774) == 01006);  // PC after TST
    CHECK(tm.cpu.reg(6) == 0774);
    run_at_1000(tm, {005737, 0177700, 0});  // TST @#177700: registers answer the console only
    CHECK(tm.cpu.pc() == 010);
    REQUIRE(tm.cpu.set_memory_size(32 * 1024));
    run_at_1000(tm, {005737, 0100000, 0});  // beyond 32K of memory
    CHECK(tm.cpu.pc() == 010);
}

TEST_CASE("reserved and illegal instructions", "[pdp11][traps]") {
    TestMachine t40(CpuModelId::Pdp11_40);
    run_at_1000(t40, {000007, 0});
    CHECK(t40.cpu.pc() == 014);  // reserved: 10
    run_at_1000(t40, {000100, 0});  // JMP R0
    CHECK(t40.cpu.pc() == 010);  // 11/40: illegal, 4
    TestMachine t70(CpuModelId::Pdp11_70);
    run_at_1000(t70, {000100, 0});
    CHECK(t70.cpu.pc() == 014);  // 11/70: JMP Rn traps through 10
}

TEST_CASE("trace trap: RTI traps at once, RTT after the next instruction", "[pdp11][traps]") {
    for (bool rtt : {false, true}) {
        TestMachine tm;
        tm.program(02000, {011604, 0});  // trace handler: MOV (SP),R4; HALT
        tm.poke(014, 02000);
        tm.poke(016, 0340);
        tm.program(01100, {000240, 000240, 0});  // NOP; NOP; HALT
        run_at_1000(tm, {012746, 020, 012746, 01100, static_cast<std::uint16_t>(rtt ? 6 : 2)});
        INFO((rtt ? "RTT" : "RTI"));
        CHECK(tm.cpu.reg(4) == (rtt ? 01102 : 01100));
    }
}

TEST_CASE("trap instructions save PSW and PC on the kernel stack", "[pdp11][traps]") {
    TestMachine tm;
    tm.poke(030, 02000);  // EMT vector
    tm.poke(032, 0345);
    tm.program(02000, {0});
    run_at_1000(tm, {0261, 0104017, 0});  // SEC; EMT 17
    CHECK(tm.cpu.pc() == 02002);
    CHECK(tm.cpu.psw() == 0345);
    CHECK(tm.peek(0776) == 1);      // old PSW (C)
    CHECK(tm.peek(0774) == 01004);  // return address
}

TEST_CASE("yellow zone traps after the instruction, red zone aborts", "[pdp11][traps]") {
    TestMachine t40(CpuModelId::Pdp11_40);
    run_at_1000(t40, {005046, 0}, 0400);  // CLR -(SP) with SP = 400
    CHECK(t40.cpu.pc() == 010);
    CHECK(t40.peek(0372) == 01002);  // the CLR completed, PC after it saved
    TestMachine t70(CpuModelId::Pdp11_70);
    t70.poke(0276, 012345);
    run_at_1000(t70, {005046, 0}, 0300);  // red zone: SP := 4, PSW/PC at 2/0
    CHECK(t70.cpu.pc() == 010);
    CHECK(t70.cpu.reg(6) == 0);
    CHECK(t70.peek(0) == 01002);
    CHECK(t70.peek(0276) == 012345);  // the CLR did not happen
    CHECK((t70.cpu.cpu_error() & 04) != 0);
}

TEST_CASE("the 11/70 stack limit register moves the zones", "[pdp11][traps]") {
    TestMachine tm(CpuModelId::Pdp11_70);
    run_at_1000(tm, {012737, 01000, 0177774, 005046, 0}, 01370);  // SL = 1000; CLR -(SP)
    CHECK(tm.cpu.pc() == 010);  // 1366 < 1400: yellow
    CHECK(tm.cpu.reg(6) == 01362);
}

TEST_CASE("a bus error in a trap sequence halts the 11/34", "[pdp11][traps]") {
    TestMachine tm(CpuModelId::Pdp11_34);
    StopInfo stop = run_at_1000(tm, {0104000, 0}, 0160001);  // EMT with an odd kernel SP
    CHECK(stop.code == StopCode::GuestError);
}

TEST_CASE("HALT outside kernel mode traps", "[pdp11][traps]") {
    TestMachine tm(CpuModelId::Pdp11_70);
    tm.cpu.set_stack_pointer(3, 0700);
    run_at_1000(tm, {012737, 0170000, 0177776, 0});  // to user mode, then HALT
    CHECK(tm.cpu.pc() == 010);
    CHECK((tm.cpu.cpu_error() & 0200) != 0);
}

TEST_CASE("PIRQ interrupts at its level and priority order", "[pdp11][traps]") {
    TestMachine tm(CpuModelId::Pdp11_70);
    tm.poke(0240, 02000);
    tm.poke(0242, 0340);
    tm.program(02000, {012700, 1, 0});  // MOV #1,R0; HALT
    run_at_1000(tm, {000237, 012737, 010000, 0177772,  // SPL 7; PIRQ level 4
                     000233, 000240,                    // SPL 3; one more instruction runs
                     0});
    CHECK(tm.cpu.reg(0) == 1);
    CHECK(tm.cpu.pc() == 02006);
    CHECK(tm.cpu.pirq() == (010000 | 0210));  // request stays; PIA shows level 4
}

TEST_CASE("WAIT returns from execute and an interrupt ends it", "[pdp11][traps]") {
    TestMachine tm(CpuModelId::Pdp11_70);
    tm.program(01000, {000001, 0});  // WAIT; HALT
    tm.cpu.set_pc(01000);
    tm.cpu.set_reg(6, 01000);
    tm.cpu.execute(10);
    CHECK(tm.cpu.waiting());
    CHECK(tm.cpu.execute(10) == 0);  // nothing pending: still waiting
}
