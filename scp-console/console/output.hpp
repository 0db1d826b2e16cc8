// Where everything the user sees goes: SCP messages and the guest's console output share
// one stream, in order. The executable writes to stdout (flushed, so a pipe sees the
// console as it happens); tests capture into a string. SET CONSOLE LOG=file tees a copy.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

#include "core/machine/status.hpp"

namespace simmon::scp {

class Output {
public:
    Output() = default;                          // captures into captured()
    explicit Output(std::FILE* stream) : stream_(stream) {}
    ~Output();
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    void write(std::string_view text);
    void line(std::string_view text);  // text and a newline
    void put(char c);                  // one guest console character
    void log_put(char c);              // one character to the log only (a telnet console's)

    const std::string& captured() const { return captured_; }
    std::string take_captured();
    bool at_line_start() const { return last_ == '\n'; }

    // A file (appended to), or "STDOUT" / "STDERR" for those streams.
    Status open_log(const std::string& path);
    void close_log();
    bool logging() const { return log_ != nullptr; }
    const std::string& log_path() const { return log_path_; }

private:
    std::FILE* stream_ = nullptr;
    std::string captured_;
    std::FILE* log_ = nullptr;
    bool log_is_stream_ = false;  // LOG=STDOUT|STDERR: not ours to close
    std::string log_path_;
    char last_ = '\n';
};

}  // namespace simmon::scp
