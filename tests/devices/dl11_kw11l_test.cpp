#include <catch2/catch.hpp>

#include "devices/dec/dl11.hpp"
#include "devices/dec/kw11l.hpp"
#include "tests/devices/device_test_support.hpp"

using namespace simmon;
using namespace simmon::dec;
using namespace simmon::test;

TEST_CASE("DL11 keyboard delivers polled characters and interrupts when enabled", "[dl11]") {
    DeviceTestMachine m;
    auto& tti = m.add<Dl11Receiver>();
    m.console.input = "A\xC1";  // 'A', then 'A' with the parity bit set

    CHECK(rd(tti, 0777560) == 0);
    m.advance(Dl11Receiver::kDefaultPoll - 1);
    CHECK((rd(tti, 0777560) & 0200) == 0);  // not polled yet
    m.advance(1);
    CHECK(rd(tti, 0777560) == 0200);         // DONE
    CHECK_FALSE(m.fake_bus().pending("TTI"));  // interrupts not enabled

    wr(tti, 0777560, 0100);  // IE with DONE up: interrupt at once
    CHECK(m.fake_bus().pending("TTI"));
    CHECK(m.fake_bus().line("TTI").vector == 060);
    CHECK(m.fake_bus().line("TTI").level == 4);

    CHECK(rd(tti, 0777562) == 'A');
    CHECK((rd(tti, 0777560) & 0200) == 0);  // reading RBUF clears DONE
    CHECK_FALSE(m.fake_bus().pending("TTI"));

    m.advance(Dl11Receiver::kDefaultPoll);
    CHECK(m.fake_bus().pending("TTI"));
    CHECK(rd(tti, 0777562) == 'A');  // 7B default strips the parity bit

    wr(tti, 0777560, 0);
    m.console.input = "x";
    m.console.pos = 0;
    m.advance(Dl11Receiver::kDefaultPoll);
    CHECK((rd(tti, 0777560) & 0200) != 0);
    CHECK_FALSE(m.fake_bus().pending("TTI"));
}

TEST_CASE("DL11 keyboard holds input until the program has read the last character", "[dl11]") {
    DeviceTestMachine m;
    auto& tti = m.add<Dl11Receiver>();
    m.console.input = "xy";
    m.advance(3 * Dl11Receiver::kDefaultPoll);
    CHECK(rd(tti, 0777562) == 'x');  // not overrun by 'y'
    m.advance(Dl11Receiver::kDefaultPoll);
    CHECK(rd(tti, 0777562) == 'y');
}

TEST_CASE("DL11 keyboard modes: 8B keeps bit 7, UC folds case", "[dl11]") {
    DeviceTestMachine m;
    auto& tti = m.add<Dl11Receiver>();
    auto set = [&](const char* name) {
        for (const Modifier& mod : tti.modifiers())
            if (mod.name == name) REQUIRE(mod.set(nullptr, ""));
    };
    set("8B");
    m.console.input = "\xC1";
    m.advance(Dl11Receiver::kDefaultPoll);
    CHECK(rd(tti, 0777562) == 0301);
    set("UC");
    m.console.input = "q";
    m.console.pos = 0;
    m.advance(Dl11Receiver::kDefaultPoll);
    CHECK(rd(tti, 0777562) == 'Q');
}

TEST_CASE("DL11 printer: XBUF write drops READY, character out after the delay", "[dl11]") {
    DeviceTestMachine m;
    auto& tto = m.add<Dl11Transmitter>();
    CHECK(rd(tto, 0777564) == 0200);
    wr(tto, 0777564, 0100);
    CHECK(m.fake_bus().pending("TTO"));  // IE with READY: interrupt at once
    m.fake_bus().acknowledge("TTO");

    wr(tto, 0777566, 0310);  // 'H' with parity bit
    CHECK((rd(tto, 0777564) & 0200) == 0);
    CHECK_FALSE(m.fake_bus().pending("TTO"));
    CHECK(m.console.output.empty());
    m.advance(Dl11Transmitter::kDefaultDelay);
    CHECK(m.console.output == "H");  // 7B strips bit 7
    CHECK((rd(tto, 0777564) & 0200) != 0);
    CHECK(m.fake_bus().pending("TTO"));

    wr(tto, 0777564, 0);
    CHECK_FALSE(m.fake_bus().pending("TTO"));
    // A byte write to the odd address (high byte of XBUF) prints nothing.
    REQUIRE(tto.write(0777567, 'Z', true));
    m.advance(usec(1000));
    CHECK(m.console.output == "H");
}

TEST_CASE("DL11 BUS INIT clears interrupt enables and leaves the printer ready", "[dl11]") {
    DeviceTestMachine m;
    auto& tto = m.add<Dl11Transmitter>();
    wr(tto, 0777564, 0100);
    wr(tto, 0777566, 'a');
    tto.bus_init();
    CHECK(rd(tto, 0777564) == 0200);
    m.advance(usec(1000));
    CHECK(m.console.output.empty());  // the character in flight was dropped by INIT
}

