#include <catch2/catch.hpp>

#include <filesystem>

#include "devices/dec/rk11.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {
constexpr std::uint32_t RKDS = 0777400, RKER = 0777402, RKCS = 0777404, RKWC = 0777406, RKBA = 0777410,
                        RKDA = 0777412;
constexpr std::uint16_t kRead = 5, kWrite = 3, kWriteCheck = 7, kSeek = 011, kWriteLock = 017, kIde = 0100;

std::uint16_t da(int drive, int cyl, int surface, int sector) {
    return static_cast<std::uint16_t>((drive << 13) | (cyl << 5) | (surface << 4) | sector);
}
std::uint32_t linear(int cyl, int surface, int sector) { return (cyl * 2 + surface) * 12 + sector; }

void run_to_done(DeviceTestMachine& m, Rk11& rk) {
    for (int i = 0; i < 10000 && (rd(rk, RKCS) & 0200) == 0; ++i) m.advance(usec(100));  // up to 1 s
    REQUIRE((rd(rk, RKCS) & 0200) != 0);
}
}  // namespace

TEST_CASE("RK11 reads sectors by DMA, advancing the registers", "[rk11]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rk");
    write_pattern_image(image, Rk11::kImageBytes);
    DeviceTestMachine m;
    auto& rk = m.add<Rk11>();
    REQUIRE(rk.attach(*rk.units()[1], image, {}));

    CHECK(rd(rk, RKCS) == 0200);
    wr(rk, RKDA, da(1, 10, 1, 11));  // last sector of a track: the transfer spills over
    wr(rk, RKBA, 01000);
    wr(rk, RKWC, static_cast<std::uint16_t>(-512));
    wr(rk, RKCS, kRead | kIde);
    CHECK((rd(rk, RKCS) & 0200) == 0);
    run_to_done(m, rk);

    std::uint32_t first = linear(10, 1, 11) * 256;
    for (int i = 0; i < 512; ++i) REQUIRE(m.fake_bus().word(01000 + 2 * i) == static_cast<std::uint16_t>(first + i));
    CHECK(m.fake_bus().word(01000 + 2 * 512) == 0);  // nothing beyond the count
    CHECK(rd(rk, RKWC) == 0);
    CHECK(rd(rk, RKBA) == 01000 + 1024);
    CHECK(rd(rk, RKDA) == da(1, 11, 0, 1));  // two sectors later, onto the next cylinder
    CHECK(rd(rk, RKER) == 0);
    CHECK(rd(rk, RKCS) == (0200 | kIde | 4));  // ready, IDE, function kept
    CHECK(m.fake_bus().pending("RK"));
    CHECK(m.fake_bus().line("RK").vector == 0220);
    CHECK(m.fake_bus().line("RK").level == 5);
}

TEST_CASE("RK11 writes go to the file; a partial sector is completed with zeros", "[rk11]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rk");
    write_pattern_image(image, Rk11::kImageBytes, 0xFFFF);
    DeviceTestMachine m;
    auto& rk = m.add<Rk11>();
    REQUIRE(rk.attach(*rk.units()[0], image, {}));
    for (int i = 0; i < 300; ++i) m.fake_bus().memory[02000 / 2 + i] = static_cast<std::uint16_t>(0123000 + i);

    wr(rk, RKDA, da(0, 5, 0, 3));
    wr(rk, RKBA, 02000);
    wr(rk, RKWC, static_cast<std::uint16_t>(-300));
    wr(rk, RKCS, kWrite);
    run_to_done(m, rk);
    CHECK(rd(rk, RKER) == 0);

    auto bytes = read_file(image);
    REQUIRE(bytes.size() == Rk11::kImageBytes);
    std::size_t base = linear(5, 0, 3) * 512;
    auto word_at = [&](std::size_t i) { return static_cast<std::uint16_t>(bytes[base + 2 * i] | (bytes[base + 2 * i + 1] << 8)); };
    for (int i = 0; i < 300; ++i) REQUIRE(word_at(i) == 0123000 + i);
    for (int i = 300; i < 512; ++i) REQUIRE(word_at(i) == 0);              // zero fill to the sector end
    CHECK(word_at(512) == static_cast<std::uint16_t>((base / 2 + 512) ^ 0xFFFF));  // next sector untouched

    // Write check against what was written passes; a changed memory word fails it.
    wr(rk, RKDA, da(0, 5, 0, 3));
    wr(rk, RKBA, 02000);
    wr(rk, RKWC, static_cast<std::uint16_t>(-300));
    wr(rk, RKCS, kWriteCheck);
    run_to_done(m, rk);
    CHECK(rd(rk, RKER) == 0);
    m.fake_bus().memory[02000 / 2 + 7] ^= 1;
    wr(rk, RKDA, da(0, 5, 0, 3));
    wr(rk, RKBA, 02000);
    wr(rk, RKWC, static_cast<std::uint16_t>(-300));
    wr(rk, RKCS, kWriteCheck);
    run_to_done(m, rk);
    CHECK(rd(rk, RKER) == 1);                   // WCE, a soft error
    CHECK((rd(rk, RKCS) & 0140000) == 0100000);  // ERR without HE
}

