#include "scp-console/commands/device_report.hpp"

#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "scp-console/command/command_table.hpp"

namespace simmon::scp {

std::string unit_summary(const Unit& unit) {
    std::string s = fmt::format("  {}", unit.name());
    if (unit.disabled()) return s + "\tdisabled";
    std::vector<std::string> parts;
    if (unit.attachable() || unit.attached()) {
        if (!unit.attached()) parts.push_back("not attached");
        else if (!unit.attach_text().empty()) parts.push_back("attached to " + unit.attach_text());
        else parts.push_back(fmt::format("attached to {}{}", unit.file().path(), unit.file().read_only() ? ", read only" : ""));
    }
    if (unit.capacity && unit.attached()) parts.push_back(fmt::format("capacity {}", unit.capacity));
    for (const Modifier& m : unit.device().modifiers())
        if (m.per_unit && m.in_summary && m.show) parts.push_back(m.show(&unit));
    for (std::size_t i = 0; i < parts.size(); ++i) s += (i ? ", " : "\t") + parts[i];
    return s;
}

std::vector<std::string> device_summary(const Device& device, const Unit* only_unit) {
    std::vector<std::string> lines;
    std::string head = fmt::format("{}\t{}", device.name(), device.description());
    if (!device.enabled()) head += ", disabled";
    for (const Modifier& m : device.modifiers())
        if (!m.per_unit && m.in_summary && m.show) head += ", " + m.show(nullptr);
    if (device.debug_mask()) head += ", debug=" + debug_flags_text(device, device.debug_mask());
    lines.push_back(head);
    for (const auto& u : device.units())
        if (!only_unit || only_unit == u.get()) lines.push_back(unit_summary(*u));
    if (!only_unit) {
        const std::string extra = device.show_status();
        std::size_t start = 0;
        while (start < extra.size()) {
            std::size_t nl = extra.find('\n', start);
            if (nl == std::string::npos) nl = extra.size();
            lines.push_back("  " + extra.substr(start, nl - start));
            start = nl + 1;
        }
    }
    return lines;
}

Status parse_debug_flags(const Device& device, std::string_view text, std::uint32_t& mask) {
    const auto& names = device.debug_flag_names();
    if (names.empty()) return Status::error(fmt::format("{} has no debug flags", device.name()));
    mask = 0;
    if (text.empty()) {
        mask = names.size() >= 32 ? ~std::uint32_t{0} : (std::uint32_t{1} << names.size()) - 1;
        return Status::ok();
    }
    while (!text.empty()) {
        const std::size_t sep = text.find_first_of(";+,");
        const std::string_view flag = text.substr(0, sep);
        if (!flag.empty()) {
            bool found = false;
            for (std::size_t i = 0; i < names.size() && i < 32; ++i)
                if (iequals(names[i], flag)) {
                    mask |= std::uint32_t{1} << i;
                    found = true;
                }
            if (!found) {
                std::string list;
                for (const auto& n : names) list += (list.empty() ? "" : " ") + n;
                return Status::error(fmt::format("{} has no debug flag {} (flags: {})", device.name(), to_upper(flag), list));
            }
        }
        if (sep == std::string_view::npos) break;
        text.remove_prefix(sep + 1);
    }
    return Status::ok();
}

std::string debug_flags_text(const Device& device, std::uint32_t mask) {
    std::string s;
    const auto& names = device.debug_flag_names();
    for (std::size_t i = 0; i < names.size() && i < 32; ++i)
        if (mask & (std::uint32_t{1} << i)) s += (s.empty() ? "" : ";") + names[i];
    return s;
}

Status find_modifier(const Device& device, std::string_view name, const Modifier*& modifier) {
    modifier = nullptr;
    for (const Modifier& m : device.modifiers())
        if (iequals(m.name, name)) {
            modifier = &m;
            return Status::ok();
        }
    std::vector<const Modifier*> prefixed;
    for (const Modifier& m : device.modifiers())
        if (istarts_with(m.name, name)) prefixed.push_back(&m);
    if (prefixed.size() == 1) {
        modifier = prefixed.front();
        return Status::ok();
    }
    if (prefixed.size() > 1) {
        std::string list;
        for (const Modifier* m : prefixed) list += (list.empty() ? "" : ", ") + m->name;
        return Status::error(fmt::format("Ambiguous {} option: {} ({})", device.name(), to_upper(name), list));
    }
    std::vector<std::string> names{"ENABLED", "DISABLED", "DEBUG", "NODEBUG"};
    for (const Modifier& m : device.modifiers()) names.push_back(m.name);
    const std::string near = nearest_name(name, names);
    if (!near.empty())
        return Status::error(fmt::format("{} has no option {}; did you mean {}?", device.name(), to_upper(name), near));
    return Status::error(fmt::format("{} has no option {} (HELP {} lists them)", device.name(), to_upper(name), device.name()));
}

}  // namespace simmon::scp