TEST_CASE("KW11-L ticks at 60 Hz of simulated time, interrupting only when enabled", "[kw11l]") {
    DeviceTestMachine m;
    auto& clk = m.add<Kw11l>();
    CHECK(clk.time_to_next_tick() == 16'666'667);  // ceil(1e9 / 60)
    wr(clk, 0777546, 0);  // clear the monitor flag
    CHECK(rd(clk, 0777546) == 0);
    m.advance(clk.time_to_next_tick());
    CHECK(rd(clk, 0777546) == 0200);
    CHECK_FALSE(m.fake_bus().pending("CLK"));

    wr(clk, 0777546, 0100);  // IE, clears monitor
    CHECK(rd(clk, 0777546) == 0100);
    CHECK_FALSE(m.fake_bus().pending("CLK"));  // no interrupt until the next tick
    m.advance(clk.time_to_next_tick());
    CHECK(rd(clk, 0777546) == 0300);
    CHECK(m.fake_bus().pending("CLK"));
    CHECK(m.fake_bus().line("CLK").vector == 0100);
    CHECK(m.fake_bus().line("CLK").level == 6);

    wr(clk, 0777546, 0200);  // writing 1 to the monitor leaves it; IE off withdraws the request
    CHECK(rd(clk, 0777546) == 0200);
    CHECK_FALSE(m.fake_bus().pending("CLK"));
}

TEST_CASE("KW11-L ticks exactly 60 times in every simulated second", "[kw11l]") {
    DeviceTestMachine m;
    auto& clk = m.add<Kw11l>();
    // The first second: tick 60 falls on 1 s exactly, not 20 ns after it.
    m.advance(seconds(1) - 1);
    CHECK(clk.ticks() == 59);
    m.advance(1);
    CHECK(clk.ticks() == 60);
    // Any one-second window, however it is cut, holds 60 ticks.
    m.advance(usec(12345));
    const std::uint64_t t = clk.ticks();
    for (int s = 0; s < 10; ++s) m.advance(seconds(1));
    CHECK(clk.ticks() == t + 600);
}

TEST_CASE("KW11-L SET CLK 50HZ changes the tick rate", "[kw11l]") {
    DeviceTestMachine m;
    auto& clk = m.add<Kw11l>();
    m.advance(usec(1000));
    for (const Modifier& mod : clk.modifiers())
        if (mod.name == "50HZ") REQUIRE(mod.set(nullptr, ""));
    CHECK(clk.hertz() == 50);
    m.advance(usec(16667) - usec(1000));  // the first tick was already due at the 60 Hz rate
    CHECK(clk.ticks() == 1);
    // From then on the ticks fall on the 50 Hz grid: 20 ms, 40 ms ... from power-up.
    CHECK(clk.time_to_next_tick() == usec(20000) - usec(16667));
    m.advance(clk.time_to_next_tick() - 1);
    CHECK(clk.ticks() == 1);
    m.advance(1);
    CHECK(clk.ticks() == 2);
    CHECK(clk.time_to_next_tick() == usec(20000));
    m.advance(seconds(3));
    CHECK(clk.ticks() == 2 + 150);
}

TEST_CASE("DL11 maintenance mode loops the printer back into the keyboard", "[dl11]") {
    DeviceTestMachine m;
    auto& tti = m.add<Dl11Receiver>();
    auto& tto = m.add<Dl11Transmitter>();
    tto.set_loop_back(&tti);
    wr(tti, 0777560, 0100);
    wr(tto, 0777564, 04);  // MAINT
    wr(tto, 0777566, 0123);
    m.advance(Dl11Transmitter::kDefaultDelay);
    CHECK(m.console.output.empty());
    CHECK(rd(tti, 0777560) == 0300);
    CHECK(m.fake_bus().pending("TTI"));
    CHECK(rd(tti, 0777562) == 0123);
}

TEST_CASE("DL11 printer: the character time follows SET TTO SPEED", "[dl11]") {
    DeviceTestMachine m;
    auto& tto = m.add<Dl11Transmitter>();
    auto modifier = [&](const char* name) -> const Modifier& {
        for (const Modifier& mod : tto.modifiers())
            if (mod.name == name) return mod;
        FAIL("no modifier " << name);
        throw 0;
    };
    const RegisterDesc* time = tto.find_register("TIME");
    REQUIRE(time);
    // 9600 baud by default: 10 bits, 1,042 us.
    CHECK(time->value() == 1042);
    CHECK(modifier("SPEED").show(nullptr) == "SPEED=9600");
    REQUIRE(modifier("SPEED").set(nullptr, "110"));  // a Teletype: 11 bits, 10 characters a second
    CHECK(time->value() == 100000);
    REQUIRE(modifier("SPEED").set(nullptr, "300"));
    CHECK(time->value() == 33333);
    CHECK(modifier("SPEED").show(nullptr) == "SPEED=300");
    CHECK_FALSE(modifier("SPEED").set(nullptr, "9601"));
    CHECK(time->value() == 33333);
    time->assign(0, 5);
    CHECK(modifier("SPEED").show(nullptr) == "TIME=5us");

    REQUIRE(modifier("SPEED").set(nullptr, "1200"));  // 8,333 us
    wr(tto, 0777566, 'x');
    m.advance(usec(8333) - 1);
    CHECK(m.console.output.empty());
    m.advance(1);
    CHECK(m.console.output == "x");
}
