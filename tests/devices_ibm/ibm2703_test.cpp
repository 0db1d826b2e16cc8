// A 2703 Teletype line driven by channel programs while a loopback telnet client types.
#include <catch2/catch.hpp>
#include <unistd.h>

#include "devices/ibm/ibm2703.hpp"
#include "tests/devices_ibm/ibm_test_support.hpp"
#include "tests/devices_ibm/telnet_test_client.hpp"

using namespace simmon;
using namespace simmon::ibm;
using namespace simmon::ibm::test;

namespace {

struct ComBench : IoBench {
    ComBench() {
        auto controller = std::make_unique<Ibm2703>(*this, *channels, std::uint16_t{0x0C0});
        com = controller.get();
        adopt_device(std::move(controller));
        for (auto& line : com->lines()) adopt_device(std::move(line));
    }
    // Runs simulated time (the 2703 polls its sockets) until `done` or a bound.
    template <typename F>
    void run_until(F done) {
        for (int i = 0; i < 2000 && !done(); ++i) {
            scheduler().skip_to_next();
            if (i % 20 == 19) ::usleep(1000);
        }
    }
    Ibm2703* com;
};

}  // namespace

TEST_CASE("2703: enable, read a line typed over telnet, write back, break", "[2703]") {
    ComBench b;
    REQUIRE(b.com->attach(*b.com->units().front(), "127.0.0.1:0", {}));
    b.ccw(0x1000, 0x27, 0, 0, 1);  // enable
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x0C0) == 0);
    CHECK_FALSE(b.com->live_terminal());
    Client client(b.com->listening_port());
    REQUIRE(client.connected());
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    CHECK(b.com->live_terminal());  // a telnet client: the idle CPU keeps wall time
    REQUIRE(b.interrupt() == 0x0C0);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));

    client.send("hi\r\n");
    b.ccw(0x1000, 0x02, 0x2000, kFlagSuppressLength, 80);  // read
    REQUIRE(b.channels->start_io(0x0C0) == 0);
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    REQUIRE(b.interrupt() == 0x0C0);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));
    CHECK(b.residual() == 77);
    CHECK(Ibm2703Line::from_line(b.memory.read8(0x2000)) == 'h');
    CHECK(Ibm2703Line::from_line(b.memory.read8(0x2002)) == '\r');
    CHECK(b.memory.read8(0x2000) == Ibm2703Line::to_line('h'));

    b.memory.write8(0x3000, Ibm2703Line::to_line('O'));
    b.memory.write8(0x3001, Ibm2703Line::to_line('K'));
    b.ccw(0x1000, 0x01, 0x3000, 0, 2);
    REQUIRE(b.channels->start_io(0x0C0) == 0);
    b.run_events(100);
    REQUIRE(b.interrupt() == 0x0C0);
    b.run_until([] { return false; });
    const std::string seen = client.receive_text(6);
    CHECK(seen.find("hi\r\n") != std::string::npos);  // the local copy of what was typed
    CHECK(seen.find("OK") != std::string::npos);

    // BREAK (telnet IAC BRK) during a prepare: unit exception.
    b.ccw(0x1000, 0x06, 0, 0, 1);
    REQUIRE(b.channels->start_io(0x0C0) == 0);
    client.send("\xff\xf3");
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    REQUIRE(b.interrupt() == 0x0C0);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd | kUnitException));
    CHECK(b.com->show_status().find("1 line(s) connected") != std::string::npos);
}

TEST_CASE("2703: commands on a line without a terminal", "[2703]") {
    ComBench b;
    b.ccw(0x1000, 0x02, 0x2000, 0, 80);
    b.caw(0x1000);
    CHECK(b.channels->start_io(0x0C5) == 0);
    b.run_events(10);
    REQUIRE(b.interrupt() == 0x0C5);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd | kUnitCheck));
    b.ccw(0x1000, 0x27, 0, 0, 1);
    REQUIRE(b.channels->start_io(0x0C5) == 0);
    CHECK(b.channels->halt_io(0x0C5) == 1);  // HIO ends the waiting enable
    REQUIRE(b.interrupt() == 0x0C5);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd | kUnitException));
    CHECK(Ibm2703Line::from_line(Ibm2703Line::to_line('A')) == 'A');
    CHECK(Ibm2703Line::to_line('A') == 0x82);  // 0x41, even parity 0x41, reversed
}

TEST_CASE("2703: keys typed after a BREAK's attention wait for the read, no second attention",
          "[2703]") {
    ComBench b;
    REQUIRE(b.com->attach(*b.com->units().front(), "127.0.0.1:0", {}));
    b.ccw(0x1000, 0x27, 0, 0, 1);  // enable
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x0C0) == 0);
    Client client(b.com->listening_port());
    REQUIRE(client.connected());
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    REQUIRE(b.interrupt() == 0x0C0);

    // BREAK with no command on the line: one attention.
    client.send("\xff\xf3");
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    REQUIRE(b.interrupt() == 0x0C0);
    CHECK(b.unit_status() == kAttention);

    // A line typed before the program reads: no second attention (CP would take it for a
    // second ATTN press).
    client.send("log\r\n");
    b.run_until([] { return false; });
    CHECK_FALSE(b.channels->interruption_pending(0xFF));

    // The read gets the typed line.
    b.ccw(0x1000, 0x02, 0x2000, kFlagSuppressLength, 80);
    REQUIRE(b.channels->start_io(0x0C0) == 0);
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    REQUIRE(b.interrupt() == 0x0C0);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));
    CHECK(Ibm2703Line::from_line(b.memory.read8(0x2000)) == 'l');
    CHECK(Ibm2703Line::from_line(b.memory.read8(0x2002)) == 'g');

    // With a command done since, typed-ahead input raises attention once again.
    client.send("x\r\n");
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    REQUIRE(b.interrupt() == 0x0C0);
    CHECK(b.unit_status() == kAttention);
}
