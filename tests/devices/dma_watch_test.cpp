// Watchpoints see DMA: an RK11 read into a watched word stops the machine when the
// transfer is over, naming the controller; the whole block still arrives.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/machine/machine.hpp"
#include "machines/machine_list.hpp"
#include "tests/support/pdp11_session.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

// A pack whose first sector holds the words 0100, 0101, ... 0477.
void write_pack(const std::string& path) {
    std::ofstream f(path, std::ios::binary);
    for (unsigned i = 0; i < 256; ++i) {
        const unsigned w = 0100 + i;
        f.put(static_cast<char>(w & 0xFF));
        f.put(static_cast<char>(w >> 8));
    }
    f << std::string(8192 - 512, '\0');
}

// RKDA 0, RKBA `buffer`, one sector, then at 2000: MOV #fn+GO,@#RKCS; BR .
void program_rk(Pdp11Session& s, const std::string& buffer, const std::string& function) {
    CHECK(s.run("DEPOSIT RK RKDA 0") == "");
    CHECK(s.run("DEPOSIT RK RKBA " + buffer) == "");
    CHECK(s.run("DEPOSIT RK RKWC 177400") == "");
    CHECK(s.run("DEPOSIT 2000 12737") == "");
    CHECK(s.run("DEPOSIT 2002 " + function) == "");
    CHECK(s.run("DEPOSIT 2004 177404") == "");
    CHECK(s.run("DEPOSIT 2006 777") == "");
    CHECK(s.run("DEPOSIT PC 2000") == "");
}

}  // namespace

TEST_CASE("an RK11 read into a watched word stops after the transfer, naming the RK", "[dma][rk11][watch]") {
    ScratchDir dir;
    const std::string pack = dir.file("d.rk");
    write_pack(pack);
    Pdp11Session s;
    Machine& m = s.scp.machine();
    CHECK(s.run("ATTACH RK0 " + pack) == "");
    program_rk(s, "10000", "5");  // read + go
    CHECK(s.run("BREAK -w -p 10020") == "");  // the ninth word of the buffer
    s.take();
    CHECK(s.run("CONTINUE") == "");
    const std::string stop = s.take();
    INFO(stop);
    CHECK(stop.find("Write watchpoint, address: 00010020, written by RK, PC: 002006") != std::string::npos);
    // The whole sector arrived, the words after the watched one too, and the CPU was
    // waiting in its loop: the stop came when the transfer ended, not before it.
    for (unsigned i = 0; i < 256; ++i) CHECK(m.memory().read16_le(010000 + 2 * i) == 0100 + i);
    CHECK(m.cpu().pc() == 02006);

    // Another word of memory: no stop from the same transfer again.
    CHECK(s.run("NOBREAK -w -p 10020") == "");
    CHECK(s.run("BREAK -w -p 30000") == "");
    program_rk(s, "10000", "5");
    CHECK(s.run("STEP 20000") == "");
    CHECK(s.take().find("watchpoint") == std::string::npos);
}

TEST_CASE("an RK11 write reading a watched word stops with a read watchpoint", "[dma][rk11][watch]") {
    ScratchDir dir;
    const std::string pack = dir.file("d.rk");
    write_pack(pack);
    Pdp11Session s;
    CHECK(s.run("ATTACH RK0 " + pack) == "");
    program_rk(s, "4000", "3");  // write + go
    CHECK(s.run("BREAK -r -p 4776") == "");  // the last word of the sector
    s.take();
    CHECK(s.run("CONTINUE") == "");
    CHECK(s.take().find("Read watchpoint, address: 00004776, read by RK") != std::string::npos);
}
