#include <catch2/catch.hpp>

#include "devices/dec/lp11.hpp"
#include "devices/dec/pc11.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {
constexpr std::uint32_t PRS = 0777550, PRB = 0777552, PPS = 0777554, PPB = 0777556, LPS = 0777514, LPB = 0777516;

}  // namespace

TEST_CASE("PC11 reader reads the tape a character at a time, ERROR at the end", "[pc11]") {
    ScratchDir dir;
    std::string path = dir.file("tape.ptr");
    write_file(path, {'a', 'b'});
    DeviceTestMachine m;
    auto& ptr = m.add<Pc11Reader>();
    CHECK(rd(ptr, PRS) == 0100000);  // no tape: ERROR
    REQUIRE(ptr.attach(*ptr.units()[0], path, {}));
    CHECK(rd(ptr, PRS) == 0);
    wr(ptr, PRS, 0101);  // IE + RDR ENB
    CHECK(rd(ptr, PRS) == 04100);  // BUSY
    m.advance(Pc11Reader::kDefaultDelay);
    CHECK(rd(ptr, PRS) == 0300);
    CHECK(m.fake_bus().pending("PTR"));
    CHECK(rd(ptr, PRB) == 'a');
    CHECK(rd(ptr, PRS) == 0100);
    CHECK_FALSE(m.fake_bus().pending("PTR"));
    wr(ptr, PRS, 0101);
    m.advance(Pc11Reader::kDefaultDelay);
    CHECK(rd(ptr, PRB) == 'b');
    wr(ptr, PRS, 0101);
    m.advance(Pc11Reader::kDefaultDelay);
    CHECK(rd(ptr, PRS) == 0100100);  // out of tape: ERROR, no DONE
    CHECK(m.fake_bus().pending("PTR"));
}

TEST_CASE("PC11 punch writes characters through to the file", "[pc11]") {
    ScratchDir dir;
    std::string path = dir.file("out.ptp");
    DeviceTestMachine m;
    auto& ptp = m.add<Pc11Punch>();
    CHECK(rd(ptp, PPS) == 0100200);  // ready, but ERROR without tape
    REQUIRE(ptp.attach(*ptp.units()[0], path, {}));
    wr(ptp, PPS, 0100);
    CHECK(m.fake_bus().pending("PTP"));
    wr(ptp, PPB, 0377);
    CHECK(rd(ptp, PPS) == 0100);
    m.advance(Pc11Punch::kDefaultDelay);
    wr(ptp, PPB, 0);
    m.advance(Pc11Punch::kDefaultDelay);
    CHECK(rd(ptp, PPS) == 0300);
    CHECK(read_file(path) == std::vector<std::uint8_t>{0377, 0});
}

TEST_CASE("LP11 prints 7-bit characters to the attached file", "[lp11]") {
    ScratchDir dir;
    std::string path = dir.file("printer.txt");
    DeviceTestMachine m;
    auto& lpt = m.add<Lp11>();
    CHECK(rd(lpt, LPS) == 0100200);  // off line
    REQUIRE(lpt.attach(*lpt.units()[0], path, {}));
    CHECK(rd(lpt, LPS) == 0200);
    wr(lpt, LPS, 0100);
    CHECK(m.fake_bus().pending("LPT"));
    CHECK(m.fake_bus().line("LPT").vector == 0200);
    for (char c : std::string("HI\r\n")) {
        wr(lpt, LPB, static_cast<std::uint16_t>(c | 0200));
        CHECK((rd(lpt, LPS) & 0200) == 0);
        CHECK_FALSE(m.fake_bus().pending("LPT"));
        m.advance(Lp11::kDefaultDelay);
        CHECK(m.fake_bus().pending("LPT"));
    }
    auto out = read_file(path);
    CHECK(std::string(out.begin(), out.end()) == "HI\r\n");
    // Attaching again appends.
    REQUIRE(lpt.attach(*lpt.units()[0], path, {}));
    wr(lpt, LPB, 'X');
    m.advance(Lp11::kDefaultDelay);
    out = read_file(path);
    CHECK(std::string(out.begin(), out.end()) == "HI\r\nX");
}
