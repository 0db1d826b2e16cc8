// IPL on the whole S/360 machine (CPU, channels, default devices) at the SCP: IPL and BOOT
// by address and by name, the device address stored at location 2, the PSW loaded, and
// the ways an IPL fails (nothing in the reader, a channel program that never ends).
#include <catch2/catch.hpp>

#include <fstream>

#include "machines/s360/cpu/s360_cpu.hpp"
#include "machines/s360/s360_machine.hpp"
#include "scp-console/session.hpp"
#include "tests/core/temp_dir.hpp"

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
    s360::S360Machine& machine() { return static_cast<s360::S360Machine&>(scp.machine()); }
};

// One 80-byte card: the IPL PSW, then CCWs 1 and 2 (the IPL chains to the first), padded.
void write_ipl_card(const std::string& path, std::uint64_t psw, std::uint64_t ccw1, std::uint64_t ccw2 = 0) {
    std::string card(80, '\x40');
    for (int i = 0; i < 8; ++i) {
        card[static_cast<std::size_t>(i)] = static_cast<char>(psw >> (56 - 8 * i));
        card[static_cast<std::size_t>(8 + i)] = static_cast<char>(ccw1 >> (56 - 8 * i));
        card[static_cast<std::size_t>(16 + i)] = static_cast<char>(ccw2 >> (56 - 8 * i));
    }
    std::ofstream(path, std::ios::binary) << card;
}

constexpr std::uint64_t kWaitPsw = 0x00020000'00000ABCull;  // disabled wait at X'ABC'
constexpr std::uint64_t kNopCcw = 0x03000000'00000001ull;    // control no-op, no chaining

}  // namespace

TEST_CASE("IPL loads the PSW and stores the device address at location 2", "[ipl]") {
    simmon::test::TempDir dir;
    write_ipl_card(dir.file("wait.deck"), kWaitPsw, kNopCcw);
    S360Session s;
    CHECK(s.run("ATTACH -e 00C " + dir.file("wait.deck")) == "");
    CHECK(s.run("SET RUNLIMIT 1000") == "");
    CHECK(s.run("IPL 00C") == "");
    // The IPL device's address at location 2, stored before the PSW is loaded.
    CHECK(s.machine().memory().read16_be(2) == 0x000C);
    CHECK(s.machine().s360_cpu().current_psw() == kWaitPsw);
    CHECK(s.machine().s360_cpu().waiting());
    CHECK(s.out.take_captured().find("Disabled wait state, PSW 00020000 00000ABC") != std::string::npos);
}

TEST_CASE("BOOT is IPL, and the device may be named", "[ipl]") {
    simmon::test::TempDir dir;
    write_ipl_card(dir.file("wait.deck"), kWaitPsw, kNopCcw);
    S360Session s;
    CHECK(s.run("SET RUNLIMIT 1000") == "");
    CHECK(s.run("ATTACH -e CDR1 " + dir.file("wait.deck")) == "");
    CHECK(s.run("BOOT 10C") == "");
    CHECK(s.machine().memory().read16_be(2) == 0x010C);
    CHECK(s.machine().s360_cpu().current_psw() == kWaitPsw);
    CHECK(s.run("ATTACH -e CDR " + dir.file("wait.deck")) == "");
    CHECK(s.run("IPL CDR") == "");
    CHECK(s.machine().memory().read16_be(2) == 0x000C);
    CHECK(s.machine().s360_cpu().current_psw() == kWaitPsw);
}

TEST_CASE("A failed IPL is one line and leaves the CPU in the load state", "[ipl]") {
    simmon::test::TempDir dir;
    S360Session s;
    CHECK(s.run("IPL") == "IPL needs a device address, e.g. IPL 00C");
    CHECK(s.run("IPL 7FF") == "IPL: no device at 7FF");
    CHECK(s.run("IPL 00C 00D") == "IPL takes one device address");
    // An empty reader: intervention required, unit check.
    const std::string empty = s.run("IPL 00C");
    CHECK(empty.rfind("IPL from 00C failed: CSW", 0) == 0);
    CHECK(empty.find('\n') == std::string::npos);
    // A TIC to a TIC is a program check (PoO): one line too.
    write_ipl_card(dir.file("tic.deck"), kWaitPsw, 0x08000008'00000000ull);
    CHECK(s.run("ATTACH -e 00C " + dir.file("tic.deck")) == "");
    const std::string tic = s.run("IPL 00C");
    INFO(tic);
    CHECK(tic.find("failed: CSW 00000010 0C200000") != std::string::npos);
    // A no-op chained to a TIC back to it never ends; the IPL is given up in simulated time.
    write_ipl_card(dir.file("loop.deck"), kWaitPsw, 0x03000000'40000001ull, 0x08000008'00000000ull);
    CHECK(s.run("ATTACH -e 00C " + dir.file("loop.deck")) == "");
    const std::string loop = s.run("IPL 00C");
    CHECK(loop.find("did not complete") != std::string::npos);
    // The channels are free again: a good deck IPLs.
    write_ipl_card(dir.file("wait.deck"), kWaitPsw, kNopCcw);
    CHECK(s.run("ATTACH -e 00C " + dir.file("wait.deck")) == "");
    CHECK(s.run("SET RUNLIMIT 1000") == "");
    CHECK(s.run("IPL 00C") == "");
    CHECK(s.machine().memory().read16_be(2) == 0x000C);
    CHECK(s.machine().s360_cpu().current_psw() == kWaitPsw);
}
