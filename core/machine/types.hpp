// Basic vocabulary shared by every machine: simulated time, addresses, radix, switches.
#pragma once
#include <cstdint>

namespace simmon {

// Simulated time. Every machine counts it in instructions executed (plus time skipped
// while the CPU idles), so two runs of one script see the same clock.
using SimTime = std::uint64_t;

// A guest address, physical or virtual; wide enough for any machine we model.
using Addr = std::uint64_t;

enum class Radix : int { Octal = 8, Decimal = 10, Hex = 16 };

// SIMH-style command switches (-m, -r, -v ...): bit n is letter 'a'+n.
using Switches = std::uint32_t;
constexpr Switches switch_bit(char letter) {
    return (letter >= 'a' && letter <= 'z')   ? Switches{1} << (letter - 'a')
           : (letter >= 'A' && letter <= 'Z') ? Switches{1} << (letter - 'A')
                                              : 0;
}
constexpr bool has_switch(Switches s, char letter) { return (s & switch_bit(letter)) != 0; }

}  // namespace simmon
