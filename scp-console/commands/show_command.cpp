// SHOW: devices and units from their tables, and the SCP's own state.
#include <algorithm>
#include <filesystem>
#include <fmt/format.h>

#include "core/scheduler/time_text.hpp"
#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/commands/device_report.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {

void lines(Scp& scp, const std::vector<std::string>& text) {
    for (const std::string& l : text) scp.out().line(l);
}

Status show_cpu_stats(Scp& scp) {
    const RunStats& s = scp.stats();
    const double mips = s.host_cpu_seconds > 0 ? static_cast<double>(s.instructions) / s.host_cpu_seconds / 1e6 : 0.0;
    scp.out().line(fmt::format("Instructions executed: {}", scp.machine().cpu().instructions_executed()));
    scp.out().line(fmt::format("Simulated time:        {} seconds", format_seconds(scp.machine().scheduler().now())));
    scp.out().line(fmt::format("Instruction time:      {}", format_duration(scp.machine().cpu().instruction_time())));
    scp.out().line(fmt::format("Runs:                  {} ({} instructions)", s.runs, s.instructions));
    scp.out().line(fmt::format("Host CPU seconds:      {:.3f}", s.host_cpu_seconds));
    scp.out().line(fmt::format("Wall seconds:          {:.3f}", s.wall_seconds));
    scp.out().line(fmt::format("Guest MIPS:            {:.2f}", mips));
    for (const std::string& line : scp.machine().cpu().stats_lines()) scp.out().line(line);
    return Status::ok();
}

Status show_history(Scp& scp, std::string_view value, bool has_value) {
    std::uint64_t n = 1u << 20;  // "all": the CPU returns what it has kept
    if (has_value)
        if (Status s = parse_count(value, n); !s) return s;
    const std::vector<std::string> h = scp.machine().cpu().history_lines(static_cast<std::size_t>(n));
    if (h.empty()) scp.out().line("No instruction history (SET CPU HISTORY=n keeps some)");
    lines(scp, h);
    return Status::ok();
}

Status show_device_item(Scp& scp, Device& dev, Unit* unit, std::string_view item) {
    const std::size_t eq = item.find('=');
    const std::string_view name = item.substr(0, eq);
    const std::string_view value = eq == std::string_view::npos ? std::string_view{} : item.substr(eq + 1);
    Machine& m = scp.machine();
    const bool is_cpu = &dev == &m.cpu();
    if (iequals(name, "MODIFIERS")) {
        if (dev.modifiers().empty()) scp.out().line(fmt::format("{} has no options", dev.name()));
        for (const Modifier& mod : dev.modifiers())
            scp.out().line(fmt::format("  {:<18}{}{}", mod.takes_value ? mod.name + "=..." : mod.name, mod.help,
                                       mod.per_unit ? " (per unit)" : ""));
        return Status::ok();
    }
    if (iequals(name, "DEBUG")) {
        if (dev.debug_flag_names().empty()) {
            scp.out().line(fmt::format("{} has no debug flags", dev.name()));
            return Status::ok();
        }
        std::string all;
        for (const auto& f : dev.debug_flag_names()) all += (all.empty() ? "" : " ") + f;
        const std::string on = debug_flags_text(dev, dev.debug_mask());
        scp.out().line(fmt::format("{} debug flags: {}; enabled: {}", dev.name(), all, on.empty() ? "none" : on));
        return Status::ok();
    }
    if (iequals(name, "REGISTERS")) {
        for (const RegisterDesc& r : dev.registers()) {
            if (!r.is_present()) continue;  // not in this configuration
            for (std::size_t i = 0; i < std::max<std::size_t>(r.depth, 1); ++i)
                scp.out().line(fmt::format("{}:\t{}\t{}", r.element_name(i), format_number(r.value(i), r.radix, r.width), r.help));
        }
        return Status::ok();
    }
    if (iequals(name, "RADIX") &&
        std::none_of(dev.modifiers().begin(), dev.modifiers().end(), [](const Modifier& mod) { return iequals(mod.name, "RADIX"); })) {
        // SET dev OCT|DEC|HEX; without one, memory in the machine's radix and registers each in its own.
        const std::optional<Radix> r = scp.settings().data_radix(dev.name());
        const int base = !r ? (is_cpu ? static_cast<int>(m.radix()) : 0) : static_cast<int>(*r);
        scp.out().line(base ? fmt::format("{}: radix={}", dev.name(), base)
                            : fmt::format("{}: radix=each register's own", dev.name()));
        return Status::ok();
    }
    // The CPU's STATS and HISTORY belong to the SCP (Cpu::history_lines), whatever the CPU's table says.
    if (is_cpu && iequals(name, "STATS")) return show_cpu_stats(scp);
    if (is_cpu && iequals(name, "HISTORY")) return show_history(scp, value, eq != std::string_view::npos);
    const Modifier* mod = nullptr;
    if (Status found = find_modifier(dev, name, mod); !found) return found;
    if (!mod->show) return Status::error(fmt::format("{} {} cannot be shown", dev.name(), mod->name));
    const Unit* target = mod->per_unit ? (unit ? unit : (dev.units().empty() ? nullptr : dev.units().front().get())) : nullptr;
    scp.out().line(fmt::format("{}: {}", target ? target->name() : dev.name(), mod->show(target)));
    return Status::ok();
}

