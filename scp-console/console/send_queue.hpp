// SEND input waiting for the guest. Every delay is in simulated time (the scheduler's
// clock), never wall time, so a scripted run types at the same instants every time.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "core/machine/types.hpp"

namespace simmon::scp {

class SendQueue {
public:
    // Default spacing between characters, and before the first one (AFTER defaults to DELAY).
    static constexpr SimTime kDefaultDelay = 1000;

    // Queues `text`; its first character is due `after` time units from `now` (but not
    // before the text queued ahead of it is done), the rest `delay` apart.
    void add(std::string text, SimTime now, SimTime after, SimTime delay);
    // The next character if it is due at `now`, else -1.
    int take(SimTime now);
    bool empty() const { return items_.empty(); }
    void clear() { items_.clear(); }
    std::vector<std::string> describe(SimTime now) const;

private:
    struct Item {
        std::string text;
        std::size_t pos = 0;
        SimTime delay = 0;
        SimTime next_due = 0;
    };
    std::deque<Item> items_;
};

}  // namespace simmon::scp
