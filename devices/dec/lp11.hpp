// LP11 line printer controller, printing to a host file (character_output.hpp).
// Registers: LPS 777514 (15 ERROR, 7 DONE, 6 IE), LPB 777516 (7-bit character);
// vector 200, BR4. ERROR means the printer is off line: here, no file attached.
// Follows the LP11 line printer manual (DEC-11-HLPA) and the PDP-11 peripherals handbook.
#pragma once
#include "devices/dec/character_output.hpp"

namespace simmon::dec {

class Lp11 final : public CharacterOutput {
public:
    static constexpr std::uint32_t kBase = 0777514;
    static constexpr std::uint16_t kVector = 0200;
    static constexpr SimTime kDefaultDelay = usec(100);

    static constexpr CharacterOutputTraits kTraits = {
        .name = "LPT", .description = "LP11 line printer", .base = kBase, .vector = kVector,
        .status_name = "LPS", .status_help = "status (15 ERROR, 7 DONE, 6 IE)",
        .buffer_name = "LPB", .buffer_help = "character buffer", .data_mask = 0177,
        .done_verb = "printed", .what = "a printer",
    };

    Lp11(Machine& machine, DecBus& bus) : CharacterOutput(machine, bus, kTraits, kDefaultDelay) {}
};

}  // namespace simmon::dec
