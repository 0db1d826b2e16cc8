// DO files: argument and environment substitution, labels, GOTO, CALL/RETURN, and what
// happens when a line fails (SET ON/NOON, ON ERROR, ON EXPECT). Each DO level keeps its
// own handlers; a nested DO starts with a copy of its caller's.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon::scp {

class Scp;

// Error handling of one DO level (or of the interactive session).
struct OnSettings {
    bool noon = false;        // SET NOON: report errors and carry on
    std::string on_error;     // ON ERROR actions
    std::string on_expect;    // ON EXPECT actions (falls back to ON ERROR)
    std::string on_control_c; // ON CONTROL_C actions: a Ctrl-C (SIGINT) runs them instead of ending the DO files
};

struct ScriptFrame {
    std::string path;
    std::vector<std::string> lines;
    std::size_t next = 0;      // index of the next line to run
    std::size_t current = 0;   // index of the line running now
    std::vector<std::string> args;  // %0..%9 (args[0] is the file or label)
    struct Call {
        std::size_t return_to;
        std::vector<std::string> args;
    };
    std::vector<Call> calls;   // CALL stack within this file
    bool echo = false;         // DO -v
    bool returned = false;     // RETURN at file level
    OnSettings on;
};

class ScriptEngine {
public:
    static constexpr std::size_t kMaxDepth = 20;
    static constexpr std::size_t kMaxCallDepth = 100;

    explicit ScriptEngine(Scp& scp) : scp_(scp) {}

    // DO: runs `path` to its end, RETURN or EXIT. An error that stops the file comes back
    // as "file:line: message"; errors the file chose to survive were printed already.
    Status run_file(const std::string& path, const std::vector<std::string>& args, bool echo);

    bool active() const { return !frames_.empty(); }
    ScriptFrame* current() { return frames_.empty() ? nullptr : frames_.back().get(); }
    OnSettings& on_settings() { return frames_.empty() ? top_on_ : frames_.back()->on; }
    std::string location() const;  // "file:line" of the running line, or empty

    Status goto_label(std::string_view label);
    Status call(std::string_view label, std::vector<std::string> args);
    Status do_return();

    // %0-%9, %*, %%, %NAME% (SET ENV, then the host environment; unknown names are empty).
    std::string substitute(std::string_view line, const std::vector<std::string>& args) const;

private:
    Status read_lines(const std::string& path, std::vector<std::string>& lines, std::string& resolved) const;
    bool find_label(const ScriptFrame& f, std::string_view label, std::size_t& index) const;
    Status handle_failure(ScriptFrame& f, const Status& failure);
    // A Ctrl-C reached this level: ON CONTROL_C runs (ok: the file goes on), else every
    // level ends with `message` at `line`.
    Status handle_interrupt(ScriptFrame& f, std::size_t line, const std::string& message);

    Scp& scp_;
    std::vector<std::unique_ptr<ScriptFrame>> frames_;
    OnSettings top_on_;
    bool interrupted_ = false;  // Ctrl-C seen: every DO level stops
};

}  // namespace simmon::scp
