// 2400 tapes on AWS and SIMH .tap images: write, tape mark, rewind, read, backspace, read
// backward, spacing, protection and damaged images.
#include <catch2/catch.hpp>

#include <fstream>

#include "devices/ibm/ibm2400.hpp"
#include "tests/core/temp_dir.hpp"
#include "tests/devices_ibm/ibm_test_support.hpp"

using namespace simmon;
using namespace simmon::ibm;
using namespace simmon::ibm::test;

namespace {

// Runs one command and returns its unit and channel status. A motion control command
// ends at START I/O with channel end alone (CC 1); its device end comes later by itself,
// and is added to what is returned.
std::uint16_t run_ccw(IoBench& b, std::uint16_t address, std::uint8_t cmd, std::uint32_t data, std::uint8_t flags, std::uint16_t count) {
    b.ccw(0x1000, cmd, data, flags, count);
    b.caw(0x1000);
    const int cc = b.channels->start_io(address);
    if (cc == 1) {
        const auto status = static_cast<std::uint16_t>(b.csw() >> 16);
        if ((status >> 8) != kChannelEnd) return status;
        b.run_events(1000);
        REQUIRE(b.interrupt() == address);
        return static_cast<std::uint16_t>(status | (b.csw() >> 16));
    }
    REQUIRE(cc == 0);
    b.run_events(1000);
    REQUIRE(b.interrupt() == address);
    return static_cast<std::uint16_t>(b.csw() >> 16);
}

constexpr std::uint16_t kCeDe = (kChannelEnd | kDeviceEnd) << 8;
constexpr std::uint16_t kCeDeUe = (kChannelEnd | kDeviceEnd | kUnitException) << 8;
constexpr std::uint16_t kCeDeUc = (kChannelEnd | kDeviceEnd | kUnitCheck) << 8;

}  // namespace

TEST_CASE("2400: write, tape mark, rewind, read back, backspace, read backward", "[2400]") {
    const char* name = GENERATE("tape.aws", "tape.tap");
    simmon::test::TempDir dir;
    IoBench b;
    auto& mt = b.add<Ibm2400>("MTA0", std::uint16_t{0x180});
    Unit& u = *mt.units().front();
    CHECK(run_ccw(b, 0x180, 0x02, 0x2000, 0, 100) == kCeDeUc);  // no tape
    REQUIRE(mt.attach(u, dir.file(name), {}));
    CHECK(mt.is_aws() == (std::string(name) == "tape.aws"));
    b.interrupt();  // ready
    std::vector<std::uint8_t> big(10000);
    for (std::size_t i = 0; i < big.size(); ++i) big[i] = static_cast<std::uint8_t>(i * 7);
    b.memory.load(0x4000, big.data(), big.size());
    b.memory.load(0x2000, "ABCDE", 5);
    CHECK(run_ccw(b, 0x180, 0x01, 0x2000, 0, 5) == kCeDe);
    CHECK(run_ccw(b, 0x180, 0x01, 0x4000, 0, 10000) == kCeDe);  // more than one AWS chunk
    CHECK(run_ccw(b, 0x180, 0x1F, 0, 0, 1) == kCeDe);
    CHECK(run_ccw(b, 0x180, 0x01, 0x2000, 0, 3) == kCeDe);
    CHECK(run_ccw(b, 0x180, 0x07, 0, 0, 1) == kCeDe);
    CHECK(mt.position() == 0);
    CHECK(run_ccw(b, 0x180, 0x04, 0x3000, 0, 6) == kCeDe);
    CHECK((b.memory.read8(0x3001) & 0x08) != 0);  // load point

    CHECK(run_ccw(b, 0x180, 0x02, 0x3000, 0, 5) == kCeDe);
    CHECK(b.text_at(0x3000, 5) == "ABCDE");
    CHECK(run_ccw(b, 0x180, 0x02, 0x8000, 0, 100) == (kCeDe | kChanIncorrectLength));  // longer block
    CHECK(b.residual() == 0);
    CHECK(run_ccw(b, 0x180, 0x02, 0x3000, 0, 5) == kCeDeUe);  // tape mark
    CHECK(run_ccw(b, 0x180, 0x02, 0x3000, kFlagSuppressLength, 100) == kCeDe);
    CHECK(b.residual() == 97);
    CHECK(run_ccw(b, 0x180, 0x02, 0x3000, 0, 100) == kCeDeUc);  // past the recorded data

    // Back over the last block and the tape mark, read the big block backwards.
    CHECK(run_ccw(b, 0x180, 0x27, 0, 0, 1) == kCeDe);
    CHECK(run_ccw(b, 0x180, 0x27, 0, 0, 1) == kCeDeUe);
    CHECK(run_ccw(b, 0x180, 0x0C, 0x8000 + 9999, 0, 10000) == kCeDe);
    std::vector<std::uint8_t> back(10000);
    b.memory.store(0x8000, back.data(), back.size());
    CHECK(back == big);
    CHECK(run_ccw(b, 0x180, 0x3F, 0, 0, 1) == kCeDe);  // forward space file: past the mark
    CHECK(run_ccw(b, 0x180, 0x02, 0x3000, kFlagSuppressLength, 100) == kCeDe);
    CHECK(run_ccw(b, 0x180, 0x2F, 0, 0, 1) == kCeDe);  // backspace file: to before the mark
    CHECK(run_ccw(b, 0x180, 0x37, 0, 0, 1) == kCeDeUe);  // forward space block: the mark
    CHECK(run_ccw(b, 0x180, 0x07, 0, 0, 1) == kCeDe);
    CHECK(run_ccw(b, 0x180, 0x27, 0, 0, 1) == kCeDeUc);  // backspace at load point
    CHECK(run_ccw(b, 0x180, 0xCB, 0, 0, 1) == kCeDe);    // mode set

    SECTION("no write ring") {
        REQUIRE(mt.modifiers().size() > 0);
        mt.attach(u, dir.file(name), {});
        b.interrupt();
        for (const Modifier& m : mt.modifiers())
            if (m.name == "LOCKED") REQUIRE(m.set(nullptr, ""));
        CHECK(run_ccw(b, 0x180, 0x01, 0x2000, 0, 5) == kCeDeUc);
        CHECK(run_ccw(b, 0x180, 0x04, 0x3000, 0, 6) == kCeDe);
        CHECK(b.memory.read8(0x3000) == kSenseCommandReject);
        CHECK((b.memory.read8(0x3001) & 0x02) != 0);
    }
}

