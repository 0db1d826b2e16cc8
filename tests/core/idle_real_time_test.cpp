// Real-time idling (SIMH's SET CPU IDLE at a terminal): while the guest waits, simulated
// time follows wall time, so a guest clock keeps the time of day between keystrokes.
#include <catch2/catch.hpp>
#include <chrono>

#include "fake_machine.hpp"

using namespace simmon;
using test::FakeMachine;
using test::FakeOp;

namespace {

// A guest that waits for a clock 150 ms of simulated time ahead, then halts.
struct WaitingGuest {
    FakeMachine m;
    explicit WaitingGuest(bool real_time) {
        m.fake_cpu().program[0] = FakeOp::Wait;
        m.fake_cpu().program[1] = FakeOp::Halt;
        m.clock().period = static_cast<std::uint32_t>(msec(150));
        m.clock().wakes_cpu = true;
        m.clock().repeat = false;
        m.clock().start();
        m.throttle().set_idle_real_time(real_time);
    }
};

}  // namespace

TEST_CASE("real-time idling makes an idle wait last its simulated time in wall time", "[machine][idle]") {
    WaitingGuest g(true);
    const auto started = std::chrono::steady_clock::now();
    StopInfo s = g.m.run(RunRequest{});
    const auto took = std::chrono::steady_clock::now() - started;
    CHECK(s.code == StopCode::Halt);
    // A lower bound only: sleeping never ends early; how much longer the host takes is
    // not the test's business.
    CHECK(took >= std::chrono::milliseconds(145));
    // The guest saw the same simulation as without idling: the wake-up at exactly 150 ms.
    CHECK(g.m.clock().fired_at == std::vector<SimTime>{msec(150)});
}

// Counts how often the run loop looks at the host keyboard.
class CountingConsole final : public ConsolePort {
public:
    int polls = 0;
    int read_char() override { return -1; }
    void write_char(std::uint8_t) override {}
    void poll_host() override { ++polls; }
};

int host_polls_during_wait(bool real_time) {
    WaitingGuest g(real_time);
    CountingConsole console;
    g.m.set_console(&console);
    StopInfo s = g.m.run(RunRequest{});
    g.m.set_console(nullptr);
    CHECK(s.code == StopCode::Halt);
    return console.polls;
}

TEST_CASE("real-time idling looks at the keyboard all through a long wait", "[machine][idle]") {
    // 150 ms of waiting: skipped in steps of at most kIdleStep with the keyboard polled
    // between them, so a key typed in the middle reaches the guest in the middle; without
    // real-time idling the wait is one jump and the keyboard is looked at once after it.
    CHECK(host_polls_during_wait(true) >= static_cast<int>(msec(150) / Throttle::kIdleStep) - 1);
    CHECK(host_polls_during_wait(false) <= 2);
}

int host_polls_during_wait_lines(bool idle_for_lines, bool live) {
    WaitingGuest g(false);
    g.m.throttle().set_idle_for_lines(idle_for_lines);
    g.m.clock().live = live;
    CountingConsole console;
    g.m.set_console(&console);
    StopInfo s = g.m.run(RunRequest{});
    g.m.set_console(nullptr);
    CHECK(s.code == StopCode::Halt);
    CHECK(g.m.clock().fired_at == std::vector<SimTime>{msec(150)});
    return console.polls;
}

TEST_CASE("idling for lines keeps wall time only while a terminal line is live", "[machine][idle]") {
    // The console is a script (no real-time idling of its own); SET CPU IDLE asks for
    // real-time idling while a telnet client is on a line. With one, the wait lasts its
    // simulated time in wall time, in steps with the host looked at between them;
    // without (a script's lines, CTest), or without IDLE, it is one jump.
    {
        WaitingGuest g(false);
        g.m.throttle().set_idle_for_lines(true);
        g.m.clock().live = true;
        CHECK(g.m.live_terminal());
        const auto started = std::chrono::steady_clock::now();
        CHECK(g.m.run(RunRequest{}).code == StopCode::Halt);
        CHECK(std::chrono::steady_clock::now() - started >= std::chrono::milliseconds(145));
    }
    CHECK(host_polls_during_wait_lines(true, true) >= static_cast<int>(msec(150) / Throttle::kIdleStep) - 1);
    CHECK(host_polls_during_wait_lines(true, false) <= 2);
    CHECK(host_polls_during_wait_lines(false, true) <= 2);
}
