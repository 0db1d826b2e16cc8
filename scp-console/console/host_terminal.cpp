// The terminal state (the settings to restore, whether raw mode is on, which file it is)
// lives in the HostTerminal object, which the SCP session owns. Signal handlers can reach
// only a global, so the one piece of process state here is the signal flag that
// docs/conventions.md allows: handlers record what arrived, and the object acts on it
// in normal context the next time the run loop or the DO-file loop looks.
#include "scp-console/console/host_terminal.hpp"

#include <csignal>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace simmon::scp {

namespace {

// Bits 0-15 count SIGINTs; bits 16 up hold a fatal signal (SIGTERM, SIGHUP, SIGQUIT)
// that arrived while the terminal was raw. Only handlers write it, and they block each
// other (sa_mask), so each update is whole.
volatile std::sig_atomic_t g_signals = 0;
constexpr int kCountMask = 0xFFFF;
constexpr int kFatalShift = 16;
constexpr int kFatalSignals[] = {SIGTERM, SIGHUP, SIGQUIT};

extern "C" void on_interrupt(int) { g_signals = (g_signals & ~kCountMask) | ((g_signals + 1) & kCountMask); }

extern "C" void on_fatal(int sig) { g_signals = (g_signals & kCountMask) | (sig << kFatalShift); }

int sigint_count() { return g_signals & kCountMask; }

void install(int sig, void (*handler)(int)) {
    struct sigaction sa {};
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, SIGINT);
    for (int s : kFatalSignals) sigaddset(&sa.sa_mask, s);
    sigaction(sig, &sa, nullptr);
}

}  // namespace

HostTerminal::HostTerminal() : HostTerminal(STDIN_FILENO) { poll_input_ = is_tty_; }

HostTerminal::HostTerminal(int input_fd) : fd_(input_fd), is_tty_(isatty(input_fd) != 0), poll_input_(true) {}

HostTerminal::~HostTerminal() {
    end_run();
    if (sigint_users_ > 0) {
        sigint_users_ = 1;
        release_sigint();
    }
    restore_terminal();
}

bool HostTerminal::stdin_is_terminal() { return isatty(STDIN_FILENO) != 0; }

void HostTerminal::restore_terminal() {
    if (!raw_active_) return;
    tcsetattr(fd_, TCSANOW, &saved_termios_);
    raw_active_ = false;
}

void HostTerminal::act_on_fatal_signal() {
    const int sig = g_signals >> kFatalShift;
    if (sig == 0) return;
    // Put the terminal back, then die of the same signal, as if we had not caught it.
    restore_terminal();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void HostTerminal::catch_sigint() {
    if (sigint_users_++ > 0) return;
    run_seen_ = script_seen_ = prompt_seen_ = sigint_count();
    install(SIGINT, on_interrupt);
}

void HostTerminal::release_sigint() {
    if (sigint_users_ == 0 || --sigint_users_ > 0) return;
    std::signal(SIGINT, SIG_DFL);
}

void HostTerminal::begin_script() { catch_sigint(); }
void HostTerminal::end_script() { release_sigint(); }

void HostTerminal::begin_prompt() {
    catch_sigint();
    prompt_seen_ = sigint_count();
}

void HostTerminal::end_prompt() {
    // A Ctrl-C at the prompt is spent there; it must not stop the next run or DO file.
    run_seen_ = script_seen_ = prompt_seen_ = sigint_count();
    release_sigint();
}

bool HostTerminal::take_prompt_interrupt() {
    const int count = sigint_count();
    if (count == prompt_seen_) return false;
    prompt_seen_ = count;
    return true;
}

void HostTerminal::begin_run() {
    if (in_run_) return;
    in_run_ = true;
    catch_sigint();
    if (!is_tty_) return;
    struct termios t;
    if (tcgetattr(fd_, &t) != 0) return;
    saved_termios_ = t;
    raw_active_ = true;
    // While the terminal is raw, SIGTERM, SIGHUP and SIGQUIT must not leave it so.
    for (int s : kFatalSignals) install(s, on_fatal);
    t.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | ISIG | IEXTEN);
    t.c_iflag &= ~static_cast<tcflag_t>(ICRNL | INLCR | IGNCR | IXON | ISTRIP);
    t.c_cc[VMIN] = 0;
    t.c_cc[VTIME] = 0;
    tcsetattr(fd_, TCSANOW, &t);
}

void HostTerminal::end_run() {
    if (!in_run_) return;
    in_run_ = false;
    act_on_fatal_signal();
    if (raw_active_)
        for (int s : kFatalSignals) std::signal(s, SIG_DFL);
    restore_terminal();
    release_sigint();
}

int HostTerminal::poll_char() {
    act_on_fatal_signal();
    if (!poll_input_) return -1;
    struct pollfd p {fd_, POLLIN, 0};
    if (poll(&p, 1, 0) <= 0 || (p.revents & POLLIN) == 0) return -1;
    unsigned char c = 0;
    if (read(fd_, &c, 1) != 1) return -1;
    return c;
}

bool HostTerminal::take_interrupt() {
    act_on_fatal_signal();
    const int count = sigint_count();
    if (count == run_seen_) return false;
    run_seen_ = count;
    return true;
}

bool HostTerminal::take_script_interrupt() {
    const int count = sigint_count();
    if (count == script_seen_) return false;
    script_seen_ = count;
    return true;
}

}  // namespace simmon::scp
