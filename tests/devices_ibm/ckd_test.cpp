// CKD disks from the channel-program level: format a 2314 volume, write records, read
// them back by search ID and by key, multitrack, the file mask, and damaged images.
#include <catch2/catch.hpp>

#include <fstream>

#include "devices/ibm/ckd_dasd.hpp"
#include "tests/core/temp_dir.hpp"
#include "tests/devices_ibm/ibm_test_support.hpp"

using namespace simmon;
using namespace simmon::ibm;
using namespace simmon::ibm::test;

namespace {

constexpr std::uint8_t kCC = kFlagChainCommand;
constexpr std::uint8_t kSli = kFlagSuppressLength;

// Runs the channel program at 0x1000 on `address`; returns the ending CSW's status.
std::uint16_t run_program(IoBench& b, std::uint16_t address, std::uint32_t start = 0x1000) {
    b.caw(start);
    const int cc = b.channels->start_io(address);
    if (cc == 1) return static_cast<std::uint16_t>(b.csw() >> 16);
    REQUIRE(cc == 0);
    b.run_events(100000);
    REQUIRE(b.interrupt() == address);
    return static_cast<std::uint16_t>(b.csw() >> 16);
}

void put_seek(IoBench& b, Addr at, std::uint16_t cyl, std::uint16_t head) {
    const std::uint8_t arg[6] = {0, 0, static_cast<std::uint8_t>(cyl >> 8), static_cast<std::uint8_t>(cyl),
                                 static_cast<std::uint8_t>(head >> 8), static_cast<std::uint8_t>(head)};
    b.memory.load(at, arg, 6);
}

void put_id(IoBench& b, Addr at, std::uint16_t cyl, std::uint16_t head, std::uint8_t r) {
    const std::uint8_t arg[5] = {static_cast<std::uint8_t>(cyl >> 8), static_cast<std::uint8_t>(cyl),
                                 static_cast<std::uint8_t>(head >> 8), static_cast<std::uint8_t>(head), r};
    b.memory.load(at, arg, 5);
}

void put_count(IoBench& b, Addr at, std::uint16_t cyl, std::uint16_t head, std::uint8_t r, std::uint8_t kl, std::uint16_t dl) {
    put_id(b, at, cyl, head, r);
    b.memory.write8(at + 5, kl);
    b.memory.write16_be(at + 6, dl);
}

constexpr std::uint16_t kCeDe = (kChannelEnd | kDeviceEnd) << 8;
constexpr std::uint16_t kUc = kUnitCheck << 8;

// Formats records 1..n of 800 data bytes (key "Kn") on cylinder `cyl` head `head`.
void format_track(IoBench& b, std::uint16_t address, std::uint16_t cyl, std::uint16_t head, int n) {
    put_seek(b, 0x100, cyl, head);
    put_id(b, 0x110, cyl, head, 0);
    b.ccw(0x1000, 0x07, 0x100, kCC, 6);     // seek
    b.ccw(0x1008, 0x31, 0x110, kCC, 5);     // search ID equal R0
    b.ccw(0x1010, 0x08, 0x1008, 0, 0);      // TIC *-8
    Addr ccw = 0x1018;
    for (int r = 1; r <= n; ++r) {
        const Addr count = 0x4000 + 0x400 * r;
        put_count(b, count, cyl, head, static_cast<std::uint8_t>(r), 2, 800);
        b.memory.write8(count + 8, 0xD2);  // 'K'
        b.memory.write8(count + 9, static_cast<std::uint8_t>(0xF0 + r));
        for (int i = 0; i < 800; ++i) b.memory.write8(count + 10 + i, static_cast<std::uint8_t>(r * 13 + i));
        b.ccw(ccw, 0x1D, static_cast<std::uint32_t>(count), r < n ? kCC : 0, 810);
        ccw += 8;
    }
    REQUIRE(run_program(b, address) == kCeDe);
}

}  // namespace

