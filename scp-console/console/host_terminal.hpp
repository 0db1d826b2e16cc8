// The host keyboard while the guest runs. When stdin is a terminal it is put in raw mode
// for the run (no line editing, no echo, no signals from ^C: the guest gets those keys),
// read without blocking, and restored when the run ends, at exit and on fatal signals.
// SIGINT sent to the process during a run stops the simulation instead of killing it.
#pragma once

namespace simmon::scp {

class HostTerminal {
public:
    HostTerminal();
    ~HostTerminal();
    HostTerminal(const HostTerminal&) = delete;
    HostTerminal& operator=(const HostTerminal&) = delete;

    static bool stdin_is_terminal();

    void begin_run();  // raw mode (when a terminal), SIGINT handler
    void end_run();    // cooked mode, default SIGINT
    // A byte typed by the user, or -1 when none is waiting. Never blocks.
    int poll_char();
    // True once after each SIGINT received during a run.
    bool take_interrupt();

private:
    bool is_tty_;
    bool in_run_ = false;
};

}  // namespace simmon::scp
