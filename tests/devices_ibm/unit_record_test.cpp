// The 2540 reader and punch, the 1403 printer and the 1052 console driven by channel
// programs, as a CPU would drive them.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "devices/ibm/ebcdic.hpp"
#include "devices/ibm/ibm1052.hpp"
#include "devices/ibm/ibm1403.hpp"
#include "devices/ibm/ibm2540_punch.hpp"
#include "devices/ibm/ibm2540_reader.hpp"
#include "tests/core/temp_dir.hpp"
#include "tests/devices_ibm/ibm_test_support.hpp"

using namespace simmon;
using namespace simmon::ibm;
using namespace simmon::ibm::test;

namespace {

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Runs one CCW on `address` and returns the I/O interruption's CSW status (unit << 8 | channel).
std::uint16_t run_ccw(IoBench& b, std::uint16_t address, std::uint8_t cmd, std::uint32_t data, std::uint8_t flags, std::uint16_t count) {
    b.ccw(0x1000, cmd, data, flags, count);
    b.caw(0x1000);
    const int cc = b.channels->start_io(address);
    if (cc == 1) return static_cast<std::uint16_t>(b.csw() >> 16);
    REQUIRE(cc == 0);
    b.run_events(1000);
    REQUIRE(b.interrupt() == address);
    return static_cast<std::uint16_t>(b.csw() >> 16);
}

constexpr std::uint16_t kCeDe = (kChannelEnd | kDeviceEnd) << 8;

class CapturePort final : public ConsolePort {
public:
    int read_char() override {
        if (input.empty()) return -1;
        const int c = static_cast<unsigned char>(input.front());
        input.erase(input.begin());
        return c;
    }
    void write_char(std::uint8_t c) override { output += static_cast<char>(c); }
    std::string input;
    std::string output;
};

}  // namespace

TEST_CASE("2540 reader: an EBCDIC deck, then end of file, then not ready", "[2540]") {
    simmon::test::TempDir dir;
    IoBench b;
    auto& rdr = b.add<Ibm2540Reader>("CDR", std::uint16_t{0x00C});
    std::string deck = to_ebcdic(std::string(80, 'A')) + to_ebcdic(std::string(80, 'B'));
    write_file(dir.file("d.deck"), deck);
    Unit& u = *rdr.units().front();
    AttachOptions eb;
    eb.switches = switch_bit('e');
    REQUIRE(rdr.attach(u, dir.file("d.deck"), eb));
    CHECK(rdr.cards_left() == 2);
    CHECK(b.interrupt() == 0x00C);  // the reader became ready: device end
    CHECK(b.unit_status() == kDeviceEnd);
    CHECK(run_ccw(b, 0x00C, 0x02, 0x2000, 0, 80) == kCeDe);
    CHECK(b.text_at(0x2000, 1) == to_ebcdic("A"));
    CHECK(run_ccw(b, 0x00C, 0x02, 0x2000, kFlagSuppressLength, 40) == kCeDe);
    CHECK(b.text_at(0x2000, 1) == to_ebcdic("B"));
    CHECK(run_ccw(b, 0x00C, 0x02, 0x2000, 0, 80) == ((kChannelEnd | kDeviceEnd | kUnitException) << 8));
    CHECK(run_ccw(b, 0x00C, 0x02, 0x2000, 0, 80) == ((kChannelEnd | kDeviceEnd | kUnitCheck) << 8));
    CHECK(run_ccw(b, 0x00C, 0x04, 0x3000, 0, 1) == kCeDe);
    CHECK(b.memory.read8(0x3000) == kSenseIntervention);
}

