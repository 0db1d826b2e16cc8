#include "scp-console/console/send_queue.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "core/scheduler/time_text.hpp"

namespace simmon::scp {

void SendQueue::add(std::string text, SimTime now, std::uint64_t after, std::uint64_t delay, SimTime unit) {
    if (text.empty()) return;
    // A count too large to be a time would wrap; such a delay is "never" anyway.
    const std::uint64_t most = (std::uint64_t{1} << 62) / unit;
    after = std::min(after, most);
    delay = std::min(delay, most);
    items_.push_back(Item{std::move(text), 0, delay, unit, now + after * unit});
}

int SendQueue::take(SimTime now) {
    if (items_.empty()) return -1;
    Item& item = items_.front();
    if (now < item.next_due) return -1;
    const auto c = static_cast<unsigned char>(item.text[item.pos++]);
    if (item.pos < item.text.size()) {
        item.next_due = now + item.delay * item.unit;
    } else {
        items_.pop_front();
        if (!items_.empty()) {
            Item& next = items_.front();
            next.next_due = std::max(next.next_due, now + next.delay * next.unit);
        }
    }
    return c;
}

std::vector<std::string> SendQueue::describe(SimTime now) const {
    std::vector<std::string> lines;
    for (const Item& item : items_) {
        std::string text;
        for (std::size_t i = item.pos; i < item.text.size(); ++i) {
            const auto c = static_cast<unsigned char>(item.text[i]);
            if (c >= 32 && c < 127 && c != '"' && c != '\\') text += static_cast<char>(c);
            else text += fmt::format("\\{:03o}", c);
        }
        const SimTime wait = item.next_due > now ? item.next_due - now : 0;
        lines.push_back(fmt::format("SEND DELAY={} \"{}\" (next character in {})", item.delay, text, format_duration(wait)));
    }
    return lines;
}

}  // namespace simmon::scp
