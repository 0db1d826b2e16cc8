// The TMSCP tape controller through its port, on a fake Unibus, with SIMH .tap images:
// unit status, ONLINE, READ forward and reverse with record truncation, tape marks and
// the serious exception they raise, REPOSITION by records, tape marks and objects,
// rewind and unload, WRITE and WRITE TAPE MARK onto a new tape, ERASE, write protection.
#include <catch2/catch.hpp>

#include "devices/dec/tmscp_tape.hpp"
#include "tests/devices/device_test_support.hpp"
#include "tests/devices/mscp_host.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {

constexpr std::uint8_t kGetUnitStatus = 0x03, kAvailable = 0x08, kOnline = 0x09, kErase = 0x12, kRead = 0x21,
                       kWrite = 0x22, kWriteTapeMark = 0x24, kReposition = 0x25, kCompareHost = 0x20;
constexpr std::uint16_t kClearSerious = 0x2000, kReverse = 0x0008, kObjectCount = 0x0004, kRewind = 0x0002,
                        kUnload = 0x0010;
constexpr std::uint8_t kSeriousFlag = 0x10;

void put32(std::vector<std::uint8_t>& t, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) t.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
void record(std::vector<std::uint8_t>& t, std::size_t n, std::uint8_t first) {
    put32(t, static_cast<std::uint32_t>(n));
    for (std::size_t i = 0; i < n; ++i) t.push_back(static_cast<std::uint8_t>(first + i));
    if (n & 1) t.push_back(0);
    put32(t, static_cast<std::uint32_t>(n));
}
// Records of 10 and 7 bytes, a tape mark, a record of 4 bytes, a tape mark.
std::vector<std::uint8_t> sample_tape() {
    std::vector<std::uint8_t> t;
    record(t, 10, 1);
    record(t, 7, 0101);
    put32(t, 0);
    record(t, 4, 0201);
    put32(t, 0);
    return t;
}

struct Rig {
    Rig() : m(0400000), tq(m.add<TmscpTapeController>()), host(m, tq, 1) {}
    void attach(const std::string& path, bool read_only = false) {
        AttachOptions o;
        o.read_only = read_only;
        REQUIRE(tq.attach(*tq.units()[0], path, o));
    }
    MscpMessage read(std::uint32_t bytes, std::uint16_t modifiers = 0) {
        MscpMessage c = host.command(kRead, 0, modifiers);
        c.put32(12, bytes);
        c.put32(16, MscpHost::kData);
        return host.send(c);
    }
    MscpMessage write(std::uint32_t bytes) {
        MscpMessage c = host.command(kWrite, 0);
        c.put32(12, bytes);
        c.put32(16, MscpHost::kData);
        return host.send(c);
    }
    MscpMessage reposition(std::uint16_t modifiers, std::uint32_t records, std::uint32_t marks) {
        MscpMessage c = host.command(kReposition, 0, modifiers);
        c.put32(12, records);
        c.put32(16, marks);
        return host.send(c);
    }
    DeviceTestMachine m;
    TmscpTapeController& tq;
    MscpHost host;
    ScratchDir dir;
};

}  // namespace

TEST_CASE("TMSCP: unit status, ONLINE, and reading records and tape marks", "[tmscp]") {
    Rig r;
    const std::string tape = r.dir.file("t.tap");
    write_file(tape, sample_tape());
    r.attach(tape);
    r.host.initialise();
    CHECK(r.host.sa() == 0);

    MscpMessage e = r.host.send(r.host.command(kGetUnitStatus, 0));
    CHECK(e.u16(10) == mscp::kStAvailable);
    CHECK(e.u32(28) == mscp::media_id('M', 'U', 'T', 'K', 50));
    CHECK(e.u8(27) == 3);        // class: tape
    CHECK(e.u16(32) == 0x0008);  // cartridge block mode
    e = r.host.send(r.host.command(kOnline, 0));
    CHECK(e.u8(8) == (0x80 | kOnline));
    CHECK(e.u16(10) == 0);
    CHECK(e.u32(36) == 65535);  // largest record it writes
    CHECK(r.tq.online(0));

    e = r.read(512);
    CHECK(e.u16(10) == 0);
    CHECK(e.u32(12) == 10);
    CHECK(e.u32(32) == 10);
    CHECK(e.u32(28) == 1);  // position: one object from BOT
    CHECK(r.host.get8(MscpHost::kData) == 1);
    CHECK(r.host.get8(MscpHost::kData + 9) == 10);
    // A 7-byte record into a 4-byte buffer: truncated, and a serious exception.
    e = r.read(4);
    CHECK(e.u16(10) == mscp::kStRecordTruncated);
    CHECK(e.u8(9) & kSeriousFlag);
    CHECK(e.u32(12) == 4);
    CHECK(e.u32(32) == 7);
    // Until it is cleared, the unit refuses to move the tape.
    e = r.read(512);
    CHECK(e.u16(10) == 0x12);
    CHECK(e.u32(28) == 2);
    // Cleared: the tape mark, another serious exception.
    e = r.read(512, kClearSerious);
    CHECK(e.u16(10) == mscp::kStTapeMark);
    CHECK(e.u8(9) & kSeriousFlag);
    CHECK(e.u32(28) == 3);
    e = r.read(512, kClearSerious);
    CHECK(e.u16(10) == 0);
    CHECK(e.u32(12) == 4);
    CHECK(r.host.get8(MscpHost::kData) == 0201);
    // Reverse: the same record again, in its forward order.
    e = r.read(512, kReverse);
    CHECK(e.u16(10) == 0);
    CHECK(e.u32(12) == 4);
    CHECK(r.host.get8(MscpHost::kData + 3) == 0204);
    CHECK(e.u32(28) == 3);
    // COMPARE HOST DATA against what was just read.
    MscpMessage c = r.host.command(kCompareHost, 0);
    c.put32(12, 4);
    c.put32(16, MscpHost::kData);
    CHECK(r.host.send(c).u16(10) == 0);
}

