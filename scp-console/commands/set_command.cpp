// SET: device and unit modifiers from the devices' own tables, and the SCP's settings.
#include <algorithm>
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/commands/device_report.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {

std::pair<std::string_view, std::string_view> split_assignment(std::string_view item, bool& has_value) {
    const std::size_t eq = item.find('=');
    has_value = eq != std::string_view::npos;
    if (!has_value) return {item, {}};
    return {item.substr(0, eq), item.substr(eq + 1)};
}

// One item of SET <dev> a, b, c, resolved before any is applied: SIMH applies an option
// list whole or not at all, so an unknown, misspelt or unmodelled option anywhere in it
// changes nothing.
struct SetItem {
    enum class Kind { Enable, Disable, Debug, NoDebug, History, Radix, Idle, NoIdle, Modifier } kind = Kind::Modifier;
    std::string_view value;
    Radix radix = Radix::Octal;
    const Modifier* modifier = nullptr;
};

bool is_history(const Device& dev, Machine& m, std::string_view name) {
    if (&dev != &m.cpu() || name.empty() || !istarts_with("HISTORY", name)) return false;
    // HIST=100 is HISTORY unless the CPU has an option of its own starting so.
    for (const Modifier& mod : dev.modifiers())
        if (istarts_with(mod.name, name)) return iequals(name, "HISTORY");
    return true;
}

bool own_modifier(const Device& dev, std::string_view name) {
    for (const Modifier& m : dev.modifiers())
        if (iequals(m.name, name)) return true;
    return false;
}

Status resolve_set_item(Scp& scp, Device& dev, Unit* unit, std::string_view item, SetItem& out) {
    bool has_value = false;
    auto [name, value] = split_assignment(item, has_value);
    out.value = value;
    if (iequals(name, "ENABLED") || iequals(name, "ENABLE") || iequals(name, "DISABLED") || iequals(name, "DISABLE")) {
        out.kind = istarts_with(name, "EN") ? SetItem::Kind::Enable : SetItem::Kind::Disable;
        if (out.kind == SetItem::Kind::Disable && !unit && !dev.can_disable())
            return Status::error(fmt::format("{} cannot be disabled", dev.name()));
        return Status::ok();
    }
    if (iequals(name, "DEBUG") || iequals(name, "NODEBUG")) {
        out.kind = iequals(name, "DEBUG") ? SetItem::Kind::Debug : SetItem::Kind::NoDebug;
        std::uint32_t mask = 0;
        return parse_debug_flags(dev, value, mask);
    }
    if (is_history(dev, scp.machine(), name)) {
        out.kind = SetItem::Kind::History;
        std::uint64_t n = 0;
        if (!has_value) return Status::error("HISTORY needs a size: SET CPU HISTORY=n");
        return parse_count(value, n);
    }
    // SIMH's SET CPU IDLE[=os] and NOIDLE on every machine: simmon sees the guest idle by
    // the architecture's wait (WAIT, the wait PSW, the VAX's idle loop needs no OS name),
    // so an OS name is accepted and changes nothing.
    if (&dev == &scp.machine().cpu() && (iequals(name, "IDLE") || (iequals(name, "NOIDLE") && !has_value))) {
        out.kind = iequals(name, "IDLE") ? SetItem::Kind::Idle : SetItem::Kind::NoIdle;
        return Status::ok();
    }
    // SIMH's OCT, DEC and HEX on every device: the radix its data is shown and read in.
    if ((iequals(name, "OCT") || iequals(name, "DEC") || iequals(name, "HEX")) && !has_value && !own_modifier(dev, name)) {
        out.kind = SetItem::Kind::Radix;
        out.radix = iequals(name, "OCT") ? Radix::Octal : iequals(name, "DEC") ? Radix::Decimal : Radix::Hex;
        return Status::ok();
    }
    const Modifier* mod = nullptr;
    if (Status found = find_modifier(dev, name, mod); !found) return found;
    if (!mod->unmodelled.empty()) return Status::error(fmt::format("SET {} {}: {}", dev.name(), mod->name, mod->unmodelled));
    if (mod->takes_value && !has_value)
        return Status::error(fmt::format("{} needs a value: SET {} {}=...", mod->name, dev.name(), mod->name));
    if (!mod->takes_value && has_value)
        return Status::error(fmt::format("{} takes no value", mod->name));
    if (!mod->set) return Status::error(fmt::format("{} {} can only be shown", dev.name(), mod->name));
    if (mod->per_unit && !unit && dev.units().empty())
        return Status::error(fmt::format("{} {} applies to a unit, and {} has none", dev.name(), mod->name, dev.name()));
    out.kind = SetItem::Kind::Modifier;
    out.modifier = mod;
    return Status::ok();
}

Status apply_set_item(Scp& scp, Device& dev, Unit* unit, const SetItem& item) {
    switch (item.kind) {
        case SetItem::Kind::Enable:
        case SetItem::Kind::Disable: {
            const bool enable = item.kind == SetItem::Kind::Enable;
            if (unit) {
                unit->set_disabled(!enable);
                return Status::ok();
            }
            return dev.set_enabled(enable);
        }
        case SetItem::Kind::Debug:
        case SetItem::Kind::NoDebug: {
            std::uint32_t mask = 0;
            if (Status s = parse_debug_flags(dev, item.value, mask); !s) return s;
            dev.set_debug_mask(item.kind == SetItem::Kind::Debug ? dev.debug_mask() | mask : dev.debug_mask() & ~mask);
            return Status::ok();
        }
        case SetItem::Kind::History: {
            std::uint64_t n = 0;
            if (Status s = parse_count(item.value, n); !s) return s;
            return scp.machine().cpu().set_history(static_cast<std::size_t>(n));
        }
        case SetItem::Kind::Radix:
            scp.settings().radix_override[dev.name()] = item.radix;
            return Status::ok();
        case SetItem::Kind::Idle:
        case SetItem::Kind::NoIdle:
            scp.settings().idle = item.kind == SetItem::Kind::Idle;
            scp.apply_idle_policy();
            return Status::ok();
        case SetItem::Kind::Modifier: break;
    }
    Unit* target = nullptr;
    if (item.modifier->per_unit) target = unit ? unit : dev.units().front().get();
    return item.modifier->set(target, item.value);
}

Status set_device(Scp& scp, Device& dev, Unit* unit, Cursor& c) {
    const std::vector<std::string> items = split_items(c.rest());
    c.consume_rest();
    if (items.empty()) return Status::error(fmt::format("SET {} needs an option (HELP {} lists them)", dev.name(), dev.name()));
    std::vector<SetItem> resolved(items.size());
    for (std::size_t i = 0; i < items.size(); ++i)
        if (Status s = resolve_set_item(scp, dev, unit, items[i], resolved[i]); !s) return s;
    if (resolved.size() == 1) return apply_set_item(scp, dev, unit, resolved.front());
    // Several: all or none. An option can still fail once the ones before it are in
    // (SET CPU 11/34, 4096K on an 11/70: the 11/34 takes at most 256K), so the machine
    // is put back as it was.
    Machine::StateMark mark;
    const Status marked = scp.machine().mark_state(mark);
    const auto radix_before = scp.settings().radix_override;
    const bool idle_before = scp.settings().idle;
    const std::uint32_t debug_before = dev.debug_mask();  // not machine state: kept by hand
    for (const SetItem& item : resolved) {
        Status s = apply_set_item(scp, dev, unit, item);
        if (s) continue;
        scp.settings().radix_override = radix_before;
        scp.settings().idle = idle_before;
        scp.apply_idle_policy();
        dev.set_debug_mask(debug_before);
        if (!marked) return Status::error(fmt::format("{} (and the options before it stay set: {})", s.message(), marked.message()));
        if (Status back = scp.machine().return_to(mark); !back)
            return Status::error(fmt::format("{}; putting the machine back failed too: {}", s.message(), back.message()));
        return s;
    }
    return Status::ok();
}

// TELNET=port | BUFFERED[=size] | UNBUFFERED | NOBUFFERED | LOG=file | NOLOG (SIMH's
// forms; BUFFERED may also stand alone in the list).
Status set_console_telnet(Scp& scp, std::string_view value) {
    TelnetConsole& telnet = scp.console().telnet();
    bool has_size = false;
    auto [word, size] = split_assignment(value, has_size);
    if (iequals(word, "BUFFERED")) {
        std::uint64_t n = TelnetConsole::kDefaultBuffer;
        if (has_size && (!parse_number(size, Radix::Decimal, n) || n == 0 || n > (1u << 24)))
            return Status::error(fmt::format("SET CONSOLE TELNET=BUFFERED={}: a size in bytes, 1 to 16M", size));
        telnet.set_buffer(static_cast<std::size_t>(n));
        return Status::ok();
    }
    if (iequals(word, "UNBUFFERED") || iequals(word, "NOBUFFERED")) {
        telnet.set_buffer(0);
        return Status::ok();
    }
    // LOG=file: what the guest prints on the telnet console, to a file of its own (SIMH's).
    if (iequals(word, "LOG")) {
        if (!has_size) return Status::error("SET CONSOLE TELNET=LOG needs a file: TELNET=LOG=file");
        std::string path;
        Cursor vc(size);
        if (Status s = vc.next_string(path); !s) return s;
        return telnet.open_log(path);
    }
    if (iequals(word, "NOLOG")) {
        if (has_size) return Status::error("SET CONSOLE TELNET=NOLOG takes no value");
        telnet.close_log();
        return Status::ok();
    }
    return telnet.open(std::string(value));
}

// SIMH's console speeds (bits per second).
Status set_console_speed(Scp& scp, std::string_view value) {
    static constexpr std::uint32_t kSpeeds[] = {50,   75,   110,  134,  150,  300,   600,   1200,  1800,  2000,
                                                2400, 3600, 4800, 7200, 9600, 19200, 38400, 57600, 76800, 115200};
    std::uint64_t n = 0;
    if (parse_number(value, Radix::Decimal, n))
        for (std::uint32_t s : kSpeeds)
            if (s == n) {
                scp.console().set_speed(s);
                return Status::ok();
            }
    return Status::error(fmt::format("SET CONSOLE SPEED={}: one of 50, 75, 110, 134, 150, 300, 600, 1200, 1800, 2000, 2400, "
                                     "3600, 4800, 7200, 9600, 19200, 38400, 57600, 76800, 115200", value));
}

Status set_console(Scp& scp, Cursor& c) {
    const std::vector<std::string> items = split_items(c.rest());
    c.consume_rest();
    if (items.empty()) return Status::error("SET CONSOLE needs WRU=n, LOG=file, NOLOG, RECORD=file, NORECORD, REPLAY=file or NOREPLAY");
    for (const std::string& item : items) {
        bool has_value = false;
        auto [name, value] = split_assignment(item, has_value);
        if (iequals(name, "WRU") && has_value) {
            std::uint64_t v = 0;
            if (Status s = scp.evaluate(value, v); !s) return s;
            if (v > 0377) return Status::error("WRU must be a character code (0-377 octal)");
            scp.console().set_wru(static_cast<int>(v));
        } else if (iequals(name, "LOG") && has_value) {
            std::string path;
            Cursor vc(value);
            if (Status s = vc.next_string(path); !s) return s;
            // STDOUT and STDERR are the streams (SIMH's meaning), not files of that name.
            if (iequals(path, "STDOUT") || iequals(path, "STDERR")) path = to_upper(path);
            if (Status s = scp.out().open_log(path); !s) return s;
        } else if (iequals(name, "NOLOG") && !has_value) {
            scp.out().close_log();
        } else if ((iequals(name, "RECORD") || iequals(name, "REPLAY")) && has_value) {
            // Everything the guest takes from the host is recorded, or fed back from a
            // recording (core/hostio/host_input.hpp).
            std::string path;
            Cursor vc(value);
            if (Status s = vc.next_string(path); !s) return s;
            if (path.empty()) return Status::error(fmt::format("SET CONSOLE {} needs a file name", name));
            HostInput& input = scp.machine().host_input();
            if (Status s = iequals(name, "RECORD") ? input.start_recording(path) : input.start_replay(path); !s) return s;
        } else if (iequals(name, "NORECORD") && !has_value) {
            if (Status s = scp.machine().host_input().stop_recording(); !s) return s;
        } else if (iequals(name, "NOREPLAY") && !has_value) {
            scp.machine().host_input().stop_replay();
        } else if (iequals(name, "TELNET") && has_value) {
            if (Status s = set_console_telnet(scp, value); !s) return s;
        } else if ((iequals(name, "BUFFERED") || iequals(name, "UNBUFFERED") || iequals(name, "NOBUFFERED"))) {
            if (Status s = set_console_telnet(scp, item); !s) return s;
        } else if (iequals(name, "NOTELNET") && !has_value) {
            scp.console().telnet().close();
        } else if (iequals(name, "SPEED") && has_value) {
            if (Status s = set_console_speed(scp, value); !s) return s;
        } else if (iequals(name, "BRK") && has_value) {
            std::uint64_t v = 0;
            if (Status s = scp.evaluate(value, v); !s) return s;
            if (v > 0377) return Status::error("BRK must be a character code (0-377 octal; 0: none)");
            if (v != 0 && static_cast<int>(v) == scp.console().wru()) return Status::error("BRK cannot be the WRU character");
            scp.console().set_brk(static_cast<int>(v));
        } else {
            return Status::error(fmt::format("Unknown console option: {} (WRU=n, BRK=n, SPEED=n, TELNET=port, BUFFERED[=n], "
                                             "NOTELNET, LOG=file, NOLOG, RECORD=file, NORECORD, REPLAY=file, NOREPLAY)", item));
        }
    }
    return Status::ok();
}

Status set_debug(Scp& scp, Cursor& c) {
    std::string target;
    if (Status s = c.next_string(target); !s) return s;
    if (target.empty()) return Status::error("SET DEBUG needs a file, STDOUT or STDERR");
    if (Status s = expect_end(c); !s) return s;
    if (iequals(target, "STDOUT") || iequals(target, "STDERR")) target = to_upper(target);
    return scp.machine().debug_log().open(target);
}

Status set_nodebug(Scp& scp, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    scp.machine().debug_log().close();
    return Status::ok();
}

Status set_throttle(Scp& scp, Cursor& c) {
    const std::string_view spec = c.next_word();
    if (spec.empty()) return Status::error("SET THROTTLE needs a rate (e.g. 5M) or OFF");
    if (Status s = expect_end(c); !s) return s;
    return scp.machine().throttle().configure(spec);
}

Status set_nothrottle(Scp& scp, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    return scp.machine().throttle().configure("OFF");
}


Status set_on(Scp& scp, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    scp.scripts().on_settings().noon = false;
    return Status::ok();
}

Status set_noon(Scp& scp, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    scp.scripts().on_settings().noon = true;
    return Status::ok();
}

Status set_shell(Scp& scp, Cursor& c) {
    const std::string_view w = c.next_word();
    if (Status s = expect_end(c); !s) return s;
    if (istarts_with("ENABLED", w) && w.size() >= 2) scp.settings().shell_enabled = true;
    else if (istarts_with("DISABLED", w) && w.size() >= 2) scp.settings().shell_enabled = false;
    else return Status::error("SET SHELL ENABLED or SET SHELL DISABLED");
    return Status::ok();
}

Status set_env_prompt(Scp& scp, std::string_view text);
Status set_env_arithmetic(Scp& scp, std::string_view text);

Status set_env(Scp& scp, Cursor& c) {
    // SIMH's -A: the value is an expression, stored as its decimal value; -P "prompt"
    // name=default: the value is read from the user.
    const Switches sw = c.take_switches();
    const std::string_view text = c.rest();
    c.consume_rest();
    if (has_switch(sw, 'a') && has_switch(sw, 'p')) return Status::error("SET ENV takes -A or -P, not both");
    if (sw & ~(switch_bit('a') | switch_bit('p'))) return Status::error(fmt::format("SET ENV: unknown switch {}", describe_switches(sw & ~(switch_bit('a') | switch_bit('p')))));
    if (has_switch(sw, 'a')) return set_env_arithmetic(scp, text);
    if (has_switch(sw, 'p')) return set_env_prompt(scp, text);
    const std::size_t eq = text.find('=');
    const std::string name = to_upper(trim(text.substr(0, eq)));
    if (name.empty() || name.find_first_of(" \t%") != std::string::npos)
        return Status::error("SET ENV name=value (or SET ENV name to remove it)");
    if (eq == std::string_view::npos) {
        scp.settings().env.erase(name);
        return Status::ok();
    }
    std::string value(trim(text.substr(eq + 1)));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        Cursor vc(value);
        std::string decoded;
        if (Status s = vc.next_string(decoded); !s) return s;
        value = decoded;
    }
    scp.settings().env[name] = value;
    return Status::ok();
}

