// Commands a machine adds to the SCP's command language, with their help text: the 360's
// IPL (initial program load from a device address), a front panel's own verbs. The
// machine publishes one row per command; the SCP's dispatch, HELP and tab completion all
// read these rows next to its own table, so a machine command is typed, abbreviated and
// described like a built-in one. The core only carries the rows: it parses nothing.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "core/machine/status.hpp"
#include "core/machine/types.hpp"

namespace simmon {

// One call of a machine command, as the SCP hands it over.
struct MachineCommandCall {
    std::string_view arguments;                   // the line after the word and its switches, trimmed
    Switches switches = 0;                        // leading -x switches
    std::function<void(std::string_view)> print;  // one line to the console
    // Set by the handler when the machine is to run now, as after BOOT (IPL does).
    bool start = false;
};

struct MachineCommand {
    std::string name;            // "IPL"
    std::size_t min_length = 1;  // shortest accepted abbreviation (SIMH's and Hercules' custom)
    std::string usage;           // "IPL devaddr"
    std::string help;            // one line for the HELP list
    std::string details;         // further lines for HELP <name>, '\n' separated
    std::function<Status(MachineCommandCall&)> handler;
    Switches switches = 0;       // the -x letters it takes; the SCP refuses any other
};

}  // namespace simmon
