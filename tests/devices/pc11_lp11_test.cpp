#include <catch2/catch.hpp>

#include "devices/dec/lp11.hpp"
#include "devices/dec/pc11.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {
constexpr std::uint32_t PRS = 0777550, PRB = 0777552, PPS = 0777554, PPB = 0777556, LPS = 0777514, LPB = 0777516;

// One absolute-loader block: 001 000, count, address, data, checksum.
void block(std::vector<std::uint8_t>& t, std::uint16_t address, const std::vector<std::uint8_t>& data) {
    std::size_t begin = t.size();
    std::uint16_t count = static_cast<std::uint16_t>(data.size() + 6);
    for (std::uint8_t b : {std::uint8_t{1}, std::uint8_t{0}, static_cast<std::uint8_t>(count), static_cast<std::uint8_t>(count >> 8),
                           static_cast<std::uint8_t>(address), static_cast<std::uint8_t>(address >> 8)})
        t.push_back(b);
    t.insert(t.end(), data.begin(), data.end());
    std::uint8_t sum = 0;
    for (std::size_t i = begin; i < t.size(); ++i) sum = static_cast<std::uint8_t>(sum + t[i]);
    t.push_back(static_cast<std::uint8_t>(-sum));
}
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

TEST_CASE("BOOT PTR loads an absolute-loader tape and starts it", "[pc11]") {
    ScratchDir dir;
    std::string path = dir.file("prog.bin");
    std::vector<std::uint8_t> t(8, 0);  // leader
    block(t, 01000, {0x01, 0x02, 0x03, 0x04});
    block(t, 01100, {0xAA});
    block(t, 01234, {});  // start address
    write_file(path, t);
    DeviceTestMachine m;
    auto& ptr = m.add<Pc11Reader>();
    REQUIRE(ptr.attach(*ptr.units()[0], path, {}));
    REQUIRE(ptr.boot(*ptr.units()[0]));
    CHECK(m.fake_bus().word(01000) == 0x0201);
    CHECK(m.fake_bus().word(01002) == 0x0403);
    CHECK(m.fake_bus().word(01100) == 0x00AA);
    CHECK(m.fake_bus().start_address == 01234);
    CHECK(ptr.position() == t.size());

    // A corrupted checksum is refused and nothing is loaded.
    std::vector<std::uint8_t> bad;
    block(bad, 02000, {0x55});
    bad[6] ^= 1;
    block(bad, 02000, {});
    write_file(path, bad);
    REQUIRE(ptr.attach(*ptr.units()[0], path, {}));
    Status s = ptr.boot(*ptr.units()[0]);
    CHECK_FALSE(s);
    CHECK(s.message().find("checksum") != std::string::npos);
    CHECK(m.fake_bus().word(02000) == 0);
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
