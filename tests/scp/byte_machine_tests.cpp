// The SCP on BYTE (tests/support/byte_machine.hpp), a big-endian, hexadecimal, EBCDIC
// machine with a real and a virtual space: EXAMINE/DEPOSIT (-c in EBCDIC), breakpoints
// and watchpoints per space, SAVE/RESTORE. Nothing in core or the SCP may assume the
// PDP-11's octal, 16-bit, little-endian ASCII world.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fmt/format.h>

#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"
#include "tests/support/byte_machine.hpp"

using namespace simmon;
using namespace simmon::bytetoy;

namespace {

struct ByteSession {
    scp::Output out;
    scp::Scp scp{byte_machine_list(), out, false};
    ByteSession() {
        const Status s = scp.select_machine("byte");
        if (!s) throw std::runtime_error(s.message());
    }
    ByteMachine& machine() { return static_cast<ByteMachine&>(scp.machine()); }
    std::string run(const std::string& line) {
        const Status s = scp.execute_line(line);
        return s ? std::string{} : s.message();
    }
    std::string take() { return out.take_captured(); }
    std::string ex(const std::string& what) {
        take();
        const std::string e = run("EXAMINE " + what);
        return e.empty() ? take() : e;
    }
};

// Page table at 0x100: virtual page 1 -> real 0x3000, page 2 -> real 0x5000, others invalid.
void map_pages(ByteSession& s) {
    for (int p = 0; p < 16; ++p) REQUIRE(s.run(fmt::format("DEPOSIT {:X} 80000000", 0x100 + 4 * p)) == "");
    REQUIRE(s.run("DEPOSIT 104 3000") == "");
    REQUIRE(s.run("DEPOSIT 108 5000") == "");
    REQUIRE(s.run("DEPOSIT PTO 100") == "");
}

}  // namespace

TEST_CASE("BYTE's switches do not clash with the SCP's", "[byte]") {
    ByteMachine m;
    CHECK((m.cpu().machine_switches() & scp::kScpAddressSwitches) == 0);
}

TEST_CASE("BYTE: EXAMINE and DEPOSIT are hex, big-endian, in fullwords", "[byte]") {
    ByteSession s;
    REQUIRE(s.run("DEPOSIT 200 0D10") == "");  // a hex number, not 0d10 = decimal 10
    CHECK(s.ex("200") == "200:\t00000D10\n");
    CHECK(s.machine().memory().read8(0x203) == 0x10);  // the low byte at the highest address
    CHECK(s.machine().memory().read8(0x202) == 0x0D);
    REQUIRE(s.run("DEPOSIT 204 0B20") == "");
    CHECK(s.ex("204") == "204:\t00000B20\n");
    CHECK(s.ex("-d 204") == "204:\t2848\n");
    CHECK(s.run("EXAMINE 10000").find("Non-existent memory at 10000") != std::string::npos);
}

TEST_CASE("BYTE: -c and -a read and write EBCDIC in memory order", "[byte]") {
    ByteSession s;
    REQUIRE(s.run("DEPOSIT -c 300 \"ABCD\"") == "");
    CHECK(s.machine().memory().read8(0x300) == 0xC1);  // 'A' in CP037, first in memory
    CHECK(s.machine().memory().read8(0x303) == 0xC4);
    CHECK(s.ex("300") == "300:\tC1C2C3C4\n");
    CHECK(s.ex("-c 300") == "300:\tABCD\n");
    REQUIRE(s.run("DEPOSIT 304 F1F24015") == "");  // "12", space, NL
    CHECK(s.ex("-c 304") == "304:\t12 <15>\n");
    REQUIRE(s.run("DEPOSIT -a 308 Z") == "");
    CHECK(s.ex("308") == "308:\t000000E9\n");
}

TEST_CASE("BYTE: the virtual space goes through the page table", "[byte]") {
    ByteSession s;
    map_pages(s);
    REQUIRE(s.run("DEPOSIT -v 1010 12345678") == "");
    CHECK(s.ex("3010") == "3010:\t12345678\n");
    CHECK(s.ex("-v 1010") == "1010:\t12345678\n");
    CHECK(s.run("EXAMINE -v 3000").find("Non-existent memory at 3000 (virtual)") != std::string::npos);
}

