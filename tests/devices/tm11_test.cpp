#include <catch2/catch.hpp>

#include "devices/dec/tm11.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {
constexpr std::uint32_t MTS = 0772520, MTC = 0772522, MTBRC = 0772524, MTCMA = 0772526;
constexpr std::uint16_t kRead = 03, kWrite = 05, kWriteEof = 07, kSpaceForward = 011, kSpaceReverse = 013,
                        kRewind = 017, kIe = 0100;

void put32(std::vector<std::uint8_t>& t, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) t.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
void record(std::vector<std::uint8_t>& t, const std::vector<std::uint8_t>& data) {
    put32(t, static_cast<std::uint32_t>(data.size()));
    t.insert(t.end(), data.begin(), data.end());
    if (data.size() & 1) t.push_back(0);
    put32(t, static_cast<std::uint32_t>(data.size()));
}
std::vector<std::uint8_t> bytes_of(std::size_t n, std::uint8_t first) {
    std::vector<std::uint8_t> v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<std::uint8_t>(first + i);
    return v;
}
// Tape: record of 10 bytes, record of 7 bytes, tape mark, record of 4 bytes, tape mark.
std::vector<std::uint8_t> sample_tape() {
    std::vector<std::uint8_t> t;
    record(t, bytes_of(10, 1));
    record(t, bytes_of(7, 0101));
    put32(t, 0);
    record(t, bytes_of(4, 0201));
    put32(t, 0);
    return t;
}
void go(DeviceTestMachine& m, Tm11& tm, int unit, std::uint16_t command) {
    wr(tm, MTC, static_cast<std::uint16_t>((unit << 8) | command));
    for (int i = 0; i < 10000 && (rd(tm, MTC) & 0200) == 0; ++i) m.advance(usec(100));  // up to 1 s
    REQUIRE((rd(tm, MTC) & 0200) != 0);
}
}  // namespace

TEST_CASE("TM11 reads records, reports short counts, long records and tape marks", "[tm11]") {
    ScratchDir dir;
    std::string tape = dir.file("t.tap");
    write_file(tape, sample_tape());
    DeviceTestMachine m;
    auto& tm = m.add<Tm11>();
    REQUIRE(tm.attach(*tm.units()[2], tape, {}));
    wr(tm, MTC, 01000);  // select unit 2
    CHECK((rd(tm, MTS) & 0141) == 0141);  // SELR, BOT, TUR

    wr(tm, MTCMA, 01000);
    wr(tm, MTBRC, static_cast<std::uint16_t>(-100));
    go(m, tm, 2, kRead | kIe);
    CHECK(m.fake_bus().pending("TM"));
    CHECK(m.fake_bus().line("TM").vector == 0224);
    CHECK((rd(tm, MTC) & 0100000) == 0);
    CHECK(rd(tm, MTBRC) == static_cast<std::uint16_t>(-90));  // 10 bytes read of 100
    CHECK(rd(tm, MTCMA) == 01012);
    CHECK(m.fake_bus().word(01000) == 0x0201);
    CHECK(m.fake_bus().word(01010) == 0x0a09);
    CHECK((rd(tm, MTS) & 040) == 0);  // off BOT

    wr(tm, MTCMA, 02000);
    wr(tm, MTBRC, static_cast<std::uint16_t>(-4));
    go(m, tm, 2, kRead);
    CHECK((rd(tm, MTS) & 01000) != 0);  // RLE: the record was longer
    CHECK((rd(tm, MTC) & 0100000) != 0);
    CHECK(rd(tm, MTBRC) == 0);
    CHECK(m.fake_bus().word(02004) == 0);  // only 4 bytes transferred

    go(m, tm, 2, kRead);
    CHECK((rd(tm, MTS) & 040000) != 0);  // EOF
    wr(tm, MTBRC, static_cast<std::uint16_t>(-4));
    wr(tm, MTCMA, 03000);
    go(m, tm, 2, kRead);
    CHECK((rd(tm, MTS) & 0177600) == 0);
    CHECK(m.fake_bus().word(03000) == 0x8281);
}

TEST_CASE("TM11 space forward and reverse count records and stop at a tape mark", "[tm11]") {
    ScratchDir dir;
    std::string tape = dir.file("t.tap");
    write_file(tape, sample_tape());
    DeviceTestMachine m;
    auto& tm = m.add<Tm11>();
    REQUIRE(tm.attach(*tm.units()[0], tape, {}));
    wr(tm, MTBRC, static_cast<std::uint16_t>(-5));
    go(m, tm, 0, kSpaceForward);
    CHECK((rd(tm, MTS) & 040000) != 0);                         // stopped by the tape mark
    CHECK(rd(tm, MTBRC) == static_cast<std::uint16_t>(-2));      // two records and the mark
    wr(tm, MTBRC, static_cast<std::uint16_t>(-1));
    go(m, tm, 0, kSpaceReverse);
    CHECK((rd(tm, MTS) & 040000) != 0);  // back over the mark
    wr(tm, MTBRC, static_cast<std::uint16_t>(-5));
    go(m, tm, 0, kSpaceReverse);
    CHECK(rd(tm, MTBRC) == static_cast<std::uint16_t>(-3));
    CHECK((rd(tm, MTS) & 040) != 0);  // at BOT
}