TEST_CASE("2400: motion control commands end with channel end, device end follows", "[2400]") {
    simmon::test::TempDir dir;
    IoBench b;
    auto& mt = b.add<Ibm2400>("MTA0", std::uint16_t{0x180});
    auto& mt1 = b.add<Ibm2400>("MTA1", std::uint16_t{0x181});
    REQUIRE(mt.attach(*mt.units().front(), dir.file("a.tap"), {}));
    REQUIRE(mt1.attach(*mt1.units().front(), dir.file("b.tap"), {}));
    while (b.interrupt() >= 0) {
    }
    // Write tape mark: accepted with channel end at START I/O, the drive busy until device end.
    b.ccw(0x1000, 0x1F, 0, 0, 1);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x180) == 1);
    CHECK(b.unit_status() == kChannelEnd);
    CHECK(mt.busy());
    CHECK(b.channels->start_io(0x180) == 1);  // busy
    CHECK(b.unit_status() == kBusy);
    CHECK(b.channels->test_channel(0x180) == 0);  // the selector channel is free meanwhile
    b.ccw(0x1000, 0x03, 0, 0, 1);
    CHECK(b.channels->start_io(0x181) == 1);  // another drive works
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));
    b.run_events(1000);
    CHECK(b.interrupt() == 0x180);
    CHECK(b.unit_status() == kDeviceEnd);
    CHECK_FALSE(mt.busy());
    // Chained after a rewind, the next command waits for the rewind's device end.
    b.ccw(0x1000, 0x07, 0, kFlagChainCommand, 1);
    b.ccw(0x1008, 0x37, 0, 0, 1);
    REQUIRE(b.channels->start_io(0x180) == 0);
    b.run_events(1000);
    CHECK(b.interrupt() == 0x180);  // the chain ends with the space's channel end ...
    CHECK(b.unit_status() == kChannelEnd);
    CHECK(b.csw_ccw() == 0x1010);
    b.run_events(1000);
    CHECK(b.interrupt() == 0x180);  // ... and its device end follows: it spaced over the tape mark
    CHECK(b.unit_status() == (kDeviceEnd | kUnitException));
    // Backspace file at load point: unit check at once, no motion; into load point: later.
    CHECK(run_ccw(b, 0x180, 0x07, 0, 0, 1) == kCeDe);
    CHECK(run_ccw(b, 0x180, 0x2F, 0, 0, 1) == kCeDeUc);
    CHECK(run_ccw(b, 0x180, 0x04, 0x3000, 0, 6) == kCeDe);
    CHECK(b.memory.read8(0x3000) == 0);
    CHECK((b.memory.read8(0x3001) & 0x08) != 0);
}

TEST_CASE("2400: damaged images are refused at ATTACH", "[2400][bad-input]") {
    simmon::test::TempDir dir;
    IoBench b;
    auto& mt = b.add<Ibm2400>("MTA0", std::uint16_t{0x180});
    Unit& u = *mt.units().front();
    {
        std::ofstream out(dir.file("bad.aws"), std::ios::binary);
        const unsigned char h[] = {0x10, 0x00, 0x00, 0x00, 0xA0, 0x00, 'x', 'y'};  // 16-byte chunk with 2 bytes
        out.write(reinterpret_cast<const char*>(h), sizeof h);
    }
    Status s = mt.attach(u, dir.file("bad.aws"), {});
    CHECK_FALSE(s);
    CHECK(s.message().find("not a usable AWS tape image") != std::string::npos);
    {
        std::ofstream out(dir.file("bad.tap"), std::ios::binary);
        const unsigned char h[] = {0x10, 0x00, 0x00, 0x00, 'x'};
        out.write(reinterpret_cast<const char*>(h), sizeof h);
    }
    CHECK_FALSE(mt.attach(u, dir.file("bad.tap"), {}));
    CHECK_FALSE(u.attached());
}

TEST_CASE("2400: the BOS/360 system tape reads block by block", "[2400][testdata]") {
    IoBench b;
    auto& mt = b.add<Ibm2400>("MTA0", std::uint16_t{0x180});
    AttachOptions ro;
    ro.read_only = true;
    REQUIRE(mt.attach(*mt.units().front(), std::string(SIMMON_TESTDATA) + "/s360/bos360/bos360.tap", ro));
    b.interrupt();
    CHECK(run_ccw(b, 0x180, 0x02, 0x2000, kFlagSuppressLength, 24) == kCeDe);
    CHECK(b.residual() == 0);
    CHECK(run_ccw(b, 0x180, 0x01, 0x2000, 0, 5) == kCeDeUc);  // read-only file: no write ring
}