TEST_CASE("TMSCP: REPOSITION by tape marks, records and objects, both ways; BOT; unload", "[tmscp]") {
    Rig r;
    const std::string tape = r.dir.file("t.tap");
    write_file(tape, sample_tape());
    r.attach(tape);
    r.host.initialise();
    REQUIRE(r.host.send(r.host.command(kOnline, 0)).u16(10) == 0);

    // One file forward: past the first tape mark.
    MscpMessage e = r.reposition(0, 0, 1);
    CHECK(e.u8(8) == (0x80 | kReposition));
    CHECK(e.u16(10) == 0);
    CHECK(e.u32(16) == 1);
    CHECK(e.u32(28) == 3);
    CHECK(r.read(512).u32(12) == 4);
    // Rewind, then skip records: two, and the third skip meets the tape mark.
    e = r.reposition(kRewind, 5, 0);
    CHECK(e.u16(10) == mscp::kStTapeMark);
    CHECK(e.u32(12) == 2);
    CHECK(e.u8(9) & kSeriousFlag);
    // Objects back, clearing the exception: three objects back is BOT after two records.
    e = r.reposition(kClearSerious | kObjectCount | kReverse, 3, 0);
    CHECK(e.u16(10) == 0);
    CHECK(e.u32(28) == 0);
    e = r.reposition(kReverse, 1, 0);
    CHECK(e.u16(10) == mscp::kStBot);
    // Objects forward: records and tape marks alike.
    e = r.reposition(kClearSerious | kObjectCount, 4, 0);
    CHECK(e.u16(10) == 0);
    CHECK(e.u32(12) == 3);
    CHECK(e.u32(16) == 1);
    CHECK(r.tq.position(0) == 4);
    // Unload: rewound and no longer online.
    CHECK(r.reposition(kUnload, 0, 0).u16(10) == 0);
    CHECK(!r.tq.online(0));
    CHECK(r.tq.position(0) == 0);
    CHECK(r.read(512).u16(10) == mscp::kStAvailable);
}

TEST_CASE("TMSCP: writing a new tape, ERASE, AVAILABLE, and a write-protected cartridge", "[tmscp]") {
    Rig r;
    const std::string tape = r.dir.file("new.tap");
    write_file(tape, {});
    r.attach(tape);
    r.host.initialise();
    REQUIRE(r.host.send(r.host.command(kOnline, 0)).u16(10) == 0);
    for (int i = 0; i < 100; ++i) r.host.put8(MscpHost::kData + i, static_cast<std::uint8_t>(i + 3));
    MscpMessage e = r.write(100);
    CHECK(e.u16(10) == 0);
    CHECK(e.u32(12) == 100);
    CHECK(r.host.send(r.host.command(kWriteTapeMark, 0)).u16(10) == 0);
    CHECK(r.write(51).u16(10) == 0);
    auto bytes = read_file(tape);
    REQUIRE(bytes.size() == 4 + 100 + 4 + 4 + 4 + 52 + 4);
    CHECK(bytes[0] == 100);
    CHECK(bytes[4] == 3);
    CHECK((bytes[108] | bytes[109] | bytes[110] | bytes[111]) == 0);  // the tape mark
    CHECK(bytes[112] == 51);
    CHECK(r.tq.position(0) == 3);
    // ERASE after rewinding past the first record: the image ends there.
    REQUIRE(r.reposition(kRewind, 1, 0).u16(10) == 0);
    CHECK(r.host.send(r.host.command(kErase, 0)).u16(10) == 0);
    CHECK(read_file(tape).size() == 108);
    // AVAILABLE rewinds and leaves the unit to the operator.
    CHECK(r.host.send(r.host.command(kAvailable, 0)).u16(10) == 0);
    CHECK(r.tq.position(0) == 0);
    CHECK(!r.tq.online(0));

    // A read-only image is a write-protected cartridge.
    Rig ro;
    ro.attach(tape, true);
    ro.host.initialise();
    e = ro.host.send(ro.host.command(kOnline, 0));
    CHECK(e.u16(14) & 0x2000);
    CHECK(ro.write(10).u16(10) == 0x2006);
    CHECK(ro.host.send(ro.host.command(kWriteTapeMark, 0)).u16(10) == 0x2006);
    CHECK(ro.read(512).u32(12) == 100);
}
