// SNAPSHOT, REVERT, SHOW SNAPSHOTS, SAVE/RESTORE and register arrays as a user meets them
// at the console of the PDP-11.
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

std::string read_all(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("register arrays: EXAMINE and DEPOSIT RK CYL[n]", "[pdp11][state][scp]") {
    Pdp11Session s;
    s.take();
    CHECK(s.run("DEPOSIT RK CYL[3] 17") == "");
    CHECK(s.run("EXAMINE RK CYL[3]") == "");
    CHECK(s.take() == "CYL[3]:\t017\n");
    CHECK(s.run("EXAMINE RK CYL[2-4]") == "");
    CHECK(s.take() == "CYL[2]:\t000\nCYL[3]:\t017\nCYL[4]:\t000\n");
    CHECK(s.run("EXAMINE RK CYL[8]") == "RK CYL has elements 0 to 7; [8] is not among them");
    CHECK(s.run("EXAMINE RK RKCS[1]") == "RK RKCS is not a register array");
    CHECK(s.run("EXAMINE RK WLK") == "");
    CHECK(s.take().find("WLK[7]:\t0\n") != std::string::npos);
    CHECK(s.run("HELP RK") == "");
    CHECK(s.take().find("CYL[0-7]") != std::string::npos);
}

TEST_CASE("SNAPSHOT, REVERT and SHOW SNAPSHOTS at the console", "[pdp11][state][scp]") {
    ScratchDir dir;
    const std::string disk = dir.file("d.rk");
    std::ofstream(disk, std::ios::binary) << std::string(8192, 'a');
    Pdp11Session s;
    CHECK(s.run("REVERT") == "REVERT: no snapshot has been taken (use SNAPSHOT first)");
    CHECK(s.run("SHOW SNAPSHOTS") == "");
    CHECK(s.take().find("No snapshots") != std::string::npos);
    CHECK(s.run("ATTACH RK0 " + disk) == "");
    CHECK(s.run("DEPOSIT R0 1234") == "");
    CHECK(s.run("DEPOSIT 1000 4321") == "");
    CHECK(s.run("SNAPSHOT") == "");
    CHECK(s.run("SNAPSHOT before") == "");
    s.take();
    CHECK(s.run("DEPOSIT R0 7") == "");
    CHECK(s.run("DEPOSIT 1000 0") == "");
    CHECK(s.run("SET TTI 8B") == "");
    // The guest writes the pack: a one-sector RK write of memory from 1000.
    CHECK(s.run("DEPOSIT RK RKDA 0") == "");
    CHECK(s.run("DEPOSIT RK RKBA 1000") == "");
    CHECK(s.run("DEPOSIT RK RKWC 177400") == "");
    CHECK(s.run("DEPOSIT 2000 12737") == "");  // MOV #3,@#RKCS (write + go), then BR .
    CHECK(s.run("DEPOSIT 2002 3") == "");
    CHECK(s.run("DEPOSIT 2004 177404") == "");
    CHECK(s.run("DEPOSIT 2006 777") == "");
    CHECK(s.run("DEPOSIT PC 2000") == "");
    s.run("STEP 5000");
    REQUIRE(read_all(disk) != std::string(8192, 'a'));

    CHECK(s.run("SHOW SNAPSHOTS") == "");
    const std::string listing = s.take();
    CHECK(listing.find("1:\ttime 0") != std::string::npos);
    CHECK(listing.find("before:") != std::string::npos);
    CHECK(listing.find("1 image") != std::string::npos);

    CHECK(s.run("REVERT before") == "");
    CHECK(s.take().find("Reverted to snapshot before") != std::string::npos);
    CHECK(read_all(disk) == std::string(8192, 'a'));
    CHECK(s.run("EXAMINE R0 1000") == "");
    CHECK(s.take() == "R0:\t001234\n1000:\t004321\n");
    CHECK(s.run("SHOW TTI") == "");
    CHECK(s.take().find("7B") != std::string::npos);
    CHECK(s.run("REVERT nothing") == "REVERT: there is no snapshot nothing (SHOW SNAPSHOTS lists them)");
    CHECK(s.run("SNAPSHOT a/b") == "SNAPSHOT: a snapshot name is letters, digits, - and _");
    CHECK(s.run("HELP SNAPSHOT") == "");
    CHECK(s.take().find("REVERT") != std::string::npos);
}

TEST_CASE("snapshots keep memory by pages: a second snapshot copies what was touched", "[pdp11][state][scp]") {
    Pdp11Session s;
    Machine& m = s.scp.machine();
    CHECK(s.run("SET CPU 11/70") == "");
    CHECK(s.run("SET CPU 1M") == "");
    const std::size_t pages = m.memory().size() / PhysicalMemory::kPageBytes;
    REQUIRE(pages == 256);
    for (Addr a = 0; a < m.memory().size(); a += 2) m.memory().write16_le(a, static_cast<std::uint16_t>(a * 3 + a / 4096));
    const std::vector<std::uint8_t> at_a(m.memory().data(), m.memory().data() + m.memory().size());
    CHECK(s.run("SNAPSHOT a") == "");
    CHECK(s.run("DEPOSIT 1000 4321") == "");  // one page
    CHECK(s.run("SNAPSHOT b") == "");
    s.take();
    CHECK(s.run("SHOW SNAPSHOTS") == "");
    const std::string listing = s.take();
    INFO(listing);
    CHECK(listing.find("a:\ttime 0, 0 instructions, 10") != std::string::npos);  // 1 MB and a few KB of state
    CHECK(listing.find(" KB (256 memory pages of its own), 0 images\n") != std::string::npos);
    CHECK(listing.find(" KB (1 memory page of its own), 0 images\n") != std::string::npos);

    // Three more pages written; REVERT gives back memory byte for byte, writing those and
    // the page b holds differently from a.
    CHECK(s.run("DEPOSIT 200000 12700") == "");
    CHECK(s.run("DEPOSIT 17776 0") == "");
    CHECK(s.run("DEPOSIT 3770000 1") == "");
    CHECK(s.run("REVERT a") == "");
    CHECK(s.take().find("Reverted to snapshot a (time 0, 4 memory pages written back)") != std::string::npos);
    CHECK(std::equal(at_a.begin(), at_a.end(), m.memory().data()));
    CHECK(s.run("REVERT b") == "");
    CHECK(s.take().find("(time 0, 1 memory page written back)") != std::string::npos);
    CHECK(s.run("EXAMINE 1000") == "");
    CHECK(s.take() == "1000:\t004321\n");
}
