// DMA address width: each controller drives the extension bits its hardware has, on a bus
// of either width. The RK11 and TM11 keep 18-bit address counters on any bus; the RL11
// becomes an RLV12 on a 22-bit bus, with the bus address extension register (BA21:16)
// whose low two bits are RLCS 5:4. Each transfer here ends exactly at 256 KB, so the
// registers afterwards show whether the counter carried into bit 18 or wrapped.
#include <catch2/catch.hpp>

#include "devices/dec/rk11.hpp"
#include "devices/dec/rl11.hpp"
#include "devices/dec/tm11.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

namespace {

constexpr std::uint32_t k256K = 01000000;
constexpr std::uint32_t k4M = 020000000;

template <typename Done>
void run_until(DeviceTestMachine& m, Done done) {
    for (int i = 0; i < 1000 && !done(); ++i) m.advance(usec(100));
    REQUIRE(done());
}

}  // namespace

TEST_CASE("the bus says how wide its DMA addresses are", "[dma-width]") {
    DeviceTestMachine unibus(k256K, 18), qbus(k4M, 22);
    CHECK(unibus.fake_bus().dma_address_bits() == 18);
    CHECK(qbus.fake_bus().dma_address_bits() == 22);
}

TEST_CASE("RK11: an 18-bit address counter on either bus", "[dma-width]") {
    const int bits = GENERATE(18, 22);
    INFO("bus of " << bits << " bits");
    ScratchDir dir;
    const std::string image = dir.file("pack.rk");
    write_pattern_image(image, Rk11::kImageBytes);
    DeviceTestMachine m(bits == 18 ? k256K : k4M, bits);
    auto& rk = m.add<Rk11>();
    REQUIRE(rk.attach(*rk.units()[0], image, {}));
    constexpr std::uint32_t RKCS = 0777404, RKWC = 0777406, RKBA = 0777410, RKDA = 0777412;
    wr(rk, RKDA, 0);
    wr(rk, RKBA, 0177000);
    wr(rk, RKWC, static_cast<std::uint16_t>(-256));
    wr(rk, RKCS, 060 | 5);  // MEX = 3, READ + GO
    run_until(m, [&] { return (rd(rk, RKCS) & 0200) != 0; });
    CHECK((rd(rk, RKCS) & 0100000) == 0);
    CHECK(m.fake_bus().word(0777000) == 0);
    CHECK(m.fake_bus().word(0777776) == 255);
    // 0777000 + 512 bytes = 01000000: the counter wraps to 0, MEX included.
    CHECK(rd(rk, RKBA) == 0);
    CHECK((rd(rk, RKCS) & 060) == 0);
}

TEST_CASE("TM11: an 18-bit address counter on either bus", "[dma-width]") {
    const int bits = GENERATE(18, 22);
    INFO("bus of " << bits << " bits");
    ScratchDir dir;
    const std::string tape = dir.file("t.tap");
    // One record of 10 bytes.
    std::vector<std::uint8_t> t = {10, 0, 0, 0};
    for (std::uint8_t b = 1; b <= 10; ++b) t.push_back(b);
    for (std::uint8_t b : {10, 0, 0, 0}) t.push_back(b);
    write_file(tape, t);
    DeviceTestMachine m(bits == 18 ? k256K : k4M, bits);
    auto& tm = m.add<Tm11>();
    REQUIRE(tm.attach(*tm.units()[0], tape, {}));
    constexpr std::uint32_t MTC = 0772522, MTBRC = 0772524, MTCMA = 0772526;
    wr(tm, MTCMA, 0177766);
    wr(tm, MTBRC, static_cast<std::uint16_t>(-10));
    wr(tm, MTC, 060 | 03);  // XBA17:16 = 3, READ + GO
    run_until(m, [&] { return (rd(tm, MTC) & 0200) != 0; });
    CHECK(m.fake_bus().word(0777766) == 0x0201);
    CHECK(m.fake_bus().word(0777776) == 0x0a09);
    CHECK(rd(tm, MTCMA) == 0);
    CHECK((rd(tm, MTC) & 060) == 0);
}

