// GNU readline is a C library whose state is the process's, and whose completion hook is
// a plain C function with no user-data argument. Everything of ours lives in the
// LineReader: the completer, and the matches, which are handed to readline as a whole
// array (readline's generator protocol would need a counter kept between calls). The one
// bridge from readline's hook back to the object is the pointer to the reader that is
// inside readline() at that moment: set by read() for the length of the call, null at all
// other times, in the same way that the SIGINT flag is the bridge from a signal handler.
#include "scp-console/console/line_reader.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <poll.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

namespace simmon::scp {

namespace {

// The reader whose read() is running readline(); see the note at the top.
LineReader* active_reader = nullptr;

char** attempt_completion(const char*, int, int end) {
    if (!active_reader) return nullptr;
    return active_reader->completion_matches(static_cast<std::size_t>(end));
}

// Ctrl-C at the prompt drops the line being typed and starts a fresh prompt, as a shell
// does. readline's own SIGINT handling is off (rl_catch_signals = 0): the SCP's handler
// counts the signal, and the key reader below looks at the count in normal context.
// It waits for a key with poll() in short steps, so a Ctrl-C that arrives while readline
// is busy redrawing (not blocked in read) is still seen within one step.
constexpr int kKeyWaitMs = 50;

void cancel_line() {
    std::fputs("^C", rl_outstream ? rl_outstream : stdout);
    rl_crlf();
    rl_replace_line("", 0);
    rl_on_new_line();
    rl_redisplay();
}

int read_key(FILE* stream) {
    for (;;) {
        if (active_reader && active_reader->take_interrupt()) cancel_line();
        if (active_reader)
            if (std::optional<std::string> command = active_reader->take_idle_command()) {
                // Shown as if typed, then Return.
                rl_replace_line(command->c_str(), 0);
                rl_point = rl_end;
                rl_redisplay();
                return '\n';
            }
        struct pollfd p {fileno(stream), POLLIN, 0};
        const int r = poll(&p, 1, kKeyWaitMs);
        if (r > 0) return rl_getc(stream);
        if (r < 0 && errno != EINTR) return rl_getc(stream);  // readline reports the error
    }
}

// strdup with readline's allocator contract (it frees what it is given with free()).
char* copy_string(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (p) std::memcpy(p, s.c_str(), s.size() + 1);
    return p;
}

}  // namespace

LineReader::LineReader(Completer completer) : completer_(std::move(completer)), tty_(isatty(STDIN_FILENO) != 0) {
    if (!tty_) return;
    rl_readline_name = "simmon";
    rl_attempted_completion_function = attempt_completion;
    rl_catch_signals = 0;
    rl_getc_function = read_key;
    rl_basic_word_break_characters = const_cast<char*>(" \t\n,;");
    rl_completion_append_character = ' ';
    if (const char* home = std::getenv("HOME")) {
        history_path_ = std::string(home) + "/.simmon_history";
        read_history(history_path_.c_str());
    }
    stifle_history(1000);
}

LineReader::~LineReader() {
    if (!tty_) return;
    if (!history_path_.empty()) write_history(history_path_.c_str());
    rl_attempted_completion_function = nullptr;
    rl_getc_function = rl_getc;
}

char** LineReader::completion_matches(std::size_t end) {
    const std::string line(rl_line_buffer, end);
    std::vector<std::string> matches = completer_ ? completer_(line) : std::vector<std::string>{};
    if (matches.empty()) {
        rl_attempted_completion_over = 0;  // let readline complete host file names
        return nullptr;
    }
    rl_attempted_completion_over = 1;
    // readline's format: [0] replaces the word (the longest common prefix of the
    // matches), then the matches, then a null.
    std::size_t common = matches.front().size();
    for (const std::string& m : matches) {
        std::size_t i = 0;
        while (i < common && i < m.size() && m[i] == matches.front()[i]) ++i;
        common = i;
    }
    const std::size_t n = matches.size() == 1 ? 0 : matches.size();
    auto** array = static_cast<char**>(std::malloc((n + 2) * sizeof(char*)));
    if (!array) return nullptr;
    array[0] = copy_string(matches.front().substr(0, common));
    for (std::size_t i = 0; i < n; ++i) array[i + 1] = copy_string(matches[i]);
    array[n + 1] = nullptr;
    return array;
}

std::optional<std::string> LineReader::read(const std::string& prompt) {
    if (!tty_) {
        std::string line;
        // A Ctrl-C while waiting for a piped line interrupts the read: the line so far is
        // dropped and reading goes on (only end of input or a real error ends it).
        while (!std::getline(std::cin, line)) {
            if (std::cin.eof() || !take_interrupt()) return std::nullopt;
            std::cin.clear();
            std::clearerr(stdin);
        }
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
    }
    active_reader = this;
    char* raw = readline(prompt.c_str());
    active_reader = nullptr;
    if (!raw) {
        std::fputs("\n", stdout);
        return std::nullopt;
    }
    std::string line(raw);
    std::free(raw);
    if (!line.empty() && (history_length == 0 || line != history_get(history_base + history_length - 1)->line))
        add_history(line.c_str());
    return line;
}

}  // namespace simmon::scp