Status set_env_arithmetic(Scp& scp, std::string_view text) {
    const std::size_t eq = text.find('=');
    const std::string name = to_upper(trim(text.substr(0, eq)));
    if (eq == std::string_view::npos || name.empty() || name.find_first_of(" \t%") != std::string::npos)
        return Status::error("SET ENV -A name=expression");
    std::uint64_t v = 0;
    if (Status s = scp.evaluate(trim(text.substr(eq + 1)), Radix::Decimal, v); !s) return s;
    scp.settings().env[name] = std::to_string(v);
    return Status::ok();
}

Status set_env_prompt(Scp& scp, std::string_view text) {
    Cursor c(text);
    std::string prompt;
    bool quoted = false;
    if (Status s = c.next_string(prompt, &quoted); !s) return s;
    if (!quoted) return Status::error("SET ENV -P \"prompt\" name=default");
    const std::string_view assignment = c.rest();
    const std::size_t eq = assignment.find('=');
    const std::string name = to_upper(trim(assignment.substr(0, eq)));
    if (name.empty() || name.find_first_of(" \t%") != std::string::npos)
        return Status::error("SET ENV -P \"prompt\" name=default");
    std::string value = eq == std::string_view::npos ? std::string() : std::string(trim(assignment.substr(eq + 1)));
    if (std::optional<std::string> answer = scp.prompt(prompt); answer && !trim(*answer).empty())
        value = std::string(trim(*answer));
    scp.settings().env[name] = value;
    return Status::ok();
}

