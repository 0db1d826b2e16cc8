// The event queue is a short sorted vector: machines have tens of handlers at most, so
// linear insertion beats a heap and keeps the order (time, priority, sequence) obvious.
#include "core/scheduler/scheduler.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "core/machine/status.hpp"
#include "core/scheduler/time_text.hpp"
#include "core/state/state_io.hpp"

namespace simmon {

Scheduler::HandlerId Scheduler::add_handler(std::string name, std::function<void()> callback, int priority) {
    handlers_.push_back(Handler{std::move(name), std::move(callback), priority});
    active_.push_back(false);
    return static_cast<HandlerId>(handlers_.size() - 1);
}

bool Scheduler::entry_before(const Entry& a, const Entry& b) const {
    if (a.due != b.due) return a.due < b.due;
    if (a.priority != b.priority) return a.priority < b.priority;
    return a.sequence < b.sequence;
}

void Scheduler::insert(Entry e) {
    auto at = std::upper_bound(queue_.begin(), queue_.end(), e,
                               [this](const Entry& x, const Entry& y) { return entry_before(x, y); });
    queue_.insert(at, e);
    active_[e.id] = true;
}

void Scheduler::remove(HandlerId id) {
    if (!active_[id]) return;
    auto it = std::find_if(queue_.begin(), queue_.end(), [id](const Entry& e) { return e.id == id; });
    if (it != queue_.end()) queue_.erase(it);
    active_[id] = false;
}

void Scheduler::activate(HandlerId id, SimTime delay) {
    if (id >= handlers_.size()) return;
    remove(id);
    const SimTime due = now() + delay;
    insert(Entry{due, handlers_[id].priority, next_sequence_++, id});
    // Mid-slice (a device register written by the running program): the CPU returns
    // when the event is due instead of at the end of its slice.
    if (slice_) slice_->end_at_time(due - now_);
}

void Scheduler::activate_if_idle(HandlerId id, SimTime delay) {
    if (id >= handlers_.size() || active_[id]) return;
    activate(id, delay);
}

void Scheduler::cancel(HandlerId id) {
    if (id < handlers_.size()) remove(id);
}

bool Scheduler::is_active(HandlerId id) const { return id < handlers_.size() && active_[id]; }

SimTime Scheduler::remaining(HandlerId id) const {
    if (!is_active(id)) return 0;
    const SimTime t = now();
    for (const Entry& e : queue_)
        if (e.id == id) return e.due > t ? e.due - t : 0;
    return 0;
}

SimTime Scheduler::time_to_next(SimTime horizon) const {
    if (queue_.empty()) return horizon;
    const SimTime due = queue_.front().due;
    const SimTime t = now();
    const SimTime delta = due > t ? due - t : 0;
    return std::min(delta, horizon);
}

void Scheduler::advance(SimTime elapsed) {
    const SimTime target = now_ + elapsed;
    // Each handler sees the clock at its own due time, so events it schedules are timed
    // from when it fired, not from the end of a long advance.
    while (!queue_.empty() && queue_.front().due <= target) {
        const Entry e = queue_.front();
        queue_.erase(queue_.begin());
        active_[e.id] = false;
        if (e.due > now_) now_ = e.due;
        if (handlers_[e.id].callback) handlers_[e.id].callback();
    }
    now_ = target;
}

SimTime Scheduler::skip_to_next() {
    if (queue_.empty()) return 0;
    const SimTime skipped = time_to_next(~SimTime{0});
    advance(skipped);
    return skipped;
}

void Scheduler::clear() {
    queue_.clear();
    std::fill(active_.begin(), active_.end(), false);
    now_ = 0;
    next_sequence_ = 0;
}

std::vector<std::string> Scheduler::describe_queue() const {
    std::vector<std::string> lines;
    const SimTime t = now();
    for (const Entry& e : queue_)
        lines.push_back(fmt::format("{} at +{}", handlers_[e.id].name, format_duration(e.due > t ? e.due - t : 0)));
    return lines;
}

void Scheduler::save(StateWriter& out) const {
    out.u64(now_);
    out.u64(next_sequence_);
    out.u32(static_cast<std::uint32_t>(queue_.size()));
    for (const Entry& e : queue_) {
        out.str(handlers_[e.id].name);
        out.u64(e.due);
        out.u64(e.sequence);
    }
}

Status Scheduler::restore(StateReader& in) {
    std::uint64_t now = 0, next_sequence = 0;
    std::uint32_t count = 0;
    if (!in.u64(now) || !in.u64(next_sequence) || !in.u32(count)) return in.status();
    std::vector<Entry> entries;
    for (std::uint32_t i = 0; i < count; ++i) {
        std::string name;
        std::uint64_t due = 0, sequence = 0;
        if (!in.str(name) || !in.u64(due) || !in.u64(sequence)) return in.status();
        auto it = std::find_if(handlers_.begin(), handlers_.end(), [&](const Handler& h) { return h.name == name; });
        if (it == handlers_.end())
            return Status::error(fmt::format("save file schedules event {}, which this machine does not have", name));
        const auto id = static_cast<HandlerId>(it - handlers_.begin());
        entries.push_back(Entry{due, it->priority, sequence, id});
    }
    queue_.clear();
    std::fill(active_.begin(), active_.end(), false);
    now_ = now;
    next_sequence_ = next_sequence;
    for (const Entry& e : entries) insert(e);
    return Status::ok();
}

}  // namespace simmon
