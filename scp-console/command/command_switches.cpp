#include "scp-console/command/command_switches.hpp"

#include <fmt/format.h>

#include "scp-console/command/command_table.hpp"
#include "scp-console/commands/common.hpp"

namespace simmon::scp {

namespace {

struct Row {
    std::string_view command;
    std::string_view letters;
    MoreSwitches more;
};

// Commands not listed take no switch. Commands whose table row says takes_switches=false
// (ECHO, IF, CALL ...) read "-x" words as arguments and never come here.
constexpr Row kRows[] = {
    {"EXAMINE", "odhacm", MoreSwitches::AddressSpaces},
    {"DEPOSIT", "odhacm", MoreSwitches::AddressSpaces},
    {"IEXAMINE", "odhacm", MoreSwitches::AddressSpaces},
    {"IDEPOSIT", "odhacm", MoreSwitches::AddressSpaces},
    {"EVALUATE", "odh", MoreSwitches::None},
    {"BREAK", "erwn", MoreSwitches::AddressSpaces},
    {"NOBREAK", "erwn", MoreSwitches::AddressSpaces},
    {"ATTACH", "rnqef", MoreSwitches::Handler},
    {"LOAD", "", MoreSwitches::Handler},
    {"DUMP", "", MoreSwitches::Handler},
    {"DO", "v", MoreSwitches::None},
    {"EXPECT", "ricp", MoreSwitches::None},
    {"SEND", "t", MoreSwitches::None},
};

}  // namespace

SwitchRule switch_rule(const CommandSpec& spec) {
    if (spec.machine) return SwitchRule{spec.machine->switches, MoreSwitches::None};
    for (const Row& r : kRows)
        if (r.command == spec.name) return SwitchRule{switch_letters(r.letters), r.more};
    return SwitchRule{};
}

Status check_switches(std::string_view command, Switches given, Switches allowed) {
    const Switches unknown = given & ~allowed;
    if (unknown == 0) return Status::ok();
    const std::string plural = (unknown & (unknown - 1)) ? "es" : "";
    if (allowed == 0) return Status::error(fmt::format("{}: unknown switch{} {} ({} takes none)", command, plural, describe_switches(unknown), command));
    return Status::error(fmt::format("{}: unknown switch{} {} (it takes {})", command, plural, describe_switches(unknown),
                                     describe_switches(allowed)));
}

}  // namespace simmon::scp
