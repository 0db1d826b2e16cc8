// Disk timing from the drives' published figures (devices/dec/disk_timing.hpp), and an
// RK05 transfer that takes its seek, its rotational wait and its data time exactly.
#include <catch2/catch.hpp>

#include "devices/dec/disk_timing.hpp"
#include "devices/dec/rk11.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {
// The RK05's figures (RK11-D manual): 1500 rpm, 10/50/85 ms seeks, 11.1 us a word.
constexpr DiskTiming kRk05{.cylinders = 203, .sectors_per_track = 12, .words_per_sector = 256,
                           .revolution = msec(40), .word_time = nsec(11'100),
                           .seek_one = msec(10), .seek_average = msec(50), .seek_full = msec(85)};
constexpr std::uint32_t RKCS = 0777404, RKWC = 0777406, RKBA = 0777410, RKDA = 0777412, RKDS = 0777400;
}  // namespace

TEST_CASE("Disk timing: seeks give the manual's one-cylinder, average and full-stroke times", "[disk]") {
    CHECK(kRk05.seek_time(0) == 0);
    CHECK(kRk05.seek_time(1) == msec(10));
    CHECK(kRk05.seek_time(203 / 3) == msec(50));
    CHECK(kRk05.seek_time(202) == msec(85));
    // Monotonic in between.
    for (int d = 1; d < 202; ++d) CHECK(kRk05.seek_time(d) < kRk05.seek_time(d + 1));
}

TEST_CASE("Disk timing: the sector under the heads follows the rotation", "[disk]") {
    CHECK(kRk05.sector_at(0) == 0);
    CHECK(kRk05.sector_at(msec(40) - 1) == 11);
    CHECK(kRk05.sector_at(msec(40)) == 0);
    for (int s = 0; s < 12; ++s) {
        // Waiting time_to_sector() from any moment lands on the start of that sector.
        for (SimTime t : {SimTime{0}, usec(1234), msec(17), msec(39) + 999'999}) {
            const SimTime w = kRk05.time_to_sector(t, s);
            CHECK(w < msec(40));
            CHECK(kRk05.sector_at(t + w) == s);
            CHECK((w == 0 || kRk05.sector_at(t + w - 1) != s));
        }
    }
    // Whole sectors take a sector time each, the rest a word time per word.
    CHECK(kRk05.transfer_time(512) == 2 * kRk05.sector_time());
    CHECK(kRk05.transfer_time(300) == kRk05.sector_time() + 44 * nsec(11'100));
}

TEST_CASE("RK11: a read takes the implied seek, the wait for its sector and the data", "[rk11][disk]") {
    ScratchDir dir;
    std::string image = dir.file("pack.rk");
    write_pattern_image(image, Rk11::kImageBytes);
    DeviceTestMachine m;
    auto& rk = m.add<Rk11>();
    REQUIRE(rk.attach(*rk.units()[0], image, {}));
    m.advance(usec(2500));  // a moment into sector 0
    // Read 256 words from cylinder 1, sector 5: 10 ms to seek, then the heads wait for
    // sector 5's start (at 16.67 ms of the turn), then one sector time.
    wr(rk, RKDA, static_cast<std::uint16_t>((1 << 5) | 5));
    wr(rk, RKBA, 01000);
    wr(rk, RKWC, static_cast<std::uint16_t>(-256));
    const SimTime start = m.scheduler().now();
    wr(rk, RKCS, 5);  // READ, GO
    const SimTime expected = msec(10) + (16'666'667 - (start + msec(10)) % msec(40)) + 3'333'333;
    m.advance(expected - 1);
    CHECK((rd(rk, RKCS) & 0200) == 0);
    m.advance(1);
    CHECK((rd(rk, RKCS) & 0200) != 0);
    // RKDS shows the sector counter of the pack's rotation.
    CHECK((rd(rk, RKDS) & 017) == 6);
}
