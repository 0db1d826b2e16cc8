// SIMH's SEND and EXPECT on a multiplexer line (SEND DZ:3 "...", EXPECT DZ:3 "..."): the
// text reaches the guest as typed on that line, with no telnet client there, and EXPECT
// watches what the guest sends on it (issue 8). The DZ11 on the PDP-11 with a guest
// program that echoes line 3, one character up; the VAX's DZV11 and DHV11 take SEND text
// the same way (the lines are the same TerminalLines).
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <iterator>

#include "machines/machine_list.hpp"
#include "scp-console/session.hpp"
#include "tests/core/temp_dir.hpp"
#include "tests/support/pdp11_session.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

std::string shown(Pdp11Session& s, const std::string& command) {
    s.take();
    REQUIRE(s.run(command) == "");
    return s.take();
}

// The DZ11 at 760100: master scan on, line 3 receiving 8-bit characters, its transmitter
// enabled; each character received on line 3 goes back out on it, one code higher.
void load_echo_program(Pdp11Session& s) {
    const char* program[] = {
        "MOV #40,@#160100",     // CSR: MSE
        "MOV #10033,@#160102",  // LPR: RX ON, 8 bits, line 3
        "MOV #10,@#160104",     // TCR: line 3 enabled
        "TSTB @#160100",        // 1022: RDONE?
        "BPL 1022",
        "MOV @#160102,R0",      // RBUF
        "INC R0",
        "TST @#160100",         // 1036: TRDY?
        "BPL 1036",
        "MOVB R0,@#160106",     // TDR
        "BR 1022",
    };
    std::uint32_t at = 01000;
    for (const char* line : program) {
        REQUIRE(s.run(fmt::format("DEPOSIT -m {:o} {}", at, line)) == "");
        int used = 0;
        s.scp.machine().cpu().disassemble(at, 0, used);
        at += static_cast<std::uint32_t>(used);
    }
    REQUIRE(s.run("DEPOSIT PC 1000") == "");
}

}  // namespace

TEST_CASE("SEND DZ:3 types on line 3; EXPECT DZ:3 matches what the guest sends there", "[pdp11][scp][dz11]") {
    Pdp11Session s;
    load_echo_program(s);
    REQUIRE(s.run("SEND DZ:3 \"HAL\"") == "");
    REQUIRE(s.run("EXPECT DZ:3 \"IBM\" ECHO matched") == "");
    const std::string pending = shown(s, "SHOW SEND");
    CHECK(pending.find("SEND DZ:3 DELAY=1000 \"HAL\"") == 0);
    CHECK(shown(s, "SHOW EXPECT DZ:3") == "EXPECT DZ:3 \"IBM\" ECHO matched\n");
    CHECK(shown(s, "SHOW EXPECT CONSOLE") == "No EXPECT rules\n");
    REQUIRE(s.run("SET RUNLIMIT 1M") == "");
    REQUIRE(s.run("GO") == "");
    CHECK(s.scp.last_stop().code == StopCode::ExpectMatched);
    CHECK(shown(s, "SHOW EXPECT") == "No EXPECT rules\n");
    CHECK(shown(s, "SHOW SEND DZ:3") == "Nothing waiting to be sent\n");
}

TEST_CASE("SEND text on a line survives RESTORE and REVERT of a state without the line's poll", "[pdp11][scp][dz11]") {
    TempDir dir;
    Pdp11Session s;
    load_echo_program(s);
    REQUIRE(s.run("SAVE " + dir.file("before.sav")) == "");  // no DZ poll in its queue
    REQUIRE(s.run("SNAPSHOT before") == "");
    REQUIRE(s.run("SEND DZ:3 \"HAL\"") == "");
    REQUIRE(s.run("EXPECT DZ:3 \"IBM\"") == "");
    REQUIRE(s.run("RESTORE " + dir.file("before.sav")) == "");
    REQUIRE(s.run("SET RUNLIMIT 1M") == "");
    REQUIRE(s.run("GO") == "");
    CHECK(s.scp.last_stop().code == StopCode::ExpectMatched);
    REQUIRE(s.run("SEND DZ:3 \"abc\"") == "");
    REQUIRE(s.run("EXPECT DZ:3 \"bcd\"") == "");
    REQUIRE(s.run("REVERT before") == "");
    REQUIRE(s.run("SET RUNLIMIT 1M") == "");
    REQUIRE(s.run("GO 1000") == "");
    CHECK(s.scp.last_stop().code == StopCode::ExpectMatched);
}

