// The KW11-L in a running machine: whatever the model's instruction time, N simulated
// seconds bring exactly 60 N clock interrupts (50 N after SET CLK 50HZ), and the guest
// program counts every one of them.
#include <catch2/catch.hpp>

#include "devices/dec/kw11l.hpp"
#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;
using namespace simmon::pdp11::test;

namespace {

constexpr std::uint32_t kCounter = 02000;

// Enables the clock interrupt and waits; the handler at 1100 counts ticks at 2000.
//  1000 MOV #100,@#177546   1006 WAIT   1010 BR 1006
//  1100 INC @#2000          1104 RTI
void load_tick_counter(TestMachine& tm) {
    tm.program(01000, {012737, 0100, 0177546, 000001, 000776});
    tm.program(01100, {005237, kCounter, 000002});
    tm.program(0100, {01100, 0340});
    tm.poke(kCounter, 0);
    tm.cpu.set_reg(6, 01000);  // the stack grows down from the program
}

// Runs `ns` of simulated time (to the next instruction boundary) from the program's start.
void run_for(TestMachine& tm, SimTime ns) {
    const SimTime u = tm.machine->cpu().instruction_time();
    const StopInfo stop = tm.run_from(01000, (ns + u - 1) / u);
    INFO(stop.message);
    REQUIRE(stop.code == StopCode::RunLimit);
}

dec::Kw11l& clock_of(TestMachine& tm) {
    auto* clk = dynamic_cast<dec::Kw11l*>(tm.machine->find_device("CLK"));
    REQUIRE(clk);
    return *clk;
}

}  // namespace

TEST_CASE("KW11-L: N simulated seconds are 60 N ticks on every model", "[pdp11][kw11l]") {
    for (CpuModelId model : {CpuModelId::Pdp11_34, CpuModelId::Pdp11_40, CpuModelId::Pdp11_45, CpuModelId::Pdp11_70}) {
        INFO(cpu_model(model).name);
        TestMachine tm(model);
        CHECK(tm.machine->cpu().instruction_time() == cpu_model(model).instruction_time);
        load_tick_counter(tm);
        constexpr std::uint64_t kSeconds = 3;
        // The 180th tick falls on 3 s exactly; a millisecond more lets the CPU take its
        // interrupt, and the 181st is 16.7 ms away.
        run_for(tm, seconds(kSeconds) + msec(1));
        CHECK(tm.machine->scheduler().now() >= seconds(kSeconds) + msec(1));
        CHECK(tm.machine->scheduler().now() < seconds(kSeconds) + msec(1) + tm.machine->cpu().instruction_time());
        CHECK(clock_of(tm).ticks() == 60 * kSeconds);
        CHECK(tm.peek(kCounter) == 60 * kSeconds);
    }
}

TEST_CASE("KW11-L: SET CLK 50HZ gives 50 ticks a simulated second", "[pdp11][kw11l]") {
    for (CpuModelId model : {CpuModelId::Pdp11_34, CpuModelId::Pdp11_70}) {
        TestMachine tm(model);
        dec::Kw11l& clk = clock_of(tm);
        for (const Modifier& mod : clk.modifiers())
            if (mod.name == "50HZ") REQUIRE(mod.set(nullptr, ""));
        load_tick_counter(tm);
        // The tick pending at power-up was scheduled at 60 Hz (16.67 ms) and still comes;
        // from then on they fall on the 50 Hz grid, the last at 2 s exactly.
        run_for(tm, seconds(2) + msec(1));
        CHECK(clk.ticks() == 1 + 2 * 50);
        CHECK(tm.peek(kCounter) == 1 + 2 * 50);
    }
}