TEST_CASE("2314: create a volume, format, write and read back a record", "[ckd]") {
    const char* name = GENERATE("vol.ckd", "vol.cckd");
    simmon::test::TempDir dir;
    IoBench b(1024 * 1024);
    auto& da = b.add<CkdDasd>("DB0", std::uint16_t{0x230}, kDasd2314);
    Unit& u = *da.units().front();
    AttachOptions fresh;
    fresh.create_new = true;
    REQUIRE(da.attach(u, dir.file(name), fresh));
    format_track(b, 0x230, 5, 3, 3);

    // Read record 2 by search ID equal, through the classic loop.
    put_seek(b, 0x100, 5, 3);
    put_id(b, 0x110, 5, 3, 2);
    b.ccw(0x1000, 0x07, 0x100, kCC, 6);
    b.ccw(0x1008, 0x31, 0x110, kCC, 5);
    b.ccw(0x1010, 0x08, 0x1008, 0, 0);
    b.ccw(0x1018, 0x06, 0x8000, 0, 800);
    REQUIRE(run_program(b, 0x230) == kCeDe);
    CHECK(b.memory.read8(0x8000) == 26);
    CHECK(b.memory.read8(0x8000 + 799) == static_cast<std::uint8_t>(26 + 799));

    // Update record 2's data, then read count, key and data of the records in turn.
    for (int i = 0; i < 800; ++i) b.memory.write8(0x9000 + i, 0x5A);
    b.ccw(0x1018, 0x05, 0x9000, 0, 800);
    REQUIRE(run_program(b, 0x230) == kCeDe);
    b.ccw(0x1018, 0x06, 0x8000, kSli, 100);
    REQUIRE(run_program(b, 0x230) == kCeDe);
    CHECK(b.memory.read8(0x8000) == 0x5A);

    // Search key equal finds record 3 by its key.
    b.memory.write8(0x120, 0xD2);
    b.memory.write8(0x121, 0xF3);
    b.ccw(0x1008, 0x29, 0x120, kCC, 2);
    b.ccw(0x1018, 0x06, 0x8000, 0, 800);
    REQUIRE(run_program(b, 0x230) == kCeDe);
    CHECK(b.memory.read8(0x8000) == 39);

    // Read count from the index point skips R0.
    b.ccw(0x1008, 0x12, 0x8000, 0, 8);
    REQUIRE(run_program(b, 0x230) == kCeDe);
    CHECK(b.memory.read8(0x8004) == 1);
    CHECK(b.memory.read16_be(0x8006) == 800);

    // A record that is not there: no record found after two index points.
    put_id(b, 0x110, 5, 3, 9);
    b.ccw(0x1008, 0x31, 0x110, kCC, 5);
    b.ccw(0x1010, 0x08, 0x1008, 0, 0);
    b.ccw(0x1018, 0x06, 0x8000, 0, 800);
    CHECK((run_program(b, 0x230) & kUc) != 0);
    b.ccw(0x1000, 0x04, 0x8000, 0, 6);
    REQUIRE(run_program(b, 0x230) == kCeDe);
    CHECK(b.memory.read8(0x8001) == 0x08);

    // Everything reads back after the volume is detached and attached again.
    da.detach(u);
    REQUIRE(da.attach(u, dir.file(name), {}));
    put_id(b, 0x110, 5, 3, 3);
    b.ccw(0x1000, 0x07, 0x100, kCC, 6);
    b.ccw(0x1008, 0x31, 0x110, kCC, 5);
    b.ccw(0x1010, 0x08, 0x1008, 0, 0);
    b.ccw(0x1018, 0x0E, 0x8000, 0, 802);
    REQUIRE(run_program(b, 0x230) == kCeDe);
    CHECK(b.memory.read8(0x8001) == 0xF3);
    CHECK(b.memory.read8(0x8002) == 39);
}

TEST_CASE("2314: multitrack search crosses heads; end of cylinder on the last", "[ckd]") {
    simmon::test::TempDir dir;
    IoBench b(1024 * 1024);
    auto& da = b.add<CkdDasd>("DB0", std::uint16_t{0x230}, kDasd2314);
    AttachOptions fresh;
    fresh.create_new = true;
    REQUIRE(da.attach(*da.units().front(), dir.file("v.cckd"), fresh));
    format_track(b, 0x230, 1, 4, 1);
    put_seek(b, 0x100, 1, 0);
    put_id(b, 0x110, 1, 4, 1);
    b.ccw(0x1000, 0x07, 0x100, kCC, 6);
    b.ccw(0x1008, 0xB1, 0x110, kCC, 5);  // search ID equal, multitrack
    b.ccw(0x1010, 0x08, 0x1008, 0, 0);
    b.ccw(0x1018, 0x06, 0x8000, 0, 800);
    REQUIRE(run_program(b, 0x230) == kCeDe);
    CHECK(da.head() == 4);
    CHECK(b.memory.read8(0x8000) == 13);
    put_id(b, 0x110, 1, 4, 7);
    CHECK((run_program(b, 0x230) & kUc) != 0);
    b.ccw(0x1000, 0x04, 0x8000, 0, 6);
    REQUIRE(run_program(b, 0x230) == kCeDe);
    CHECK(b.memory.read8(0x8001) == 0x20);  // end of cylinder
}

