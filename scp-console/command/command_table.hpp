// The command table: one row per command with its SIMH short forms and help text.
// Dispatch, HELP and tab completion all read this one table.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/machine_command.hpp"
#include "core/machine/status.hpp"
#include "core/machine/types.hpp"
#include "scp-console/command/tokenizer.hpp"

namespace simmon::scp {

class Scp;
struct CommandSpec;

// What a handler receives: the word as typed, the leading switches, and a cursor on the
// arguments after them.
struct CommandArgs {
    const CommandSpec* spec = nullptr;
    std::string_view typed;
    Switches switches = 0;
    Cursor cursor;
};

using CommandHandler = Status (*)(Scp&, CommandArgs&);

struct CommandSpec {
    std::string_view name;      // "EXAMINE"
    std::string_view aliases;   // customary short forms, space separated: "E EX"
    std::string_view usage;     // "EXAMINE [-switches] what ..."
    std::string_view help;      // one line for the HELP list
    std::string_view details;   // further lines for HELP <command>
    CommandHandler handler = nullptr;
    bool takes_switches = true;  // false: a leading "-x" belongs to the arguments (ECHO, IF)
    // A machine's command (the 360's IPL): the row it came from, and the shortest prefix
    // that selects it. Built-in commands have neither (any unique prefix works).
    const MachineCommand* machine = nullptr;
    std::size_t min_length = 0;
};

// The SCP's own commands.
const std::vector<CommandSpec>& command_table();

// Rows for a machine's commands, pointing into `commands` (which must outlive them).
std::vector<CommandSpec> machine_command_specs(const std::vector<MachineCommand>& commands);
// Refuses a machine command table that would change what a built-in command line means:
// a name or shortest form that is a built-in name or short form, a duplicate, a bad name.
Status check_machine_commands(const std::vector<MachineCommand>& commands);

struct CommandMatch {
    const CommandSpec* spec = nullptr;  // null when `error` says why
    std::string error;
};

// Exact name, then a customary short form, then a machine command's exact name, then a
// unique prefix among both tables (a machine command's at least its min_length long). An
// unknown word gets the nearest command name as a suggestion; an ambiguous prefix lists
// the candidates.
CommandMatch find_command(std::string_view word, const std::vector<CommandSpec>& machine_commands = {});

// Nearest of `candidates` to `word` by edit distance (case-insensitive), or empty when
// nothing is close enough to be a plausible typo.
std::string nearest_name(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace simmon::scp
