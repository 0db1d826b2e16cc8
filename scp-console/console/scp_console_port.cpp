#include "scp-console/console/scp_console_port.hpp"

#include <chrono>
#include <fmt/format.h>
#include <thread>

#include "core/machine/machine.hpp"
#include "core/text/case_compare.hpp"
#include "scp-console/console/host_terminal.hpp"
#include "scp-console/console/output.hpp"

namespace simmon::scp {

void ScpConsolePort::bind(Machine& machine, HostTerminal* host) {
    if (machine_ != &machine) drop_lines();
    host_ = host;
    machine_ = &machine;
    machine.set_console(this);
}

void ScpConsolePort::unbind() {
    drop_lines();
    machine_ = nullptr;
}

// The scripts belong to the machine's lines: a new machine starts without them.
void ScpConsolePort::drop_lines() {
    if (machine_)
        for (const ScriptedLine& l : lines_) machine_->host_input().set_script(l.source, nullptr);
    lines_.clear();
}

Status ScpConsolePort::line(std::string_view spec, LineScript*& out) {
    if (!machine_) return Status::error("No machine");
    const std::size_t colon = spec.find(':');
    std::string name = to_upper(spec);
    std::string source_name = name;
    if (colon != std::string_view::npos) source_name.erase(colon, 1);
    HostInput& input = machine_->host_input();
    const HostInput::SourceId id = colon == std::string_view::npos || colon == 0 || colon + 1 == spec.size()
                                       ? HostInput::kNoSource
                                       : input.find_source(source_name);
    if (id == HostInput::kNoSource || id == HostInput::kConsole) {
        // Name the lines there are, a range per device ("DZ:0-7").
        struct Group {
            std::string dev, first, last;
        };
        std::vector<Group> groups;
        const auto& names = input.source_names();
        for (std::size_t i = 1; i < names.size(); ++i) {
            const std::size_t digits = names[i].find_first_of("0123456789");
            if (digits == std::string::npos || digits == 0) continue;
            const std::string dev = names[i].substr(0, digits), number = names[i].substr(digits);
            if (!groups.empty() && groups.back().dev == dev) groups.back().last = number;
            else groups.push_back(Group{dev, number, number});
        }
        std::string known;
        for (const Group& g : groups)
            known += (known.empty() ? "" : ", ") + g.dev + ":" + g.first + (g.last != g.first ? "-" + g.last : "");
        return Status::error(fmt::format("No terminal line {} (dev:line{}{})", name, known.empty() ? "; this machine has none" : ": ",
                                         known));
    }
    for (const ScriptedLine& l : lines_)
        if (l.source == id) {
            out = l.script.get();
            return Status::ok();
        }
    auto script = std::make_unique<LineScript>(name, id, [this](const ExpectFired& fired) { expect_fired(fired); });
    input.set_script(id, script.get());
    out = script.get();
    lines_.push_back(ScriptedLine{id, std::move(script)});
    input.wake(id);  // a line that needs a terminal there (the 2703's) now has one
    return Status::ok();
}

std::vector<LineScript*> ScpConsolePort::lines() const {
    std::vector<LineScript*> out;
    for (const ScriptedLine& l : lines_) out.push_back(l.script.get());
    return out;
}

void ScpConsolePort::wake_lines() {
    if (!machine_) return;
    for (const ScriptedLine& l : lines_)
        if (l.script->waiting()) machine_->host_input().wake(l.source);
}

std::string ScpConsolePort::first_pending_expect() const {
    if (expects_.pending()) return expects_.first_pending_text();
    for (const ScriptedLine& l : lines_)
        if (l.script->expects().pending()) return l.script->name() + " " + l.script->expects().first_pending_text();
    return {};
}

void ScpConsolePort::begin_run() {
    stop_requested_ = false;
    halt_after_ = 0;
    if (!machine_) return;
    running_ = true;
    next_typed_at_ = 0;
    if (host_) host_->begin_run();
}

void ScpConsolePort::end_run() {
    if (!machine_ || !running_) return;
    running_ = false;
    poll_telnet();
    telnet_.flush_log();
    if (!host_) return;
    // Keys typed since the last poll, read while the terminal is still raw: a WRU among
    // them ends whatever chain of runs the SCP is in (take_user_stop).
    for (int i = 0; i < 64; ++i) {
        const int c = host_->poll_char();
        if (c < 0) break;
        take_host_byte(c);
    }
    if (host_->take_interrupt()) user_stop_ = true;
    host_->end_run();
}

bool ScpConsolePort::take_user_stop() {
    const bool stop = user_stop_;
    user_stop_ = false;
    return stop;
}

void ScpConsolePort::take_host_byte(int c) {
    if (c < 0) return;
    if (c == wru_) {
        user_stop_ = true;
        if (running_ && !stop_requested_ && machine_) {
            stop_requested_ = true;
            machine_->request_stop(StopCode::UserInterrupt, "Simulation stopped");
        }
        return;
    }
    typed_.push_back(brk_ != 0 && c == brk_ ? kBreakMark : c);
}

void ScpConsolePort::poll_telnet() {
    if (!telnet_.active()) return;
    std::deque<std::uint8_t> bytes;
    const bool brk = telnet_.poll(bytes);
    for (std::uint8_t b : bytes) take_host_byte(b);
    if (brk) typed_.push_back(kBreakMark);
}

Status ScpConsolePort::wait_for_telnet_client() {
    if (!telnet_.active() || telnet_.buffer_size() != 0 || telnet_.connected()) return Status::ok();
    out_.line(fmt::format("Waiting for console Telnet connection on port {}", telnet_.port()));
    std::deque<std::uint8_t> early;
    while (!telnet_.connected()) {
        if (host_ && (host_->take_interrupt() || host_->take_script_interrupt()))
            return Status::error("No console Telnet connection: interrupted");
        telnet_.poll(early);
        if (!telnet_.connected()) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    for (std::uint8_t b : early) take_host_byte(b);
    return Status::ok();
}

void ScpConsolePort::poll_host() {
    if (!machine_ || !running_) return;
    poll_telnet();
    if (!host_) return;
    if (host_->take_interrupt()) {
        user_stop_ = true;
        if (!stop_requested_) {
            stop_requested_ = true;
            machine_->request_stop(StopCode::UserInterrupt, "Simulation stopped");
        }
    }
    // Read what was typed now, so WRU works even while the guest ignores its console.
    for (int i = 0; i < 64; ++i) {
        const int c = host_->poll_char();
        if (c < 0) break;
        take_host_byte(c);
    }
}

int ScpConsolePort::read_char() {
    const HostEvent ev = read_event();
    return ev.is_data() ? ev.byte : -1;
}

HostEvent ScpConsolePort::read_event() {
    if (machine_) {
        const int c = sends_.take(machine_->scheduler().now());
        if (c >= 0) return HostEvent::data(static_cast<std::uint8_t>(c));
    }
    if (typed_.empty() && host_) take_host_byte(host_->poll_char());
    if (typed_.empty()) return {};
    if (speed_ != 0 && machine_) {
        // SPEED: one character per 10 bit times of simulated time.
        const SimTime now = machine_->scheduler().now();
        if (now < next_typed_at_) return {};
        next_typed_at_ = now + static_cast<SimTime>(10) * kNsPerSecond / speed_;
    }
    const int c = typed_.front();
    typed_.pop_front();
    return c == kBreakMark ? HostEvent::line_break() : HostEvent::data(static_cast<std::uint8_t>(c));
}

void ScpConsolePort::write_char(std::uint8_t c) {
    // On a telnet console the output goes to the client (and the console log), not here.
    if (telnet_.active()) {
        telnet_.write(c);
        out_.log_put(static_cast<char>(c));
    } else {
        out_.put(static_cast<char>(c));
    }
    if (std::optional<ExpectFired> fired = expects_.feed(static_cast<char>(c))) expect_fired(*fired);
}

void ScpConsolePort::expect_fired(const ExpectFired& fired) {
    if (!machine_) return;
    // HALTAFTER: the run stops here and the SCP runs exactly that many more instructions
    // (run_machine).
    halt_after_ = fired.halt_after;
    machine_->request_stop(StopCode::ExpectMatched, "Expect matched", fired.actions);
}

std::uint64_t ScpConsolePort::take_halt_after() {
    const std::uint64_t n = halt_after_;
    halt_after_ = 0;
    return n;
}

}  // namespace simmon::scp
