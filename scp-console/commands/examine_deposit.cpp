// EXAMINE, DEPOSIT, IEXAMINE, IDEPOSIT and EVALUATE. Everything reads the CPU's memory
// interface and the devices' register tables, so no machine needs code here.
#include <algorithm>
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {

enum class Mode { Examine, Deposit, IExamine, IDeposit };

struct Location {
    const RegisterDesc* reg = nullptr;  // a register, or else memory [from, to]
    Addr from = 0;
    Addr to = 0;
};

// Every element of a register (one for a plain register).
void push_register(std::vector<Location>& out, const RegisterDesc& r) {
    for (std::size_t i = 0; i < std::max<std::size_t>(r.depth, 1); ++i) out.push_back(Location{&r, i, i});
}

// NAME[i], NAME[i-j] or NAME[i:j] (decimal indexes, as SIMH writes them) of a register
// array. Returns false when `spec` has no brackets; an error for a bad index.
bool parse_array_element(Device& dev, std::string_view spec, std::vector<Location>& out, Status& status) {
    const std::size_t open = spec.find('[');
    if (open == std::string_view::npos || spec.back() != ']') return false;
    const RegisterDesc* r = dev.find_register(spec.substr(0, open));
    if (!r) {
        status = Status::error(fmt::format("{} has no register {}", dev.name(), to_upper(spec.substr(0, open))));
        return true;
    }
    if (!r->is_present()) {
        status = Status::error(fmt::format("{} has no register {} as configured", dev.name(), r->name));
        return true;
    }
    if (!r->is_array()) {
        status = Status::error(fmt::format("{} {} is not a register array", dev.name(), r->name));
        return true;
    }
    const std::string_view inside = spec.substr(open + 1, spec.size() - open - 2);
    const std::size_t sep = inside.find_first_of("-:");
    auto index = [&](std::string_view text, std::size_t& value) {
        value = 0;
        if (text.empty() || text.size() > 6) return false;
        for (char c : text) {
            if (c < '0' || c > '9') return false;
            value = value * 10 + static_cast<std::size_t>(c - '0');
        }
        return value < r->depth;
    };
    std::size_t first = 0, last = 0;
    const bool ok = sep == std::string_view::npos ? index(inside, first) && index(inside, last)
                                                   : index(inside.substr(0, sep), first) && index(inside.substr(sep + 1), last);
    if (!ok || last < first) {
        status = Status::error(fmt::format("{} {} has elements 0 to {}; [{}] is not among them", dev.name(), r->name,
                                           r->depth - 1, inside));
        return true;
    }
    for (std::size_t i = first; i <= last; ++i) out.push_back(Location{r, i, i});
    status = Status::ok();
    return true;
}

// SET <dev> OCT|DEC|HEX (SIMH's data radix): the CPU's is memory's, another device's
// that of its registers; a CPU register keeps its own, as in SIMH.
Radix data_radix(Scp& scp) {
    Machine& m = scp.machine();
    return scp.settings().data_radix(m.cpu().name()).value_or(m.radix());
}
Radix register_radix(Scp& scp, Device& dev, const RegisterDesc& r) {
    if (&dev == &scp.machine().cpu()) return r.radix;
    return scp.settings().data_radix(dev.name()).value_or(r.radix);
}

// The byte order -c uses for a register: the machine's, i.e. its default space's.
ByteOrder machine_order(Machine& m) { return m.cpu().space(m.cpu().default_space()).byte_order; }

// -a: the low byte as a character; -c: every byte, in the order they lie in memory (the
// most significant first on a big-endian machine), in the machine's character set.
std::string show_value(Machine& m, std::uint64_t v, int width_bits, Radix radix, Switches sw, ByteOrder order) {
    if (has_switch(sw, 'a')) return guest_char_text(m, static_cast<std::uint8_t>(v & 0xFF));
    if (has_switch(sw, 'c')) {
        const int n = (width_bits + 7) / 8;
        std::string out;
        for (int i = 0; i < n; ++i) {
            const int b = order == ByteOrder::Big ? n - 1 - i : i;
            out += guest_char_text(m, static_cast<std::uint8_t>(v >> (8 * b)));
        }
        return out;
    }
    return format_number(v, radix, width_bits);
}

// Whether `unit` bytes at physical `a` are plain memory the SCP may reach itself.
bool below_console_memory(Machine& m, Addr a, int unit) {
    const Addr end = m.cpu().console_memory_size();
    return a < end && static_cast<Addr>(unit) <= end - a && m.memory().contains(a, static_cast<std::size_t>(unit));
}

// Reads or writes one unit of a space. A physical space's memory is read straight from
// Machine::memory() in the space's byte order; the rest (the PDP-11's I/O page, virtual
// spaces) goes through the CPU.
bool read_unit(Machine& m, int space, Addr a, Switches sw, int unit, std::uint64_t& v) {
    const AddressSpace& s = m.cpu().space(space);
    if (s.physical && a % static_cast<Addr>(unit) == 0 && below_console_memory(m, a, unit))
        return m.memory().read(a, static_cast<unsigned>(unit), s.byte_order, v);
    return m.cpu().examine(space, a, sw, v);
}

bool write_unit(Machine& m, int space, Addr a, Switches sw, int unit, std::uint64_t v) {
    const AddressSpace& s = m.cpu().space(space);
    if (s.physical && a % static_cast<Addr>(unit) == 0 && below_console_memory(m, a, unit))
        return m.memory().write(a, static_cast<unsigned>(unit), s.byte_order, v);
    return m.cpu().deposit(space, a, sw, v);
}

Status unknown_register(Device& dev, std::string_view name) {
    std::vector<std::string> names;
    for (const RegisterDesc& r : dev.registers()) names.push_back(r.name);
    const std::string near = nearest_name(name, names);
    if (!near.empty())
        return Status::error(fmt::format("{} has no register {}; did you mean {}?", dev.name(), to_upper(name), near));
    return Status::error(fmt::format("{} has no register {}", dev.name(), to_upper(name)));
}

Status absent_register(Device& dev, const RegisterDesc& r) {
    return Status::error(fmt::format("{} has no register {} as configured", dev.name(), r.name));
}

int register_index(Device& dev, std::string_view name) {
    const auto& regs = dev.registers();
    for (std::size_t i = 0; i < regs.size(); ++i)
        if (iequals(regs[i].name, name)) return static_cast<int>(i);
    return -1;
}

Status parse_location(Scp& scp, Device& dev, std::string_view spec, std::vector<Location>& out) {
    Machine& m = scp.machine();
    const bool is_cpu = &dev == &m.cpu();
    if (iequals(spec, "STATE") || (!is_cpu && iequals(spec, "ALL"))) {
        // Only what the configuration has: an 11/40 shows no supervisor PARs.
        for (const RegisterDesc& r : dev.registers())
            if (r.is_present()) push_register(out, r);
        return Status::ok();
    }
    if (iequals(spec, "ALL")) {
        const Addr size = m.cpu().console_memory_size();
        if (size == 0) return Status::error("This machine has no memory to examine");
        out.push_back(Location{nullptr, 0, size - 1});
        return Status::ok();
    }
    if (const RegisterDesc* r = dev.find_register(spec)) {
        if (!r->is_present()) return absent_register(dev, *r);
        push_register(out, *r);
        return Status::ok();
    }
    if (Status element = Status::ok(); parse_array_element(dev, spec, out, element)) return element;
    // A range is a-b or, as SIMH also writes it, a:b.
    std::size_t dash = spec.find('-', 1);
    if (dash == std::string_view::npos) dash = spec.find(':', 1);
    if (dash != std::string_view::npos) {
        const int a = register_index(dev, spec.substr(0, dash));
        const int b = register_index(dev, spec.substr(dash + 1));
        if (a >= 0 && b >= 0) {
            if (b < a) return Status::error(fmt::format("Register range {} runs backwards", spec));
            for (int i = a; i <= b; ++i)
                if (dev.registers()[static_cast<std::size_t>(i)].is_present())
                    push_register(out, dev.registers()[static_cast<std::size_t>(i)]);
            return Status::ok();
        }
    }
    if (!is_cpu) return unknown_register(dev, spec);
    std::uint64_t from = 0, to = 0;
    const std::size_t slash = spec.find('/');
    if (dash != std::string_view::npos) {
        if (Status s = scp.evaluate(spec.substr(0, dash), from); !s) return s;
        if (Status s = scp.evaluate(spec.substr(dash + 1), to); !s) return s;
        if (to < from) return Status::error(fmt::format("Address range {} runs backwards", spec));
    } else if (slash != std::string_view::npos) {
        std::uint64_t count = 0;
        if (Status s = scp.evaluate(spec.substr(0, slash), from); !s) return s;
        if (Status s = scp.evaluate(spec.substr(slash + 1), count); !s) return s;
        if (count == 0) return Status::error(fmt::format("Empty address range {}", spec));
        to = from + count - 1;
    } else {
        // Not an address either: say which register names were possible.
        if (Status s = scp.evaluate(spec, from); !s) {
            std::vector<std::string> names;
            for (const RegisterDesc& r : dev.registers()) names.push_back(r.name);
            const std::string near = nearest_name(spec, names);
            if (!near.empty()) return Status::error(fmt::format("{}; did you mean {}?", s.message(), near));
            return s;
        }
        to = from;
    }
    out.push_back(Location{nullptr, from, to});
    return Status::ok();
}

// The value text of a DEPOSIT (or an answer to IDEPOSIT) for a unit of `width` bits,
// numbers in `radix` unless a switch says otherwise: a register's own radix (the one
// EXAMINE shows it in), memory's the machine's. Characters (-a, -c) go in the machine's
// character set and memory byte order.
Status parse_value(Scp& scp, std::string_view text, Switches sw, int width, Radix radix, ByteOrder order,
                   std::uint64_t& value) {
    text = trim(text);
    if (text.empty()) return Status::error("DEPOSIT needs a value");
    if (has_switch(sw, 'a') || has_switch(sw, 'c')) {
        Cursor c(text);
        std::string chars;
        if (Status s = c.next_string(chars); !s) return s;
        if (chars.empty()) return Status::error("Character value is empty");
        const std::size_t max_chars = has_switch(sw, 'a') ? 1 : static_cast<std::size_t>((width + 7) / 8);
        if (chars.size() > max_chars) return Status::error(fmt::format("Too many characters for {} bits", width));
        const CharacterSet set = scp.machine().character_set();
        const std::size_t n = has_switch(sw, 'a') ? 1 : static_cast<std::size_t>((width + 7) / 8);
        value = 0;
        for (std::size_t i = 0; i < chars.size(); ++i) {
            const std::size_t b = order == ByteOrder::Big ? n - 1 - i : i;
            const std::uint8_t c = host_to_guest_char(set, static_cast<std::uint8_t>(chars[i]));
            value |= static_cast<std::uint64_t>(c) << (8 * b);
        }
        return Status::ok();
    }
    std::uint64_t v = 0;
    if (Status s = scp.evaluate(text, radix_from_switches(sw, radix), v); !s) return s;
    if (Status s = fit_width(v, width); !s) return s;
    value = v;
    return Status::ok();
}

Status deposit_register(Scp& scp, const RegisterDesc& r, std::size_t index, std::string_view text, Switches sw,
                        Radix radix) {
    if (r.read_only()) return Status::error(fmt::format("Register {} is read-only", r.name));
    std::uint64_t v = 0;
    if (Status s = parse_value(scp, text, sw, r.width, radix, machine_order(scp.machine()), v); !s)
        return Status::error(fmt::format("{}: {}", r.element_name(index), s.message()));
    if (r.refuse)
        if (const std::string why = r.refuse(v); !why.empty())
            return Status::error(fmt::format("{}: {}", r.element_name(index), why));
    r.assign(index, v);
    return Status::ok();
}

Status memory_error(Machine& m, int space, Addr a) {
    if (space == m.cpu().default_space())
        return Status::error(fmt::format("Non-existent memory at {}", format_address(m, a)));
    return Status::error(fmt::format("Non-existent memory at {} ({})", format_address(m, a), m.cpu().space(space).name));
}

// Deposits at one address; -m assembles and may fill several units. Sets `used` to the
// address units written.
Status deposit_memory(Scp& scp, int space, Addr addr, std::string_view text, Switches sw, Addr& used,
                      const Status* value_error = nullptr) {
    Machine& m = scp.machine();
    Cpu& cpu = m.cpu();
    const int unit_bytes = std::max(1, cpu.examine_bytes(space, sw));
    if (has_switch(sw, 'm')) {
        std::vector<std::uint64_t> words;
        // Tried as an instruction because it was no value: the value's error says more
        // about "D 1000 12x" than the assembler's would.
        if (Status s = cpu.assemble(trim(text), addr, sw, words); !s) return value_error ? *value_error : s;
        if (words.empty()) return Status::error("Nothing to deposit");
        for (std::size_t i = 0; i < words.size(); ++i)
            if (!write_unit(m, space, addr + i * static_cast<Addr>(unit_bytes), sw, unit_bytes, words[i]))
                return memory_error(m, space, addr + i * static_cast<Addr>(unit_bytes));
        used = words.size() * static_cast<Addr>(unit_bytes);
        return Status::ok();
    }
    std::uint64_t v = 0;
    if (Status s = parse_value(scp, text, sw, unit_bytes * 8, data_radix(scp), cpu.space(space).byte_order, v); !s) {
        // Not a value: an instruction, as SIMH reads one without -m (D 1000 NOP).
        if (has_switch(sw, 'a') || has_switch(sw, 'c')) return s;
        return deposit_memory(scp, space, addr, text, sw | switch_bit('m'), used, &s);
    }
    if (!write_unit(m, space, addr, sw, unit_bytes, v)) return memory_error(m, space, addr);
    used = static_cast<Addr>(unit_bytes);
    return Status::ok();
}

Status answer(Scp& scp, const std::string& prompt, std::optional<std::string>& reply) {
    reply = scp.prompt(prompt);
    if (!reply) return Status::error("No input for the new value");
    return Status::ok();
}

Status examine_register(Scp& scp, const RegisterDesc& r, std::size_t index, Mode mode, Switches sw, Radix own) {
    const Radix radix = radix_from_switches(sw, own);
    std::string shown = fmt::format("{}:\t", r.element_name(index));
    if (mode != Mode::IDeposit) shown += show_value(scp.machine(), r.value(index), r.width, radix, sw, machine_order(scp.machine()));
    if (mode == Mode::Examine) {
        scp.out().line(shown);
        return Status::ok();
    }
    std::optional<std::string> reply;
    if (Status s = answer(scp, mode == Mode::IExamine ? shown + " " : shown, reply); !s) return s;
    if (trim(*reply).empty()) return Status::ok();
    return deposit_register(scp, r, index, *reply, sw, own);
}

Status examine_memory(Scp& scp, int space, Addr from, Addr to, Mode mode, Switches sw) {
    Machine& m = scp.machine();
    Cpu& cpu = m.cpu();
    const int unit_bytes = std::max(1, cpu.examine_bytes(space, sw));
    const Radix radix = radix_from_switches(sw, data_radix(scp));
    for (Addr a = from; a <= to;) {
        Addr step = static_cast<Addr>(unit_bytes);
        std::uint64_t v = 0;
        if (!read_unit(m, space, a, sw, unit_bytes, v)) return memory_error(m, space, a);
        std::string shown = format_address(m, a) + ":\t";
        if (has_switch(sw, 'm') && mode != Mode::IDeposit) {
            int used = 0;
            shown += cpu.disassemble(a, sw, used);
            if (used > 0) step = static_cast<Addr>(used);
        } else if (mode != Mode::IDeposit) {
            shown += show_value(m, v, unit_bytes * 8, radix, sw, cpu.space(space).byte_order);
        }
        if (mode == Mode::Examine) {
            scp.out().line(shown);
        } else {
            std::optional<std::string> reply;
            if (Status s = answer(scp, mode == Mode::IExamine ? shown + " " : shown, reply); !s) return s;
            if (!trim(*reply).empty()) {
                Addr used = 0;
                if (Status s = deposit_memory(scp, space, a, *reply, sw, used); !s) return s;
                if (has_switch(sw, 'm')) step = used;
            }
        }
        if (a + step - 1 >= to || a + step < a) break;
        a += step;
    }
    return Status::ok();
}

// Reads an optional device name: "EX RK RKCS" names RK's registers; a CPU register of the
// same name wins ("EX PC" is never a device). A word that reads as a number in the
// machine's radix is an address even when a device has that name, as a 360 device 190
// may: "EX 190" is memory, as it is to any SIMH or Hercules user, and the device is
// named as a device reference, "EX DEV=190 CSW". DEV= names any device.
Status take_device(Scp& scp, Cursor& c, Device*& device, bool& named) {
    Machine& m = scp.machine();
    const std::string_view first = c.peek_word();
    named = false;
    device = &m.cpu();
    if (istarts_with(first, kDeviceReference)) {
        const std::string_view name = first.substr(kDeviceReference.size());
        if (Status s = find_device(m, name, device); !s) return s;
        c.next_word();
        named = true;
        return Status::ok();
    }
    std::uint64_t number = 0;
    if (parse_number(first, m.radix(), number)) return Status::ok();
    if (Device* d = m.find_device(first); d && !m.cpu().find_register(first)) {
        c.next_word();
        named = true;
        device = d;
    }
    return Status::ok();
}

// The address space the switches name (-k, -t ... on the PDP-11; none: the default).
Status select_space(Machine& m, Switches sw, int& space) {
    std::string error;
    if (!m.cpu().select_space(sw, false, space, error)) return Status::error(error);
    return Status::ok();
}

Status examine_like(Scp& scp, CommandArgs& args, Mode mode) {
    Cursor& c = args.cursor;
    if (c.at_end()) return Status::error(fmt::format("{} needs an address or register", args.spec->name));
    bool named = false;
    Device* device = nullptr;
    if (Status s = take_device(scp, c, device, named); !s) return s;
    Device& dev = *device;
    int space = 0;
    if (Status s = select_space(scp.machine(), args.switches, space); !s) return s;
    std::vector<Location> locations;
    if (named && c.at_end()) {
        if (Status s = parse_location(scp, dev, "STATE", locations); !s) return s;
    }
    for (const std::string& spec : split_items(c.rest()))
        if (Status s = parse_location(scp, dev, spec, locations); !s) return s;
    c.consume_rest();
    for (const Location& l : locations) {
        Status s = l.reg ? examine_register(scp, *l.reg, static_cast<std::size_t>(l.from), mode, args.switches,
                                            register_radix(scp, dev, *l.reg))
                         : examine_memory(scp, space, l.from, l.to, mode, args.switches);
        if (!s) return s;
    }
    return Status::ok();
}

}  // namespace