TEST_CASE("An EXPECT on a line still waiting at the run limit fails the run; NOSEND and NOEXPECT on a line",
          "[pdp11][scp][dz11]") {
    Pdp11Session s;
    load_echo_program(s);
    REQUIRE(s.run("SEND DZ:3 AFTER=100,DELAY=100 \"a\"") == "");
    REQUIRE(s.run("EXPECT DZ:3 \"c\"") == "");
    REQUIRE(s.run("SET RUNLIMIT 200K") == "");
    CHECK(s.run("GO") == "EXPECT DZ:3 \"c\" not seen before the run stopped (run limit)");
    CHECK(s.run("NOEXPECT DZ:3 \"x\"") == "No EXPECT rule for \"x\" on DZ:3");
    REQUIRE(s.run("NOEXPECT DZ:3") == "");
    REQUIRE(s.run("SEND -t DZ:3 AFTER=1000000 \"zzz\"") == "");
    REQUIRE(s.run("NOSEND DZ:3") == "");
    CHECK(shown(s, "SHOW SEND") == "Nothing waiting to be sent\n");
    // Lines that do not exist are named as the machine has them.
    CHECK(s.run("SEND DZ:8 \"x\"") == "No terminal line DZ:8 (dev:line: DZ:0-7)");
    CHECK(s.run("EXPECT TT:0 \"x\"") == "No terminal line TT:0 (dev:line: DZ:0-7)");
    CHECK(s.run("NOSEND DZ:") == "No terminal line DZ: (dev:line: DZ:0-7)");
    // The console's SEND and EXPECT are unchanged.
    REQUIRE(s.run("SEND CONSOLE \"x\"") == "");
    CHECK(shown(s, "SHOW SEND").find("SEND DELAY=1000 \"x\"") == 0);
}

TEST_CASE("SEND to the VAX's DZV11 and DHV11 lines reaches the device with no client", "[vax][scp][dz11]") {
    scp::Output out;
    scp::Scp scp{machine_list(), out, false};
    REQUIRE(scp.select_machine("vax"));
    auto run = [&](const std::string& line) {
        const Status st = scp.execute_line(line);
        return st ? std::string{} : st.message();
    };
    // BRB . at 200; the DZV11's master scan and line 1's receiver on by register.
    REQUIRE(run("DEPOSIT 200 11") == "");
    REQUIRE(run("DEPOSIT 201 FE") == "");
    REQUIRE(run("DEPOSIT PC 200") == "");
    REQUIRE(run("DEPOSIT DZ CSR 40") == "");        // MSE (the registers are octal)
    REQUIRE(run("DEPOSIT DZ LPR[1] 10031") == "");  // RX ON, 8 bits, line 1
    REQUIRE(run("SEND DZ:1 \"ab\"") == "");
    REQUIRE(run("SEND VH:0 \"x\"") == "");
    CHECK(run("SEND DZ:4 \"x\"") == "No terminal line DZ:4 (dev:line: DZ:0-3, VH:0-7)");
    REQUIRE(run("SET RUNLIMIT 100000") == "");
    run("GO");
    CHECK(scp.machine().find_device("DZ")->find_register("SACNT")->get() == 2);  // both in the silo
    out.take_captured();
    REQUIRE(run("SHOW SEND") == "");
    CHECK(out.take_captured() == "SEND VH:0 DELAY=1000 \"x\" (next character in 0 ns)\n");  // VH's receiver is off
}
