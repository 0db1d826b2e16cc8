// SIMH's SEND and EXPECT on a 2703 line (SEND COM:0 "...", EXPECT COM:0 "..."): a script on
// the line's host-input source is a terminal there with no telnet client; its text is
// what the terminal types, and EXPECT sees what the channel program writes (issue 8).
#include <catch2/catch.hpp>

#include "devices/ibm/ibm2703.hpp"
#include "scp-console/console/line_script.hpp"
#include "tests/devices_ibm/ibm_test_support.hpp"

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
    template <typename F>
    void run_until(F done) {
        for (int i = 0; i < 2000 && !done(); ++i) scheduler().skip_to_next();
    }
    Ibm2703* com;
};

}  // namespace

TEST_CASE("2703: a script's terminal on a line: enable, read SEND text, EXPECT the write", "[2703]") {
    ComBench b;
    const HostInput::SourceId source = b.host_input().find_source("COM0");
    REQUIRE(source != HostInput::kNoSource);
    std::string matched;
    scp::LineScript script("COM:0", source, [&](const scp::ExpectFired& f) { matched = f.text; });
    b.host_input().set_script(source, &script);
    scp::ExpectRule rule;
    rule.text = "OK";
    REQUIRE(script.expects().add(rule));
    script.sends().add("hi\r", b.scheduler().now(), 100, 100, usec(1));
    b.host_input().wake(source);

    // Enable ends: the script's terminal is there, no telnet client needed (none listens).
    b.ccw(0x1000, 0x27, 0, 0, 1);
    b.caw(0x1000);
    REQUIRE(b.channels->start_io(0x0C0) == 0);
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    REQUIRE(b.interrupt() == 0x0C0);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));

    b.ccw(0x1000, 0x02, 0x2000, kFlagSuppressLength, 80);  // read: the SEND text
    REQUIRE(b.channels->start_io(0x0C0) == 0);
    b.run_until([&] { return b.channels->interruption_pending(0xFF); });
    REQUIRE(b.interrupt() == 0x0C0);
    CHECK(b.unit_status() == (kChannelEnd | kDeviceEnd));
    CHECK(b.residual() == 77);
    CHECK(Ibm2703Line::from_line(b.memory.read8(0x2000)) == 'h');
    CHECK(Ibm2703Line::from_line(b.memory.read8(0x2001)) == 'i');
    CHECK(matched.empty());  // the terminal's local copy of "hi" is not the program's output

    b.memory.write8(0x3000, Ibm2703Line::to_line('O'));
    b.memory.write8(0x3001, Ibm2703Line::to_line('K'));
    b.ccw(0x1000, 0x01, 0x3000, 0, 2);
    REQUIRE(b.channels->start_io(0x0C0) == 0);
    b.run_events(100);
    CHECK(matched == "OK");
    b.host_input().set_script(source, nullptr);
}
