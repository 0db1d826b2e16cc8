// Command input. At a terminal: GNU readline with line editing, history kept in
// ~/.simmon_history and tab completion from the SCP's tables. From a pipe: plain lines.
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

    // One line without its newline; nullopt at end of input.
    std::optional<std::string> read(const std::string& prompt);
    bool interactive() const { return tty_; }

private:
    Completer completer_;
    bool tty_;
    std::string history_path_;
};

}  // namespace simmon::scp