Status set_verify(Scp& scp, bool on, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    scp.settings().verify = on;
    if (ScriptFrame* f = scp.scripts().current()) f->echo = on;
    return Status::ok();
}
Status set_verify_on(Scp& scp, Cursor& c) { return set_verify(scp, true, c); }
Status set_verify_off(Scp& scp, Cursor& c) { return set_verify(scp, false, c); }

Status set_message(Scp& scp, bool on, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    scp.settings().messages = on;
    return Status::ok();
}
Status set_message_on(Scp& scp, Cursor& c) { return set_message(scp, true, c); }
Status set_message_off(Scp& scp, Cursor& c) { return set_message(scp, false, c); }

Status set_quiet(Scp& scp, bool on, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    scp.settings().quiet = on;
    return Status::ok();
}
Status set_quiet_on(Scp& scp, Cursor& c) { return set_quiet(scp, true, c); }
Status set_quiet_off(Scp& scp, Cursor& c) { return set_quiet(scp, false, c); }

Status set_prompt(Scp& scp, Cursor& c) {
    // SET PROMPT "text" or SET PROMPT=text (SIMH writes both).
    std::string_view rest = c.rest();
    if (!rest.empty() && rest.front() == '=') rest.remove_prefix(1);
    Cursor vc(trim(rest));
    std::string text;
    if (vc.at_end()) return Status::error("SET PROMPT needs the prompt text, e.g. SET PROMPT \"pdp11> \"");
    if (Status s = vc.next_string(text); !s) return s;
    if (Status s = expect_end(vc); !s) return s;
    c.consume_rest();
    scp.settings().prompt = text;
    return Status::ok();
}

