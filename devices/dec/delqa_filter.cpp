#include "devices/dec/delqa_filter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/state/state_archive.hpp"

namespace simmon::dec {

void DelqaFilter::clear() {
    addresses_ = {};
    loaded_ = promiscuous_ = all_multicast_ = false;
}

void DelqaFilter::load_setup(const std::vector<std::uint8_t>& frame, std::size_t length) {
    auto at = [&frame](std::size_t i) -> std::uint8_t { return i < frame.size() ? frame[i] : 0; };
    for (std::size_t k = 0; k < kAddresses; ++k) {
        const std::size_t half = (k / 7) * 64, column = k % 7 + 1;
        for (std::size_t row = 0; row < 6; ++row) addresses_[k][row] = at(half + row * 8 + column);
    }
    all_multicast_ = length > kSetupBytes && (length & 1);
    promiscuous_ = length > kSetupBytes && (length & 2);
    loaded_ = true;
}

bool DelqaFilter::accepts(const std::uint8_t* destination) const {
    if (!loaded_) return false;
    if (promiscuous_) return true;
    if ((destination[0] & 1) && all_multicast_) return true;
    return std::any_of(addresses_.begin(), addresses_.end(),
                       [destination](const MacAddress& a) { return std::equal(a.begin(), a.end(), destination); });
}

std::string DelqaFilter::describe() const {
    if (!loaded_) return "no setup frame yet: receiving nothing";
    std::string out = promiscuous_ ? "promiscuous" : all_multicast_ ? "all multicast" : "filtering";
    std::vector<MacAddress> seen;
    for (const MacAddress& a : addresses_) {
        if (std::find(seen.begin(), seen.end(), a) != seen.end()) continue;
        seen.push_back(a);
        out += " " + format_mac(a);
    }
    return out;
}

void DelqaFilter::serialize(StateArchive& s) {
    for (MacAddress& a : addresses_) s.raw(a.data(), a.size());
    s(loaded_);
    s(promiscuous_);
    s(all_multicast_);
}

bool parse_mac(const std::string& text, MacAddress& mac) {
    std::size_t i = 0;
    for (std::size_t k = 0; k < 6; ++k) {
        if (k > 0) {
            if (i >= text.size() || (text[i] != '-' && text[i] != ':')) return false;
            ++i;
        }
        if (i + 2 > text.size() || !std::isxdigit(static_cast<unsigned char>(text[i])) ||
            !std::isxdigit(static_cast<unsigned char>(text[i + 1])))
            return false;
        mac[k] = static_cast<std::uint8_t>(std::stoi(text.substr(i, 2), nullptr, 16));
        i += 2;
    }
    return i == text.size();
}

std::string format_mac(const MacAddress& mac) {
    return fmt::format("{:02X}-{:02X}-{:02X}-{:02X}-{:02X}-{:02X}", mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]);
}

}  // namespace simmon::dec
