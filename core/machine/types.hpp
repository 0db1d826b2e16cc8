// Basic vocabulary shared by every machine: simulated time, addresses, radix, switches.
#pragma once
#include <cstdint>

namespace simmon {

// Simulated time in nanoseconds, the same unit on every machine. Each CPU charges its
// instructions at its model's speed (Cpu::instruction_time()); devices state their delays
// in real hardware units with the helpers below. Nothing reads the host clock, so two
// runs of one script see the same time (2^64 ns is 584 years).
using SimTime = std::uint64_t;

constexpr SimTime kNsPerUsec = 1'000;
constexpr SimTime kNsPerMsec = 1'000'000;
constexpr SimTime kNsPerSecond = 1'000'000'000;
constexpr SimTime nsec(std::uint64_t n) { return n; }
constexpr SimTime usec(std::uint64_t n) { return n * kNsPerUsec; }
constexpr SimTime msec(std::uint64_t n) { return n * kNsPerMsec; }
constexpr SimTime seconds(std::uint64_t n) { return n * kNsPerSecond; }

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
