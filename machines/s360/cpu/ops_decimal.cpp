// Packed-decimal arithmetic and conversion (PoO "Decimal Arithmetic"): AP, SP, ZAP, CP,
// MP, DP, CVB, CVD. Operands are 1-16 bytes, two digits a byte, the sign in the rightmost
// four bits (plus A C E F, minus B D); results carry the preferred sign C/D, or A/B in
// ASCII mode. Values are at most 31 digits, so a 128-bit integer holds any of them.
#include <array>
#include <cstring>

#include "machines/s360/cpu/handler_list.hpp"

namespace simmon::s360::ops {
namespace {

using Operand = S360Cpu::Operand;
using Wide = __int128;

// A byte of two decimal digits as its value 0-99, or kNotDigits when either half is not a
// digit; and the other way, the byte of each value 0-99.
constexpr std::uint8_t kNotDigits = 0xFF;
constexpr auto kByteValue = [] {
    std::array<std::uint8_t, 256> t{};
    for (unsigned b = 0; b < 256; ++b)
        t[b] = (b >> 4) < 10 && (b & 15) < 10 ? static_cast<std::uint8_t>((b >> 4) * 10 + (b & 15)) : kNotDigits;
    return t;
}();
constexpr auto kValueByte = [] {
    std::array<std::uint8_t, 100> t{};
    for (unsigned v = 0; v < 100; ++v) t[v] = static_cast<std::uint8_t>((v / 10) << 4 | v % 10);
    return t;
}();

// Reads a packed operand; false when a digit or the sign is invalid. Two digits a byte by
// table; up to 17 digits (9 bytes: CVB, AP/SP on the usual fields) accumulate in 64 bits
// and longer ones go on in 128, so the common case never calls 128-bit helpers.
bool read_packed(S360Cpu& c, const Operand& op, Wide& value) {
    const std::uint32_t last = op.length - 1;
    std::uint64_t v = 0;
    std::uint32_t i = 0;
    const std::uint8_t* host = op.split >= op.length ? c.memory().data() + op.ra0 : nullptr;
    auto byte = [&](std::uint32_t k) { return host ? host[k] : c.mem_byte(op.real(k)); };
    for (; i < last && i < 8; ++i) {
        const std::uint8_t d = kByteValue[byte(i)];
        if (d == kNotDigits) return false;
        v = v * 100 + d;
    }
    Wide w = static_cast<Wide>(v);
    for (; i < last; ++i) {
        const std::uint8_t d = kByteValue[byte(i)];
        if (d == kNotDigits) return false;
        w = w * 100 + d;
    }
    const std::uint8_t b = byte(last);
    const unsigned hi = b >> 4, sign = b & 15;
    if (hi > 9 || sign < 10) return false;
    w = w * 10 + hi;
    value = sign == 0x0B || sign == 0x0D ? -w : w;
    return true;
}
bool negative_sign(S360Cpu& c, const Operand& op) {
    const unsigned s = c.mem_byte(op.real(op.length - 1)) & 15;
    return s == 0x0B || s == 0x0D;
}
// 10^n for n = 0..38, the largest a 31-digit operand arithmetic can ask for.
constexpr auto kPowers10 = [] {
    std::array<Wide, 39> p{};
    p[0] = 1;
    for (std::size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
    return p;
}();
Wide power10(unsigned n) { return kPowers10[n]; }
// Writes `magnitude` (truncated to the field) with the sign of `negative`. The sign byte
// takes one digit and every other byte two, by table, from two 64-bit parts (the low 17
// digits, then the rest): one 128-bit division at most, none for the usual fields.
void write_packed(S360Cpu& c, const Operand& op, Wide magnitude, bool negative) {
    const std::uint8_t sign = c.ascii_ ? (negative ? 0x0B : 0x0A) : (negative ? 0x0D : 0x0C);
    constexpr std::uint64_t k17 = 100000000000000000ull;
    std::uint64_t low = 0, high = 0;
    if (magnitude < static_cast<Wide>(k17)) {
        low = static_cast<std::uint64_t>(magnitude);
    } else {
        const Wide limit = power10(op.length * 2 - 1);
        if (magnitude >= limit) magnitude %= limit;
        low = static_cast<std::uint64_t>(magnitude % k17);
        high = static_cast<std::uint64_t>(magnitude / k17);
    }
    std::uint8_t bytes[16];
    const std::uint32_t n = op.length;
    bytes[n - 1] = static_cast<std::uint8_t>((low % 10) << 4 | sign);
    low /= 10;
    for (std::uint32_t i = n - 1, pairs = 0; i > 0; ++pairs) {
        std::uint64_t& part = pairs < 8 ? low : high;
        bytes[--i] = kValueByte[part % 100];
        part /= 100;
    }
    if (op.split >= n) {
        std::memcpy(c.memory().data() + op.ra0, bytes, n);
        c.memory().mark_dirty(op.ra0, n);
        return;
    }
    for (std::uint32_t i = 0; i < n; ++i) c.set_mem_byte(op.real(i), bytes[i]);
}
// Stores an AP/SP/ZAP result: CC 0 zero, 1 negative, 2 positive, 3 overflow (truncated,
// decimal-overflow interruption when the mask allows). A zero result is positive unless
// it is the truncation of an overflowed nonzero result, which keeps its sign.
void store_sum(S360Cpu& c, const Operand& op1, Wide v) {
    const unsigned digits = op1.length * 2 - 1;
    const bool negative = v < 0;
    const Wide magnitude = negative ? -v : v;
    const Wide limit = power10(digits);
    if (magnitude >= limit) {
        const Wide kept = magnitude % limit;
        write_packed(c, op1, kept, negative);
        c.cc_ = 3;
        masked_exception(c, kPmDecimalOverflow, kDecimalOverflow);
        return;
    }
    write_packed(c, op1, magnitude, negative && magnitude != 0);
    c.cc_ = magnitude == 0 ? 0 : negative ? 1 : 2;
}

bool prepare_two(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2, bool store1, Operand& op1, Operand& op2) {
    return c.prepare_operand(ss_addr1(c, iw), ss_len1(iw), store1, op1) &&
           c.prepare_operand(ss_addr2(c, iw2), ss_len2(iw), false, op2);
}
bool read_both(S360Cpu& c, const Operand& op1, const Operand& op2, Wide& a, Wide& b) {
    if (!read_packed(c, op1, a) || !read_packed(c, op2, b)) return c.program_interrupt(kData);
    return true;
}

}  // namespace

// FA AP Add Decimal [SS]
void ap(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    Operand op1, op2;
    Wide a = 0, b = 0;
    if (!prepare_two(c, iw, iw2, true, op1, op2) || !read_both(c, op1, op2, a, b)) return;
    store_sum(c, op1, a + b);
}
// FB SP Subtract Decimal [SS]
void sp(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    Operand op1, op2;
    Wide a = 0, b = 0;
    if (!prepare_two(c, iw, iw2, true, op1, op2) || !read_both(c, op1, op2, a, b)) return;
    store_sum(c, op1, a - b);
}
// F8 ZAP Zero and Add [SS]: only the second operand is checked.
void zap(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    Operand op1, op2;
    Wide b = 0;
    if (!prepare_two(c, iw, iw2, true, op1, op2)) return;
    if (!read_packed(c, op2, b)) {
        c.program_interrupt(kData);
        return;
    }
    store_sum(c, op1, b);
}
// F9 CP Compare Decimal [SS]: +0 equals -0.
void cp(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    Operand op1, op2;
    Wide a = 0, b = 0;
    if (!prepare_two(c, iw, iw2, false, op1, op2) || !read_both(c, op1, op2, a, b)) return;
    c.cc_ = a == b ? 0 : a < b ? 1 : 2;
}
// FC MP Multiply Decimal [SS]: L2 at most 8 and less than L1 (else specification); the
// multiplicand needs at least L2 bytes of leading zeros (else data). The product's sign
// follows the rules of algebra, also for a zero product.
void mp(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    const std::uint32_t l1 = ss_len1(iw), l2 = ss_len2(iw);
    if (l2 > 8 || l2 >= l1) {
        c.program_interrupt(kSpecification);
        return;
    }
    Operand op1, op2;
    Wide a = 0, b = 0;
    if (!prepare_two(c, iw, iw2, true, op1, op2) || !read_both(c, op1, op2, a, b)) return;
    for (std::uint32_t i = 0; i < l2; ++i)
        if (c.mem_byte(op1.real(i)) != 0) {
            c.program_interrupt(kData);
            return;
        }
    const bool negative = negative_sign(c, op1) != negative_sign(c, op2);
    const Wide p = (a < 0 ? -a : a) * (b < 0 ? -b : b);
    write_packed(c, op1, p, negative);
}
// FD DP Divide Decimal [SS]: quotient in the leftmost L1-L2 bytes, remainder (sign of
// the dividend) in the rightmost L2. A zero divisor or a quotient that does not fit is a
// decimal-divide exception, and the operation is suppressed.
void dp(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    const std::uint32_t l1 = ss_len1(iw), l2 = ss_len2(iw);
    if (l2 > 8 || l2 >= l1) {
        c.program_interrupt(kSpecification);
        return;
    }
    Operand op1, op2;
    Wide a = 0, b = 0;
    if (!prepare_two(c, iw, iw2, true, op1, op2) || !read_both(c, op1, op2, a, b)) return;
    const Wide ma = a < 0 ? -a : a, mb = b < 0 ? -b : b;
    if (mb == 0) {
        c.program_interrupt(kDecimalDivide);
        return;
    }
    const Wide q = ma / mb, r = ma % mb;
    if (q >= power10((l1 - l2) * 2 - 1)) {
        c.program_interrupt(kDecimalDivide);
        return;
    }
    const bool dividend_negative = negative_sign(c, op1);
    const bool quotient_negative = dividend_negative != negative_sign(c, op2);
    Operand quotient = op1, remainder = op1;
    quotient.length = l1 - l2;
    // The remainder field starts l1-l2 bytes in; rebuild its pieces from op1's.
    remainder.length = l2;
    const std::uint32_t skip = l1 - l2;
    if (skip >= op1.split) {
        remainder.ra0 = op1.ra1 + (skip - op1.split);
        remainder.split = l2;
    } else {
        remainder.ra0 = op1.ra0 + skip;
        remainder.ra1 = op1.ra1;
        remainder.split = op1.split - skip;
    }
    write_packed(c, remainder, r, dividend_negative);
    write_packed(c, quotient, q, quotient_negative);
}

// 4F CVB Convert to Binary [RX]: the doubleword (aligned) packed operand to R1. A value
// outside 32 bits is a fixed-point divide exception after the low-order 32 bits of the
// result are placed in R1 (as both references of the state corpus do).
void cvb(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = rx_addr(c, iw);
    if (a & 7) {
        c.program_interrupt(kSpecification);
        return;
    }
    Operand op;
    Wide v = 0;
    if (!c.prepare_operand(a, 8, false, op)) return;
    if (!read_packed(c, op, v)) {
        c.program_interrupt(kData);
        return;
    }
    c.gr_[rx_r1(iw)] = static_cast<std::uint32_t>(static_cast<unsigned __int128>(v));
    if (v > 0x7FFFFFFF || v < -Wide{0x80000000}) c.program_interrupt(kFixedDivide);
}
// 4E CVD Convert to Decimal [RX]: R1 to an aligned doubleword, 15 digits and a sign.
void cvd(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = rx_addr(c, iw);
    if (a & 7) {
        c.program_interrupt(kSpecification);
        return;
    }
    Operand op;
    if (!c.prepare_operand(a, 8, true, op)) return;
    const auto v = static_cast<std::int32_t>(c.gr_[rx_r1(iw)]);
    const Wide magnitude = v < 0 ? -Wide{v} : Wide{v};
    write_packed(c, op, magnitude, v < 0);
}

}  // namespace simmon::s360::ops
