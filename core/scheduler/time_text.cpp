#include "core/scheduler/time_text.hpp"

#include <fmt/format.h>

namespace simmon {

std::string format_seconds(SimTime t) { return fmt::format("{}.{:09}", t / kNsPerSecond, t % kNsPerSecond); }

std::string format_duration(SimTime t) {
    // Integer arithmetic throughout: the text must be the same on every host.
    auto fixed = [](SimTime v, SimTime unit, int digits) {
        std::string frac = fmt::format("{:0{}}", v % unit, digits);
        while (!frac.empty() && frac.back() == '0') frac.pop_back();
        return frac.empty() ? fmt::format("{}", v / unit) : fmt::format("{}.{}", v / unit, frac);
    };
    if (t < kNsPerUsec) return fmt::format("{} ns", t);
    if (t < kNsPerMsec) return fixed(t, kNsPerUsec, 3) + " us";
    if (t < kNsPerSecond) return fixed(t, kNsPerMsec, 6) + " ms";
    return fixed(t, kNsPerSecond, 9) + " s";
}

}  // namespace simmon
