// Command input. At a terminal: GNU readline with line editing, history kept in
// ~/.simmon_history and tab completion from the SCP's tables. From a pipe: plain lines.
// One LineReader reads at a time (readline is the process's); its state is its own.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace simmon::scp {

class LineReader {
public:
    using Completer = std::function<std::vector<std::string>(std::string_view line_before_cursor)>;

    explicit LineReader(Completer completer);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    // Asked (in normal context) after a signal interrupted the read: true means a Ctrl-C
    // arrived, and the line being typed is dropped for a fresh prompt.
    void set_interrupt_check(std::function<bool()> check) { interrupted_ = std::move(check); }
    bool take_interrupt() { return interrupted_ && interrupted_(); }
    // Asked while readline waits for a key: a command to run as if typed (the front
    // panel's START and CONT switches), or nullopt.
    void set_idle_command(std::function<std::optional<std::string>()> idle) { idle_ = std::move(idle); }
    std::optional<std::string> take_idle_command() { return idle_ ? idle_() : std::nullopt; }
    // One line without its newline; nullopt at end of input.
    std::optional<std::string> read(const std::string& prompt);
    bool interactive() const { return tty_; }

    // readline's completion hook: the matches for the line's first `end` characters, in
    // readline's malloc'd format, or null to let readline complete file names.
    char** completion_matches(std::size_t end);

private:
    Completer completer_;
    std::function<bool()> interrupted_;
    std::function<std::optional<std::string>()> idle_;
    bool tty_;
    std::string history_path_;
};

}  // namespace simmon::scp