Status show_device(Scp& scp, Device& dev, Unit* unit, Cursor& c) {
    const std::vector<std::string> items = split_items(c.rest());
    c.consume_rest();
    if (items.empty()) {
        lines(scp, device_summary(dev, unit));
        return Status::ok();
    }
    for (const std::string& item : items)
        if (Status s = show_device_item(scp, dev, unit, item); !s) return s;
    return Status::ok();
}

Status show_version(Scp& scp, Cursor& c) {
    scp.out().line(fmt::format("simmon {}", SIMMON_VERSION));
    if (const MachineInfo* info = scp.machine_info())
        scp.out().line(fmt::format("  machine {}: {}", info->name, info->description));
    return expect_end(c);
}

Status show_configuration(Scp& scp, Cursor& c) {
    Machine& m = scp.machine();
    scp.out().line(fmt::format("{} configuration:", m.description()));
    for (Device* d : m.devices()) lines(scp, device_summary(*d, nullptr));
    return expect_end(c);
}

Status show_devices(Scp& scp, Cursor& c) {
    for (Device* d : scp.machine().devices()) {
        std::string l = fmt::format("{:<8}{}", d->name(), d->description());
        if (!d->enabled()) l += ", disabled";
        if (d->units().size() > 1) l += fmt::format(", units {}-{}", d->units().front()->name(), d->units().back()->name());
        scp.out().line(l);
    }
    return expect_end(c);
}

Status show_machines(Scp& scp, Cursor& c) {
    for (const MachineInfo& m : scp.machines()) scp.out().line(fmt::format("{:<10}{}", m.name, m.description));
    return expect_end(c);
}

Status show_env(Scp& scp, Cursor& c) {
    if (scp.settings().env.empty()) scp.out().line("No variables set (SET ENV name=value)");
    for (const auto& [k, v] : scp.settings().env) scp.out().line(fmt::format("{}={}", k, v));
    return expect_end(c);
}

std::string_view kind_name(BreakKind k) {
    switch (k) {
        case BreakKind::Execute: return "execute";
        case BreakKind::Read: return "read";
        case BreakKind::Write: return "write";
        case BreakKind::Access: return "read/write";
    }
    return "";
}

Status show_break(Scp& scp, Cursor& c) {
    Machine& m = scp.machine();
    const auto& list = m.breakpoints().list();
    if (list.empty()) scp.out().line("No breakpoints");
    for (const Breakpoint& b : list) {
        std::string l = format_address(m, b.address);
        if (b.end != b.address) l += "-" + format_address(m, b.end);
        l += fmt::format(":\t{}", kind_name(b.kind));
        if (m.cpu().address_spaces().size() > 1 && b.space >= 0 &&
            static_cast<std::size_t>(b.space) < m.cpu().address_spaces().size())
            l += fmt::format(", {}", m.cpu().space(b.space).name);
        if (b.temporary) l += ", temporary";
        if (b.pass_count) l += fmt::format(", pass {} (hits {})", b.pass_count, b.hits);
        if (!b.actions.empty()) l += "; " + b.actions;
        scp.out().line(l);
    }
    return expect_end(c);
}

Status show_queue(Scp& scp, Cursor& c) {
    const auto q = scp.machine().scheduler().describe_queue();
    if (q.empty()) scp.out().line("No events pending");
    lines(scp, q);
    return expect_end(c);
}

Status show_time(Scp& scp, Cursor& c) {
    // Simulated seconds, and the instruction count SIMH's SHOW TIME prints.
    Machine& m = scp.machine();
    scp.out().line(fmt::format("Time:\t{} seconds ({} instructions)", format_seconds(m.scheduler().now()),
                               m.cpu().instructions_executed()));
    return expect_end(c);
}

Status show_runlimit(Scp& scp, Cursor& c) {
    const auto& limit = scp.settings().runlimit;
    scp.out().line(limit ? fmt::format("Run limit: {} instructions left", *limit) : std::string("No run limit"));
    return expect_end(c);
}

