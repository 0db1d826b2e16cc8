// EXPECT, NOEXPECT and SEND: scripted conversations with the guest's console, or (SIMH's
// dev:line, EXPECT DZ:3 "login:") with a terminal line of a multiplexer.
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"
#include "scp-console/command/command_switches.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {
// SIMH names a multiplexer line dev:line ("DZ:3"); a word with a colon that is not a
// quoted string or an option.
bool is_line_word(std::string_view w) {
    return !w.empty() && w.front() != '"' && w.front() != '\'' && w.front() != '[' && w.find(':') != std::string_view::npos &&
           w.find('=') == std::string_view::npos;
}
}  // namespace

Status cmd_expect(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    ExpectRule rule;
    Switches sw = args.switches;
    LineScript* line = nullptr;
    for (;;) {
        sw |= c.take_switches();
        const std::string_view w = c.peek_word();
        if (!line && is_line_word(w)) {
            c.next_word();
            if (Status s = scp.console().line(w, line); !s) return s;
            continue;
        }
        if (istarts_with(w, "HALTAFTER=")) {
            c.next_word();
            if (Status s = parse_count(w.substr(10), rule.halt_after); !s) return s;
            continue;
        }
        if (!w.empty() && w.front() == '[') {
            const std::size_t close = w.find(']');
            std::uint64_t n = 0;
            if (close == std::string_view::npos || !parse_number(w.substr(1, close - 1), Radix::Decimal, n) || n == 0 ||
                n > 0xFFFFFFFFu)
                return Status::error(fmt::format("Invalid EXPECT count {} (use [n], n >= 1)", w));
            rule.count = static_cast<std::uint32_t>(n);
            c.set_position(c.position() + close + 1);  // peek_word left the cursor at w
            continue;
        }
        break;
    }
    if (Status s = check_switches("EXPECT", sw, switch_letters("ricp")); !s) return s;
    if (c.at_end()) return Status::error("EXPECT needs a string");
    if (Status s = c.next_string(rule.text); !s) return s;
    rule.is_regex = has_switch(sw, 'r');
    rule.ignore_case = has_switch(sw, 'i');
    rule.clear_buffer = has_switch(sw, 'c');
    rule.persistent = has_switch(sw, 'p');
    rule.actions = std::string(c.rest());
    c.consume_rest();
    return (line ? line->expects() : scp.console().expects()).add(rule);
}

Status cmd_noexpect(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    LineScript* line = nullptr;
    if (is_line_word(c.peek_word())) {
        const std::string_view w = c.next_word();
        if (Status s = scp.console().line(w, line); !s) return s;
    }
    ExpectMatcher& expects = line ? line->expects() : scp.console().expects();
    if (c.at_end()) {
        expects.clear();
        return Status::ok();
    }
    std::string text;
    if (Status s = c.next_string(text); !s) return s;
    if (Status s = expect_end(c); !s) return s;
    if (expects.remove(text) == 0)
        return Status::error(fmt::format("No EXPECT rule for \"{}\"{}", text, line ? " on " + line->name() : std::string()));
    return Status::ok();
}

Status cmd_send(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    std::uint64_t delay = SendQueue::kDefaultDelay;  // instructions, as in SIMH
    std::optional<std::uint64_t> after;
    Switches sw = args.switches;
    // SIMH names the line: SEND CONSOLE "..." is the operator console, SEND DZ:3 "..." line
    // 3 of the DZ11 (any multiplexer's line, dev:line).
    LineScript* line = nullptr;
    if (iequals(c.peek_word(), "CONSOLE")) c.next_word();
    for (;;) {
        sw |= c.take_switches();  // -t: AFTER and DELAY in microseconds, not instructions
        const std::string_view w = c.peek_word();
        if (w.empty() || w.front() == '"' || w.front() == '\'') break;
        if (!line && is_line_word(w)) {
            c.next_word();
            if (Status s = scp.console().line(w, line); !s) return s;
            continue;
        }
        if (w.find('=') == std::string_view::npos) break;
        c.next_word();
        for (const std::string& item : split_items(w)) {
            const std::size_t eq = item.find('=');
            const std::string_view name = std::string_view(item).substr(0, eq);
            std::uint64_t n = 0;
            if (eq == std::string::npos) return Status::error(fmt::format("SEND option {} needs a value", item));
            if (Status s = parse_count(std::string_view(item).substr(eq + 1), n); !s) return s;
            if (iequals(name, "AFTER")) after = n;
            else if (iequals(name, "DELAY")) delay = n;
            else return Status::error(fmt::format("Unknown SEND option {} (AFTER=n, DELAY=n)", name));
        }
    }
    if (Status s = check_switches("SEND", sw, switch_bit('t')); !s) return s;
    if (c.at_end()) return Status::error("SEND needs a string");
    std::string text;
    bool quoted = false;
    if (Status s = c.next_string(text, &quoted); !s) return s;
    if (!quoted) return Status::error("SEND takes a quoted string: SEND \"text\\r\"");
    if (Status s = expect_end(c); !s) return s;
    if (text.empty()) return Status::error("SEND string is empty");
    const SimTime unit = has_switch(sw, 't') ? usec(1) : scp.machine().cpu().instruction_time();
    if (line) {
        line->sends().add(text, scp.machine().scheduler().now(), after.value_or(delay), delay, unit);
        scp.machine().host_input().wake(line->source());  // a device that polls only when asked
    } else {
        scp.console().sends().add(text, scp.machine().scheduler().now(), after.value_or(delay), delay, unit);
    }
    return Status::ok();
}

}  // namespace simmon::scp
