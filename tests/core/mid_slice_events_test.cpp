// Events scheduled while the CPU is in the middle of a slice (a device register written
// by the running program) fire at their exact simulated time, and the clock read
// mid-slice is exact; see core/scheduler/cpu_slice.hpp.
#include <catch2/catch.hpp>
#include <utility>
#include <vector>

#include "tests/core/fake_machine.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

// An event that notes the clock and the CPU's instruction count when it fires.
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

TEST_CASE("scheduler: an attached slice makes now() exact and is shortened by activate", "[scheduler]") {
    Scheduler s;
    std::vector<SimTime> fired;
    auto id = s.add_handler("E", [&] { fired.push_back(s.now()); });
    s.advance(1000);

    CpuSlice slice{500, 500};
    s.attach_slice(&slice);
    slice.left -= 40;  // 40 instructions done
    CHECK(s.now() == 1040);
    s.activate(id, 25);
    CHECK(slice.left == 25);
    CHECK(s.remaining(id) == 25);
    CHECK(s.time_to_next(1000) == 25);
    s.activate(id, 600);  // rescheduled past the slice end: the slice does not grow back
    CHECK(slice.left == 25);
    s.activate(id, 0);  // due now: the slice ends after the instruction in progress
    CHECK(slice.left == 1);
    CHECK(slice.done() == 40);
    --slice.left;
    s.attach_slice(nullptr);
    CHECK(s.now() == 1000);  // detached: the machine advances by what the CPU did
    s.advance(slice.done());
    CHECK(fired == std::vector<SimTime>{1040});
    CHECK(s.now() == 1041);
}

TEST_CASE("an event scheduled mid-slice fires at its exact time", "[machine]") {
    FakeMachine m;
    Probe probe(m, "PROBE");
    // The instruction at 100 starts at time 100 and schedules the probe 25 later.
    m.fake_cpu().io[100] = [&] { m.scheduler().activate(probe.id, 25); };
    m.run(RunRequest{1000, false});
    REQUIRE(probe.fired_at.size() == 1);
    CHECK(probe.fired_at[0] == 125);
    CHECK(probe.instructions_at[0] == 125);
    CHECK(m.scheduler().now() == 1000);
    CHECK(m.cpu().instructions_executed() == 1000);
}

TEST_CASE("now() read mid-slice counts the instructions done so far", "[machine]") {
    FakeMachine m;
    std::vector<SimTime> seen;
    for (Addr a : {Addr{0}, Addr{7}, Addr{500}, Addr{999}})
        m.fake_cpu().io[a] = [&] { seen.push_back(m.scheduler().now()); };
    m.scheduler().advance(3000);  // the clock need not start at 0
    m.run(RunRequest{1000, false});
    CHECK(seen == std::vector<SimTime>{3000, 3007, 3500, 3999});
}

TEST_CASE("an event due at once fires after the instruction that scheduled it", "[machine]") {
    FakeMachine m;
    Probe probe(m, "PROBE");
    m.fake_cpu().io[200] = [&] { m.scheduler().activate(probe.id, 0); };
    m.run(RunRequest{1000, false});
    REQUIRE(probe.fired_at.size() == 1);
    CHECK(probe.fired_at[0] == 200);          // its due time
    CHECK(probe.instructions_at[0] == 201);   // the scheduling instruction completed first
}

TEST_CASE("mid-slice events interleave exactly with queued ones", "[machine]") {
    auto trace = [] {
        FakeMachine m;
        Probe probe(m, "PROBE");
        Probe cancelled(m, "CANCELLED");
        m.clock().period = 37;
        m.clock().start();
        // Every 50 instructions one schedules the probe 11 later; the instruction at 53
        // cancels what the one at 50 scheduled (its slice then just ends early).
        for (Addr a = 5; a < 400; a += 50) m.fake_cpu().io[a] = [&] { m.scheduler().activate(probe.id, 11); };
        m.fake_cpu().io[50] = [&] { m.scheduler().activate(cancelled.id, 5); };
        m.fake_cpu().io[53] = [&] { m.scheduler().cancel(cancelled.id); };
        m.run(RunRequest{400, false});
        CHECK(cancelled.fired_at.empty());
        CHECK(m.scheduler().now() == 400);
        return std::make_pair(probe.fired_at, m.clock().fired_at);
    };
    const auto [probe_times, clock_times] = trace();
    CHECK(probe_times == std::vector<SimTime>{16, 66, 116, 166, 216, 266, 316, 366});
    REQUIRE(clock_times.size() == 10);
    for (std::size_t i = 0; i < clock_times.size(); ++i) CHECK(clock_times[i] == 37 * (i + 1));
    CHECK(trace() == trace());
}

TEST_CASE("a mid-slice event wakes a waiting CPU on time", "[machine]") {
    FakeMachine m;
    m.fake_cpu().program[10] = FakeOp::Wait;
    // The instruction at 4 starts a transfer that interrupts 30 later: the clock device
    // stands in for the interrupt, scheduled like the transfer.
    m.fake_cpu().io[4] = [&] {
        m.clock().period = 30;
        m.clock().wakes_cpu = true;
        m.clock().repeat = false;
        m.clock().start();
    };
    m.fake_cpu().program[40] = FakeOp::Halt;
    StopInfo s = m.run(RunRequest{});
    CHECK(s.code == StopCode::Halt);
    REQUIRE(m.clock().fired_at.size() == 1);
    CHECK(m.clock().fired_at[0] == 34);
    // 11 instructions up to the WAIT, idle until 34, then 30 more up to the HALT.
    CHECK(m.cpu().instructions_executed() == 41);
    CHECK(m.scheduler().now() == 34 + 30);
}