// SIMH's SHOW CLOCKS: here the clocks are simulated time itself, so it shows that and
// each clock device's rate and ticks.
Status show_clocks(Scp& scp, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    Machine& m = scp.machine();
    scp.out().line(fmt::format("Simulated time: {} seconds, {} instructions of {} each", format_seconds(m.scheduler().now()),
                               m.cpu().instructions_executed(), format_duration(m.cpu().instruction_time())));
    scp.out().line("Clocks tick in simulated time, never calibrated against the host's; " + m.throttle().describe());
    bool any = false;
    for (Device* d : m.devices())
        for (const std::string& status : d->clock_status()) {
            scp.out().line(fmt::format("{}:\t{}", d->name(), status));
            any = true;
        }
    if (!any) scp.out().line("No clock device reports its ticks");
    return Status::ok();
}

Status show_throttle(Scp& scp, Cursor& c) {
    scp.out().line(scp.machine().throttle().describe());
    return expect_end(c);
}

Status show_console(Scp& scp, Cursor& c) {
    const int wru = scp.console().wru();
    const std::string wru_text = fmt::format("WRU={:03o} ({})", wru, char_text(static_cast<std::uint8_t>(wru)));
    const std::string log_text = scp.out().logging() ? "log=" + scp.out().log_path() : "no log";
    const std::vector<std::string> items = split_items(c.rest());
    c.consume_rest();
    const HostInput& input = scp.machine().host_input();
    ScpConsolePort& console = scp.console();
    const std::string brk_text = console.brk() ? fmt::format("BRK={:03o}", console.brk()) : std::string("BRK=none");
    const std::string speed_text = console.speed() ? fmt::format("SPEED={}", console.speed()) : std::string("SPEED=unpaced");
    if (items.empty()) {
        scp.out().line(wru_text + ", " + brk_text + ", " + speed_text + ", " + log_text + ", " + input.describe_recording() +
                       ", " + input.describe_replay());
        scp.out().line(console.telnet().describe());
    }
    for (const std::string& item : items) {
        if (iequals(item, "WRU")) scp.out().line(wru_text);
        else if (iequals(item, "BRK")) scp.out().line(brk_text);
        else if (iequals(item, "SPEED")) scp.out().line(speed_text);
        else if (iequals(item, "TELNET")) scp.out().line(console.telnet().describe());
        else if (iequals(item, "LOG")) scp.out().line(log_text);
        else if (iequals(item, "RECORD")) scp.out().line(input.describe_recording());
        else if (iequals(item, "REPLAY")) scp.out().line(input.describe_replay());
        else return Status::error(fmt::format("Unknown console option: {} (WRU, BRK, SPEED, TELNET, LOG, RECORD, REPLAY)", item));
    }
    return Status::ok();
}

Status show_debug(Scp& scp, Cursor& c) {
    Machine& m = scp.machine();
    scp.out().line(m.debug_log().is_open() ? "Debug output to " + m.debug_log().target() : std::string("Debug output off"));
    for (Device* d : m.devices())
        if (d->debug_mask()) scp.out().line(fmt::format("  {}: {}", d->name(), debug_flags_text(*d, d->debug_mask())));
    return expect_end(c);
}

Status show_on(Scp& scp, Cursor& c) {
    const OnSettings& on = scp.scripts().on_settings();
    scp.out().line(on.noon ? "NOON: errors are reported and DO files carry on" : "ON: errors stop DO files");
    scp.out().line("ON ERROR " + (on.on_error.empty() ? std::string("(none)") : on.on_error));
    scp.out().line("ON EXPECT " + (on.on_expect.empty() ? std::string("(none)") : on.on_expect));
    scp.out().line("ON CONTROL_C " + (on.on_control_c.empty() ? std::string("(none)") : on.on_control_c));
    return expect_end(c);
}

// SHOW EXPECT and SHOW SEND: the console's and every line's, or (SIMH's SHOW SEND DZ:3)
// one line's, or the console's alone (SHOW SEND CONSOLE).
Status lines_shown(Scp& scp, Cursor& c, LineScript*& only, bool& console_only) {
    only = nullptr;
    console_only = iequals(c.peek_word(), "CONSOLE");
    if (console_only) c.next_word();
    else if (c.peek_word().find(':') != std::string_view::npos) {
        const std::string_view w = c.next_word();
        if (Status s = scp.console().line(w, only); !s) return s;
    }
    return expect_end(c);
}

