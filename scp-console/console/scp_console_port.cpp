#include "scp-console/console/scp_console_port.hpp"

#include "core/machine/machine.hpp"
#include "scp-console/console/host_terminal.hpp"
#include "scp-console/console/output.hpp"

namespace simmon::scp {

void ScpConsolePort::bind(Machine& machine, HostTerminal* host) {
    host_ = host;
    machine_ = &machine;
    machine.set_console(this);
}

void ScpConsolePort::begin_run() {
    stop_requested_ = false;
    halt_after_ = 0;
    if (!host_ || !machine_) return;
    running_ = true;
    host_->begin_run();
}

void ScpConsolePort::end_run() {
    if (!host_ || !machine_ || !running_) return;
    running_ = false;
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
    typed_.push_back(static_cast<std::uint8_t>(c));
}

void ScpConsolePort::poll_host() {
    if (!host_ || !machine_ || !running_) return;
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
    if (machine_) {
        const int c = sends_.take(machine_->scheduler().now());
        if (c >= 0) return c;
    }
    if (typed_.empty() && host_) take_host_byte(host_->poll_char());
    if (typed_.empty()) return -1;
    const int c = typed_.front();
    typed_.pop_front();
    return c;
}

void ScpConsolePort::write_char(std::uint8_t c) {
    out_.put(static_cast<char>(c));
    std::optional<ExpectFired> fired = expects_.feed(static_cast<char>(c));
    if (!fired || !machine_) return;
    // HALTAFTER: the run stops here and the SCP runs exactly that many more instructions
    // (run_machine).
    halt_after_ = fired->halt_after;
    machine_->request_stop(StopCode::ExpectMatched, "Expect matched", fired->actions);
}

std::uint64_t ScpConsolePort::take_halt_after() {
    const std::uint64_t n = halt_after_;
    halt_after_ = 0;
    return n;
}

}  // namespace simmon::scp
