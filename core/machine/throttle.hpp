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
    // "OFF", "<n>M" (million instructions per second), "<n>K", "<n>" (per second).
    Status configure(std::string_view spec);
    bool enabled() const { return rate_ != 0; }
    std::uint64_t rate() const { return rate_; }  // instructions per second, 0 = off
    std::string describe() const;

    // Called by the run loop as simulated time passes; sleeps when ahead of wall time.
    void start(SimTime now);
    void pace(SimTime now);
    // Called when the guest idles and the machine skipped `skipped` time units: sleeps
    // that long in wall time at the configured rate, at most 100 ms per call. Does
    // nothing when the throttle is off (an idle unthrottled guest runs at full speed).
    void idle(SimTime skipped);

private:
    std::uint64_t rate_ = 0;
    SimTime start_sim_ = 0;
    std::chrono::steady_clock::time_point start_wall_{};
};

}  // namespace simmon
