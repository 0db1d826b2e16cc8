// Numbers as the user types and reads them: in the machine's radix (octal for DEC),
// padded to the width of the register or memory unit they come from.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/machine/types.hpp"

namespace simmon {

// Parses an unsigned number in `radix`. The whole text must be digits of that radix
// (upper or lower case for hex); empty text, a foreign digit or a value beyond 64 bits
// gives false and leaves `value` unchanged.
bool parse_number(std::string_view text, Radix radix, std::uint64_t& value);

// Digits needed for `width_bits` bits in `radix`: 16 bits -> 6 octal, 4 hex, 5 decimal.
int digits_for_width(Radix radix, int width_bits);

// Formats `value` in `radix`, zero-padded to the digits of `width_bits` for octal and
// hex (decimal is not padded). width_bits <= 0 means no padding.
std::string format_number(std::uint64_t value, Radix radix, int width_bits);

}  // namespace simmon
