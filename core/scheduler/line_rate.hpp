// Clocks that tick a whole number of times a simulated second (the KW11-L's 50 or 60 Hz
// power line, the S/360 interval timer's 300 Hz step). A second is not a whole number of
// ticks of ns at those rates (1e9 / 60 = 16,666,666.67), so a fixed interval would drift:
// 60 ticks of 16,666,667 ns are 20 ns longer than a second. Instead tick k of a clock at
// `hz` falls at ceil(k * 1e9 / hz) ns from power-up, so the intervals alternate by 1 ns
// and every `hz` consecutive ticks take exactly one second. The tick times depend only on
// the rate and the absolute time, so a device keeps no phase of its own: its next event,
// saved by name in the queue, is all the state there is.
#pragma once
#include <cstdint>

#include "core/machine/types.hpp"

namespace simmon {

// Time of tick `k` of a clock at `hz` (ceil(k * 1e9 / hz), computed without overflowing
// for any time SimTime can hold).
constexpr SimTime line_tick_time(std::uint64_t k, std::uint64_t hz) {
    const std::uint64_t rem = k % hz;
    return (k / hz) * kNsPerSecond + (rem * kNsPerSecond + hz - 1) / hz;
}

// Ticks of a clock at `hz` from power-up to `now`: the largest j with line_tick_time(j)
// <= now, i.e. floor(now * hz / 1e9). A clock that has ticked on this grid since power-up
// (SHOW CLOCKS) needs no counter of its own.
constexpr std::uint64_t line_ticks_until(SimTime now, std::uint64_t hz) {
    return (now / kNsPerSecond) * hz + (now % kNsPerSecond) * hz / kNsPerSecond;
}

// Delay from `now` to the next tick of a clock at `hz` strictly after `now` (> 0).
constexpr SimTime time_to_next_line_tick(SimTime now, std::uint64_t hz) {
    return line_tick_time(line_ticks_until(now, hz) + 1, hz) - now;
}

}  // namespace simmon
