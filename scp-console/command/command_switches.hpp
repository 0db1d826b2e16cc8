// The switches each command takes. SIMH refuses a switch a command does not know, and so
// does simmon: a typo such as ATTACH -x never quietly means something else.
#pragma once
#include <string_view>

#include "core/machine/status.hpp"
#include "core/machine/types.hpp"

namespace simmon::scp {

struct CommandSpec;

// Where a command's switches come from beyond the SCP's own letters.
enum class MoreSwitches {
    None,
    AddressSpaces,  // the CPU's address-space letters (EXAMINE -k, BREAK -u ...)
    Handler,        // the handler checks them (ATTACH asks the device, LOAD the machine)
};

struct SwitchRule {
    Switches letters = 0;
    MoreSwitches more = MoreSwitches::None;
};

// The rule of a built-in or machine command (a machine command lists its own letters).
SwitchRule switch_rule(const CommandSpec& spec);

// Error "ATTACH: unknown switch -x (it takes -r -n -q -e -f)" when `given` has a letter
// outside `allowed`.
Status check_switches(std::string_view command, Switches given, Switches allowed);

// Letters from a string: "rnq" -> -r -n -q.
constexpr Switches switch_letters(std::string_view letters) {
    Switches s = 0;
    for (char c : letters) s |= switch_bit(c);
    return s;
}

}  // namespace simmon::scp
