// Deterministic event scheduler in simulated time. Handlers are registered once, by
// name, when a machine is built; the queue holds only (due time, priority, sequence,
// handler id), no pointers, so it can be saved and restored by handler name.
// Events due at the same time run in priority order (lower first), then FIFO.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/machine/types.hpp"
#include "core/scheduler/cpu_slice.hpp"

namespace simmon {

class StateWriter;
class StateReader;
class Status;

class Scheduler {
public:
    using HandlerId = std::uint32_t;
    static constexpr HandlerId kNoHandler = ~HandlerId{0};

    // Registers a handler. Names must be unique within a machine ("RK0", "TTI-POLL").
    HandlerId add_handler(std::string name, std::function<void()> callback, int priority = 0);

    // Schedules `id` to run `delay` ns from now (0 = at the next advance).
    // An already active handler is rescheduled (SIMH's sim_activate_abs semantics).
    void activate(HandlerId id, SimTime delay);
    // Schedules only if not already active (SIMH's sim_activate).
    void activate_if_idle(HandlerId id, SimTime delay);
    void cancel(HandlerId id);
    bool is_active(HandlerId id) const;
    // Time left before `id` fires; 0 if not active.
    SimTime remaining(HandlerId id) const;

    // Nanoseconds since power-up. Exact in the middle of a CPU slice too: the slice's
    // start plus the instructions it has done times their time.
    SimTime now() const { return slice_ ? now_ + slice_->elapsed() : now_; }
    // Time from now until the earliest event, or `horizon` if none is due sooner.
    SimTime time_to_next(SimTime horizon) const;

    // Machine::run attaches the CPU's slice (cpu_slice.hpp) while Cpu::execute() runs and
    // detaches it (nullptr) before advancing time by what the CPU did. While attached,
    // now() counts the slice's progress and activate() ends the slice when the event it
    // schedules is due sooner.
    void attach_slice(CpuSlice* slice) { slice_ = slice; }
    bool empty() const { return queue_.empty(); }

    // Moves time forward by `elapsed` and runs every event that has come due, in order.
    // Not while a slice is attached: its time is counted when it is detached.
    // Handlers may activate further events; ones due at or before the new time also run.
    void advance(SimTime elapsed);
    // Jumps to the earliest pending event and runs it (and any due with it). Returns the
    // time skipped; 0 if the queue is empty.
    SimTime skip_to_next();

    // Removes every pending event and resets time to 0 (machine power-up).
    void clear();

    const std::string& handler_name(HandlerId id) const { return handlers_[id].name; }
    std::size_t handler_count() const { return handlers_.size(); }

    // Lines for SHOW QUEUE: "name at +delay" (the delay in microseconds).
    std::vector<std::string> describe_queue() const;

    void save(StateWriter& out) const;
    Status restore(StateReader& in);

private:
    struct Handler {
        std::string name;
        std::function<void()> callback;
        int priority;
    };
    struct Entry {
        SimTime due;
        int priority;
        std::uint64_t sequence;
        HandlerId id;
    };
    bool entry_before(const Entry& a, const Entry& b) const;
    void insert(Entry e);
    void remove(HandlerId id);

    std::vector<Handler> handlers_;
    std::vector<Entry> queue_;      // kept sorted, earliest first (queues are short)
    std::vector<bool> active_;      // per handler
    SimTime now_ = 0;               // start of the slice while one is attached
    CpuSlice* slice_ = nullptr;
    std::uint64_t next_sequence_ = 0;
};

}  // namespace simmon
