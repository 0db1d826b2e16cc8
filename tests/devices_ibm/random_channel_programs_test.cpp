// Bad input for the channels: thousands of random channel programs (random CCWs, flags,
// counts, TICs anywhere, random CAW keys and addresses) against every device of the
// default configuration with images attached. Whatever a program does, the channels and
// devices answer with architected status in bounded simulated time (HALT I/O ends what
// still runs), never crash, never hang, and never leave a subchannel working after a
// system reset. Seeded, so a failure reproduces.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include "tests/core/temp_dir.hpp"
#include "tests/devices_ibm/configured_machine.hpp"

using namespace simmon;
using namespace simmon::ibm;
using namespace simmon::ibm::test;

namespace {

// Runs events until the queue holds nothing that ends soon, at most `limit` of them.
void run_events(Machine& m, int limit) {
    for (int i = 0; i < limit && !m.scheduler().empty(); ++i) m.scheduler().skip_to_next();
}

}  // namespace

TEST_CASE("Random channel programs get architected answers, never a crash or hang", "[channel][fuzz]") {
    simmon::test::TempDir dir;
    {
        std::ofstream deck(dir.file("deck.txt"));
        for (int i = 0; i < 200; ++i) deck << "CARD " << i << "\n";
    }
    ConfiguredMachine m;
    auto attach = [&](const char* device, const std::string& path, AttachOptions options = {}) {
        auto [dev, unit] = m.find_unit(device);
        REQUIRE(unit);
        REQUIRE(dev->attach(*unit, path, options));
    };
    AttachOptions fresh;
    fresh.create_new = true;
    attach("00C", dir.file("deck.txt"));
    attach("00D", dir.file("punch.deck"), fresh);
    attach("00E", dir.file("print.txt"), fresh);
    attach("180", dir.file("tape.aws"), fresh);
    attach("190", dir.file("vol.ckd"), fresh);
    attach("230", dir.file("vol.cckd"), fresh);

    const std::uint16_t addresses[] = {0x00C, 0x00D, 0x00E, 0x01F, 0x10C, 0x180, 0x181, 0x190, 0x230, 0x0C0, 0x0C1, 0x2FF};
    std::mt19937 rng(360);
    auto byte = [&] { return static_cast<std::uint8_t>(rng()); };
    constexpr Addr kArea = 0x1000, kAreaSize = 0x4000;
    int started = 0, interruptions = 0;
    int ccs[4] = {};
    for (int round = 0; round < 3000; ++round) {
        // Random CCWs with a bias toward commands the devices know and sane addresses.
        for (Addr a = kArea; a < kArea + 0x200; a += 8) {
            const std::uint8_t commands[] = {0x01, 0x02, 0x03, 0x04, 0x07, 0x08, 0x09, 0x0C, 0x12, 0x1D, 0x1F, 0x27,
                                             0x31, 0x06, 0x05, 0x0E, 0x3F, 0x2F, 0x13, 0x89, 0x8B, byte()};
            const std::uint8_t cmd = commands[rng() % std::size(commands)];
            const std::uint32_t data = (rng() % 4 == 0) ? (rng() & 0xFFFFFF) : kArea + (rng() % kAreaSize);
            const std::uint8_t flags = (rng() % 3 == 0) ? byte() : static_cast<std::uint8_t>(byte() & 0xF8);
            const std::uint16_t count = (rng() % 8 == 0) ? static_cast<std::uint16_t>(rng()) : static_cast<std::uint16_t>(rng() % 300);
            const std::uint32_t tic_target = kArea + 8 * (rng() % 64);
            m.memory.write32_be(a, std::uint32_t{cmd} << 24 | ((cmd & 0x0F) == 0x08 ? tic_target : data));
            m.memory.write32_be(a + 4, std::uint32_t{flags} << 24 | count);
        }
        const std::uint32_t caw_address = (rng() % 8 == 0) ? (rng() & 0xFFFFFF) : kArea + 8 * (rng() % 64);
        m.memory.write32_be(0x48, (rng() % 4 == 0 ? std::uint32_t{byte()} << 28 : 0) | caw_address);
        const std::uint16_t device = addresses[rng() % std::size(addresses)];
        const auto cc = m.channels->start_io(device);
        REQUIRE(cc <= 3);
        started += cc == 0;
        ++ccs[cc];
        auto take_all = [&] {
            while (m.channels->interruption_pending(0xFF)) {
                (void)m.channels->take_interruption(0xFF);
                ++interruptions;
                REQUIRE(interruptions < 1'000'000);
            }
        };
        run_events(m, 200);
        take_all();
        // Whatever still runs (a read waiting for the operator, a loop of TICs) is halted.
        if (m.channels->test_io(device) == 2) {
            REQUIRE(m.channels->halt_io(device) <= 3);
            run_events(m, 200);
            take_all();
        }
        CHECK(m.channels->pending_count() < 64);
        if (round % 500 == 499) {
            m.channels->reset();
            for (std::uint16_t a : addresses) CHECK(m.channels->test_io(a) != 2);
        }
    }
    INFO("CC0 " << ccs[0] << " CC1 " << ccs[1] << " CC2 " << ccs[2] << " CC3 " << ccs[3]);
    CHECK(started > 100);
    CHECK(interruptions > 100);
}
