// Watchpoints and breakpoints on the PDP-11 stop exactly: a read or write watchpoint
// stops the run when the instruction that touched the address completes, with the PC
// after it, whether the address is memory or a register in the I/O page, physical or
// virtual in a mode's I or D space.
#include <catch2/catch.hpp>

#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;
using test::TestMachine;

namespace {

void watch(TestMachine& tm, Addr addr, int space, BreakKind kind) {
    Breakpoint b;
    b.address = addr;
    b.space = space;
    b.kind = kind;
    tm.machine->breakpoints().set(b);
}

// Runs from `pc`; returns the stop and sets `executed` to the instructions it ran.
StopInfo run_counting(TestMachine& tm, std::uint32_t pc, std::uint64_t& executed) {
    const std::uint64_t before = tm.cpu.instructions_executed();
    StopInfo stop = tm.run_from(pc, 100000);
    executed = tm.cpu.instructions_executed() - before;
    return stop;
}

}  // namespace

TEST_CASE("a write watchpoint stops on the instruction that wrote, PC after it", "[pdp11][watch]") {
    TestMachine tm;
    // 1000: INC R1 ; MOV #1,@#3000 ; BR .   (the loop would run on if the stop came late)
    tm.program(01000, {005201, 012737, 1, 03000, 000777});
    SECTION("physical space") { watch(tm, 03000, Pdp11Cpu::kSpacePhysical, BreakKind::Write); }
    SECTION("virtual, any mode (BREAK's default)") { watch(tm, 03000, Pdp11Cpu::kSpaceVirtual, BreakKind::Write); }
    SECTION("kernel I (D space off: data references use the I-space registers)") {
        watch(tm, 03000, Pdp11Cpu::mode_space(psw::kKernel, false), BreakKind::Write);
    }
    std::uint64_t executed = 0;
    StopInfo stop = run_counting(tm, 01000, executed);
    CHECK(stop.code == StopCode::Watchpoint);
    CHECK(stop.message.starts_with("Write watchpoint, address: "));
    CHECK(stop.message.ends_with("3000"));
    CHECK(executed == 2);
    CHECK(tm.cpu.pc() == 01010);
    CHECK(tm.peek(03000) == 1);  // the instruction completed
}

TEST_CASE("a read watchpoint stops on the instruction that read, PC after it", "[pdp11][watch]") {
    TestMachine tm;
    // 1000: MOV @#3000,R2 ; BR .
    tm.program(01000, {013702, 03000, 000777});
    tm.poke(03000, 0123);
    watch(tm, 03000, Pdp11Cpu::kSpaceVirtual, BreakKind::Read);
    std::uint64_t executed = 0;
    StopInfo stop = run_counting(tm, 01000, executed);
    CHECK(stop.code == StopCode::Watchpoint);
    CHECK(stop.message == "Read watchpoint, address: 003000");
    CHECK(executed == 1);
    CHECK(tm.cpu.pc() == 01004);
    CHECK(tm.cpu.reg(2) == 0123);
}

TEST_CASE("watchpoints in the I/O page: BREAK -w 177566 fires on console output", "[pdp11][watch]") {
    TestMachine tm;
    // 1000: TSTB @#177564 ; MOVB #101,@#177566 ; BR .
    tm.program(01000, {0105737, 0177564, 0112737, 0101, 0177566, 000777});
    SECTION("write, virtual") {
        watch(tm, 0177566, Pdp11Cpu::kSpaceVirtual, BreakKind::Write);
        std::uint64_t executed = 0;
        StopInfo stop = run_counting(tm, 01000, executed);
        CHECK(stop.code == StopCode::Watchpoint);
        CHECK(stop.message == "Write watchpoint, address: 177566");
        CHECK(executed == 2);
        CHECK(tm.cpu.pc() == 01012);
    }
    SECTION("read, virtual") {
        watch(tm, 0177564, Pdp11Cpu::kSpaceVirtual, BreakKind::Read);
        std::uint64_t executed = 0;
        StopInfo stop = run_counting(tm, 01000, executed);
        CHECK(stop.code == StopCode::Watchpoint);
        CHECK(executed == 1);
        CHECK(tm.cpu.pc() == 01004);
    }
    SECTION("write, physical: the I/O page is at 777566 on an 18-bit Unibus") {
        watch(tm, 0777566, Pdp11Cpu::kSpacePhysical, BreakKind::Write);
        std::uint64_t executed = 0;
        StopInfo stop = run_counting(tm, 01000, executed);
        CHECK(stop.code == StopCode::Watchpoint);
        CHECK(executed == 2);
        CHECK(tm.cpu.pc() == 01012);
    }
}

TEST_CASE("a watchpoint in another mode's space does not fire", "[pdp11][watch]") {
    TestMachine tm;
    tm.program(01000, {012737, 1, 03000, 0});  // MOV #1,@#3000 ; HALT
    watch(tm, 03000, Pdp11Cpu::mode_space(psw::kUser, false), BreakKind::Write);
    StopInfo stop = tm.run_from(01000);
    CHECK(stop.code == StopCode::Halt);
    CHECK(tm.peek(03000) == 1);
}

TEST_CASE("an instruction fetch is not a read", "[pdp11][watch]") {
    TestMachine tm;
    tm.program(01000, {005201, 0});  // INC R1 ; HALT
    watch(tm, 01000, Pdp11Cpu::kSpaceVirtual, BreakKind::Read);
    watch(tm, 01000, Pdp11Cpu::kSpacePhysical, BreakKind::Read);
    CHECK(tm.run_from(01000).code == StopCode::Halt);
}

TEST_CASE("execute breakpoints in the virtual, mode and physical spaces", "[pdp11][watch]") {
    TestMachine tm;
    tm.program(01000, {005201, 005201, 005201, 0});
    Breakpoint b;
    b.address = 01004;
    SECTION("virtual") { b.space = Pdp11Cpu::kSpaceVirtual; }
    SECTION("kernel I") { b.space = Pdp11Cpu::mode_space(psw::kKernel, false); }
    SECTION("physical") { b.space = Pdp11Cpu::kSpacePhysical; }
    tm.machine->breakpoints().set(b);
    StopInfo stop = tm.run_from(01000);
    CHECK(stop.code == StopCode::Breakpoint);
    CHECK(tm.cpu.pc() == 01004);
    CHECK(tm.cpu.reg(1) == 2);
    // CONTINUE leaves the breakpoint's instruction.
    CHECK(tm.machine->run(RunRequest{}).code == StopCode::Halt);
    CHECK(tm.cpu.reg(1) == 3);
}
