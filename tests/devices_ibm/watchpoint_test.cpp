// Watchpoints on the S/360 at the SCP: BREAK -r and -w on real (-p) and program (-v)
// addresses stop the run after the instruction that read or wrote the address, with the
// PSW past it; instruction fetches are not data reads; NOBREAK disarms them. A channel's
// input into watched real storage stops the run too, naming the device.
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "machines/s360/cpu/s360_cpu.hpp"
#include "machines/s360/s360_machine.hpp"
#include "scp-console/session.hpp"

using namespace simmon;

namespace {

struct S360Session {
    scp::Output out;
    scp::Scp scp{{MachineInfo{"s360", "S/360", [] { return std::make_unique<s360::S360Machine>(); }}}, out, false};
    S360Session() { REQUIRE(scp.select_machine("s360")); }
    std::string run(const std::string& line) {
        const Status s = scp.execute_line(line);
        return s ? std::string{} : s.message();
    }
    std::string take() { return out.take_captured(); }
    s360::S360Machine& machine() { return static_cast<s360::S360Machine&>(scp.machine()); }
    std::uint32_t ia() { return machine().s360_cpu().instruction_address(); }

    // At X'1000': L 1,X'800'; ST 1,X'804'; MVC X'902'(4),X'800'; then a disabled wait.
    void load_program() {
        REQUIRE(run("DEPOSIT -m 1000 L 1,2048") == "");
        REQUIRE(run("DEPOSIT -m 1004 ST 1,2052") == "");
        REQUIRE(run("DEPOSIT -m 1008 MVC 2306(4,0),2048(0)") == "");
        REQUIRE(run("DEPOSIT -m 100E LPSW 256") == "");
        REQUIRE(run("DEPOSIT 101 02") == "");  // wait PSW 00020000 00000000 at X'100'
        REQUIRE(run("DEPOSIT PSW 0000000000001000") == "");
        take();
    }
};

}  // namespace

TEST_CASE("s360 read and write watchpoints stop after the instruction that touched the address",
          "[s360][scp][watch]") {
    S360Session s;
    s.load_program();
    REQUIRE(s.run("BREAK -r -p 802") == "");  // inside L's word
    REQUIRE(s.run("BREAK -w -v 904") == "");  // inside MVC's target
    REQUIRE(s.run("GO") == "");
    CHECK(s.take().find("watchpoint") != std::string::npos);
    CHECK(s.ia() == 0x1004);  // after the L
    // The ST writes X'804'-X'807': no watchpoint there; the MVC reads X'800' (read
    // watchpoint again) and writes X'902'-X'905'.
    REQUIRE(s.run("CONTINUE") == "");
    CHECK(s.take().find("watchpoint") != std::string::npos);
    CHECK(s.ia() == 0x100E);  // after the MVC
    REQUIRE(s.run("NOBREAK ALL") == "");
    REQUIRE(s.run("CONTINUE") == "");
    CHECK(s.machine().s360_cpu().current_psw() == 0x00020000'00000000ull);
}

TEST_CASE("s360 a write watchpoint ignores reads and instruction fetches", "[s360][scp][watch]") {
    S360Session s;
    s.load_program();
    REQUIRE(s.run("BREAK -w 800-803") == "");   // only read by the program
    REQUIRE(s.run("BREAK -r 1000-1011") == "");  // the program's own instructions
    REQUIRE(s.run("GO") == "");
    CHECK(s.take().find("watchpoint") == std::string::npos);
    CHECK(s.machine().s360_cpu().current_psw() == 0x00020000'00000000ull);
}

TEST_CASE("s360 a write watchpoint on a real address sees a store under DAT", "[s360][scp][watch]") {
    S360Session s;
    s.load_program();
    s360::S360Cpu& cpu = s.machine().s360_cpu();
    // Extended control mode, one segment of 16 pages: page 0 to frame 0, page 1 (the
    // program) to frame 1, page 2 to frame 5; a store to virtual X'2010' reaches real X'5010'.
    PhysicalMemory& m = cpu.memory();
    m.write32_be(0x3000, 0x0F003040);  // segment 0: 16 pages, page table at X'3040'
    for (unsigned p = 0; p < 16; ++p) m.write16_be(0x3040 + 2 * p, static_cast<std::uint16_t>(p << 4));
    m.write16_be(0x3040 + 4, 0x0050);
    cpu.cr_[0] = 0x00003000;
    cpu.cr_[6] = s360::S360Cpu::kCr6Extended;
    cpu.purge_tlb();
    REQUIRE(s.run("DEPOSIT -m 1004 ST 1,16(0,3)") == "");  // X'2010' through R3
    cpu.gr_[3] = 0x2000;
    REQUIRE(cpu.load_psw(0x04000000'00001000ull));
    REQUIRE(s.run("BREAK -w -p 5012") == "");
    REQUIRE(s.run("GO") == "");
    CHECK(s.take().find("watchpoint") != std::string::npos);
    CHECK(s.ia() == 0x1008);
    CHECK(m.read32_be(0x5010) == m.read32_be(0x800));
}

TEST_CASE("s360 a write watchpoint on real storage sees a channel's input", "[s360][scp][watch]") {
    S360Session s;
    const std::string deck = std::string(std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") + "/simmon_watch_card.txt";
    {
        std::ofstream out(deck);
        out << "A CARD FOR THE WATCHPOINT\n";
    }
    REQUIRE(s.run("ATTACH -a 00C " + deck) == "");
    // At X'1000': TIO X'00C' (takes the device end the cards' loading presented); SIO;
    // TIO while busy; a disabled wait. The CCW at X'1100' reads the card into X'2000'.
    REQUIRE(s.run("DEPOSIT -m 1000 TIO 12") == "");
    REQUIRE(s.run("DEPOSIT -m 1004 SIO 12") == "");
    REQUIRE(s.run("DEPOSIT -m 1008 TIO 12") == "");
    REQUIRE(s.run("DEPOSIT -m 100C BC 2,8(0,12)") == "");  // R12 = X'1000'
    s.machine().s360_cpu().gr_[12] = 0x1000;
    REQUIRE(s.run("DEPOSIT -m 1010 LPSW 256") == "");
    REQUIRE(s.run("DEPOSIT 101 02") == "");
    s360::S360Cpu& cpu = s.machine().s360_cpu();
    PhysicalMemory& m = cpu.memory();
    m.write32_be(0x48, 0x00001100);                 // CAW
    m.write64_be(0x1100, 0x0200200020000050ull);    // read, SLI, 80 bytes at X'2000'
    REQUIRE(s.run("DEPOSIT PSW 0000000000001000") == "");
    s.take();
    REQUIRE(s.run("BREAK -w -p 2004") == "");
    REQUIRE(s.run("GO") == "");
    const std::string said = s.take();
    CHECK(said.find("watchpoint") != std::string::npos);
    CHECK(said.find("CDR") != std::string::npos);  // the device that wrote
    CHECK(cpu.current_psw() != 0x00020000'00000000ull);  // stopped before the program's end
    REQUIRE(s.run("NOBREAK ALL") == "");
    REQUIRE(s.run("CONTINUE") == "");
    CHECK(cpu.current_psw() == 0x00020000'00000000ull);
    CHECK(m.read8(0x2000) == 0xC1);  // 'A'
    std::remove(deck.c_str());
}
