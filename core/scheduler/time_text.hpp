// Simulated time as people read it: SHOW TIME, SHOW QUEUE, SHOW CPU STATS and the
// debug log print nanoseconds in the largest unit that keeps them exact enough to read.
#pragma once
#include <string>

#include "core/machine/types.hpp"

namespace simmon {

// "1.234567890" (seconds, to the nanosecond): SHOW TIME, the debug log.
std::string format_seconds(SimTime t);
// A delay: "850 ns", "12.5 us", "16.667 ms", "2.000000 s" (SHOW QUEUE).
std::string format_duration(SimTime t);

}  // namespace simmon
