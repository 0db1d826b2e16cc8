#include "devices/dec/drive_modifiers.hpp"

#include <fmt/format.h>

namespace simmon::dec {

int unit_index_of(const Device& device, const Unit& unit) {
    const auto& units = device.units();
    for (std::size_t i = 0; i < units.size(); ++i)
        if (units[i].get() == &unit) return static_cast<int>(i);
    return 0;
}

Modifier per_unit_modifier(const Device& device, std::string name, std::string help, std::function<Status(int)> apply) {
    Modifier m;
    m.name = std::move(name);
    m.help = std::move(help);
    m.per_unit = true;
    m.set = [&device, apply = std::move(apply), n = m.name](Unit* u, std::string_view) {
        if (!u) return Status::error(fmt::format("SET {} {} needs a unit: SET {}0 {}", device.name(), n, device.name(), n));
        return apply(unit_index_of(device, *u));
    };
    return m;
}

Modifier locked_modifier(const Device& device, std::string switch_help, std::function<void(int, bool)> set_lock,
                         std::function<bool(int)> is_protected) {
    Modifier m = per_unit_modifier(device, "LOCKED", std::move(switch_help), [set_lock](int d) {
        set_lock(d, true);
        return Status::ok();
    });
    m.show = [&device, is_protected = std::move(is_protected)](const Unit* u) {
        if (!u) return std::string();
        return std::string(is_protected(unit_index_of(device, *u)) ? "write locked" : "write enabled");
    };
    m.in_summary = true;
    return m;
}

Modifier write_enabled_modifier(const Device& device, std::function<void(int, bool)> set_lock) {
    return per_unit_modifier(device, "WRITEENABLED", "allow writing (a file attached read-only stays protected)",
                             [set_lock = std::move(set_lock)](int d) {
                                 set_lock(d, false);
                                 return Status::ok();
                             });
}

}  // namespace simmon::dec
