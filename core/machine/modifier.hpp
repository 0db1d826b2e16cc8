// SET/SHOW modifiers of a device or unit, in a table with their help text
// (SIMH's MTAB, Hercules' cmdtab): HELP, completion and the parser all read this.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "core/machine/status.hpp"

namespace simmon {

class Unit;

struct Modifier {
    // Name as typed after SET <dev>: "11/34", "256K", "HISTORY", "RL02", "LOCKED".
    // A modifier with `takes_value` is written NAME=value.
    std::string name;
    std::string help;  // one line, shown by HELP <dev> and SHOW <dev> MODIFIERS
    bool takes_value = false;
    bool per_unit = false;  // SET RK0 LOCKED (true) vs SET CPU 11/34 (false)

    // Applies the modifier. `unit` is null for device-level modifiers; `value` is empty
    // unless takes_value. Returns an error Status with a user-facing message.
    std::function<Status(Unit* unit, std::string_view value)> set;

    // Optional: text for SHOW <dev> (or SHOW <unit>) NAME, and whether it appears in the
    // device's summary line. Empty function => not showable.
    std::function<std::string(const Unit* unit)> show;
    bool in_summary = false;

    // Non-empty: an option SIMH's device has and simmon does not model (yet), such as a
    // processor model. SET refuses it with this text, before applying any option of the
    // same command.
    std::string unmodelled;
};

}  // namespace simmon
