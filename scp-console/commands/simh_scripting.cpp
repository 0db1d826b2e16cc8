// SIMH's script commands beyond DO/IF/GOTO: SHIFT, ASSERT, SLEEP, NOSEND, and RUNLIMIT /
// NORUNLIMIT as commands of their own (the same as SET RUNLIMIT / SET NORUNLIMIT).
#include <chrono>
#include <cmath>
#include <fmt/format.h>
#include <thread>

#include "core/text/case_compare.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

Status cmd_shift(Scp& scp, CommandArgs& args) {
    if (Status s = expect_end(args.cursor); !s) return s;
    ScriptFrame* f = scp.scripts().current();
    if (!f) return Status::error("SHIFT works only in a DO file");
    // %1 goes, %2 becomes %1 ...; %0 (the file or label) stays.
    if (f->args.size() > 1) f->args.erase(f->args.begin() + 1);
    return Status::ok();
}

Status cmd_assert(Scp& scp, CommandArgs& args) {
    const std::string text(args.cursor.rest());
    bool condition = false;
    std::string_view rest;
    if (Status s = evaluate_condition(scp, args.cursor, condition, rest); !s) return s;
    if (!rest.empty()) return Status::error(fmt::format("ASSERT takes a condition only, not {}", rest));
    args.cursor.consume_rest();
    if (!condition) return Status::error(fmt::format("Assertion failed: {}", text));
    return Status::ok();
}

Status cmd_sleep(Scp&, CommandArgs& args) {
    // SLEEP n[s|m|h|d]: host seconds (default), minutes, hours or days; decimals allowed.
    const std::string typed(args.cursor.next_word());
    std::string word = typed;
    if (Status s = expect_end(args.cursor); !s) return s;
    if (word.empty()) return Status::error("SLEEP needs a time, e.g. SLEEP 2 or SLEEP 1.5s");
    double scale = 1;
    switch (word.back()) {
        case 's': case 'S': word.pop_back(); break;
        case 'm': case 'M': scale = 60; word.pop_back(); break;
        case 'h': case 'H': scale = 3600; word.pop_back(); break;
        case 'd': case 'D': scale = 86400; word.pop_back(); break;
        default: break;
    }
    char* end = nullptr;
    const double n = std::strtod(word.c_str(), &end);
    if (word.empty() || end != word.c_str() + word.size() || !std::isfinite(n) || n < 0 || n * scale > 86400.0 * 365)
        return Status::error(fmt::format("Invalid SLEEP time: {}", typed));
    std::this_thread::sleep_for(std::chrono::duration<double>(n * scale));
    return Status::ok();
}

// NOSEND [CONSOLE | dev:line]: what SEND queued and has not typed yet.
Status cmd_nosend(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    LineScript* line = nullptr;
    if (iequals(c.peek_word(), "CONSOLE")) c.next_word();
    else if (c.peek_word().find(':') != std::string_view::npos) {
        const std::string_view w = c.next_word();
        if (Status s = scp.console().line(w, line); !s) return s;
    }
    if (Status s = expect_end(c); !s) return s;
    (line ? line->sends() : scp.console().sends()).clear();
    return Status::ok();
}

Status cmd_runlimit(Scp& scp, CommandArgs& args) { return set_runlimit(scp, args.cursor); }

Status cmd_norunlimit(Scp& scp, CommandArgs& args) { return set_norunlimit(scp, args.cursor); }

}  // namespace simmon::scp
