// VAX floating-point arithmetic on unpacked values (see vax_float.hpp). Results are
// exact before one rounding: the VAX rounds to nearest with ties away from zero, by adding
// one at the bit below the last kept bit (ARM 9.2.3).
#include "machines/vax/cpu/vax_float.hpp"

#include <utility>

namespace simmon::vax {
namespace {

unsigned leading_zeros128(u128 v) {
    const std::uint64_t hi = static_cast<std::uint64_t>(v >> 64);
    if (hi) return static_cast<unsigned>(__builtin_clzll(hi));
    const std::uint64_t lo = static_cast<std::uint64_t>(v);
    return lo ? 64 + static_cast<unsigned>(__builtin_clzll(lo)) : 128;
}

}  // namespace

std::int32_t bias(FloatFormat f) { return traits(f).exp_bits == 8 ? 128 : 1024; }

std::uint64_t pack_zero() { return 0; }

bool unpack(FloatFormat f, std::uint64_t raw, Unpacked& u) {
    const FloatTraits t = traits(f);
    const std::uint64_t s = word_swap(raw, t.size);
    const unsigned total = t.size * 8;
    u.sign = (s >> (total - 1)) & 1;
    const std::uint32_t e = static_cast<std::uint32_t>(s >> t.frac_bits) & ((1u << t.exp_bits) - 1);
    if (e == 0) {
        u.zero = true;
        u.exp = 0;
        u.frac = 0;
        return !u.sign;
    }
    u.zero = false;
    u.exp = static_cast<std::int32_t>(e);
    const std::uint64_t frac = s & ((std::uint64_t{1} << t.frac_bits) - 1);
    u.frac = (std::uint64_t{1} << 63) | (frac << (63 - t.frac_bits));
    return true;
}

FloatStatus pack(FloatFormat f, bool sign, std::int32_t exp, u128 mant, std::uint64_t& raw, bool round) {
    const FloatTraits t = traits(f);
    if (mant == 0) {
        raw = 0;
        return FloatStatus::Ok;
    }
    const unsigned lz = leading_zeros128(mant);
    mant <<= lz;
    exp -= static_cast<std::int32_t>(lz);
    // Keep frac_bits + 1 bits (hidden included) at the top.
    const unsigned keep = t.frac_bits + 1;
    const unsigned drop = 128 - keep;
    if (round) {
        mant += u128{1} << (drop - 1);
        if (mant < (u128{1} << drop)) {  // carried out of bit 127
            mant = u128{1} << 127;
            ++exp;
        }
    }
    const std::uint64_t frac = static_cast<std::uint64_t>(mant >> drop) & ((std::uint64_t{1} << t.frac_bits) - 1);
    if (exp <= 0) {
        raw = 0;
        return FloatStatus::Underflow;
    }
    if (exp >= (1 << t.exp_bits)) return FloatStatus::Overflow;
    const unsigned total = t.size * 8;
    const std::uint64_t s = (std::uint64_t{sign} << (total - 1)) | (std::uint64_t(exp) << t.frac_bits) | frac;
    raw = word_swap(s, t.size);
    return FloatStatus::Ok;
}

FloatStatus float_add(FloatFormat f, const Unpacked& a, const Unpacked& b, std::uint64_t& raw) {
    if (a.zero && b.zero) {
        raw = 0;
        return FloatStatus::Ok;
    }
    if (a.zero) return pack(f, b.sign, b.exp, u128{b.frac} << 64, raw);
    if (b.zero) return pack(f, a.sign, a.exp, u128{a.frac} << 64, raw);
    const Unpacked& big = (a.exp > b.exp || (a.exp == b.exp && a.frac >= b.frac)) ? a : b;
    const Unpacked& small = &big == &a ? b : a;
    const std::int32_t shift = big.exp - small.exp;
    // One bit of headroom for the carry; the rest of the low half as guard bits, the
    // bits shifted past them ORed into a sticky bit.
    u128 x = u128{big.frac} << 63;
    u128 y = u128{small.frac} << 63;
    if (shift >= 127) y = 1;
    else if (shift > 0) {
        const bool sticky = (y & ((u128{1} << shift) - 1)) != 0;
        y = (y >> shift) | sticky;
    }
    u128 m = big.sign == small.sign ? x + y : x - y;
    if (m == 0) {
        raw = 0;
        return FloatStatus::Ok;
    }
    return pack(f, big.sign, big.exp + 1, m, raw);
}

FloatStatus float_mul(FloatFormat f, const Unpacked& a, const Unpacked& b, std::uint64_t& raw) {
    if (a.zero || b.zero) {
        raw = 0;
        return FloatStatus::Ok;
    }
    const u128 m = u128{a.frac} * b.frac;
    return pack(f, a.sign != b.sign, a.exp + b.exp - bias(f), m, raw);
}

FloatStatus float_div(FloatFormat f, const Unpacked& a, const Unpacked& b, std::uint64_t& raw) {
    if (b.zero) return FloatStatus::DivideByZero;
    if (a.zero) {
        raw = 0;
        return FloatStatus::Ok;
    }
    // (a.frac * 2^62) / b.frac: 0.5 < a/b < 2, so the quotient has 62 or 63 bits, then a
    // sticky bit from the remainder below it.
    const u128 num = u128{a.frac} << 62;
    u128 q = num / b.frac;
    const bool sticky = (num % b.frac) != 0;
    q = (q << 1) | sticky;
    // q = a/b * 2^63 (with the sticky bit at 2^0): leading bit at 127 means a/b * 2^127.
    return pack(f, a.sign != b.sign, a.exp - b.exp + bias(f) + 2, q << 63, raw);
}

int float_compare(const Unpacked& a, const Unpacked& b) {
    auto key = [](const Unpacked& u) -> std::pair<int, u128> {
        if (u.zero) return {0, 0};
        return {u.sign ? -1 : 1, (u128(static_cast<std::uint32_t>(u.exp)) << 64) | u.frac};
    };
    const auto ka = key(a), kb = key(b);
    if (ka.first != kb.first) return ka.first < kb.first ? -1 : 1;
    if (ka.second == kb.second) return 0;
    const bool less = ka.second < kb.second;
    return (ka.first > 0) == less ? -1 : 1;
}

FloatStatus float_from_int(FloatFormat f, std::int64_t v, std::uint64_t& raw) {
    if (v == 0) {
        raw = 0;
        return FloatStatus::Ok;
    }
    const bool sign = v < 0;
    const std::uint64_t mag = sign ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    // mag = 0.mag x 2^64: exponent bias + 64 with the leading bit at 127 of (mag << 64).
    return pack(f, sign, bias(f) + 64, u128{mag} << 64, raw);
}

std::int64_t float_to_int(FloatFormat f, const Unpacked& u, bool round, bool& overflow) {
    overflow = false;
    if (u.zero) return 0;
    const std::int32_t e = u.exp - bias(f);  // value = 0.frac x 2^e
    std::uint64_t mag = 0;
    if (e <= 0) {
        // |value| < 1: rounds to 1 when >= 0.5
        mag = (round && e == 0) ? 1 : 0;
    } else if (e > 64) {
        // Far too big: the low-order bits of the true integer (the CVAX stores them).
        overflow = true;
        mag = e - 64 >= 64 ? 0 : u.frac << (e - 64);
    } else {
        const u128 fixed = u128{u.frac} << e;  // integer part in the high 64 bits
        mag = static_cast<std::uint64_t>(fixed >> 64);
        if (round && (static_cast<std::uint64_t>(fixed) >> 63)) ++mag;
        if (e == 64 && mag == 0) overflow = true;
    }
    const std::int64_t r = u.sign ? -static_cast<std::int64_t>(mag) : static_cast<std::int64_t>(mag);
    if (mag > 0x80000000ull || (mag == 0x80000000ull && !u.sign)) overflow = true;
    return r;
}

FloatStatus float_convert(FloatFormat from, FloatFormat to, const Unpacked& u, std::uint64_t& raw) {
    if (u.zero) {
        raw = 0;
        return FloatStatus::Ok;
    }
    return pack(to, u.sign, u.exp - bias(from) + bias(to), u128{u.frac} << 64, raw);
}

}  // namespace simmon::vax
