// What SET and SHOW share: the first word names a device, a unit (SET RK1 LOCKED) or one
// of the command's keywords, matched by name, alias or unique prefix.
#include <algorithm>
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

const Keyword* find_keyword(const std::vector<Keyword>& table, std::string_view word) {
    if (word.empty()) return nullptr;
    for (const Keyword& k : table) {
        if (iequals(k.name, word)) return &k;
        std::string_view a = k.aliases;
        while (!a.empty()) {
            const std::size_t sp = a.find(' ');
            if (iequals(a.substr(0, sp), word)) return &k;
            if (sp == std::string_view::npos) break;
            a.remove_prefix(sp + 1);
        }
    }
    const Keyword* only = nullptr;
    for (const Keyword& k : table)
        if (istarts_with(k.name, word)) {
            if (only) return nullptr;
            only = &k;
        }
    return only;
}

Status device_or_keyword(Scp& scp, Cursor& c, std::string_view verb, const std::vector<Keyword>& keywords,
                         DeviceCommand on_device) {
    const std::string_view word = c.next_word();
    if (word.empty()) return Status::error(fmt::format("{} what? (HELP {})", verb, verb));
    Machine& m = scp.machine();
    Device* dev = m.find_device(word);
    Unit* unit = nullptr;
    if (!dev) {
        auto [d, u] = m.find_unit(word);
        if (d && u && iequals(u->name(), word)) {
            dev = d;
            unit = u;
        }
    }
    if (dev) return on_device(scp, *dev, unit, c);
    if (const Keyword* k = find_keyword(keywords, word)) return k->handler(scp, c);
    // SIMH writes some settings as NAME=value (SET PROMPT="..."): the handler reads "=value".
    if (const std::size_t eq = word.find('='); eq != std::string_view::npos && eq > 0)
        if (const Keyword* k = find_keyword(keywords, word.substr(0, eq))) {
            c.set_position(c.position() - (word.size() - eq));
            return k->handler(scp, c);
        }
    if (m.find_unmodelled(word)) {
        // SET RQ DISABLED asks for what is already so: the device is not on the bus.
        const std::vector<std::string> items = split_items(c.rest());
        const bool disabling = verb == "SET" && !items.empty() && std::all_of(items.begin(), items.end(), [](const std::string& i) {
            return iequals(i, "DISABLED") || iequals(i, "DISABLE");
        });
        if (disabling) {
            c.consume_rest();
            return Status::ok();
        }
        return not_modelled(m, word);
    }
    std::vector<std::string> names;
    for (const Keyword& k : keywords) names.emplace_back(k.name);
    for (Device* d : m.devices()) {
        names.push_back(d->name());
        for (const auto& u : d->units()) names.push_back(u->name());
    }
    const std::string near = nearest_name(word, names);
    if (!near.empty())
        return Status::error(
            fmt::format("Unknown device or {} option: {}; did you mean {}?", verb, to_upper(word), near));
    return Status::error(fmt::format("Unknown device or {} option: {} (HELP {})", verb, to_upper(word), verb));
}

}  // namespace simmon::scp
