#include "scp-console/console/send_queue.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace simmon::scp {

void SendQueue::add(std::string text, SimTime now, SimTime after, SimTime delay) {
    if (text.empty()) return;
    items_.push_back(Item{std::move(text), 0, delay, now + after});
}

int SendQueue::take(SimTime now) {
    if (items_.empty()) return -1;
    Item& item = items_.front();
    if (now < item.next_due) return -1;
    const auto c = static_cast<unsigned char>(item.text[item.pos++]);
    if (item.pos < item.text.size()) {
        item.next_due = now + item.delay;
    } else {
        items_.pop_front();
        if (!items_.empty()) items_.front().next_due = std::max(items_.front().next_due, now + items_.front().delay);
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
        lines.push_back(fmt::format("SEND DELAY={} \"{}\" (next character in {})", item.delay, text, wait));
    }
    return lines;
}

}  // namespace simmon::scp