TEST_CASE("CKD: file mask, write sequence, track capacity, seek limits", "[ckd]") {
    simmon::test::TempDir dir;
    IoBench b(1024 * 1024);
    auto& da = b.add<CkdDasd>("DA0", std::uint16_t{0x190}, kDasd2311);
    AttachOptions fresh;
    fresh.create_new = true;
    REQUIRE(da.attach(*da.units().front(), dir.file("v.ckd"), fresh));
    auto sense1 = [&] {
        b.ccw(0x1800, 0x04, 0x8000, 0, 6);
        REQUIRE(run_program(b, 0x190, 0x1800) == kCeDe);
        return b.memory.read8(0x8001);
    };
    // Write data with no search before it: invalid sequence.
    b.ccw(0x1000, 0x05, 0x9000, 0, 10);
    CHECK((run_program(b, 0x190) & kUc) != 0);
    CHECK(sense1() == 0x10);
    // Inhibit all writes, then write CKD after a search on R0.
    b.memory.write8(0x130, 0x40);
    put_seek(b, 0x100, 0, 0);
    put_id(b, 0x110, 0, 0, 0);
    put_count(b, 0x200, 0, 0, 1, 0, 100);
    b.ccw(0x1000, 0x1F, 0x130, kCC, 1);
    b.ccw(0x1008, 0x07, 0x100, kCC, 6);
    b.ccw(0x1010, 0x31, 0x110, kCC, 5);
    b.ccw(0x1018, 0x08, 0x1010, 0, 0);
    b.ccw(0x1020, 0x1D, 0x200, 0, 108);
    CHECK((run_program(b, 0x190) & kUc) != 0);
    CHECK(sense1() == 0x04);
    // A record larger than a 2311 track: track overrun.
    b.memory.write8(0x130, 0xC0);
    put_count(b, 0x200, 0, 0, 1, 0, 4000);
    b.ccw(0x1020, 0x1D, 0x200, 0, 4008);
    CHECK((run_program(b, 0x190) & kUc) != 0);
    CHECK(sense1() == 0x40);
    // The full track (3625 bytes) fits.
    put_count(b, 0x200, 0, 0, 1, 0, 3625);
    b.ccw(0x1020, 0x1D, 0x200, 0, 3633);
    CHECK(run_program(b, 0x190) == kCeDe);
    // Set file mask twice in a chain: command reject.
    b.ccw(0x1008, 0x1F, 0x130, kCC, 1);
    CHECK((run_program(b, 0x190) & kUc) != 0);
    // Seek beyond the volume.
    put_seek(b, 0x100, 203, 0);
    b.ccw(0x1000, 0x07, 0x100, 0, 6);
    CHECK((run_program(b, 0x190) & kUc) != 0);
    // Read IPL: cylinder 0 head 0, record 1's data.
    b.ccw(0x1000, 0x02, 0x8000, kSli, 24);
    CHECK(run_program(b, 0x190) == kCeDe);
    CHECK(da.cylinder() == 0);
    // Not attached: intervention required.
    da.detach(*da.units().front());
    b.ccw(0x1000, 0x07, 0x100, 0, 6);
    CHECK((run_program(b, 0x190) & kUc) != 0);
    b.ccw(0x1000, 0x04, 0x8000, 0, 6);
    REQUIRE(run_program(b, 0x190) == kCeDe);
    CHECK(b.memory.read8(0x8000) == kSenseIntervention);
}

TEST_CASE("CKD: damaged images are refused or read as data checks", "[ckd][bad-input]") {
    simmon::test::TempDir dir;
    IoBench b(1024 * 1024);
    auto& da = b.add<CkdDasd>("DA0", std::uint16_t{0x190}, kDasd2311);
    Unit& u = *da.units().front();
    auto write_bytes = [&](const std::string& name, const std::string& bytes) {
        std::ofstream out(dir.file(name), std::ios::binary);
        out << bytes;
    };
    write_bytes("short.ckd", "CKD_P370");
    CHECK_FALSE(da.attach(u, dir.file("short.ckd"), {}));
    write_bytes("junk.ckd", std::string(4096, 'x'));
    Status s = da.attach(u, dir.file("junk.ckd"), {});
    CHECK_FALSE(s);
    CHECK(s.message().find("no CKD_P370") != std::string::npos);
    CHECK_FALSE(da.attach(u, dir.file("missing.ckd"), {}));
    // A 2314 volume on a 2311 drive.
    REQUIRE(CkdImage::create(dir.file("2314.ckd"), kDasd2314, 2, false));
    CHECK_FALSE(da.attach(u, dir.file("2314.ckd"), {}));
    // Truncated: the file ends inside a cylinder.
    REQUIRE(CkdImage::create(dir.file("t.ckd"), kDasd2311, 2, false));
    std::filesystem::resize_file(dir.file("t.ckd"), 512 + 4096 * 15);
    s = da.attach(u, dir.file("t.ckd"), {});
    CHECK_FALSE(s);
    CHECK(s.message().find("truncated") != std::string::npos);
    // A track whose record runs past its end: unit check, data check.
    REQUIRE(CkdImage::create(dir.file("c.ckd"), kDasd2311, 2, false));
    {
        std::fstream f(dir.file("c.ckd"), std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(512 + 5 + 6);
        const char big[2] = {'\x7F', '\xFF'};  // R0's data length 32767
        f.write(big, 2);
    }
    REQUIRE(da.attach(u, dir.file("c.ckd"), {}));
    b.ccw(0x1000, 0x02, 0x8000, kSli, 24);
    CHECK((run_program(b, 0x190) & kUc) != 0);
    b.ccw(0x1000, 0x04, 0x8000, 0, 6);
    REQUIRE(run_program(b, 0x190) == kCeDe);
    CHECK(b.memory.read8(0x8000) == kSenseDataCheck);
}
