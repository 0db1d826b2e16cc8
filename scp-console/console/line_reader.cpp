// readline is a C library with process-wide state and C callbacks, so the completion
// callback finds the active reader through a file-scope pointer; only one LineReader
// exists in a process (the executable's).
#include "scp-console/console/line_reader.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

namespace simmon::scp {

namespace {

LineReader::Completer* g_completer = nullptr;
std::vector<std::string> g_matches;

char* next_match(const char*, int state) {
    static std::size_t index;  // readline's generator protocol: state 0 restarts
    if (state == 0) index = 0;
    if (index >= g_matches.size()) return nullptr;
    return strdup(g_matches[index++].c_str());
}

char** attempt_completion(const char* text, int, int end) {
    if (!g_completer) return nullptr;
    const std::string line(rl_line_buffer, static_cast<std::size_t>(end));
    g_matches = (*g_completer)(line);
    if (g_matches.empty()) {
        rl_attempted_completion_over = 0;  // let readline complete host file names
        return nullptr;
    }
    rl_attempted_completion_over = 1;
    (void)text;
    return rl_completion_matches(text, next_match);
}

}  // namespace

LineReader::LineReader(Completer completer) : completer_(std::move(completer)), tty_(isatty(STDIN_FILENO) != 0) {
    if (!tty_) return;
    g_completer = &completer_;
    rl_readline_name = "simmon";
    rl_attempted_completion_function = attempt_completion;
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
    g_completer = nullptr;
}

std::optional<std::string> LineReader::read(const std::string& prompt) {
    if (!tty_) {
        std::string line;
        if (!std::getline(std::cin, line)) return std::nullopt;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return line;
    }
    char* raw = readline(prompt.c_str());
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
