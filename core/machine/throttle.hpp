// Pacing to real time. Simulated time alone decides what the guest sees; the throttle
// only decides when the host sleeps, so a throttled and an unthrottled run of one script
// produce the same output. Also sleeps while the guest idles.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>

#include "core/machine/status.hpp"
#include "core/machine/types.hpp"

namespace simmon {

class Throttle {
public:
    // "OFF", "<n>M" (million instructions per second), "<n>K", "<n>" (per second), or
    // "<n>%": simulated time at n percent of wall time (100% runs the guest at the real
    // machine's speed, as its model's instruction time says), or SIMH's "<x>/<t>": x
    // instructions (K and M allowed) every t milliseconds. SIMH sleeps t ms after every x
    // instructions; simmon paces evenly to the same average, x * 1000 / t a second.
    Status configure(std::string_view spec);
    bool enabled() const { return rate_ != 0 || percent_ != 0; }
    std::uint64_t rate() const { return rate_; }  // instructions per second, 0 = off or %
    std::uint64_t percent() const { return percent_; }  // of real time, 0 = off or a rate
    std::string describe() const;

    // The CPU's instruction time (ns): a rate in instructions per second paces the
    // simulated time of that many instructions. Machine::run sets it before start().
    void set_instruction_time(SimTime ns) { instruction_time_ = ns ? ns : 1; }

    // Called by the run loop as simulated time passes; sleeps when ahead of wall time.
    void start(SimTime now);
    void pace(SimTime now);
    // Called when the guest idles and the machine skipped `skipped` time units: sleeps
    // that long in wall time at the configured rate, at most 100 ms per call. Does
    // nothing when the throttle is off (an idle unthrottled guest runs at full speed).
    void idle(SimTime skipped);

private:
    // Wall-clock seconds that `sim` ns of simulated time should take.
    double wall_seconds(SimTime sim) const;

    std::uint64_t rate_ = 0;
    std::uint64_t percent_ = 0;
    std::string ratio_;  // "1000/10" when set as x/t
    SimTime instruction_time_ = usec(1);
    SimTime start_sim_ = 0;
    std::chrono::steady_clock::time_point start_wall_{};
};

}  // namespace simmon