// SIMH's SET CLOCKS tunes how its clocks follow the host's (asynchronous ticks, catching
// up after a stall, calibration). simmon's clocks tick in simulated time and are never
// calibrated against the host, so each of these leaves nothing to change.
Status set_clocks(Scp&, Cursor& c) {
    const std::vector<std::string> items = split_items(c.rest());
    c.consume_rest();
    if (items.empty()) return Status::error("SET CLOCKS needs an option: ASYNC, NOASYNC, CATCHUP, NOCATCHUP, CALIBRATE=ALWAYS|IDLE");
    for (const std::string& item : items) {
        bool has_value = false;
        auto [name, value] = split_assignment(item, has_value);
        if (!has_value && (iequals(name, "ASYNC") || iequals(name, "NOASYNC") || iequals(name, "CATCHUP") ||
                           iequals(name, "NOCATCHUP")))
            continue;
        if (iequals(name, "CALIBRATE") && has_value && (iequals(value, "ALWAYS") || iequals(value, "IDLE"))) continue;
        if (iequals(name, "STOP") && has_value)
            return Status::error("SET CLOCKS STOP=n is not modelled (yet): SET RUNLIMIT n SECONDS stops after simulated time");
        return Status::error(fmt::format("Unknown clock option: {} (ASYNC, NOASYNC, CATCHUP, NOCATCHUP, CALIBRATE=ALWAYS|IDLE)", item));
    }
    return Status::ok();
}

}  // namespace

