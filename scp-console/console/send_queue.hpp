// SEND input waiting for the guest. Every delay is in simulated time (the scheduler's
// clock), never wall time, so a scripted run types at the same instants every time.
// As in SIMH, AFTER and DELAY count instructions (microseconds with SEND -t); the queue
// turns them into ns with the CPU's instruction time when the text is queued.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "core/machine/types.hpp"

namespace simmon::scp {

class SendQueue {
public:
    // Default spacing between characters, and before the first one (AFTER defaults to
    // DELAY), in instructions.
    static constexpr std::uint64_t kDefaultDelay = 1000;

    // Queues `text`; its first character is due `after` units of `unit` ns (an
    // instruction time, or 1000 for SEND -t) from `now` (but not before the text queued ahead of it is done), the rest
    // `delay` units apart.
    void add(std::string text, SimTime now, std::uint64_t after, std::uint64_t delay, SimTime unit);
    // The next character if it is due at `now`, else -1.
    int take(SimTime now);
    bool empty() const { return items_.empty(); }
    void clear() { items_.clear(); }
    std::vector<std::string> describe(SimTime now) const;

private:
    struct Item {
        std::string text;
        std::size_t pos = 0;
        std::uint64_t delay = 0;  // units, as given
        SimTime unit = 1;         // ns per unit
        SimTime next_due = 0;
    };
    std::deque<Item> items_;
};

}  // namespace simmon::scp