TEST_CASE("RK11 refuses writes to a pack attached read-only or write locked", "[rk11]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rk");
    write_pattern_image(image, 4096);
    DeviceTestMachine m;
    auto& rk = m.add<Rk11>();
    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(rk.attach(*rk.units()[0], image, ro));
    CHECK((rd(rk, RKDS) & 040) != 0);  // WPS
    wr(rk, RKDA, 0);
    wr(rk, RKWC, static_cast<std::uint16_t>(-256));
    wr(rk, RKCS, kWrite);
    run_to_done(m, rk);
    CHECK(rd(rk, RKER) == 020000);                      // WLO
    CHECK((rd(rk, RKCS) & 0140000) == 0140000);          // ERR and HE
    CHECK(read_file(image).size() == 4096);              // untouched

    REQUIRE(rk.attach(*rk.units()[0], image, {}));
    wr(rk, RKDA, 0);
    wr(rk, RKCS, kWriteLock);
    run_to_done(m, rk);
    CHECK((rd(rk, RKDS) & 040) != 0);
    wr(rk, RKCS, kWrite);
    run_to_done(m, rk);
    CHECK(rd(rk, RKER) == 020000);
}

TEST_CASE("RK11 attach: an image larger than an RK05 is refused, shorter ones read zeros past the end", "[rk11]") {
    ScratchDir dir;
    DeviceTestMachine m;
    auto& rk = m.add<Rk11>();
    std::string big = dir.file("big.rk");
    write_pattern_image(big, Rk11::kImageBytes + 1024);  // a block over is accepted, two are not
    Status s = rk.attach(*rk.units()[0], big, {});
    REQUIRE_FALSE(s);
    CHECK(s.message().find("larger than an RK05") != std::string::npos);
    CHECK_FALSE(rk.units()[0]->attached());

    std::string small = dir.file("v6size.rk");
    write_pattern_image(small, 2077696);  // the size of the V6 root pack
    REQUIRE(rk.attach(*rk.units()[0], small, {}));
    std::uint32_t last_in_file = 2077696 / 512 - 1;
    int cyl = last_in_file / 24, surface = (last_in_file % 24) / 12, sector = last_in_file % 12;
    wr(rk, RKDA, da(0, cyl, surface, sector));
    wr(rk, RKBA, 0);
    wr(rk, RKWC, static_cast<std::uint16_t>(-512));
    wr(rk, RKCS, kRead);
    run_to_done(m, rk);
    CHECK(rd(rk, RKER) == 0);
    CHECK(m.fake_bus().word(0) == static_cast<std::uint16_t>(last_in_file * 256));
    CHECK(m.fake_bus().word(2 * 256) == 0);  // past the end of the file
    CHECK(m.fake_bus().word(2 * 511) == 0);
    CHECK(read_file(small).size() == 2077696);  // reading does not grow the file
}

