// Signal handlers may only touch async-signal-safe state, so the interrupt flag and the
// terminal settings to restore live at file scope: the one place the SCP keeps process
// state, because POSIX signals are process state.
#include "scp-console/console/host_terminal.hpp"

#include <csignal>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace simmon::scp {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;         // for the run (poll_host)
volatile std::sig_atomic_t g_script_interrupted = 0;  // for the DO file loop
volatile std::sig_atomic_t g_raw_active = 0;
struct termios g_saved_termios;  // written before g_raw_active is set, read by handlers
volatile std::sig_atomic_t g_raw_fd = STDIN_FILENO;  // the terminal in raw mode

void restore_terminal() {
    if (g_raw_active) {
        tcsetattr(g_raw_fd, TCSANOW, &g_saved_termios);
        g_raw_active = 0;
    }
}

extern "C" void on_interrupt(int) {
    g_interrupted = 1;
    g_script_interrupted = 1;
}

// SIGTERM, SIGHUP, SIGQUIT: put the terminal back, then die of the same signal.
extern "C" void on_fatal(int sig) {
    restore_terminal();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

}  // namespace

HostTerminal::HostTerminal() : HostTerminal(STDIN_FILENO) { poll_input_ = is_tty_; }

HostTerminal::HostTerminal(int input_fd) : fd_(input_fd), is_tty_(isatty(input_fd) != 0), poll_input_(true) {
    if (is_tty_) {
        std::signal(SIGTERM, on_fatal);
        std::signal(SIGHUP, on_fatal);
        std::signal(SIGQUIT, on_fatal);
    }
}

HostTerminal::~HostTerminal() {
    end_run();
    if (sigint_users_ > 0) {
        sigint_users_ = 1;
        release_sigint();
    }
    restore_terminal();
}

bool HostTerminal::stdin_is_terminal() { return isatty(STDIN_FILENO) != 0; }

void HostTerminal::catch_sigint() {
    if (sigint_users_++ > 0) return;
    g_interrupted = 0;
    g_script_interrupted = 0;
    struct sigaction sa {};
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
}

void HostTerminal::release_sigint() {
    if (sigint_users_ == 0 || --sigint_users_ > 0) return;
    std::signal(SIGINT, SIG_DFL);
}

void HostTerminal::begin_script() { catch_sigint(); }
void HostTerminal::end_script() { release_sigint(); }

void HostTerminal::begin_run() {
    if (in_run_) return;
    in_run_ = true;
    catch_sigint();
    if (!is_tty_) return;
    struct termios t;
    if (tcgetattr(fd_, &t) != 0) return;
    g_saved_termios = t;
    g_raw_fd = fd_;
    g_raw_active = 1;
    t.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | ISIG | IEXTEN);
    t.c_iflag &= ~static_cast<tcflag_t>(ICRNL | INLCR | IGNCR | IXON | ISTRIP);
    t.c_cc[VMIN] = 0;
    t.c_cc[VTIME] = 0;
    tcsetattr(fd_, TCSANOW, &t);
}

void HostTerminal::end_run() {
    if (!in_run_) return;
    in_run_ = false;
    restore_terminal();
    release_sigint();
}

int HostTerminal::poll_char() {
    if (!poll_input_) return -1;
    struct pollfd p {fd_, POLLIN, 0};
    if (poll(&p, 1, 0) <= 0 || (p.revents & POLLIN) == 0) return -1;
    unsigned char c = 0;
    if (read(fd_, &c, 1) != 1) return -1;
    return c;
}

bool HostTerminal::take_interrupt() {
    if (!g_interrupted) return false;
    g_interrupted = 0;
    return true;
}

bool HostTerminal::take_script_interrupt() {
    if (!g_script_interrupted) return false;
    g_script_interrupted = 0;
    return true;
}

}  // namespace simmon::scp
