// Text about devices and units shared by SHOW, HELP and SET: summaries, debug flags.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/device.hpp"
#include "core/machine/status.hpp"

namespace simmon::scp {

// "RK	RK11 cartridge disk, 8 units" and a line per unit (or one unit only).
std::vector<std::string> device_summary(const Device& device, const Unit* only_unit);
std::string unit_summary(const Unit& unit);
// "CMD;DATA" (';', '+' or ',' separated) into a mask; empty text means every flag.
Status parse_debug_flags(const Device& device, std::string_view text, std::uint32_t& mask);
std::string debug_flags_text(const Device& device, std::uint32_t mask);
// A modifier by exact name or unique prefix; error names the nearest.
Status find_modifier(const Device& device, std::string_view name, const Modifier*& modifier);

}  // namespace simmon::scp