// A run limit counts instructions, plus time the CPU idles in instruction times (see
// RunRequest); a limit in simulated time is converted at the current model's
// instruction time.
Status set_runlimit(Scp& scp, Cursor& c) {
    std::uint64_t n = 0;
    const std::string_view word = c.next_word();
    if (word.empty()) return Status::error("SET RUNLIMIT needs a count");
    if (Status s = parse_count(word, n); !s) return s;
    const std::string_view unit = c.next_word();
    SimTime per = 0;  // nanoseconds per unit of a time limit
    if (unit.empty() || istarts_with("INSTRUCTIONS", unit) || istarts_with("CYCLES", unit)) per = 0;
    else if (unit.size() >= 2 && istarts_with("SECONDS", unit)) per = 1'000'000'000;
    else if (unit.size() >= 2 && istarts_with("MILLISECONDS", unit)) per = 1'000'000;
    else if (unit.size() >= 2 && istarts_with("MICROSECONDS", unit)) per = 1'000;
    else if (unit.size() >= 2 && istarts_with("MINUTES", unit)) per = 60'000'000'000;
    else if (istarts_with("HOURS", unit)) per = 3'600'000'000'000;
    else return Status::error(fmt::format("Unknown run limit unit: {} (INSTRUCTIONS, SECONDS, MILLISECONDS, MICROSECONDS, MINUTES, HOURS)", unit));
    if (Status s = expect_end(c); !s) return s;
    if (n == 0) return Status::error("RUNLIMIT must be at least 1 (SET NORUNLIMIT removes it)");
    if (per != 0) {
        const SimTime instruction = std::max<SimTime>(1, scp.machine().cpu().instruction_time());
        if (n > ~std::uint64_t{0} / per) return Status::error(fmt::format("Run limit too long: {} {}", word, unit));
        n = std::max<std::uint64_t>(1, n * per / instruction);
    }
    scp.settings().runlimit = n;
    return Status::ok();
}

