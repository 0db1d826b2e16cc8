#include <catch2/catch.hpp>

#include "core/breakpoints/breakpoints.hpp"

using namespace simmon;

namespace {

Breakpoint exec_at(Addr a) {
    Breakpoint b;
    b.address = a;
    b.end = a;
    return b;
}

Breakpoint watch(Addr from, Addr to, BreakKind kind) {
    Breakpoint b;
    b.address = from;
    b.end = to;
    b.kind = kind;
    return b;
}

}  // namespace

TEST_CASE("execute breakpoint stops with an octal message and actions", "[breakpoints]") {
    BreakpointTable t;
    t.set_radix(Radix::Octal);  // as a PDP-11 sets it: octal, 16-bit addresses in space 0
    t.set_space_address_bits({16, 16, 16});
    CHECK_FALSE(t.exec_armed());
    Breakpoint b = exec_at(01000);
    b.actions = "EXAMINE R0; CONTINUE";
    t.set(b);
    CHECK(t.exec_armed());
    CHECK_FALSE(t.watch_armed());
    StopInfo stop;
    CHECK_FALSE(t.check_execute(01002, 0, stop));
    CHECK_FALSE(t.check_execute(01000, 1, stop));  // another address space
    REQUIRE(t.check_execute(01000, 0, stop));
    CHECK(stop.code == StopCode::Breakpoint);
    CHECK(stop.message == "Breakpoint, PC: 001000");
    CHECK(stop.actions == "EXAMINE R0; CONTINUE");
    CHECK(t.list().size() == 1);  // permanent
    CHECK(t.check_execute(01000, 0, stop));
}

TEST_CASE("hex radix formats the address in hex", "[breakpoints]") {
    BreakpointTable t;
    t.set_radix(Radix::Hex);
    t.set(exec_at(0x1F00));
    StopInfo stop;
    REQUIRE(t.check_execute(0x1F00, 0, stop));
    CHECK(stop.message == "Breakpoint, PC: 00001F00");
}

TEST_CASE("pass count lets n hits pass and stops on hit n+1 and later", "[breakpoints]") {
    BreakpointTable t;
    Breakpoint b = exec_at(0100);
    b.pass_count = 3;
    t.set(b);
    StopInfo stop;
    CHECK_FALSE(t.check_execute(0100, 0, stop));
    CHECK_FALSE(t.check_execute(0100, 0, stop));
    CHECK_FALSE(t.check_execute(0100, 0, stop));
    CHECK(t.check_execute(0100, 0, stop));
    CHECK(t.check_execute(0100, 0, stop));
    CHECK(t.list().front().hits == 5);
}

TEST_CASE("temporary breakpoint is removed after it stops", "[breakpoints]") {
    BreakpointTable t;
    Breakpoint b = exec_at(0200);
    b.temporary = true;
    t.set(b);
    StopInfo stop;
    REQUIRE(t.check_execute(0200, 0, stop));
    CHECK(t.list().empty());
    CHECK_FALSE(t.exec_armed());
    CHECK_FALSE(t.check_execute(0200, 0, stop));
}

TEST_CASE("skip_once skips the first instruction of a run, if it is at that address", "[breakpoints]") {
    BreakpointTable t;
    t.set(exec_at(0300));
    StopInfo stop;
    t.skip_once_at(0300);
    CHECK(t.consume_skip(0300));
    CHECK_FALSE(t.consume_skip(0300));  // next time around it stops again
    CHECK(t.check_execute(0300, 0, stop));

    // A skip for another address is used up by the first instruction and does not linger.
    t.skip_once_at(0400);
    CHECK_FALSE(t.consume_skip(0300));
    CHECK_FALSE(t.consume_skip(0400));
}

TEST_CASE("watch_spaces says which spaces have a watchpoint; messages pad to the space's width",
          "[breakpoints]") {
    BreakpointTable t;
    t.set_radix(Radix::Hex);
    t.set_space_address_bits({24, 16});
    Breakpoint w;
    w.address = 0x10;
    w.space = 1;
    w.kind = BreakKind::Write;
    t.set(w);
    CHECK(t.watch_spaces() == space_bit(1));
    StopInfo stop;
    CHECK_FALSE(t.check_access(0x10, 4, 0, true, stop));
    REQUIRE(t.check_access(0x10, 4, 1, true, stop));
    CHECK(stop.message == "Write watchpoint, address: 0010");
    Breakpoint e;
    e.address = 0x400;
    t.set(e);
    REQUIRE(t.check_execute(0x400, 0, stop));
    CHECK(stop.message == "Breakpoint, PC: 000400");
    CHECK(t.clear(0, ~Addr{0}, BreakpointTable::kAnySpace, BreakKind::Write) == 1);
    CHECK(t.watch_spaces() == 0);
}

TEST_CASE("set replaces, clear removes a range of one kind", "[breakpoints]") {
    BreakpointTable t;
    t.set(exec_at(010));
    Breakpoint again = exec_at(010);
    again.pass_count = 7;
    t.set(again);
    REQUIRE(t.list().size() == 1);
    CHECK(t.list().front().pass_count == 7);
    t.set(exec_at(020));
    t.set(exec_at(030));
    t.set(watch(020, 020, BreakKind::Write));
    CHECK(t.clear(015, 030, 0, BreakKind::Execute) == 2);
    CHECK(t.list().size() == 2);
    CHECK(t.exec_armed());
    CHECK(t.watch_armed());
    CHECK(t.clear(0, 0100, 0, BreakKind::Write) == 1);
    CHECK_FALSE(t.watch_armed());
    t.clear_all();
    CHECK(t.list().empty());
    CHECK_FALSE(t.exec_armed());
}

TEST_CASE("watchpoints cover ranges and match the access kind", "[breakpoints]") {
    BreakpointTable t;
    t.set_radix(Radix::Octal);
    t.set_space_address_bits({16, 16, 16});
    t.set(watch(01000, 01017, BreakKind::Write));
    t.set(watch(02000, 02000, BreakKind::Read));
    t.set(watch(03000, 03003, BreakKind::Access));
    CHECK(t.watch_armed());
    CHECK_FALSE(t.exec_armed());
    StopInfo stop;
    CHECK_FALSE(t.check_access(01000, 2, 0, false, stop));  // a read of a write watch
    CHECK(t.check_access(01016, 2, 0, true, stop));
    CHECK(stop.code == StopCode::Watchpoint);
    CHECK(stop.message == "Write watchpoint, address: 001016");
    CHECK_FALSE(t.check_access(01020, 2, 0, true, stop));  // just past the range
    CHECK(t.check_access(0776, 4, 0, true, stop));         // overlaps the start
    CHECK_FALSE(t.check_access(0776, 2, 0, true, stop));
    CHECK(t.check_access(01777, 2, 0, false, stop));       // word covering 2000
    CHECK(stop.message == "Read watchpoint, address: 001777");
    CHECK_FALSE(t.check_access(02000, 1, 0, true, stop));
    CHECK(t.check_access(03002, 1, 0, true, stop));
    CHECK(t.check_access(03002, 1, 0, false, stop));
    CHECK_FALSE(t.check_access(03002, 1, 2, false, stop));  // other space
}
