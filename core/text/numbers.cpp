#include "core/text/numbers.hpp"

namespace simmon {

namespace {

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

}  // namespace

bool parse_number(std::string_view text, Radix radix, std::uint64_t& value) {
    if (text.empty()) return false;
    const auto base = static_cast<std::uint64_t>(radix);
    std::uint64_t v = 0;
    for (char c : text) {
        const auto d = static_cast<std::uint64_t>(digit_value(c));
        if (d >= base) return false;
        if (v > (~std::uint64_t{0} - d) / base) return false;  // would overflow 64 bits
        v = v * base + d;
    }
    value = v;
    return true;
}

int digits_for_width(Radix radix, int width_bits) {
    if (width_bits <= 0) return 0;
    switch (radix) {
        case Radix::Octal: return (width_bits + 2) / 3;
        case Radix::Hex: return (width_bits + 3) / 4;
        case Radix::Decimal: {
            // Digits of the largest value that fits: ceil(bits * log10(2)).
            return width_bits >= 64 ? 20 : static_cast<int>((width_bits * 30103L + 99999L) / 100000L);
        }
    }
    return 0;
}

std::string format_number(std::uint64_t value, Radix radix, int width_bits) {
    const auto base = static_cast<std::uint64_t>(radix);
    char buffer[72];
    int n = 0;
    do {
        const auto d = static_cast<int>(value % base);
        buffer[n++] = static_cast<char>(d < 10 ? '0' + d : 'A' + d - 10);
        value /= base;
    } while (value != 0);
    const int pad = radix == Radix::Decimal ? 0 : digits_for_width(radix, width_bits);
    while (n < pad && n < 70) buffer[n++] = '0';
    std::string out(static_cast<std::size_t>(n), '0');
    for (int i = 0; i < n; ++i) out[static_cast<std::size_t>(i)] = buffer[n - 1 - i];
    return out;
}

}  // namespace simmon
