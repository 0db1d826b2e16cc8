// The host-input boundary: devices take events at their own scheduled points; recording
// writes what they took and when, and replay gives a new machine the same events at the
// same times whatever the host offers, then stops where the recording ended.
#include <catch2/catch.hpp>
#include <deque>
#include <fstream>
#include <sstream>

#include "core/hostio/host_input.hpp"
#include "tests/core/fake_machine.hpp"
#include "tests/core/temp_dir.hpp"

using namespace simmon;
using namespace simmon::test;

namespace {

// What the host has waiting, handed out one byte per look.
struct FakeHost {
    std::deque<int> bytes;
    HostEvent next() {
        if (bytes.empty()) return {};
        const int c = bytes.front();
        bytes.pop_front();
        if (c == -2) return HostEvent::connect();
        return HostEvent::data(static_cast<std::uint8_t>(c));
    }
};

class FakeConsole final : public ConsolePort {
public:
    FakeHost host;
    int host_polls = 0;
    int read_char() override {
        HostEvent e = host.next();
        return e.is_data() ? e.byte : -1;
    }
    void write_char(std::uint8_t) override {}
    void poll_host() override { ++host_polls; }
};

// A line device: polls its source every `period` and remembers what it took and when.
class FakeLine final : public Device {
public:
    FakeLine(Machine& m, FakeHost& host) : Device(m, "LINE", "fake terminal line") {
        source_ = m.host_input().add_source("LINE0", [&host](bool data_wanted) {
            if (!data_wanted && !host.bytes.empty() && host.bytes.front() >= 0) return HostEvent{};
            return host.next();
        });
        poll_ = m.scheduler().add_handler("LINE-POLL", [this] { poll(); });
    }
    void start() { machine().scheduler().activate(poll_, period); }
    void poll() {
        machine().scheduler().activate(poll_, period);
        // Like a DL11: one character at a time, and only when the last was read.
        while (const HostEvent e = machine().host_input().take(source_, !full)) {
            got.push_back({machine().scheduler().now(), e});
            if (e.is_data()) full = true;
        }
        full = false;  // the "guest" reads at once
        if (const HostEvent e = machine().host_input().take(HostInput::kConsole)) console_got.push_back(e.byte);
    }
    std::uint64_t period = 250;
    bool full = false;
    std::vector<std::pair<SimTime, HostEvent>> got;
    std::string console_got;

private:
    HostInput::SourceId source_;
    Scheduler::HandlerId poll_;
};

class LineMachine : public FakeMachine {
public:
    explicit LineMachine(std::string name = "fake") : FakeMachine(std::move(name)) {
        line_ = &add_device<FakeLine>(*this, host);
        set_console(&console);
        // 1 us an instruction, as the host poll interval (10 ms) assumes a real CPU.
        fake_cpu().set_speed(usec(1));
        line_->period = usec(250);
        clock().period = static_cast<std::uint32_t>(usec(97));
        clock().start();
        line_->start();
    }
    ~LineMachine() override { set_console(nullptr); }
    FakeLine& line() { return *line_; }
    FakeHost host;
    FakeConsole console;

private:
    FakeLine* line_;
};

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("host input: a recorded session replays with the same events, times and count") {
    TempDir dir;
    const std::string log_path = dir.file("session.log");
    std::vector<std::pair<SimTime, HostEvent>> recorded;
    std::uint64_t recorded_count = 0;
    {
        LineMachine m;
        REQUIRE(m.host_input().start_recording(log_path));
        CHECK(m.host_input().recording());
        m.host.bytes = {-2, 'h', 'i'};
        (void)m.run(RunRequest{1000});
        m.host.bytes = {'!', '\r'};
        (void)m.run(RunRequest{23456});
        recorded = m.line().got;
        recorded_count = m.fake_cpu().instructions_executed();
        CHECK(m.console.host_polls > 0);  // the host is looked at from the run loop
        REQUIRE(m.host_input().stop_recording());
    }
    REQUIRE(recorded.size() == 5);
    HostInputLog log;
    REQUIRE(read_host_input_log(log_path, log));
    CHECK(log.machine == "fake");
    CHECK(log.sources == std::vector<std::string>{"CONSOLE", "LINE0"});
    CHECK(log.records.size() == 5);
    CHECK(log.end_instructions == recorded_count);

    LineMachine r;
    REQUIRE(r.host_input().start_replay(log_path));
    r.host.bytes = {'x', 'y', 'z'};  // live input on a replayed source is dropped
    const StopInfo stop = r.run(RunRequest{});
    CHECK(stop.code == StopCode::ReplayEnd);
    CHECK(r.fake_cpu().instructions_executed() == recorded_count);
    CHECK(r.line().got == recorded);
    CHECK(r.host.bytes.empty());
    CHECK_FALSE(r.host_input().replaying());
    // Afterwards the source is live again.
    r.host.bytes = {'q'};
    (void)r.run(RunRequest{500});
    REQUIRE(r.line().got.size() == recorded.size() + 1);
    CHECK(r.line().got.back().second == HostEvent::data('q'));
}

TEST_CASE("host input: replaying while recording writes the same log again") {
    TempDir dir;
    {
        LineMachine m;
        REQUIRE(m.host_input().start_recording(dir.file("first.log")));
        m.host.bytes = {'a', 'b'};
        m.console.host.bytes = {'c'};
        (void)m.run(RunRequest{3000});
    }
    {
        LineMachine r;
        REQUIRE(r.host_input().start_replay(dir.file("first.log")));
        REQUIRE(r.host_input().start_recording(dir.file("second.log")));
        CHECK(r.run(RunRequest{}).code == StopCode::ReplayEnd);
        CHECK(r.line().console_got == "c");
    }
    CHECK(slurp(dir.file("first.log")).find("CONSOLE byte 63 c") != std::string::npos);
    CHECK(slurp(dir.file("first.log")) == slurp(dir.file("second.log")));
}

TEST_CASE("host input: a guest that does not take a recorded event stops the replay") {
    TempDir dir;
    {
        LineMachine m;
        REQUIRE(m.host_input().start_recording(dir.file("s.log")));
        m.host.bytes = {'a'};
        (void)m.run(RunRequest{2000});
    }
    LineMachine r;
    r.line().period = 300;  // the guest polls at other times than it did
    r.line().start();
    REQUIRE(r.host_input().start_replay(dir.file("s.log")));
    const StopInfo stop = r.run(RunRequest{});
    CHECK(stop.code == StopCode::ReplayDiverged);
    CHECK(stop.message.find("Replay diverged") == 0);
    CHECK_FALSE(r.host_input().replaying());
}

TEST_CASE("host input: a replay is refused on another machine, source or starting point") {
    TempDir dir;
    {
        LineMachine m;
        (void)m.run(RunRequest{100});
        REQUIRE(m.host_input().start_recording(dir.file("s.log")));
        (void)m.run(RunRequest{100});
    }
    {
        LineMachine other("other");
        const Status s = other.host_input().start_replay(dir.file("s.log"));
        CHECK(s.message().find("recorded on a fake") != std::string::npos);
    }
    {
        FakeMachine bare;  // no LINE0 source
        (void)bare.run(RunRequest{100});
        CHECK(bare.host_input().start_replay(dir.file("s.log")).message().find("LINE0") != std::string::npos);
    }
    {
        LineMachine fresh;  // at time 0, the recording began at 100
        const Status s = fresh.host_input().start_replay(dir.file("s.log"));
        CHECK(s.message().find("recording began at time 100") != std::string::npos);
        CHECK_FALSE(fresh.host_input().replaying());
    }
    {
        LineMachine same;
        (void)same.run(RunRequest{100});
        CHECK(same.host_input().start_replay(dir.file("s.log")));
        CHECK(same.host_input().describe_replay().find("replaying") == 0);
    }
    LineMachine m;
    CHECK_FALSE(m.host_input().start_recording(dir.file("no/such/dir/x.log")));
    CHECK(m.host_input().describe_recording() == "no input recording");
}

TEST_CASE("host input: the machine's queue holds no host polling") {
    LineMachine m;
    (void)m.run(RunRequest{5000});
    for (const std::string& line : m.scheduler().describe_queue()) {
        CHECK(line.find("REPLAY-END") == std::string::npos);
        CHECK(line.find("SCP") == std::string::npos);
    }
}
