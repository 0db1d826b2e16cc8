// Simulated time in nanoseconds with a CPU that counts instructions: the run loop and the
// scheduler convert at slice boundaries and in now() (core/scheduler/cpu_slice.hpp). The
// fake CPU here takes 300 ns an instruction, so every conversion has a remainder.
#include <catch2/catch.hpp>
#include <vector>

#include "core/scheduler/time_text.hpp"
#include "tests/core/fake_machine.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

constexpr SimTime kUnit = 300;

struct Probe {
    Scheduler::HandlerId id;
    std::vector<SimTime> fired_at;
    std::vector<std::uint64_t> instructions_at;

    Probe(FakeMachine& m, const char* name) {
        id = m.scheduler().add_handler(name, [this, &m] {
            fired_at.push_back(m.scheduler().now());
            instructions_at.push_back(m.cpu().instructions_executed());
        });
    }
};

}  // namespace

TEST_CASE("time helpers state delays in hardware units", "[time]") {
    STATIC_REQUIRE(usec(1) == 1'000);
    STATIC_REQUIRE(msec(16) == 16'000'000);
    STATIC_REQUIRE(seconds(2) == 2'000'000'000);
    CHECK(format_seconds(0) == "0.000000000");
    CHECK(format_seconds(seconds(3) + usec(250)) == "3.000250000");
    CHECK(format_duration(850) == "850 ns");
    CHECK(format_duration(usec(12) + 500) == "12.5 us");
    CHECK(format_duration(usec(16667)) == "16.667 ms");
    CHECK(format_duration(msec(20)) == "20 ms");
    CHECK(format_duration(seconds(2) + 1) == "2.000000001 s");
}

TEST_CASE("a slice ends at the first instruction boundary at or after a time", "[time][scheduler]") {
    CpuSlice slice{1000, 1000, kUnit};
    slice.left -= 10;  // 10 instructions done: 3000 ns
    CHECK(slice.elapsed() == 3000);
    slice.end_at_time(3001);  // inside the 11th instruction: it completes
    CHECK(slice.end == 11);
    slice.end_at_time(3000);  // due now: after the instruction in progress
    CHECK(slice.end == 11);
    CpuSlice exact{1000, 1000, kUnit};
    exact.end_at_time(kUnit * 7);  // on a boundary: no extra instruction
    CHECK(exact.end == 7);
}

TEST_CASE("scheduler: now() mid-slice is the instructions done times their time", "[time][scheduler]") {
    Scheduler s;
    std::vector<SimTime> fired;
    auto id = s.add_handler("E", [&] { fired.push_back(s.now()); });
    s.advance(usec(1));

    CpuSlice slice{500, 500, kUnit};
    s.attach_slice(&slice);
    slice.left -= 40;
    CHECK(s.now() == usec(1) + 40 * kUnit);
    s.activate(id, 1000);  // 3.33 instructions away: the slice ends after the 4th
    CHECK(slice.end == 44);
    CHECK(s.remaining(id) == 1000);
    slice.left = 0;
    s.attach_slice(nullptr);
    s.advance(slice.elapsed());
    // The handler sees its own due time, not the boundary after it.
    CHECK(fired == std::vector<SimTime>{usec(1) + 40 * kUnit + 1000});
    CHECK(s.now() == usec(1) + 44 * kUnit);
}

TEST_CASE("the run loop converts the time to the next event into instructions", "[time][machine]") {
    FakeMachine m;
    m.fake_cpu().set_speed(kUnit);
    m.fake_cpu().program[1000] = FakeOp::Halt;
    m.clock().period = 1000;  // ns: ticks fall between instruction boundaries
    m.clock().start();
    StopInfo s = m.run(RunRequest{});
    CHECK(s.code == StopCode::Halt);
    CHECK(m.cpu().instructions_executed() == 1001);
    CHECK(m.scheduler().now() == 1001 * kUnit);
    // Every tick fires at its exact ns, after the instruction in progress at that time.
    REQUIRE(m.clock().fired_at.size() == 300);
    CHECK(m.clock().fired_at[0] == 1000);
    CHECK(m.clock().instructions_at[0] == 4);  // 4 * 300 >= 1000
    CHECK(m.clock().fired_at[2] == 3000);
    CHECK(m.clock().instructions_at[2] == 10);  // 3000 is a boundary: no extra instruction
    CHECK(m.clock().fired_at.back() == 300'000);
}

TEST_CASE("an event scheduled mid-slice fires at its exact ns", "[time][machine]") {
    FakeMachine m;
    m.fake_cpu().set_speed(kUnit);
    Probe probe(m, "PROBE");
    std::vector<SimTime> seen;
    m.fake_cpu().io[100] = [&] {
        seen.push_back(m.scheduler().now());
        m.scheduler().activate(probe.id, 1000);
    };
    m.run(RunRequest{2000, false});
    CHECK(seen == std::vector<SimTime>{100 * kUnit});
    CHECK(probe.fired_at == std::vector<SimTime>{100 * kUnit + 1000});
    CHECK(probe.instructions_at == std::vector<std::uint64_t>{104});
    CHECK(m.cpu().instructions_executed() == 2000);
    CHECK(m.scheduler().now() == 2000 * kUnit);
}

TEST_CASE("idle time counts against a run limit in instruction times", "[time][machine]") {
    FakeMachine m;
    m.fake_cpu().set_speed(kUnit);
    m.fake_cpu().program[9] = FakeOp::Wait;
    m.clock().period = 1000;  // never wakes the CPU
    m.clock().start();
    const std::uint64_t counted = m.counted();
    StopInfo s = m.run(RunRequest{100, false});
    CHECK(s.code == StopCode::RunLimit);
    CHECK(m.cpu().instructions_executed() == 10);
    // 10 instructions and 90 instruction times of waiting: 100 * 300 ns exactly, although
    // the clock ticks in between are not on instruction boundaries.
    CHECK(m.scheduler().now() == 100 * kUnit);
    CHECK(m.counted() - counted == 100);
    CHECK(m.clock().fired_at.size() == 30);
}

TEST_CASE("a faster model runs more instructions in the same simulated time", "[time][machine]") {
    for (SimTime unit : {SimTime{1000}, SimTime{250}}) {
        FakeMachine m;
        m.fake_cpu().set_speed(unit);
        m.clock().period = static_cast<std::uint32_t>(usec(100));
        m.clock().start();
        m.fake_cpu().io[0] = [] {};
        Probe stop(m, "STOP");
        m.scheduler().activate(stop.id, msec(1));
        m.run(RunRequest{msec(1) / unit, false});
        CHECK(m.scheduler().now() == msec(1));
        CHECK(m.cpu().instructions_executed() == msec(1) / unit);
        CHECK(m.clock().fired_at.size() == 10);  // the clock does not care about the CPU
        CHECK(stop.fired_at == std::vector<SimTime>{msec(1)});
    }
}
