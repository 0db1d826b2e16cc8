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

volatile std::sig_atomic_t g_interrupted = 0;
volatile std::sig_atomic_t g_raw_active = 0;
struct termios g_saved_termios;  // written before g_raw_active is set, read by handlers

void restore_terminal() {
    if (g_raw_active) {
        tcsetattr(STDIN_FILENO, TCSANOW, &g_saved_termios);
        g_raw_active = 0;
    }
}

extern "C" void on_interrupt(int) { g_interrupted = 1; }

// SIGTERM, SIGHUP, SIGQUIT: put the terminal back, then die of the same signal.
extern "C" void on_fatal(int sig) {
    restore_terminal();
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

}  // namespace

HostTerminal::HostTerminal() : is_tty_(isatty(STDIN_FILENO) != 0) {
    if (is_tty_) {
        std::signal(SIGTERM, on_fatal);
        std::signal(SIGHUP, on_fatal);
        std::signal(SIGQUIT, on_fatal);
    }
}

HostTerminal::~HostTerminal() {
    end_run();
    restore_terminal();
}

bool HostTerminal::stdin_is_terminal() { return isatty(STDIN_FILENO) != 0; }

void HostTerminal::begin_run() {
    if (in_run_) return;
    in_run_ = true;
    g_interrupted = 0;
    struct sigaction sa {};
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    if (!is_tty_) return;
    struct termios t;
    if (tcgetattr(STDIN_FILENO, &t) != 0) return;
    g_saved_termios = t;
    g_raw_active = 1;
    t.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | ISIG | IEXTEN);
    t.c_iflag &= ~static_cast<tcflag_t>(ICRNL | INLCR | IGNCR | IXON | ISTRIP);
    t.c_cc[VMIN] = 0;
    t.c_cc[VTIME] = 0;
    tcsetattr(STDIN_FILENO, TCSANOW, &t);
}

void HostTerminal::end_run() {
    if (!in_run_) return;
    in_run_ = false;
    restore_terminal();
    std::signal(SIGINT, SIG_DFL);
}

int HostTerminal::poll_char() {
    if (!is_tty_) return -1;
    struct pollfd p {STDIN_FILENO, POLLIN, 0};
    if (poll(&p, 1, 0) <= 0 || (p.revents & POLLIN) == 0) return -1;
    unsigned char c = 0;
    if (read(STDIN_FILENO, &c, 1) != 1) return -1;
    return c;
}

bool HostTerminal::take_interrupt() {
    if (!g_interrupted) return false;
    g_interrupted = 0;
    return true;
}

}  // namespace simmon::scp