Status set_norunlimit(Scp& scp, Cursor& c) {
    if (Status s = expect_end(c); !s) return s;
    scp.settings().runlimit.reset();
    return Status::ok();
}

namespace {

// SET PANEL ON[,SCALE=n] | OFF: the machine's front panel in a window (docs/panels.md).
// A SET rather than an ATTACH: the panel is a view of the machine the session shows or
// hides, not a unit with a host file behind it.
Status set_panel(Scp& scp, Cursor& c) {
    const std::vector<std::string> items = split_items(c.rest());
    c.consume_rest();
    std::optional<bool> on;
    int scale = 1;
    for (const std::string& item : items) {
        bool has_value = false;
        auto [name, value] = split_assignment(item, has_value);
        if (!has_value && (iequals(name, "ON") || iequals(name, "OFF"))) {
            on = iequals(name, "ON");
        } else if (has_value && iequals(name, "SCALE") && value.size() == 1 && value[0] >= '1' && value[0] <= '4') {
            scale = value[0] - '0';
        } else {
            return Status::error(fmt::format("Unknown panel option: {} (ON, OFF, SCALE=1..4)", item));
        }
    }
    if (!on) return Status::error("SET PANEL needs ON or OFF");
    if (!*on) {
        scp.panel().close(scp.machine());
        return Status::ok();
    }
    return scp.panel().open(scp.machine(), scale);
}

}  // namespace

