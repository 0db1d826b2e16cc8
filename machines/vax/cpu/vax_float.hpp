// VAX F, D and G floating point as unpacked values (ARM 1.3 and 9): sign, biased
// exponent and a 64-bit fraction with its hidden bit at bit 63, so every format shares
// one add, multiply, divide and one rounding. A value in memory is words in PDP-11
// order (sign and exponent in the first word); word_swap() turns it into one number
// with the sign at the top.
#pragma once
#include <cstdint>

namespace simmon::vax {

using u128 = unsigned __int128;

enum class FloatFormat : std::uint8_t { F, D, G };

struct FloatTraits {
    unsigned exp_bits;   // 8 (F, D) or 11 (G)
    unsigned frac_bits;  // stored fraction bits: 23, 55, 52
    unsigned size;       // bytes: 4 or 8
};
constexpr FloatTraits traits(FloatFormat f) {
    return f == FloatFormat::F ? FloatTraits{8, 23, 4} : f == FloatFormat::D ? FloatTraits{8, 55, 8} : FloatTraits{11, 52, 8};
}

struct Unpacked {
    bool sign = false;
    bool zero = true;
    std::int32_t exp = 0;     // biased exponent of 0.1fff x 2^(exp - bias)
    std::uint64_t frac = 0;   // hidden bit at 63
};

// What an operation produced: a value, or the fault it takes.
enum class FloatStatus : std::uint8_t { Ok, ReservedOperand, Overflow, Underflow, DivideByZero };

// Memory order (first word lowest) to sign-at-the-top order, and back (an involution).
constexpr std::uint64_t word_swap(std::uint64_t v, unsigned size) {
    if (size == 4) {
        const std::uint32_t w = static_cast<std::uint32_t>(v);
        return (w << 16) | (w >> 16);
    }
    return (v << 48) | ((v << 16) & 0x0000FFFF00000000ull) | ((v >> 16) & 0x00000000FFFF0000ull) | (v >> 48);
}

// Unpacks a value as read from memory; false for a reserved operand (sign 1, exponent 0).
bool unpack(FloatFormat f, std::uint64_t raw, Unpacked& u);
// Rounds (or truncates) a 128-bit magnitude with its leading bit at 127 to the format and
// packs it to memory order, or reports overflow/underflow (ARM 9.2: a result too small is
// an underflow, which yields zero unless PSL<FU> asks for the fault).
FloatStatus pack(FloatFormat f, bool sign, std::int32_t exp, u128 mant, std::uint64_t& raw, bool round = true);
std::uint64_t pack_zero();

FloatStatus float_add(FloatFormat f, const Unpacked& a, const Unpacked& b, std::uint64_t& raw);
FloatStatus float_mul(FloatFormat f, const Unpacked& a, const Unpacked& b, std::uint64_t& raw);
// a / b
FloatStatus float_div(FloatFormat f, const Unpacked& a, const Unpacked& b, std::uint64_t& raw);
// -1, 0, 1
int float_compare(const Unpacked& a, const Unpacked& b);
// From a signed integer, rounded to the format.
FloatStatus float_from_int(FloatFormat f, std::int64_t v, std::uint64_t& raw);
// To an integer: truncated, or rounded half away from zero; `overflow` when it does not
// fit in a 32-bit signed integer (the low bits are returned).
std::int64_t float_to_int(FloatFormat f, const Unpacked& u, bool round, bool& overflow);
// Re-packs a value in another format (CVTFD, CVTDF, CVTFG, CVTGF).
FloatStatus float_convert(FloatFormat from, FloatFormat to, const Unpacked& u, std::uint64_t& raw);
// The exponent bias: 128 (F, D) or 1024 (G).
std::int32_t bias(FloatFormat f);

}  // namespace simmon::vax
