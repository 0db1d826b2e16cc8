#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/scheduler/scheduler.hpp"
#include "core/machine/status.hpp"
#include "core/state/state_io.hpp"

using namespace simmon;

namespace {

// Registers handlers that append "name@time" to a shared trace.
struct Traced {
    Scheduler s;
    std::vector<std::string> trace;
    Scheduler::HandlerId add(const std::string& name, int priority = 0) {
        return s.add_handler(name, [this, name] { trace.push_back(name + "@" + std::to_string(s.now())); }, priority);
    }
};

}  // namespace

TEST_CASE("scheduler runs events in time order at their due time", "[scheduler]") {
    Traced t;
    auto a = t.add("A");
    auto b = t.add("B");
    auto c = t.add("C");
    t.s.activate(c, 30);
    t.s.activate(a, 10);
    t.s.activate(b, 20);
    CHECK(t.s.time_to_next(1000) == 10);
    CHECK(t.s.time_to_next(5) == 5);
    t.s.advance(25);
    CHECK(t.trace == std::vector<std::string>{"A@10", "B@20"});
    CHECK(t.s.now() == 25);
    CHECK(t.s.time_to_next(1000) == 5);
    t.s.advance(5);
    CHECK(t.trace.back() == "C@30");
    CHECK(t.s.empty());
    CHECK(t.s.time_to_next(77) == 77);
}

TEST_CASE("same-time events run by priority, then first scheduled first", "[scheduler]") {
    Traced t;
    auto low1 = t.add("low1", 5);
    auto high = t.add("high", -1);
    auto low2 = t.add("low2", 5);
    auto mid = t.add("mid", 0);
    t.s.activate(low2, 10);
    t.s.activate(low1, 10);
    t.s.activate(mid, 10);
    t.s.activate(high, 10);
    t.s.advance(10);
    CHECK(t.trace == std::vector<std::string>{"high@10", "mid@10", "low2@10", "low1@10"});
}

TEST_CASE("activate reschedules, activate_if_idle does not", "[scheduler]") {
    Traced t;
    auto a = t.add("A");
    t.s.activate(a, 100);
    t.s.activate(a, 10);
    CHECK(t.s.remaining(a) == 10);
    t.s.activate_if_idle(a, 50);
    CHECK(t.s.remaining(a) == 10);
    t.s.advance(200);
    CHECK(t.trace == std::vector<std::string>{"A@10"});  // ran once
    t.s.activate_if_idle(a, 50);
    CHECK(t.s.remaining(a) == 50);
}

TEST_CASE("cancel, is_active and remaining", "[scheduler]") {
    Traced t;
    auto a = t.add("A");
    auto b = t.add("B");
    CHECK_FALSE(t.s.is_active(a));
    CHECK(t.s.remaining(a) == 0);
    t.s.activate(a, 40);
    t.s.activate(b, 60);
    t.s.advance(15);
    CHECK(t.s.is_active(a));
    CHECK(t.s.remaining(a) == 25);
    t.s.cancel(a);
    CHECK_FALSE(t.s.is_active(a));
    CHECK(t.s.remaining(a) == 0);
    t.s.advance(100);
    CHECK(t.trace == std::vector<std::string>{"B@60"});
    CHECK_FALSE(t.s.is_active(b));
}

TEST_CASE("handlers that schedule more events see their own due time", "[scheduler]") {
    Scheduler s;
    std::vector<SimTime> fired;
    Scheduler::HandlerId tick = 0;
    tick = s.add_handler("TICK", [&] {
        fired.push_back(s.now());
        if (fired.size() < 5) s.activate(tick, 7);
    });
    s.activate(tick, 7);
    s.advance(100);  // one long advance still fires at 7, 14, 21 ...
    CHECK(fired == std::vector<SimTime>{7, 14, 21, 28, 35});
    CHECK(s.now() == 100);
}

TEST_CASE("zero delay fires at the next advance, skip_to_next jumps", "[scheduler]") {
    Traced t;
    auto a = t.add("A");
    auto b = t.add("B");
    t.s.activate(a, 0);
    CHECK(t.s.time_to_next(10) == 0);
    t.s.advance(0);
    CHECK(t.trace == std::vector<std::string>{"A@0"});
    CHECK(t.s.skip_to_next() == 0);  // empty queue
    t.s.activate(b, 1234);
    CHECK(t.s.skip_to_next() == 1234);
    CHECK(t.trace.back() == "B@1234");
    CHECK(t.s.now() == 1234);
}

TEST_CASE("clear empties the queue and resets time", "[scheduler]") {
    Traced t;
    auto a = t.add("A");
    t.s.advance(50);
    t.s.activate(a, 5);
    t.s.clear();
    CHECK(t.s.empty());
    CHECK_FALSE(t.s.is_active(a));
    CHECK(t.s.now() == 0);
    t.s.advance(100);
    CHECK(t.trace.empty());
}

TEST_CASE("describe_queue lists name and delay in order", "[scheduler]") {
    Traced t;
    auto a = t.add("RK0");
    auto b = t.add("TTI-POLL");
    t.s.activate(b, 300);
    t.s.activate(a, 20);
    CHECK(t.s.describe_queue() == std::vector<std::string>{"RK0 at +20 ns", "TTI-POLL at +300 ns"});
}

TEST_CASE("two identical schedules produce identical traces", "[scheduler]") {
    auto run = [] {
        Traced t;
        std::vector<Scheduler::HandlerId> ids;
        for (int i = 0; i < 8; ++i) ids.push_back(t.add("H" + std::to_string(i), i % 3));
        std::uint32_t x = 12345;
        for (int step = 0; step < 200; ++step) {
            x = x * 1103515245u + 12345u;
            t.s.activate(ids[x % 8], (x >> 8) % 50);
            t.s.advance((x >> 16) % 20);
        }
        t.s.advance(1000);
        return t.trace;
    };
    const auto first = run();
    CHECK(first.size() > 20);
    CHECK(first == run());
}

TEST_CASE("scheduler save and restore by handler name", "[scheduler]") {
    Traced t1;
    auto a1 = t1.add("A");
    auto b1 = t1.add("B");
    t1.s.advance(100);
    t1.s.activate(b1, 30);
    t1.s.activate(a1, 30);
    StateWriter w;
    t1.s.save(w);

    // The restoring scheduler registered its handlers in another order: names decide.
    Traced t2;
    auto b2 = t2.add("B");
    auto a2 = t2.add("A");
    StateReader r(w.data());
    REQUIRE(t2.s.restore(r).is_ok());
    CHECK(t2.s.now() == 100);
    CHECK(t2.s.remaining(a2) == 30);
    CHECK(t2.s.remaining(b2) == 30);
    t2.s.advance(30);
    CHECK(t2.trace == std::vector<std::string>{"B@130", "A@130"});  // FIFO order survives

    Traced t3;
    t3.add("A");
    StateReader r3(w.data());
    Status s = t3.s.restore(r3);
    REQUIRE_FALSE(s.is_ok());
    CHECK(s.message().find("B") != std::string::npos);
}