TEST_CASE("TM11 write, write EOF, rewind, read back", "[tm11]") {
    ScratchDir dir;
    std::string tape = dir.file("new.tap");
    DeviceTestMachine m;
    auto& tm = m.add<Tm11>();
    REQUIRE(tm.attach(*tm.units()[1], tape, {}));
    for (int i = 0; i < 8; ++i) m.fake_bus().memory[0400 + i] = static_cast<std::uint16_t>(0x1100 * (i + 1));
    wr(tm, MTCMA, 01000);
    wr(tm, MTBRC, static_cast<std::uint16_t>(-16));
    go(m, tm, 1, kWrite);
    CHECK((rd(tm, MTC) & 0100000) == 0);
    go(m, tm, 1, kWriteEof);
    auto bytes = read_file(tape);
    REQUIRE(bytes.size() == 4 + 16 + 4 + 4);
    CHECK(bytes[0] == 16);
    CHECK(bytes[4] == 0x00);
    CHECK(bytes[5] == 0x11);

    go(m, tm, 1, kRewind | kIe);
    CHECK(m.fake_bus().pending("TM"));    // controller free at once
    wr(tm, MTC, 0400);
    CHECK((rd(tm, MTS) & 02) != 0);       // RWS
    m.advance(usec(100000));
    CHECK((rd(tm, MTS) & 043) == 041);    // BOT, TUR, no longer rewinding
    wr(tm, MTCMA, 04000);
    wr(tm, MTBRC, static_cast<std::uint16_t>(-16));
    go(m, tm, 1, kRead);
    for (int i = 0; i < 8; ++i) CHECK(m.fake_bus().word(04000 + 2 * i) == 0x1100 * (i + 1));
}

TEST_CASE("TM11 illegal commands: write without a ring, unit off line", "[tm11]") {
    ScratchDir dir;
    std::string tape = dir.file("t.tap");
    write_file(tape, sample_tape());
    DeviceTestMachine m;
    auto& tm = m.add<Tm11>();
    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(tm.attach(*tm.units()[0], tape, ro));
    wr(tm, MTBRC, static_cast<std::uint16_t>(-2));
    go(m, tm, 0, kWrite);
    CHECK((rd(tm, MTS) & 0100004) == 0100004);  // ILC, WRL
    CHECK(read_file(tape) == sample_tape());
    go(m, tm, 5, kRead);
    CHECK((rd(tm, MTS) & 0100000) != 0);
    CHECK((rd(tm, MTS) & 0100) == 0);  // unit 5 not on line
}

TEST_CASE("TM11 refuses a malformed tape image", "[tm11]") {
    ScratchDir dir;
    std::string tape = dir.file("bad.tap");
    std::vector<std::uint8_t> t;
    put32(t, 100);
    t.resize(20);  // truncated record
    write_file(tape, t);
    DeviceTestMachine m;
    auto& tm = m.add<Tm11>();
    CHECK_FALSE(tm.attach(*tm.units()[0], tape, {}));
    CHECK_FALSE(tm.units()[0]->attached());
}

TEST_CASE("TM11 ready for BOOT: at the load point", "[tm11]") {
    ScratchDir dir;
    std::string tape = dir.file("t.tap");
    write_file(tape, sample_tape());
    DeviceTestMachine m;
    auto& tm = m.add<Tm11>();
    REQUIRE(tm.attach(*tm.units()[0], tape, {}));
    go(m, tm, 0, kSpaceForward);
    CHECK(tm.tape_position(0) != 0);
    REQUIRE(tm.ready_for_boot(*tm.units()[0]));
    CHECK(tm.tape_position(0) == 0);
}

TEST_CASE("TM11 timing: a record's gap and bytes at 45 ips and 800 bpi, rewind at 150 ips", "[tm11]") {
    ScratchDir dir;
    std::string tape = dir.file("t.tap");
    std::vector<std::uint8_t> t;
    record(t, bytes_of(1000, 0));
    record(t, bytes_of(10, 0));
    write_file(tape, t);
    DeviceTestMachine m;
    auto& tm = m.add<Tm11>();
    REQUIRE(tm.attach(*tm.units()[0], tape, {}));
    // READ of the 1000-byte record: the 0.6-inch gap (13,333,333 ns) and 1000 frames of
    // 27,778 ns, whatever MTBRC asks for.
    wr(tm, MTCMA, 01000);
    wr(tm, MTBRC, static_cast<std::uint16_t>(-2048));
    wr(tm, MTC, kRead);
    const SimTime read_time = 13'333'333 + 1000 * 27'778;
    m.advance(read_time - 1);
    CHECK((rd(tm, MTC) & 0200) == 0);
    m.advance(1);
    CHECK((rd(tm, MTC) & 0200) != 0);
    CHECK(rd(tm, MTBRC) == static_cast<std::uint16_t>(-2048 + 1000));
    // REWIND from 1008 bytes into the image: 1008 frames at 800 bpi and 150 ips = 8.4 ms,
    // at least a gap's time (13.3 ms) to stop and turn round.
    wr(tm, MTC, kRewind);
    CHECK((rd(tm, MTS) & 02) != 0);  // rewinding
    m.advance(13'333'333 - 1);
    CHECK((rd(tm, MTS) & 02) != 0);
    m.advance(1);
    CHECK((rd(tm, MTS) & 042) == 040);  // at BOT, done
}
