#include "scp-console/commands/common.hpp"

#include <algorithm>
#include <bit>
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "core/text/numbers.hpp"
#include "scp-console/command/command_table.hpp"

namespace simmon::scp {

std::string format_address(Machine& machine, Addr addr) { return format_number(addr, machine.radix(), 0); }

std::string format_pc(Machine& machine, Addr addr) {
    const int needed = 64 - std::countl_zero(addr);
    const int minimum = machine.cpu().space(machine.cpu().break_space()).address_bits;
    return format_number(addr, machine.radix(), std::max(needed, minimum));
}

Radix radix_from_switches(Switches switches, Radix fallback) {
    if (has_switch(switches, 'o')) return Radix::Octal;
    if (has_switch(switches, 'd')) return Radix::Decimal;
    if (has_switch(switches, 'h')) return Radix::Hex;
    return fallback;
}

Status parse_count(std::string_view text, std::uint64_t& value) {
    std::uint64_t scale = 1;
    std::string_view digits = text;
    if (!digits.empty() && (digits.back() == 'K' || digits.back() == 'k')) {
        scale = 1000;
        digits.remove_suffix(1);
    } else if (!digits.empty() && (digits.back() == 'M' || digits.back() == 'm')) {
        scale = 1000000;
        digits.remove_suffix(1);
    }
    if (!digits.empty() && digits.back() == '.') digits.remove_suffix(1);
    std::uint64_t n = 0;
    if (!parse_number(digits, Radix::Decimal, n) || n > ~std::uint64_t{0} / scale)
        return Status::error(fmt::format("Invalid count: {} (a decimal number, optionally with K or M)", text));
    value = n * scale;
    return Status::ok();
}

Status expect_end(Cursor& cursor) {
    if (cursor.at_end()) return Status::ok();
    return Status::error(fmt::format("Unexpected argument: {}", cursor.rest()));
}

Status not_modelled(Machine& machine, std::string_view name) {
    const Machine::UnmodelledDevice* d = machine.find_unmodelled(name);
    if (!d) return Status::ok();
    return Status::error(fmt::format("{}: the {} is not modelled (yet)", to_upper(name), d->description));
}

Status find_device(Machine& machine, std::string_view name, Device*& device) {
    device = machine.find_device(name);
    if (device) return Status::ok();
    if (Status s = not_modelled(machine, name); !s) return s;
    std::vector<std::string> names;
    for (Device* d : machine.devices()) names.push_back(d->name());
    const std::string near = nearest_name(name, names);
    if (!near.empty()) return Status::error(fmt::format("Unknown device: {}; did you mean {}?", to_upper(name), near));
    return Status::error(fmt::format("Unknown device: {} (SHOW DEVICES lists them)", to_upper(name)));
}

Status find_unit(Machine& machine, std::string_view name, Unit*& unit) {
    auto [device, u] = machine.find_unit(name);
    unit = u;
    if (unit) return Status::ok();
    if (device) return Status::error(fmt::format("Device {} has no units", device->name()));
    if (Status s = not_modelled(machine, name); !s) return s;
    std::vector<std::string> names;
    for (Device* d : machine.devices())
        for (const auto& x : d->units()) names.push_back(x->name());
    const std::string near = nearest_name(name, names);
    if (!near.empty()) return Status::error(fmt::format("Unknown unit: {}; did you mean {}?", to_upper(name), near));
    return Status::error(fmt::format("Unknown unit: {} (SHOW DEVICES lists them)", to_upper(name)));
}

Status fit_width(std::uint64_t& value, int width_bits) {
    if (width_bits >= 64) return Status::ok();
    const std::uint64_t mask = (std::uint64_t{1} << width_bits) - 1;
    if (value <= mask) return Status::ok();
    // Two's complement negative that fits: the bits above the width are all ones and the
    // sign bit of the width is set.
    const std::uint64_t high = value | mask;
    if (high == ~std::uint64_t{0} && (value >> (width_bits - 1) & 1u)) {
        value &= mask;
        return Status::ok();
    }
    return Status::error(fmt::format("Value too large for {} bits", width_bits));
}

std::string char_text(std::uint8_t c) {
    if (c >= 32 && c < 127) return std::string(1, static_cast<char>(c));
    if (c < 32) return fmt::format("^{}", static_cast<char>(c + '@'));
    return fmt::format("<{:03o}>", c);
}

std::string guest_char_text(Machine& machine, std::uint8_t c) {
    if (machine.character_set() == CharacterSet::Ascii) return char_text(c);
    // EBCDIC: printable characters as themselves, the rest as their code in the
    // machine radix (<15> is the 360's NL), not as a Latin-1 code the guest never used.
    const std::uint8_t host = guest_to_host_char(machine.character_set(), c);
    if (host >= 32 && host < 127) return std::string(1, static_cast<char>(host));
    return "<" + format_number(c, machine.radix(), 8) + ">";
}

}  // namespace simmon::scp
