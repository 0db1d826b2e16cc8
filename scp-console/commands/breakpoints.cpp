// BREAK and NOBREAK. Two spellings of a pass count and actions are accepted:
//   BREAK 1000;3;EXAMINE R0;CONTINUE     (count as the first ';' part when it is a number)
//   BREAK 1000[3] EXAMINE R0;CONTINUE    (SIMH's bracket form, actions after a space)
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {

BreakKind kind_from_switches(Switches s) {
    const bool r = has_switch(s, 'r'), w = has_switch(s, 'w');
    if (r && w) return BreakKind::Access;
    if (r) return BreakKind::Read;
    if (w) return BreakKind::Write;
    return BreakKind::Execute;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// "a", "a-b", "a/n", each optionally followed by "[count]".
Status parse_break_spec(Scp& scp, std::string_view spec, Addr& from, Addr& to, std::optional<std::uint32_t>& count) {
    count.reset();
    if (!spec.empty() && spec.back() == ']') {
        const std::size_t open = spec.rfind('[');
        if (open == std::string_view::npos) return Status::error(fmt::format("Missing [ in {}", spec));
        std::uint64_t n = 0;
        if (!parse_number(spec.substr(open + 1, spec.size() - open - 2), Radix::Decimal, n) || n > 0xFFFFFFFFu)
            return Status::error(fmt::format("Invalid pass count in {}", spec));
        count = static_cast<std::uint32_t>(n);
        spec = spec.substr(0, open);
    }
    std::uint64_t a = 0, b = 0;
    const std::size_t dash = spec.find('-', 1);
    const std::size_t slash = spec.find('/');
    if (dash != std::string_view::npos) {
        if (Status s = scp.evaluate(spec.substr(0, dash), a); !s) return s;
        if (Status s = scp.evaluate(spec.substr(dash + 1), b); !s) return s;
        if (b < a) return Status::error(fmt::format("Address range {} runs backwards", spec));
    } else if (slash != std::string_view::npos) {
        if (Status s = scp.evaluate(spec.substr(0, slash), a); !s) return s;
        if (Status s = scp.evaluate(spec.substr(slash + 1), b); !s) return s;
        if (b == 0) return Status::error(fmt::format("Empty address range {}", spec));
        b = a + b - 1;
    } else {
        if (Status s = scp.evaluate(spec, a); !s) return s;
        b = a;
    }
    from = a;
    to = b;
    return Status::ok();
}

// Splits "addresses[;count][;actions]" or "addresses[count] actions".
Status split_break_text(std::string_view text, std::string& addresses, std::optional<std::uint32_t>& count,
                        std::string& actions) {
    std::size_t end = 0;
    int depth = 0;
    while (end < text.size()) {
        const char c = text[end];
        if (c == '[') ++depth;
        if (c == ']') --depth;
        if (depth == 0 && (c == ';' || is_space(c))) break;
        ++end;
    }
    addresses = std::string(text.substr(0, end));
    std::string_view rest = trim(text.substr(end));
    count.reset();
    if (!rest.empty() && rest.front() == ';') {
        std::vector<std::string> parts = split_actions(rest.substr(1));
        std::size_t first_action = 0;
        if (!parts.empty() && all_digits(parts.front())) {
            std::uint64_t n = 0;
            if (!parse_number(parts.front(), Radix::Decimal, n) || n > 0xFFFFFFFFu)
                return Status::error(fmt::format("Invalid pass count {}", parts.front()));
            count = static_cast<std::uint32_t>(n);
            first_action = 1;
        }
        actions.clear();
        for (std::size_t i = first_action; i < parts.size(); ++i) actions += (actions.empty() ? "" : ";") + parts[i];
    } else {
        actions = std::string(rest);
    }
    return Status::ok();
}

}  // namespace

Status cmd_break(Scp& scp, CommandArgs& args) {
    Machine& m = scp.machine();
    std::string_view text = args.cursor.rest();
    args.cursor.consume_rest();
    std::string addresses, actions;
    std::optional<std::uint32_t> count;
    if (text.empty()) {
        addresses = format_address(m, m.cpu().pc());
    } else if (Status s = split_break_text(text, addresses, count, actions); !s) {
        return s;
    }
    int space = 0;
    std::string error;
    if (!m.cpu().select_space(args.switches, true, space, error)) return Status::error(error);
    for (const std::string& spec : split_items(addresses)) {
        Breakpoint bp;
        bp.space = space;
        std::optional<std::uint32_t> spec_count;
        if (Status s = parse_break_spec(scp, spec, bp.address, bp.end, spec_count); !s) return s;
        bp.kind = kind_from_switches(args.switches);
        bp.temporary = has_switch(args.switches, 'n');
        bp.pass_count = spec_count ? *spec_count : count.value_or(0);
        bp.actions = actions;
        m.breakpoints().set(bp);
    }
    return Status::ok();
}

Status cmd_nobreak(Scp& scp, CommandArgs& args) {
    Machine& m = scp.machine();
    const std::string_view text = args.cursor.rest();
    args.cursor.consume_rest();
    const bool any_kind = (args.switches & (switch_bit('e') | switch_bit('r') | switch_bit('w'))) == 0;
    const BreakKind kind = kind_from_switches(args.switches);
    if (iequals(text, "ALL")) {
        if (any_kind) m.breakpoints().clear_all();
        else m.breakpoints().clear(0, ~Addr{0}, BreakpointTable::kAnySpace, kind);
        return Status::ok();
    }
    int space = 0;
    std::string error;
    if (!m.cpu().select_space(args.switches, true, space, error)) return Status::error(error);
    const std::string specs = text.empty() ? format_address(m, m.cpu().pc()) : std::string(text);
    int removed = 0;
    for (const std::string& spec : split_items(specs)) {
        Addr from = 0, to = 0;
        std::optional<std::uint32_t> ignored;
        if (Status s = parse_break_spec(scp, spec, from, to, ignored); !s) return s;
        removed += m.breakpoints().clear(from, to, space, kind);
    }
    if (removed == 0) return Status::error(fmt::format("No breakpoint at {}", specs));
    return Status::ok();
}

}  // namespace simmon::scp
