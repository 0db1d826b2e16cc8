// Packed-decimal arithmetic and conversion (PoO "Decimal Arithmetic"): AP, SP, ZAP, CP,
// MP, DP, CVB, CVD. Operands are 1-16 bytes, two digits a byte, the sign in the rightmost
// four bits (plus A C E F, minus B D); results carry the preferred sign C/D, or A/B in
// ASCII mode. Values are at most 31 digits, so a 128-bit integer holds any of them.
#include "machines/s360/cpu/handler_list.hpp"

namespace simmon::s360::ops {
namespace {

using Operand = S360Cpu::Operand;
using Wide = __int128;

// Reads a packed operand; false when a digit or the sign is invalid.
bool read_packed(S360Cpu& c, const Operand& op, Wide& value) {
    Wide v = 0;
    for (std::uint32_t i = 0; i < op.length; ++i) {
        const std::uint8_t b = c.mem_byte(op.real(i));
        const unsigned hi = b >> 4, lo = b & 15;
        if (hi > 9) return false;
        v = v * 10 + hi;
        if (i + 1 < op.length) {
            if (lo > 9) return false;
            v = v * 10 + lo;
        } else {
            if (lo < 10) return false;
            if (lo == 0x0B || lo == 0x0D) v = -v;
        }
    }
    value = v;
    return true;
}
bool negative_sign(S360Cpu& c, const Operand& op) {
    const unsigned s = c.mem_byte(op.real(op.length - 1)) & 15;
    return s == 0x0B || s == 0x0D;
}
Wide power10(unsigned n) {
    Wide p = 1;
    while (n--) p *= 10;
    return p;
}
// Writes `magnitude` (truncated to the field) with the sign of `negative`.
void write_packed(S360Cpu& c, const Operand& op, Wide magnitude, bool negative) {
    const std::uint8_t sign = c.ascii_ ? (negative ? 0x0B : 0x0A) : (negative ? 0x0D : 0x0C);
    std::uint32_t i = op.length;
    unsigned digit = static_cast<unsigned>(magnitude % 10);
    magnitude /= 10;
    c.set_mem_byte(op.real(--i), static_cast<std::uint8_t>(digit << 4 | sign));
    while (i > 0) {
        const unsigned lo = static_cast<unsigned>(magnitude % 10);
        magnitude /= 10;
        const unsigned hi = static_cast<unsigned>(magnitude % 10);
        magnitude /= 10;
        c.set_mem_byte(op.real(--i), static_cast<std::uint8_t>(hi << 4 | lo));
    }
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
