#include <catch2/catch.hpp>

#include "fake_machine.hpp"

using namespace simmon;
using test::FakeMachine;
using test::FakeOp;

TEST_CASE("run limit and step stop after the requested count", "[machine]") {
    FakeMachine m;
    StopInfo s = m.run(RunRequest{1000, false});
    CHECK(s.code == StopCode::RunLimit);
    CHECK(m.cpu().instructions_executed() == 1000);
    CHECK(m.scheduler().now() == 1000);
    CHECK(m.cpu().pc() == 1000);

    s = m.run(RunRequest{1, true});
    CHECK(s.code == StopCode::StepDone);
    CHECK(m.cpu().pc() == 1001);
    s = m.run(RunRequest{5, true});
    CHECK(s.code == StopCode::StepDone);
    CHECK(m.cpu().pc() == 1006);
}

TEST_CASE("HALT stops the run with the CPU's message", "[machine]") {
    FakeMachine m;
    m.fake_cpu().program[010] = FakeOp::Halt;
    StopInfo s = m.run(RunRequest{});
    CHECK(s.code == StopCode::Halt);
    CHECK(s.message == "HALT instruction, PC: 000011");
    CHECK(m.cpu().instructions_executed() == 9);
    // A limit that runs out on the HALT instruction reports the HALT: the first stop wins.
    FakeMachine m2;
    m2.fake_cpu().program[4] = FakeOp::Halt;
    CHECK(m2.run(RunRequest{5, true}).code == StopCode::Halt);
}

TEST_CASE("request_stop keeps the first reason", "[machine]") {
    FakeMachine m;
    m.request_stop(StopCode::GuestError, "double bus error");
    m.request_stop(StopCode::UserInterrupt, "Simulation stopped");
    CHECK(m.signals().stop);
    CHECK(m.signals().info.code == StopCode::GuestError);
    CHECK(m.signals().info.message == "double bus error");
}

TEST_CASE("events fire at their exact simulated time", "[machine]") {
    FakeMachine m;
    m.clock().period = 37;
    m.clock().start();
    m.run(RunRequest{400, false});
    REQUIRE(m.clock().fired_at.size() == 10);
    for (std::size_t i = 0; i < 10; ++i) {
        CHECK(m.clock().fired_at[i] == 37 * (i + 1));
        // The CPU had executed exactly as many instructions as time had passed.
        CHECK(m.clock().instructions_at[i] == 37 * (i + 1));
    }
}

TEST_CASE("a waiting CPU skips to the next event, which wakes it", "[machine]") {
    FakeMachine m;
    m.fake_cpu().program[5] = FakeOp::Wait;
    m.fake_cpu().program[6] = FakeOp::Halt;
    m.clock().period = 1000;
    m.clock().wakes_cpu = true;
    m.clock().repeat = false;
    m.clock().start();
    StopInfo s = m.run(RunRequest{});
    CHECK(s.code == StopCode::Halt);
    CHECK(m.cpu().instructions_executed() == 7);
    CHECK(m.scheduler().now() == 1001);
    CHECK(m.clock().fired_at == std::vector<SimTime>{1000});
}

TEST_CASE("waiting with nothing scheduled stops as idle", "[machine]") {
    FakeMachine m;
    m.fake_cpu().program[3] = FakeOp::Wait;
    StopInfo s = m.run(RunRequest{});
    CHECK(s.code == StopCode::Idle);
    CHECK(s.message == "CPU idle with nothing scheduled");
    CHECK(m.cpu().instructions_executed() == 4);
}

TEST_CASE("a run limit also ends a run that only waits", "[machine]") {
    FakeMachine m;
    m.fake_cpu().program[0] = FakeOp::Wait;
    m.clock().period = 300;  // ticks, never wakes the CPU
    m.clock().start();
    StopInfo s = m.run(RunRequest{1000, false});
    CHECK(s.code == StopCode::RunLimit);
    CHECK(m.scheduler().now() == 1000);
    CHECK(m.clock().fired_at == std::vector<SimTime>{300, 600, 900});
}

TEST_CASE("continue from a breakpoint executes the instruction there", "[machine]") {
    FakeMachine m;
    Breakpoint b;
    b.address = 020;
    b.end = 020;
    m.breakpoints().set(b);
    m.fake_cpu().program[030] = FakeOp::Halt;
    StopInfo s = m.run(RunRequest{});
    CHECK(s.code == StopCode::Breakpoint);
    CHECK(s.message == "Breakpoint, PC: 000020");
    CHECK(m.cpu().pc() == 020);
    CHECK(m.cpu().instructions_executed() == 020);
    s = m.run(RunRequest{});
    CHECK(s.code == StopCode::Halt);
    CHECK(m.cpu().pc() == 031);
}

TEST_CASE("two identical runs are identical", "[machine]") {
    auto trace = [] {
        FakeMachine m;
        m.fake_cpu().program[50] = FakeOp::Wait;
        m.fake_cpu().program[90] = FakeOp::Wait;
        m.clock().period = 70;
        m.clock().wakes_cpu = true;
        m.clock().start();
        m.disk().start_transfer(33);
        m.run(RunRequest{5000, false});
        return std::make_pair(m.clock().fired_at, m.clock().instructions_at);
    };
    CHECK(trace() == trace());
}

TEST_CASE("devices, lookup and reset", "[machine]") {
    FakeMachine m;
    REQUIRE(m.devices().size() == 3);
    CHECK(m.devices()[0] == &m.cpu());
    CHECK(m.devices()[1]->name() == "CLK");
    CHECK(m.find_device("disk") == &m.disk());
    CHECK(m.find_device("nosuch") == nullptr);
    auto [d, u] = m.find_unit("disk1");
    CHECK(d == &m.disk());
    REQUIRE(u != nullptr);
    CHECK(u->name() == "DISK1");
    auto [d2, u2] = m.find_unit("Disk");
    CHECK(d2 == &m.disk());
    CHECK(u2 == m.disk().units()[0].get());
    auto [d3, u3] = m.find_unit("CPU");
    CHECK(d3 == &m.cpu());
    CHECK(u3 == nullptr);
    CHECK(m.find_unit("RK0").first == nullptr);
    CHECK(m.disk().find_register("csr") != nullptr);
    CHECK(m.disk().find_register("nosuch") == nullptr);

    m.disk().csr = 0777;
    m.reset();
    CHECK(m.disk().csr == 0);
    CHECK(m.disk().resets == 1);
    CHECK(m.fake_cpu().resets == 1);

    Status s = m.boot(*m.disk().units()[0]);
    CHECK(s.message() == "DISK is not bootable");
    CHECK(m.disk().resets == 2);
    CHECK(m.load("x", 0, {}).message() == "LOAD is not supported by this machine");
}
