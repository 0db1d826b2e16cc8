#include <catch2/catch.hpp>

#include <filesystem>

#include "devices/dec/rl11.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {
constexpr std::uint32_t RLCS = 0774400, RLBA = 0774402, RLDA = 0774404, RLMP = 0774406;
constexpr std::uint16_t kGetStatus = 04, kSeek = 06, kReadHeader = 010, kWrite = 012, kRead = 014, kReadNoHeader = 016;

void go(DeviceTestMachine& m, Rl11& rl, int drive, std::uint16_t function) {
    wr(rl, RLCS, static_cast<std::uint16_t>((drive << 8) | function));  // CRDY written 0: go
    for (int i = 0; i < 10000 && (rd(rl, RLCS) & 0200) == 0; ++i) m.advance(usec(100));  // up to 1 s
    REQUIRE((rd(rl, RLCS) & 0200) != 0);
}
std::uint16_t da(int cyl, int head, int sector) { return static_cast<std::uint16_t>((cyl << 7) | (head << 6) | sector); }
std::uint64_t sector_offset(int cyl, int head, int sector) { return ((cyl * 2 + head) * 40 + sector) * 256; }
}  // namespace

TEST_CASE("RL11 autosizes RL01/RL02 from the image and refuses oversized ones", "[rl11]") {
    ScratchDir dir;
    DeviceTestMachine m;
    auto& rl = m.add<Rl11>();
    std::string rl01 = dir.file("a.rl01"), rl02 = dir.file("b.rl02"), big = dir.file("c.big");
    write_pattern_image(rl01, Rl11::kRl01Bytes);
    write_pattern_image(rl02, Rl11::kRl02Bytes);
    write_pattern_image(big, Rl11::kRl02Bytes + 2);
    REQUIRE(rl.attach(*rl.units()[0], rl01, {}));
    CHECK_FALSE(rl.is_rl02(0));
    REQUIRE(rl.attach(*rl.units()[1], rl02, {}));
    CHECK(rl.is_rl02(1));
    Status s = rl.attach(*rl.units()[2], big, {});
    CHECK_FALSE(s);
    CHECK(s.message().find("larger than an RL02") != std::string::npos);

    // With a fixed RL01 type an RL02 image is refused.
    for (const Modifier& mod : rl.modifiers())
        if (mod.name == "RL01") REQUIRE(mod.set(rl.units()[3].get(), ""));
    CHECK_FALSE(rl.attach(*rl.units()[3], rl02, {}));
}

TEST_CASE("RL11 get status, seek, read header and read data", "[rl11]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rl02");
    write_pattern_image(image, Rl11::kRl02Bytes);
    DeviceTestMachine m;
    auto& rl = m.add<Rl11>();
    REQUIRE(rl.attach(*rl.units()[1], image, {}));

    wr(rl, RLDA, 013);  // get status with reset
    go(m, rl, 1, kGetStatus);
    CHECK(rd(rl, RLMP) == 0235);  // lock on, brushes home, heads out, RL02
    CHECK((rd(rl, RLCS) & 0100001) == 1);  // drive ready, no error

    // Read data at a cylinder the heads are not on: header not found.
    wr(rl, RLDA, da(300, 1, 0));
    wr(rl, RLMP, static_cast<std::uint16_t>(-128));
    go(m, rl, 1, kRead);
    CHECK((rd(rl, RLCS) & 036000) == 012000);
    CHECK((rd(rl, RLCS) & 0100000) != 0);

    wr(rl, RLDA, static_cast<std::uint16_t>((300 << 7) | 020 | 04 | 01));  // seek inward 300, head 1
    go(m, rl, 1, kSeek);
    CHECK((rd(rl, RLCS) & 036000) == 0);
    go(m, rl, 1, kReadHeader);
    std::uint16_t header = rd(rl, RLMP);
    CHECK((header & ~077) == da(300, 1, 0));
    CHECK(rd(rl, RLMP) == 0);

    m.advance(msec(100));  // the seek has settled (300 cylinders: 72 ms)
    wr(rl, RLDA, da(300, 1, 38));
    wr(rl, RLBA, 04000);
    wr(rl, RLMP, static_cast<std::uint16_t>(-256));
    go(m, rl, 1, kRead);
    CHECK((rd(rl, RLCS) & 0100000) == 0);
    std::uint64_t first = sector_offset(300, 1, 38) / 2;
    for (int i = 0; i < 256; ++i) REQUIRE(m.fake_bus().word(04000 + 2 * i) == static_cast<std::uint16_t>(first + i));
    CHECK(rd(rl, RLMP) == 0);
    CHECK(rd(rl, RLBA) == 04000 + 512);
    CHECK(rd(rl, RLDA) == da(300, 1, 40));
}