TEST_CASE("RK11 attaches the UNIX V6 packs from the test data", "[rk11][testdata]") {
    for (const char* name : {"pdp11/v6bin.rk", "pdp11/v6src.rk", "pdp11/v6doc.rk"}) {
        std::string path = testdata(name);
        REQUIRE(std::filesystem::exists(path));
        DeviceTestMachine m;
        auto& rk = m.add<Rk11>();
        AttachOptions ro;
        ro.read_only = true;
        INFO(name);
        REQUIRE(rk.attach(*rk.units()[0], path, ro));
        wr(rk, RKDA, 0);
        wr(rk, RKWC, static_cast<std::uint16_t>(-256));
        wr(rk, RKCS, kRead);
        run_to_done(m, rk);
        CHECK(rd(rk, RKER) == 0);
    }
}

TEST_CASE("RK11 errors: bad sector, missing drive, non-existent memory", "[rk11]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rk");
    write_pattern_image(image, 8192);
    DeviceTestMachine m(01000);  // 512 bytes of memory
    auto& rk = m.add<Rk11>();
    REQUIRE(rk.attach(*rk.units()[0], image, {}));

    wr(rk, RKDA, da(0, 0, 0, 12));
    wr(rk, RKCS, kRead);
    run_to_done(m, rk);
    CHECK(rd(rk, RKER) == 040);  // NXS

    wr(rk, RKDA, da(3, 0, 0, 0));  // nothing attached on RK3
    wr(rk, RKCS, kRead);
    run_to_done(m, rk);
    CHECK(rd(rk, RKER) == 0100000);  // DRE

    wr(rk, RKDA, 0);
    wr(rk, RKBA, 0);
    wr(rk, RKWC, static_cast<std::uint16_t>(-512));
    wr(rk, RKCS, kRead);
    run_to_done(m, rk);
    CHECK(rd(rk, RKER) == 02000);           // NXM
    CHECK(rd(rk, RKWC) == static_cast<std::uint16_t>(-256));  // 256 words made it
    CHECK(rd(rk, RKBA) == 01000);
}

TEST_CASE("RK11 seek: controller ready at once, search complete interrupt later", "[rk11]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rk");
    write_pattern_image(image, 4096);
    DeviceTestMachine m;
    auto& rk = m.add<Rk11>();
    REQUIRE(rk.attach(*rk.units()[2], image, {}));
    wr(rk, RKDA, da(2, 100, 0, 0));
    wr(rk, RKCS, kSeek | kIde);
    CHECK((rd(rk, RKCS) & 0200) != 0);
    CHECK(m.fake_bus().pending("RK"));
    m.fake_bus().acknowledge("RK");
    CHECK((rd(rk, RKDS) & 0100) == 0);  // drive not yet access-ready
    // 100 cylinders: 50 ms (the average, at 67) + 35 ms * 33/135 towards the full stroke.
    m.advance(msec(58));
    CHECK((rd(rk, RKDS) & 0100) == 0);
    CHECK_FALSE(m.fake_bus().pending("RK"));
    m.advance(msec(1));
    CHECK((rd(rk, RKCS) & 020000) != 0);  // SCP
    CHECK(m.fake_bus().pending("RK"));
    CHECK((rd(rk, RKDS) >> 13) == 2);     // ID of the drive that finished
    CHECK((rd(rk, RKDS) & 0100) != 0);
}

TEST_CASE("RK11 IDE set while ready requests an interrupt; control reset clears registers", "[rk11]") {
    DeviceTestMachine m;
    auto& rk = m.add<Rk11>();
    wr(rk, RKCS, kIde);
    CHECK(m.fake_bus().pending("RK"));
    wr(rk, RKCS, 0);
    CHECK_FALSE(m.fake_bus().pending("RK"));
    wr(rk, RKWC, 0123);
    wr(rk, RKDA, 0456);
    wr(rk, RKCS, 1);  // control reset
    CHECK(rd(rk, RKWC) == 0);
    CHECK(rd(rk, RKDA) == 0);
    CHECK(rd(rk, RKCS) == 0200);
}

TEST_CASE("RK11 is ready to boot when the drive is attached", "[rk11]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rk");
    write_pattern_image(image, 4096);
    DeviceTestMachine m;
    auto& rk = m.add<Rk11>();
    CHECK(rk.ready_for_boot(*rk.units()[3]).message() == "RK3 is not attached");
    REQUIRE(rk.attach(*rk.units()[3], image, {}));
    CHECK(rk.ready_for_boot(*rk.units()[3]));
}