TEST_CASE("2540 reader: ASCII text decks stacked, guessed from the content", "[2540]") {
    simmon::test::TempDir dir;
    IoBench b;
    auto& rdr = b.add<Ibm2540Reader>("CDR", std::uint16_t{0x00C});
    write_file(dir.file("a.jcl"), "// JOB ONE\n/*\n");
    write_file(dir.file("b.jcl"), "// JOB TWO\r\n");
    REQUIRE(rdr.attach(*rdr.units().front(), dir.file("a.jcl") + "," + dir.file("b.jcl"), {}));
    CHECK(rdr.cards_left() == 3);
    b.interrupt();
    CHECK(run_ccw(b, 0x00C, 0x02, 0x2000, 0, 80) == kCeDe);
    CHECK(from_ebcdic(b.text_at(0x2000, 10)) == "// JOB ONE");
    CHECK(from_ebcdic(b.text_at(0x200A, 2)) == "  ");
    run_ccw(b, 0x00C, 0x02, 0x2000, 0, 80);
    run_ccw(b, 0x00C, 0x02, 0x2000, 0, 80);
    CHECK(from_ebcdic(b.text_at(0x2000, 10)) == "// JOB TWO");
}

TEST_CASE("2540 reader: bad decks are refused with a message", "[2540][bad-input]") {
    simmon::test::TempDir dir;
    IoBench b;
    auto& rdr = b.add<Ibm2540Reader>("CDR", std::uint16_t{0x00C});
    Unit& u = *rdr.units().front();
    std::string odd(81, '\xC1');
    write_file(dir.file("odd.deck"), odd);
    Status s = rdr.attach(u, dir.file("odd.deck"), {});
    CHECK_FALSE(s);
    CHECK(s.message().find("not a whole number of 80-byte cards") != std::string::npos);
    write_file(dir.file("long.txt"), std::string(81, 'X') + "\n");
    CHECK_FALSE(rdr.attach(u, dir.file("long.txt"), {}));
    CHECK_FALSE(rdr.attach(u, dir.file("missing.deck"), {}));
    CHECK_FALSE(u.attached());
    CHECK(run_ccw(b, 0x00C, 0x02, 0x2000, 0, 80) == ((kChannelEnd | kDeviceEnd | kUnitCheck) << 8));
    CHECK(run_ccw(b, 0x00C, 0x22, 0x2000, 0, 160) == ((kChannelEnd | kDeviceEnd | kUnitCheck) << 8));  // card image: rejected
}

TEST_CASE("2540 punch: EBCDIC cards and ASCII text", "[2540]") {
    simmon::test::TempDir dir;
    IoBench b;
    auto& pch = b.add<Ibm2540Punch>("CDP", std::uint16_t{0x00D});
    const std::string text = to_ebcdic("HELLO");
    b.memory.load(0x2000, text.data(), text.size());
    CHECK(run_ccw(b, 0x00D, 0x01, 0x2000, 0, 80) == ((kChannelEnd | kDeviceEnd | kUnitCheck) << 8));  // no file
    AttachOptions ascii;
    ascii.switches = switch_bit('a');
    REQUIRE(pch.attach(*pch.units().front(), dir.file("out.txt"), ascii));
    CHECK(run_ccw(b, 0x00D, 0x01, 0x2000, kFlagSuppressLength, 5) == kCeDe);
    CHECK(run_ccw(b, 0x00D, 0x41, 0x2000, 0, 5) == (kCeDe | kChanIncorrectLength));
    pch.detach(*pch.units().front());
    CHECK(read_file(dir.file("out.txt")) == "HELLO\nHELLO\n");
    REQUIRE(pch.attach(*pch.units().front(), dir.file("out.deck"), {}));
    CHECK(run_ccw(b, 0x00D, 0x01, 0x2000, kFlagSuppressLength, 5) == kCeDe);
    pch.detach(*pch.units().front());
    const std::string card = read_file(dir.file("out.deck"));
    REQUIRE(card.size() == 80);
    CHECK(from_ebcdic(card.substr(0, 6)) == "HELLO ");
}