TEST_CASE("RL11 on an 18-bit bus: BA17:16 in RLCS, no extension register", "[dma-width]") {
    ScratchDir dir;
    const std::string image = dir.file("pack.rl02");
    write_pattern_image(image, Rl11::kRl02Bytes);
    DeviceTestMachine m(k256K, 18);
    auto& rl = m.add<Rl11>();
    REQUIRE(rl.attach(*rl.units()[0], image, {}));
    constexpr std::uint32_t RLCS = 0774400, RLBA = 0774402, RLDA = 0774404, RLMP = 0774406, RLBAE = 0774410;
    CHECK(rl.csr_bytes() == 8);
    CHECK(rl.find_register("RLBAE") == nullptr);
    std::uint16_t v = 0;
    CHECK_FALSE(rl.read(RLBAE, v));
    CHECK_FALSE(rl.write(RLBAE, 1, false));

    wr(rl, RLDA, 0);
    wr(rl, RLBA, 0177000);
    wr(rl, RLMP, static_cast<std::uint16_t>(-256));
    wr(rl, RLCS, 060 | 014);  // BA17:16 = 3, READ DATA, drive 0
    run_until(m, [&] { return (rd(rl, RLCS) & 0200) != 0; });
    CHECK((rd(rl, RLCS) & 0100000) == 0);
    CHECK(m.fake_bus().word(0777000) == 0);
    CHECK(m.fake_bus().word(0777776) == 255);
    CHECK(rd(rl, RLBA) == 0);
    CHECK((rd(rl, RLCS) & 060) == 0);  // wrapped at 18 bits
}

TEST_CASE("RLV12 on a 22-bit bus: the extension register reaches all 4 MB", "[dma-width]") {
    ScratchDir dir;
    const std::string image = dir.file("pack.rl02");
    write_pattern_image(image, Rl11::kRl02Bytes);
    DeviceTestMachine m(k4M, 22);
    auto& rl = m.add<Rl11>();
    REQUIRE(rl.attach(*rl.units()[0], image, {}));
    constexpr std::uint32_t RLCS = 0774400, RLBA = 0774402, RLDA = 0774404, RLMP = 0774406, RLBAE = 0774410;
    CHECK(rl.csr_bytes() == 10);
    CHECK(rl.description().rfind("RLV12", 0) == 0);
    REQUIRE(rl.find_register("RLBAE") != nullptr);

    // RLBAE 1:0 and RLCS 5:4 are one pair of bits.
    wr(rl, RLBAE, 0177);  // only BA21:16 exist
    CHECK(rd(rl, RLBAE) == 077);
    CHECK((rd(rl, RLCS) & 060) == 060);
    wr(rl, RLCS, 020);  // BA17:16 = 1, no-op function
    CHECK(rd(rl, RLBAE) == 075);

    // A read with BA21:16 = 012, to 02400000: memory above 256 KB.
    wr(rl, RLBAE, 012);
    wr(rl, RLDA, 0);
    wr(rl, RLBA, 0);
    wr(rl, RLMP, static_cast<std::uint16_t>(-128));
    wr(rl, RLCS, (rd(rl, RLCS) & 060) | 014);
    run_until(m, [&] { return (rd(rl, RLCS) & 0200) != 0; });
    CHECK((rd(rl, RLCS) & 0100000) == 0);
    CHECK(m.fake_bus().word(02400000) == 0);
    CHECK(m.fake_bus().word(02400376) == 127);
    CHECK(m.fake_bus().word(0) == 0);
    CHECK(m.fake_bus().word(2) == 0);
    CHECK(rd(rl, RLBA) == 0400);
    CHECK(rd(rl, RLBAE) == 012);

    // A transfer ending at 256 KB carries into BA18 instead of wrapping.
    wr(rl, RLBAE, 3);
    wr(rl, RLDA, 0);
    wr(rl, RLBA, 0177000);
    wr(rl, RLMP, static_cast<std::uint16_t>(-256));
    wr(rl, RLCS, 060 | 014);
    run_until(m, [&] { return (rd(rl, RLCS) & 0200) != 0; });
    CHECK((rd(rl, RLCS) & 0100000) == 0);
    CHECK(m.fake_bus().word(0777776) == 255);
    CHECK(rd(rl, RLBA) == 0);
    CHECK(rd(rl, RLBAE) == 4);
    CHECK((rd(rl, RLCS) & 060) == 0);
}