Status show_expect(Scp& scp, Cursor& c) {
    LineScript* only = nullptr;
    bool console_only = false;
    if (Status s = lines_shown(scp, c, only, console_only); !s) return s;
    std::vector<std::string> rules;
    if (!only) rules = scp.console().expects().describe();
    if (!console_only)
        for (LineScript* l : scp.console().lines())
            if (!only || l == only)
                for (std::string& r : l->describe_expects()) rules.push_back(std::move(r));
    if (rules.empty()) scp.out().line("No EXPECT rules");
    lines(scp, rules);
    return Status::ok();
}

Status show_send(Scp& scp, Cursor& c) {
    LineScript* only = nullptr;
    bool console_only = false;
    if (Status s = lines_shown(scp, c, only, console_only); !s) return s;
    const SimTime now = scp.machine().scheduler().now();
    std::vector<std::string> pending;
    if (!only) pending = scp.console().sends().describe(now);
    if (!console_only)
        for (LineScript* l : scp.console().lines())
            if (!only || l == only)
                for (std::string& p : l->describe_sends(now)) pending.push_back(std::move(p));
    if (pending.empty()) scp.out().line("Nothing waiting to be sent");
    lines(scp, pending);
    return Status::ok();
}

Status show_shell(Scp& scp, Cursor& c) {
    scp.out().line(scp.settings().shell_enabled ? "Host commands (!) enabled" : "Host commands (!) disabled");
    return expect_end(c);
}

Status show_default(Scp& scp, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    std::error_code ec;
    const std::filesystem::path cwd = std::filesystem::current_path(ec);
    if (ec) return Status::error(fmt::format("SHOW DEFAULT: {}", ec.message()));
    scp.out().line(cwd.string());
    return Status::ok();
}

Status show_names(Scp& scp, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    scp.out().line("No logical names (simmon has no ASSIGN)");
    return Status::ok();
}

// Every device's SET options (SHOW MODIFIERS) or the ones SHOW can display (SHOW SHOW).
Status show_all_modifiers(Scp& scp, Cursor& c, bool showable) {
    if (Status s = expect_end(c); !s) return s;
    for (Device* d : scp.machine().devices()) {
        std::string names;
        for (const Modifier& m : d->modifiers())
            if (showable ? static_cast<bool>(m.show) : static_cast<bool>(m.set))
                names += (names.empty() ? "" : ", ") + (m.takes_value && !showable ? m.name + "=" : m.name);
        if (!names.empty()) scp.out().line(fmt::format("{}\t{}", d->name(), names));
    }
    return Status::ok();
}
Status show_modifiers(Scp& scp, Cursor& c) { return show_all_modifiers(scp, c, false); }
Status show_show(Scp& scp, Cursor& c) { return show_all_modifiers(scp, c, true); }

}  // namespace

const std::vector<Keyword>& show_keywords() {
    static const std::vector<Keyword> table = {
        {"VERSION", "", "simmon's version and the machine", show_version},
        {"CONFIGURATION", "CONFIG", "every device and unit", show_configuration},
        {"DEVICES", "DEV", "one line per device", show_devices},
        {"MACHINES", "", "the machines simmon can build", show_machines},
        {"ENVIRONMENT", "ENV", "SET ENV variables", show_env},
        {"BREAK", "BREAKPOINTS", "breakpoints and watchpoints", show_break},
        {"QUEUE", "", "pending events", show_queue},
        {"TIME", "", "simulated time", show_time},
        {"SNAPSHOTS", "SNAP", "snapshots taken with SNAPSHOT", show_snapshots},
        {"RUNLIMIT", "", "time left before the run limit", show_runlimit},
        {"THROTTLE", "", "the CPU pacing", show_throttle},
        {"CLOCKS", "CLOCK", "simulated time and the clock devices", show_clocks},
        {"CONSOLE", "CONS", "WRU character, console log, input recording and replay", show_console},
        {"DEBUG", "", "debug output and enabled flags", show_debug},
        {"ON", "", "error handling of this DO level", show_on},
        {"EXPECT", "", "waiting EXPECT rules", show_expect},
        {"SEND", "", "SEND input not yet typed", show_send},
        {"SHELL", "", "whether ! is allowed", show_shell},
        {"DEFAULT", "", "the host's working directory", show_default},
        {"NAMES", "", "logical names (none: simmon has no ASSIGN)", show_names},
        {"MODIFIERS", "", "the SET options of every device", show_modifiers},
        {"SHOW", "", "the SHOW options of every device", show_show},
        {"FEATURES", "", "every device and unit (as SHOW CONFIGURATION)", show_configuration},
    };
    return table;
}

Status cmd_show(Scp& scp, CommandArgs& args) {
    return device_or_keyword(scp, args.cursor, "SHOW", show_keywords(), show_device);
}

}  // namespace simmon::scp
