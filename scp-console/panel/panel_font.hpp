// A 5 x 7 dot font of our own for the panels' legends: capitals, digits and a few signs.
#pragma once
#include <array>
#include <cstdint>

namespace simmon::scp {

// Seven rows, bit 4 the leftmost dot; a blank glyph for characters it lacks.
std::array<std::uint8_t, 7> panel_glyph(char c);

}  // namespace simmon::scp
