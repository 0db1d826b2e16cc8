#include "scp-console/command/command_table.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "scp-console/commands/commands.hpp"

namespace simmon::scp {

namespace {

// Edits between two words, case ignored, where swapping two neighbouring letters counts
// as one edit (the commonest typing slip: SHWO for SHOW) besides insert, delete, replace.
// Words are short (command names), so the full table is cheap.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t w = b.size() + 1;
    std::vector<std::size_t> d((a.size() + 1) * w);
    auto at = [&](std::size_t i, std::size_t j) -> std::size_t& { return d[i * w + j]; };
    for (std::size_t i = 0; i <= a.size(); ++i) at(i, 0) = i;
    for (std::size_t j = 0; j <= b.size(); ++j) at(0, j) = j;
    auto same = [](char x, char y) { return ascii_upper(x) == ascii_upper(y); };
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = same(a[i - 1], b[j - 1]) ? 0 : 1;
            std::size_t best = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]))
                best = std::min(best, at(i - 2, j - 2) + 1);
            at(i, j) = best;
        }
    }
    return at(a.size(), b.size());
}

bool alias_matches(std::string_view aliases, std::string_view word) {
    while (!aliases.empty()) {
        const std::size_t space = aliases.find(' ');
        const std::string_view alias = aliases.substr(0, space);
        if (iequals(alias, word)) return true;
        if (space == std::string_view::npos) break;
        aliases.remove_prefix(space + 1);
    }
    return false;
}

}  // namespace

std::string nearest_name(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_distance = ~std::size_t{0};
    for (const std::string& c : candidates) {
        const std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    // A plausible typo: at most a third of the word wrong, never more than 3 edits, and
    // something left of the word (any one character is one edit from any other).
    const std::size_t allowed = std::min<std::size_t>(3, std::max<std::size_t>(1, word.size() / 3));
    return best_distance <= allowed && best_distance < word.size() ? best : std::string{};
}

CommandMatch find_command(std::string_view word, const std::vector<CommandSpec>& machine_commands) {
    const auto& table = command_table();
    for (const CommandSpec& c : table)
        if (iequals(c.name, word)) return {&c, {}};
    for (const CommandSpec& c : table)
        if (alias_matches(c.aliases, word)) return {&c, {}};
    for (const CommandSpec& c : machine_commands)
        if (iequals(c.name, word)) return {&c, {}};

    std::vector<const CommandSpec*> prefixed;
    for (const CommandSpec& c : table)
        if (istarts_with(c.name, word)) prefixed.push_back(&c);
    for (const CommandSpec& c : machine_commands)
        if (word.size() >= c.min_length && istarts_with(c.name, word)) prefixed.push_back(&c);
    if (prefixed.size() == 1) return {prefixed.front(), {}};
    if (prefixed.size() > 1) {
        std::string list;
        for (std::size_t i = 0; i < prefixed.size() && i < 6; ++i) {
            if (i) list += ", ";
            list += prefixed[i]->name;
        }
        if (prefixed.size() > 6) list += ", ...";
        return {nullptr, fmt::format("Ambiguous command: {} ({})", to_upper(word), list)};
    }

    std::vector<std::string> names;
    for (const CommandSpec& c : table) names.emplace_back(c.name);
    for (const CommandSpec& c : machine_commands) names.emplace_back(c.name);
    const std::string near = nearest_name(word, names);
    if (!near.empty()) return {nullptr, fmt::format("Unknown command: {}; did you mean {}?", to_upper(word), near)};
    return {nullptr, fmt::format("Unknown command: {} (HELP lists the commands)", to_upper(word))};
}

std::vector<CommandSpec> machine_command_specs(const std::vector<MachineCommand>& commands) {
    std::vector<CommandSpec> specs;
    for (const MachineCommand& m : commands) {
        CommandSpec c;
        c.name = m.name;
        c.usage = m.usage;
        c.help = m.help;
        c.details = m.details;
        c.handler = cmd_machine;
        c.machine = &m;
        c.min_length = m.min_length;
        specs.push_back(c);
    }
    return specs;
}

Status check_machine_commands(const std::vector<MachineCommand>& commands) {
    for (std::size_t i = 0; i < commands.size(); ++i) {
        const MachineCommand& m = commands[i];
        const bool word = !m.name.empty() && std::all_of(m.name.begin(), m.name.end(), [](char ch) {
            return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
        });
        if (!word || m.name[0] < 'A') return Status::error(fmt::format("Machine command \"{}\" is not an upper-case word", m.name));
        if (m.min_length < 1 || m.min_length > m.name.size())
            return Status::error(fmt::format("Machine command {}: shortest form of {} letters", m.name, m.min_length));
        if (!m.handler) return Status::error(fmt::format("Machine command {} has no handler", m.name));
        for (std::size_t j = 0; j < i; ++j)
            if (commands[j].name == m.name) return Status::error(fmt::format("Machine command {} is defined twice", m.name));
        // Every form of the machine command a user may type (its prefixes from the
        // shortest form up) must have meant nothing to the SCP before: not a built-in
        // name or short form, nor a prefix of a built-in name, so that no line a script
        // already uses changes its meaning.
        for (std::size_t len = m.min_length; len <= m.name.size(); ++len) {
            const std::string_view form = std::string_view(m.name).substr(0, len);
            for (const CommandSpec& c : command_table())
                if (istarts_with(c.name, form) || alias_matches(c.aliases, form))
                    return Status::error(fmt::format("Machine command {}: {} already means the SCP's {}", m.name, form, c.name));
        }
    }
    return Status::ok();
}

}  // namespace simmon::scp
