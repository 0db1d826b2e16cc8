#include "scp-console/script/script_engine.hpp"

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>

#include "core/text/case_compare.hpp"
#include "scp-console/command/tokenizer.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {

// "file:line: message". A DO file that calls itself would repeat its own location once per
// level ("a.do:3: a.do:3: ..."), so a message already starting with it keeps just the one.
std::string locate(const ScriptFrame& f, std::size_t line_index, const std::string& message) {
    const std::string prefix = fmt::format("{}:{}: ", f.path, line_index + 1);
    if (message.starts_with(prefix)) return message;
    return prefix + message;
}

}  // namespace

std::string ScriptEngine::substitute(std::string_view line, const std::vector<std::string>& args) const {
    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c != '%' || i + 1 >= line.size()) {
            out.push_back(c);
            continue;
        }
        const char n = line[i + 1];
        if (n >= '0' && n <= '9') {
            const auto k = static_cast<std::size_t>(n - '0');
            if (k < args.size()) out += args[k];
            ++i;
        } else if (n == '*') {
            for (std::size_t k = 1; k < args.size(); ++k) {
                if (k > 1) out.push_back(' ');
                out += args[k];
            }
            ++i;
        } else if (n == '%') {
            out.push_back('%');
            ++i;
        } else {
            const std::size_t close = line.find('%', i + 1);
            const std::string_view name = close == std::string_view::npos ? std::string_view{} : line.substr(i + 1, close - i - 1);
            const bool plausible = !name.empty() && name.find_first_of(" \t\"'") == std::string_view::npos;
            if (!plausible) {
                out.push_back(c);  // a lone %, e.g. the modulo operator
                continue;
            }
            const std::string key = to_upper(name);
            auto& env = scp_.settings().env;
            if (auto it = env.find(key); it != env.end()) {
                out += it->second;
            } else if (const char* v = std::getenv(std::string(name).c_str())) {
                out += v;
            } else if (const char* u = std::getenv(key.c_str())) {
                out += u;
            }
            i = close;
        }
    }
    return out;
}

Status ScriptEngine::read_lines(const std::string& path, std::vector<std::string>& lines, std::string& resolved) const {
    namespace fs = std::filesystem;
    std::vector<fs::path> tries{fs::path(path)};
    // A nested DO names files relative to the calling script as well as to the current directory.
    if (!frames_.empty() && fs::path(path).is_relative())
        tries.push_back(fs::path(frames_.back()->path).parent_path() / path);
    for (const fs::path& p : tries) {
        std::error_code ec;
        if (!fs::is_regular_file(p, ec)) continue;
        std::ifstream in(p);
        if (!in) return Status::error(fmt::format("Cannot read {}", p.string()));
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            lines.push_back(line);
        }
        resolved = p.string();
        return Status::ok();
    }
    return Status::error(fmt::format("File not found: {}", path));
}

std::string ScriptEngine::location() const {
    if (frames_.empty()) return {};
    const ScriptFrame& f = *frames_.back();
    return fmt::format("{}:{}", f.path, f.current + 1);
}

Status ScriptEngine::run_file(const std::string& path, const std::vector<std::string>& args, bool echo) {
    if (frames_.size() >= kMaxDepth)
        return Status::error(fmt::format("DO files nest deeper than {} (does {} call itself?)", kMaxDepth, path));
    auto frame = std::make_unique<ScriptFrame>();
    if (Status s = read_lines(path, frame->lines, frame->path); !s) return s;
    frame->args.push_back(path);
    for (const std::string& a : args) frame->args.push_back(a);
    frame->echo = echo || scp_.settings().verify;
    frame->on = on_settings();  // a nested DO inherits its caller's handling
    if (frames_.empty()) interrupted_ = false;
    frames_.push_back(std::move(frame));
    ScriptFrame& f = *frames_.back();
    scp_.begin_script();

    Status result = Status::ok();
    while (f.next < f.lines.size() && !scp_.exit_requested() && !f.returned) {
        // Ctrl-C ends every DO level at once unless ON CONTROL_C handles it; no ON ERROR
        // or NOON keeps it going.
        if (interrupted_ || scp_.take_script_interrupt()) {
            interrupted_ = true;
            if (Status h = handle_interrupt(f, f.next, "Interrupted (Ctrl-C)"); !h) {
                result = h;
                break;
            }
            continue;
        }
        f.current = f.next++;
        const std::string line = substitute(f.lines[f.current], f.args);
        const std::string_view text = trim(line);
        if (text.empty() || text.front() == ';' || text.front() == '#' || text.front() == ':') continue;
        if (f.echo) scp_.out().line(fmt::format("{}> {}", f.path, text));
        scp_.clear_abandon();
        Status st = scp_.execute_line(text);
        if (st || scp_.exit_requested()) continue;
        if (interrupted_ || scp_.take_script_interrupt()) {
            interrupted_ = true;
            if (Status h = handle_interrupt(f, f.current, st.message()); !h) {
                result = h;
                break;
            }
            continue;
        }
        if (Status handled = handle_failure(f, st); !handled) {
            result = handled;
            break;
        }
    }
    frames_.pop_back();
    scp_.end_script();
    scp_.clear_abandon();
    return result;
}