Status cmd_examine(Scp& scp, CommandArgs& args) { return examine_like(scp, args, Mode::Examine); }
Status cmd_iexamine(Scp& scp, CommandArgs& args) { return examine_like(scp, args, Mode::IExamine); }
Status cmd_ideposit(Scp& scp, CommandArgs& args) { return examine_like(scp, args, Mode::IDeposit); }

Status cmd_deposit(Scp& scp, CommandArgs& args) {
    Cursor& c = args.cursor;
    if (c.at_end()) return Status::error("DEPOSIT needs an address or register and a value");
    bool named = false;
    Device* device = nullptr;
    if (Status s = take_device(scp, c, device, named); !s) return s;
    Device& dev = *device;
    int space = 0;
    if (Status s = select_space(scp.machine(), args.switches, space); !s) return s;
    const std::string_view spec = c.next_word();
    const std::string_view value = c.rest();
    if (spec.empty() || value.empty()) return Status::error("DEPOSIT needs an address or register and a value");
    std::vector<Location> locations;
    if (Status s = parse_location(scp, dev, spec, locations); !s) return s;
    for (const Location& l : locations) {
        if (l.reg) {
            if (Status s = deposit_register(scp, *l.reg, static_cast<std::size_t>(l.from), value, args.switches,
                                            register_radix(scp, dev, *l.reg));
                !s)
                return s;
            continue;
        }
        for (Addr a = l.from; a <= l.to;) {
            Addr used = 0;
            if (Status s = deposit_memory(scp, space, a, value, args.switches, used); !s) return s;
            if (used == 0 || a + used - 1 >= l.to || a + used < a) break;
            a += used;
        }
    }
    return Status::ok();
}

Status cmd_evaluate(Scp& scp, CommandArgs& args) {
    const std::string_view text = args.cursor.rest();
    if (text.empty()) return Status::error("EVALUATE needs an expression");
    std::uint64_t v = 0;
    if (Status s = scp.evaluate(text, v); !s) return s;
    args.cursor.consume_rest();
    scp.out().line(format_number(v, radix_from_switches(args.switches, scp.machine().radix()), 0));
    return Status::ok();
}

}  // namespace simmon::scp
