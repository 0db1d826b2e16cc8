// The host keyboard while the guest runs. When stdin is a terminal it is put in raw mode
// for the run (no line editing, no echo, no signals from ^C: the guest gets those keys),
// read without blocking, and restored when the run ends, at exit and on fatal signals.
// SIGINT sent to the process during a run stops the simulation instead of killing it;
// during a DO file it stops the file as well (a GOTO loop needs no run to spin).
// The object holds all of this state; the SCP session owns it (one per process, as there
// is one controlling terminal).
#pragma once
#include <termios.h>

namespace simmon::scp {

class HostTerminal {
public:
    HostTerminal();
    // Reads keyboard bytes from `input_fd` (a pipe or pty) instead of stdin; raw mode
    // applies only when it is a terminal. Tests and other front ends use this.
    explicit HostTerminal(int input_fd);
    ~HostTerminal();
    HostTerminal(const HostTerminal&) = delete;
    HostTerminal& operator=(const HostTerminal&) = delete;

    static bool stdin_is_terminal();
    // The keyboard is a terminal: a person types, so an idle guest should keep wall time.
    bool is_terminal() const { return is_tty_; }

    void begin_run();  // raw mode (when a terminal), SIGINT handler
    void end_run();    // cooked mode, default SIGINT
    // Around a DO file (nested calls count): SIGINT is caught instead of killing simmon.
    void begin_script();
    void end_script();
    // Around reading a command at sim>: Ctrl-C cancels the line being typed instead of
    // killing simmon (take_prompt_interrupt tells the line reader).
    void begin_prompt();
    void end_prompt();
    bool take_prompt_interrupt();
    // A byte typed by the user, or -1 when none is waiting. Never blocks.
    int poll_char();
    // True once after each SIGINT received during a run.
    bool take_interrupt();
    // True once after each SIGINT received while a DO file or a run inside one was going.
    bool take_script_interrupt();

private:
    void catch_sigint();
    void release_sigint();
    void restore_terminal();
    // A fatal signal caught while raw: restore the terminal and die of it.
    void act_on_fatal_signal();

    int fd_;
    bool is_tty_;
    bool poll_input_;  // false: stdin is not a terminal, keystrokes are not ours to read
    bool in_run_ = false;
    int sigint_users_ = 0;
    bool raw_active_ = false;
    struct termios saved_termios_ {};  // valid while raw_active_
    int run_seen_ = 0;     // SIGINT count last taken by take_interrupt
    int script_seen_ = 0;  // and by take_script_interrupt
    int prompt_seen_ = 0;  // and by take_prompt_interrupt
};

}  // namespace simmon::scp
