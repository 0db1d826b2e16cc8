// The PDP-11's address spaces through the SCP as a user meets them: -k/-s/-u/-v select a
// mode, -t its D space (SIMH's letter), -p physical; -d is always decimal. BREAK takes the
// same switches and defaults to virtual addresses in any mode, so `BREAK -w 177566` stops
// on console output. And no machine's switches clash with the SCP's own.
#include <catch2/catch.hpp>

#include "core/machine/machine.hpp"
#include "machines/machine_list.hpp"
#include "machines/pdp11/cpu/pdp11_cpu.hpp"
#include "machines/pdp11/pdp11_machine.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"
#include "tests/support/pdp11_session.hpp"

using namespace simmon;
using namespace simmon::test;

TEST_CASE("no machine's switches clash with the SCP's own", "[scp][spaces]") {
    for (const MachineInfo& info : machine_list()) {
        INFO(info.name);
        std::unique_ptr<Machine> m = info.create();
        const Cpu& cpu = m->cpu();
        CHECK((cpu.machine_switches() & scp::kScpAddressSwitches) == 0);
        // Space ids are their index, and no two spaces share a selection.
        const auto& spaces = cpu.address_spaces();
        for (std::size_t i = 0; i < spaces.size(); ++i) {
            CHECK(spaces[i].id == static_cast<int>(i));
            for (std::size_t j = i + 1; j < spaces.size(); ++j) CHECK(spaces[i].select != spaces[j].select);
        }
    }
}

TEST_CASE("EXAMINE -k -d 0 prints the kernel I word in decimal", "[scp][spaces]") {
    Pdp11Session s;
    REQUIRE(s.run("DEPOSIT 0 123") == "");
    s.take();
    REQUIRE(s.run("EXAMINE -k -d 0") == "");
    CHECK(s.take() == "0:\t83\n");
}

TEST_CASE("-t selects D space; a bare -t names no space", "[scp][spaces]") {
    Pdp11Session s;
    REQUIRE(s.run("DEPOSIT -k -t 1000 7") == "");  // MMU off: kernel D = physical
    s.take();
    REQUIRE(s.run("EXAMINE 1000") == "");
    CHECK(s.take() == "1000:\t000007\n");
    REQUIRE(s.run("EXAMINE -p 1000") == "");
    CHECK(s.take() == "1000:\t000007\n");
    CHECK(s.run("EXAMINE -t 1000") == "No address space is selected by -t");
    CHECK(s.run("EXAMINE -k -u 1000") == "No address space is selected by -k -u");
}

TEST_CASE("EXAMINE and DEPOSIT -c keep the PDP-11's byte order: low byte first", "[scp][spaces]") {
    Pdp11Session s;
    REQUIRE(s.run("DEPOSIT -c 2000 \"AB\"") == "");
    s.take();
    REQUIRE(s.run("EXAMINE 2000") == "");
    CHECK(s.take() == "2000:\t041101\n");
    REQUIRE(s.run("EXAMINE -c 2000") == "");
    CHECK(s.take() == "2000:\tAB\n");
    REQUIRE(s.run("EXAMINE -b -a 2001") == "");
    CHECK(s.take() == "2001:\tB\n");
}

TEST_CASE("BREAK -w 177566 stops on the instruction that writes the console", "[scp][spaces]") {
    Pdp11Session s;
    // 1000: MOV #101,@#177566 ; BR .
    REQUIRE(s.run("DEPOSIT 1000 12737") == "");
    REQUIRE(s.run("DEPOSIT 1002 101") == "");
    REQUIRE(s.run("DEPOSIT 1004 177566") == "");
    REQUIRE(s.run("DEPOSIT 1006 777") == "");
    REQUIRE(s.run("BREAK -w 177566") == "");
    REQUIRE(s.run("SHOW BREAK") == "");
    CHECK(s.take().find("177566:\twrite, virtual") != std::string::npos);
    REQUIRE(s.run("GO 1000") == "");
    CHECK(s.take().find("Write watchpoint, address: 177566") != std::string::npos);
    REQUIRE(s.run("EXAMINE PC") == "");
    CHECK(s.take() == "PC:\t001006\n");
    // A watchpoint in user space does not see kernel-mode writes; NOBREAK takes the space.
    REQUIRE(s.run("NOBREAK -w 177566") == "");
    REQUIRE(s.run("BREAK -w -u 177566") == "");
    REQUIRE(s.run("SET RUNLIMIT 1000") == "");
    REQUIRE(s.run("GO 1000") == "");
    CHECK(s.take().find("watchpoint") == std::string::npos);
    CHECK(s.run("BREAK -w -t 177566") == "No address space is selected by -t");
}

TEST_CASE("BREAK -n is temporary", "[scp][spaces]") {
    Pdp11Session s;
    REQUIRE(s.run("DEPOSIT 1000 5201") == "");  // INC R1
    REQUIRE(s.run("DEPOSIT 1002 5201") == "");
    REQUIRE(s.run("DEPOSIT 1004 0") == "");
    REQUIRE(s.run("BREAK -n 1002") == "");
    REQUIRE(s.run("GO 1000") == "");
    CHECK(s.take().find("Breakpoint, PC: 001002") != std::string::npos);
    REQUIRE(s.run("SHOW BREAK") == "");
    CHECK(s.take() == "No breakpoints\n");
}