TEST_CASE("1403: lines, spacing, overprinting and a channel-1 skip to a new page", "[1403]") {
    simmon::test::TempDir dir;
    IoBench b;
    auto& lpr = b.add<Ibm1403>("LPR", std::uint16_t{0x00E});
    REQUIRE(lpr.attach(*lpr.units().front(), dir.file("print.txt"), {}));
    auto put = [&](const std::string& s) { b.memory.load(0x2000, to_ebcdic(s).data(), s.size()); };
    put("LINE ONE");
    CHECK(run_ccw(b, 0x00E, 0x09, 0x2000, 0, 8) == kCeDe);  // write, space 1
    put("LINE TWO");
    CHECK(run_ccw(b, 0x00E, 0x11, 0x2000, 0, 8) == kCeDe);  // write, space 2
    put("ABC     ");
    CHECK(run_ccw(b, 0x00E, 0x01, 0x2000, 0, 8) == kCeDe);  // no space: overprinted next
    put("   DEF  ");
    CHECK(run_ccw(b, 0x00E, 0x89, 0x2000, 0, 8) == kCeDe);  // write, skip to channel 1
    put("PAGE TWO");
    CHECK(run_ccw(b, 0x00E, 0x09, 0x2000, 0, 8) == kCeDe);
    CHECK(lpr.line() == 2);
    CHECK(run_ccw(b, 0x00E, 0x8B, 0, 0, 1) == kCeDe);  // immediate skip to channel 1
    CHECK(run_ccw(b, 0x00E, 0x04, 0x3000, 0, 1) == kCeDe);
    CHECK(run_ccw(b, 0x00E, 0x05, 0x2000, 0, 8) == ((kChannelEnd | kDeviceEnd | kUnitCheck) << 8));  // invalid
    lpr.detach(*lpr.units().front());
    CHECK(read_file(dir.file("print.txt")) == "LINE ONE\nLINE TWO\n\nABCDEF\n\fPAGE TWO\n\f");
}

TEST_CASE("1403: spacing past channel 12 is unit exception (form overflow)", "[1403]") {
    simmon::test::TempDir dir;
    IoBench b;
    auto& lpr = b.add<Ibm1403>("LPR", std::uint16_t{0x00E});
    REQUIRE(lpr.attach(*lpr.units().front(), dir.file("print.txt"), {}));
    int exceptions = 0;
    for (int i = 0; i < 66; ++i)
        if (run_ccw(b, 0x00E, 0x0B, 0, 0, 1) & (kUnitException << 8)) ++exceptions;
    CHECK(exceptions == 1);
    CHECK(lpr.line() == 1);
}

TEST_CASE("1052: write with and without carrier return, read a line, REQUEST key", "[1052]") {
    IoBench b;
    CapturePort port;
    b.set_console(&port);
    b.add<Ibm1052>("CON", std::uint16_t{0x01F});
    const std::string hello = to_ebcdic("HELLO");
    b.memory.load(0x2000, hello.data(), hello.size());
    CHECK(run_ccw(b, 0x01F, 0x09, 0x2000, 0, 5) == kCeDe);
    CHECK(port.output == "HELLO\r\n");
    port.input = "echo me\r";
    b.ccw(0x1000, 0x0A, 0x3000, kFlagSuppressLength, 80);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x01F) == 0);
    for (int i = 0; i < 10 && b.channels->test_io(0x01F) == 2; ++i) b.scheduler().skip_to_next();
    // TEST I/O found the read done and cleared its status
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));
    CHECK(b.residual() == 73);
    CHECK(from_ebcdic(b.text_at(0x3000, 7)) == "echo me");
    CHECK(port.output == "HELLO\r\necho me\r\n");
    port.input = "\x1b";
    b.scheduler().skip_to_next();
    REQUIRE(b.interrupt() == 0x01F);
    CHECK(b.unit_status() == kAttention);
    SECTION("HIO ends a read in progress with unit exception") {
        REQUIRE(b.channels->start_io(0x01F) == 0);
        CHECK(b.channels->halt_io(0x01F) == 1);
        REQUIRE(b.interrupt() == 0x01F);
        CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd | kUnitException));
    }
    SECTION("CANCEL ends a read with unit exception") {
        REQUIRE(b.channels->start_io(0x01F) == 0);
        port.input = "ab\x18";
        b.scheduler().skip_to_next();
        REQUIRE(b.interrupt() == 0x01F);
        CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd | kUnitException));
    }
}