Status ScriptEngine::handle_interrupt(ScriptFrame& f, std::size_t line, const std::string& message) {
    const std::string located = locate(f, line, message);
    if (f.on.on_control_c.empty()) return Status::error(located);
    // Handled here: the levels above carry on as well.
    interrupted_ = false;
    if (scp_.settings().messages) scp_.out().line(located);
    scp_.clear_abandon();
    if (Status h = scp_.run_actions(f.on.on_control_c); !h)
        return Status::error(fmt::format("{}:{}: in ON CONTROL_C handler: {}", f.path, line + 1, h.message()));
    return Status::ok();
}

Status ScriptEngine::handle_failure(ScriptFrame& f, const Status& failure) {
    const std::string located = locate(f, f.current, failure.message());
    if (f.on.noon) {
        if (scp_.settings().messages) scp_.out().line(located);
        return Status::ok();
    }
    const bool expect = scp_.last_error_kind() == ErrorKind::Expect;
    const std::string handler = expect && !f.on.on_expect.empty() ? f.on.on_expect : f.on.on_error;
    if (handler.empty()) return Status::error(located);
    if (scp_.settings().messages) scp_.out().line(located);
    scp_.clear_abandon();
    if (Status h = scp_.run_actions(handler); !h)
        return Status::error(fmt::format("{}:{}: in ON {} handler: {}", f.path, f.current + 1,
                                         expect ? "EXPECT" : "ERROR", h.message()));
    return Status::ok();
}

bool ScriptEngine::find_label(const ScriptFrame& f, std::string_view label, std::size_t& index) const {
    for (std::size_t i = 0; i < f.lines.size(); ++i) {
        std::string_view t = trim(f.lines[i]);
        if (t.empty() || t.front() != ':') continue;
        t = trim(t.substr(1));
        const std::size_t end = t.find_first_of(" \t");
        if (iequals(t.substr(0, end), label)) {
            index = i;
            return true;
        }
    }
    return false;
}

Status ScriptEngine::goto_label(std::string_view label) {
    ScriptFrame* f = current();
    if (!f) return Status::error("GOTO works only in a DO file");
    if (label.empty()) return Status::error("GOTO needs a label");
    std::size_t index = 0;
    if (!find_label(*f, label, index)) return Status::error(fmt::format("Label not found: {}", label));
    f->next = index + 1;
    scp_.abandon_actions();
    return Status::ok();
}

Status ScriptEngine::call(std::string_view label, std::vector<std::string> args) {
    ScriptFrame* f = current();
    if (!f) return Status::error("CALL works only in a DO file");
    if (f->calls.size() >= kMaxCallDepth)
        return Status::error(fmt::format("CALLs nest deeper than {} (a CALL without RETURN, or a subroutine that calls "
                                         "itself?)", kMaxCallDepth));
    std::size_t index = 0;
    if (!find_label(*f, label, index)) return Status::error(fmt::format("Label not found: {}", label));
    args.insert(args.begin(), std::string(label));
    f->calls.push_back(ScriptFrame::Call{f->next, std::move(f->args)});
    f->args = std::move(args);
    f->next = index + 1;
    scp_.abandon_actions();
    return Status::ok();
}

Status ScriptEngine::do_return() {
    ScriptFrame* f = current();
    if (!f) return Status::error("RETURN works only in a DO file");
    if (f->calls.empty()) {
        f->returned = true;
    } else {
        f->next = f->calls.back().return_to;
        f->args = std::move(f->calls.back().args);
        f->calls.pop_back();
    }
    scp_.abandon_actions();
    return Status::ok();
}

}  // namespace simmon::scp
