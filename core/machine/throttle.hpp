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
    // that long in wall time at the configured rate, at most 100 ms per call. With the
    // throttle off it sleeps only in real-time idling (below); otherwise an idle guest
    // runs at full speed.
    void idle(SimTime skipped) { idle(skipped, idle_real_time_); }
    // The same, with real-time idling decided by the caller (the run loop: the console's
    // idle_real_time, or idle_for_lines with a live terminal line).
    void idle(SimTime skipped, bool real_time);

    // Real-time idling (SIMH's SET CPU IDLE): while the guest idles, simulated time
    // follows wall time, so a guest clock read at a terminal keeps the time of day and
    // an idle guest costs no host CPU. The SCP turns it on only when a person types at
    // the console (stdin is a terminal): batch and test runs skip idle time at once.
    void set_idle_real_time(bool on) { idle_real_time_ = on; }
    bool idle_real_time() const { return idle_real_time_; }
    // Real-time idling while a terminal line of the machine has a live telnet client
    // (Machine::live_terminal): users typing at a 2703, a DZ11... see the guest's clock
    // keep wall time though the console is a script. The SCP sets it with SET CPU IDLE;
    // lines driven by a script (SEND/EXPECT dev:line) are not live, so tests stay fast.
    void set_idle_for_lines(bool on) { idle_for_lines_ = on; }
    bool idle_for_lines() const { return idle_for_lines_; }
    // The longest idle skip real-time idling allows in one step, so that the guest's
    // clock never runs ahead of wall time by more than this.
    static constexpr SimTime kIdleStep = msec(20);

private:
    // Wall-clock seconds that `sim` ns of simulated time should take.
    double wall_seconds(SimTime sim) const;

    std::uint64_t rate_ = 0;
    std::uint64_t percent_ = 0;
    std::string ratio_;  // "1000/10" when set as x/t
    SimTime instruction_time_ = usec(1);
    SimTime start_sim_ = 0;
    std::chrono::steady_clock::time_point start_wall_{};
    bool idle_real_time_ = false;
    bool idle_for_lines_ = false;
    // Wall time at which the simulated time skipped so far in idle is due: sleeping until
    // it (rather than for each skip) keeps the many short sleeps from adding up to drift.
    std::chrono::steady_clock::time_point idle_due_{};
};

}  // namespace simmon
