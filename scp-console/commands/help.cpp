// HELP: the command table's help text, and a device's registers, options and debug flags.
#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "scp-console/commands/commands.hpp"
#include "scp-console/commands/common.hpp"
#include "scp-console/session.hpp"

namespace simmon::scp {

namespace {

void help_list(Scp& scp) {
    for (const CommandSpec& c : command_table()) {
        std::string name(c.name);
        if (!c.aliases.empty()) name += fmt::format(" ({})", c.aliases);
        scp.out().line(fmt::format("{:<22}{}", name, c.help));
    }
    scp.out().line(fmt::format("{:<22}{}", "! [command]", "run a host command (after SET SHELL ENABLED)"));
    if (!scp.machine_commands().empty()) {
        scp.out().line(fmt::format("Commands of the {}:", scp.machine().name()));
        for (const CommandSpec& c : scp.machine_commands()) {
            // The shortest form in the customary SIMH notation: IPL -> "IP(L)".
            std::string name(c.name.substr(0, c.min_length));
            if (c.min_length < c.name.size()) name += fmt::format("({})", c.name.substr(c.min_length));
            scp.out().line(fmt::format("{:<22}{}", name, c.help));
        }
    }
    scp.out().line("HELP <command> describes a command, HELP <device> a device.");
}

void help_command(Scp& scp, const CommandSpec& c) {
    scp.out().line(c.usage);
    scp.out().line(fmt::format("  {}", c.help));
    if (!c.aliases.empty()) scp.out().line(fmt::format("  Short forms: {}", c.aliases));
    if (c.machine && c.min_length < c.name.size())
        scp.out().line(fmt::format("  Shortest form: {}", c.name.substr(0, c.min_length)));
    std::string_view d = c.details;
    while (!d.empty()) {
        const std::size_t nl = d.find('\n');
        scp.out().line(fmt::format("  {}", d.substr(0, nl)));
        if (nl == std::string_view::npos) break;
        d.remove_prefix(nl + 1);
    }
    const std::vector<Keyword>* keywords = c.name == "SET" ? &set_keywords() : c.name == "SHOW" ? &show_keywords() : nullptr;
    if (keywords) {
        scp.out().line(fmt::format("  {} keywords:", c.name));
        for (const Keyword& k : *keywords) scp.out().line(fmt::format("    {:<16}{}", k.name, k.help));
    }
}

void help_device(Scp& scp, Device& d) {
    scp.out().line(fmt::format("{}: {}", d.name(), d.description()));
    if (!d.units().empty()) {
        std::string units;
        for (const auto& u : d.units()) units += (units.empty() ? "" : " ") + u->name();
        scp.out().line("  Units: " + units);
        std::string attachable;
        for (const auto& u : d.units())
            if (u->attachable()) attachable += (attachable.empty() ? "" : "|") + u->name();
        if (!attachable.empty())
            scp.out().line(fmt::format("  Attach: ATTACH [-r] [-n] [-q] {} {}", attachable, d.attach_argument()));
        else
            scp.out().line("  Attach: nothing (no unit takes a file)");
    }
    if (!d.modifiers().empty()) {
        scp.out().line(fmt::format("  SET/SHOW {} options:", d.name()));
        for (const Modifier& m : d.modifiers())
            scp.out().line(fmt::format("    {:<18}{}{}", m.takes_value ? m.name + "=..." : m.name, m.help,
                                       m.per_unit ? " (per unit)" : ""));
    }
    if (!d.registers().empty()) {
        scp.out().line("  Registers:");
        for (const RegisterDesc& r : d.registers())
            scp.out().line(fmt::format("    {:<10}{:>3} bits{}  {}",
                                       r.is_array() ? fmt::format("{}[0-{}]", r.name, r.depth - 1) : r.name, r.width,
                                       r.read_only() ? ", read-only" : "", r.help));
    }
    if (!d.debug_flag_names().empty()) {
        std::string flags;
        for (const auto& f : d.debug_flag_names()) flags += (flags.empty() ? "" : " ") + f;
        scp.out().line("  Debug flags: " + flags);
    }
}

}  // namespace

Status cmd_help(Scp& scp, CommandArgs& args) {
    const std::string_view topic = args.cursor.next_word();
    if (Status s = expect_end(args.cursor); !s) return s;
    if (topic.empty()) {
        help_list(scp);
        return Status::ok();
    }
    if (topic == "!") {
        scp.out().line("! [command]: run a host shell command; refused unless SET SHELL ENABLED");
        return Status::ok();
    }
    if (scp.has_machine())
        if (Device* d = scp.machine().find_device(topic)) {
            help_device(scp, *d);
            return Status::ok();
        }
    const CommandMatch match = scp.find_command(topic);
    if (!match.spec) return Status::error(match.error);
    help_command(scp, *match.spec);
    return Status::ok();
}

}  // namespace simmon::scp