TEST_CASE("BYTE: watchpoints per space stop on the instruction, PC after it", "[byte]") {
    ByteSession s;
    map_pages(s);
    // Real 0x400: L 1,1010 ; ST 1,2020 ; B 408 (run with DAT on: code at virtual 0x400
    // would be invalid, so the program runs in real mode first, then in virtual mode).
    SECTION("real space, DAT off") {
        REQUIRE(s.run(fmt::format("DEPOSIT 400 {:08X}", insn(ST, 1, 0x3010))) == "");
        REQUIRE(s.run(fmt::format("DEPOSIT 404 {:08X}", insn(B, 0, 0x404))) == "");
        REQUIRE(s.run("BREAK -w 3010") == "");
        REQUIRE(s.run("GO 400") == "");
        CHECK(s.take().find("Write watchpoint, address: 003010") != std::string::npos);
        CHECK(s.ex("PC") == "PC:\t0404\n");
    }
    SECTION("virtual space, DAT on: a real-space watchpoint on the frame fires too") {
        // Code in virtual page 1 (real 0x3000): L 2,2004 ; B 1004.
        REQUIRE(s.run(fmt::format("DEPOSIT -v 1000 {:08X}", insn(L, 2, 0x2004))) == "");
        REQUIRE(s.run(fmt::format("DEPOSIT -v 1004 {:08X}", insn(B, 0, 0x1004))) == "");
        REQUIRE(s.run("DEPOSIT -v 2004 AB") == "");
        REQUIRE(s.run("DEPOSIT DAT 1") == "");
        SECTION("virtual") { REQUIRE(s.run("BREAK -r -v 2004") == ""); }
        SECTION("real") { REQUIRE(s.run("BREAK -r 5004") == ""); }
        REQUIRE(s.run("GO 1000") == "");
        CHECK(s.take().find("Read watchpoint") != std::string::npos);
        CHECK(s.ex("PC") == "PC:\t1004\n");
        CHECK(s.ex("R2") == "R2:\t000000AB\n");
    }
    SECTION("a watchpoint in the other space does not fire") {
        REQUIRE(s.run(fmt::format("DEPOSIT 400 {:08X}", insn(ST, 1, 0x1010))) == "");
        REQUIRE(s.run(fmt::format("DEPOSIT 404 {:08X}", insn(HALT, 0, 0))) == "");
        REQUIRE(s.run("BREAK -w -v 1010") == "");  // DAT is off: 1010 is a real address
        REQUIRE(s.run("GO 400") == "");
        CHECK(s.take().find("HALT") != std::string::npos);
    }
}

TEST_CASE("BYTE: execute breakpoints per space", "[byte]") {
    ByteSession s;
    map_pages(s);
    REQUIRE(s.run(fmt::format("DEPOSIT -v 1000 {:08X}", insn(AI, 0, 1))) == "");
    REQUIRE(s.run(fmt::format("DEPOSIT -v 1004 {:08X}", insn(AI, 0, 1))) == "");
    REQUIRE(s.run(fmt::format("DEPOSIT -v 1008 {:08X}", insn(HALT, 0, 0))) == "");
    REQUIRE(s.run("DEPOSIT DAT 1") == "");
    REQUIRE(s.run("BREAK 1004") == "");  // real space: DAT is on, so it never matches
    REQUIRE(s.run("BREAK -v 1004") == "");
    REQUIRE(s.run("GO 1000") == "");
    CHECK(s.take().find("Breakpoint, PC: 1004") != std::string::npos);
    CHECK(s.ex("R0") == "R0:\t00000001\n");
    REQUIRE(s.run("SHOW BREAK") == "");
    CHECK(s.take().find("1004:\texecute, virtual") != std::string::npos);
}

TEST_CASE("BYTE: SAVE and RESTORE bring back memory and registers", "[byte]") {
    const auto path = std::filesystem::temp_directory_path() / ("simmon-byte-" + std::to_string(::getpid()) + ".sav");
    {
        ByteSession s;
        REQUIRE(s.run("DEPOSIT -c 600 \"SAVE\"") == "");
        REQUIRE(s.run("DEPOSIT R3 CAFEBABE") == "");
        REQUIRE(s.run("SAVE " + path.string()) == "");
    }
    ByteSession s;
    REQUIRE(s.run("RESTORE " + path.string()) == "");
    CHECK(s.ex("-c 600") == "600:\tSAVE\n");
    CHECK(s.ex("R3") == "R3:\tCAFEBABE\n");
    std::filesystem::remove(path);
}

TEST_CASE("BYTE: registers are read in their own radix, hex", "[byte][registers]") {
    ByteSession s;
    REQUIRE(s.run("DEPOSIT R1 0D10") == "");
    CHECK(s.ex("R1") == "R1:\t00000D10\n");
    CHECK(s.run("DEPOSIT R1 12G") == "R1: Invalid hexadecimal number: 12G");
    CHECK(s.ex("R1") == "R1:\t00000D10\n");
}