TEST_CASE("RL11 transfers stop at the end of the track", "[rl11]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rl02");
    write_pattern_image(image, Rl11::kRl02Bytes);
    DeviceTestMachine m;
    auto& rl = m.add<Rl11>();
    REQUIRE(rl.attach(*rl.units()[0], image, {}));
    wr(rl, RLDA, da(0, 0, 39));
    wr(rl, RLBA, 0);
    wr(rl, RLMP, static_cast<std::uint16_t>(-256));
    go(m, rl, 0, kRead);
    CHECK((rd(rl, RLCS) & 036000) == 012000);  // HNF looking for sector 40
    CHECK(rd(rl, RLMP) == static_cast<std::uint16_t>(-128));
    CHECK(m.fake_bus().word(2 * 127) == static_cast<std::uint16_t>(sector_offset(0, 0, 39) / 2 + 127));
    CHECK(m.fake_bus().word(2 * 128) == 0);
}

TEST_CASE("RL11 write data to the file, refused when write protected", "[rl11]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rl01");
    write_pattern_image(image, Rl11::kRl01Bytes);
    DeviceTestMachine m;
    auto& rl = m.add<Rl11>();
    REQUIRE(rl.attach(*rl.units()[0], image, {}));
    for (int i = 0; i < 100; ++i) m.fake_bus().memory[i] = static_cast<std::uint16_t>(0170000 + i);
    wr(rl, RLDA, da(0, 0, 5));
    wr(rl, RLBA, 0);
    wr(rl, RLMP, static_cast<std::uint16_t>(-100));
    go(m, rl, 0, kWrite);
    CHECK((rd(rl, RLCS) & 0100000) == 0);
    auto bytes = read_file(image);
    std::size_t base = sector_offset(0, 0, 5);
    auto word_at = [&](std::size_t i) { return static_cast<std::uint16_t>(bytes[base + 2 * i] | (bytes[base + 2 * i + 1] << 8)); };
    for (int i = 0; i < 100; ++i) REQUIRE(word_at(i) == 0170000 + i);
    for (int i = 100; i < 128; ++i) REQUIRE(word_at(i) == 0);
    CHECK(word_at(128) == static_cast<std::uint16_t>(base / 2 + 128));

    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(rl.attach(*rl.units()[0], image, ro));
    wr(rl, RLDA, da(0, 0, 5));
    wr(rl, RLMP, static_cast<std::uint16_t>(-100));
    go(m, rl, 0, kWrite);
    CHECK((rd(rl, RLCS) & 0140000) == 0140000);  // CE, DE (write gate error)
    wr(rl, RLDA, 03);
    go(m, rl, 0, kGetStatus);
    CHECK((rd(rl, RLMP) & 022000) == 022000);  // WL and WGE
}

TEST_CASE("RL11 new image gets an empty bad sector file on its last track", "[rl11]") {
    ScratchDir dir;
    std::string image = dir.file("new.rl02");
    DeviceTestMachine m;
    auto& rl = m.add<Rl11>();
    REQUIRE(rl.attach(*rl.units()[0], image, {}));
    auto bytes = read_file(image);
    REQUIRE(bytes.size() == Rl11::kRl02Bytes);
    std::size_t base = sector_offset(511, 1, 0);
    auto word_at = [&](std::size_t i) { return static_cast<std::uint16_t>(bytes[base + 2 * i] | (bytes[base + 2 * i + 1] << 8)); };
    CHECK(word_at(2) == 0);
    CHECK(word_at(3) == 0);
    CHECK(word_at(4) == 0177777);  // end of the (empty) bad sector list
    CHECK(word_at(5) == 0177777);
}

TEST_CASE("RL11 read without header check ignores the address's cylinder", "[rl11]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rl01");
    write_pattern_image(image, Rl11::kRl01Bytes);
    DeviceTestMachine m;
    auto& rl = m.add<Rl11>();
    REQUIRE(rl.attach(*rl.units()[0], image, {}));
    wr(rl, RLDA, da(77, 1, 3));
    wr(rl, RLBA, 0);
    wr(rl, RLMP, static_cast<std::uint16_t>(-2));
    go(m, rl, 0, kReadNoHeader);
    CHECK((rd(rl, RLCS) & 0100000) == 0);
    CHECK(m.fake_bus().word(0) == sector_offset(0, 0, 3) / 2);
}

TEST_CASE("RL11 BOOT on the XXDP pack from the test data", "[rl11][testdata]") {
    std::string path = testdata("pdp11/xxdp25.rl02");
    REQUIRE(std::filesystem::exists(path));
    DeviceTestMachine m;
    auto& rl = m.add<Rl11>();
    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(rl.attach(*rl.units()[0], path, ro));
    CHECK(rl.is_rl02(0));
    REQUIRE(rl.ready_for_boot(*rl.units()[0]));
    // Do what the bootstrap does, through the registers.
    wr(rl, RLDA, 013);
    go(m, rl, 0, kGetStatus);
    wr(rl, RLDA, 0);
    wr(rl, RLBA, 0);
    wr(rl, RLMP, static_cast<std::uint16_t>(-256));
    go(m, rl, 0, kRead);
    CHECK((rd(rl, RLCS) & 0100000) == 0);
    auto bytes = read_file(path);
    CHECK(m.fake_bus().word(0) == (bytes[0] | (bytes[1] << 8)));
    CHECK(m.fake_bus().word(0776) == (bytes[0776] | (bytes[0777] << 8)));
}