const std::vector<Keyword>& set_keywords() {
    static const std::vector<Keyword> table = {
        {"CONSOLE", "CONS", "WRU=n, BRK=n, SPEED=n, TELNET=port, BUFFERED[=n], NOTELNET, LOG=file, NOLOG, RECORD=file, "
                            "NORECORD, REPLAY=file, NOREPLAY", set_console},
        {"DEBUG", "", "file|STDOUT|STDERR: where device debug output goes", set_debug},
        {"NODEBUG", "", "close the debug output", set_nodebug},
        {"THROTTLE", "", "nM|nK|n|n%|x/t|OFF: instructions per second, % of real time, x every t ms", set_throttle},
        {"CLOCKS", "CLOCK", "ASYNC|NOASYNC|CATCHUP|NOCATCHUP|CALIBRATE=: accepted (clocks run in simulated time)", set_clocks},
        {"NOTHROTTLE", "", "run as fast as possible", set_nothrottle},
        {"RUNLIMIT", "", "n [INSTRUCTIONS|SECONDS|MILLISECONDS|MICROSECONDS|MINUTES|HOURS]: stop after that much more", set_runlimit},
        {"NORUNLIMIT", "", "remove the run limit", set_norunlimit},
        {"ON", "", "a failing command stops the DO file (default)", set_on},
        {"NOON", "", "DO files report errors and carry on", set_noon},
        {"SHELL", "", "ENABLED|DISABLED: allow the ! command", set_shell},
        {"ENVIRONMENT", "ENV", "[-A|-P] name=value: a %name% variable", set_env},
        {"VERIFY", "", "DO files echo each line as -v does", set_verify_on},
        {"NOVERIFY", "", "DO files do not echo lines (default)", set_verify_off},
        {"MESSAGE", "", "DO files print the errors they carry on past (default)", set_message_on},
        {"NOMESSAGE", "", "DO files carry on past errors silently", set_message_off},
        {"QUIET", "", "ATTACH and the like print no informational messages", set_quiet_on},
        {"NOQUIET", "", "informational messages (default)", set_quiet_off},
        {"PROMPT", "", "\"text\": the interactive prompt", set_prompt},
        {"PANEL", "", "ON[,SCALE=1..4]|OFF: the machine's front panel in a window", set_panel},
    };
    return table;
}

Status cmd_set(Scp& scp, CommandArgs& args) {
    return device_or_keyword(scp, args.cursor, "SET", set_keywords(), set_device);
}

}  // namespace simmon::scp
