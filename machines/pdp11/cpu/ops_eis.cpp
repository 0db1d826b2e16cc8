// Extended instruction set (MUL, DIV, ASH, ASHC) and XOR. The register operand R is
// bits 8:6, the source bits 5:0. A 32-bit value is R (high word) and R|1 (low word);
// for an odd R both halves are R, and the second store (R|1) is the one that remains.
#include "machines/pdp11/cpu/operands.hpp"

namespace simmon::pdp11 {

using namespace psw;

namespace {
constexpr unsigned reg_of(std::uint16_t ir) { return (ir >> 6) & 7; }
constexpr std::int32_t sext16(std::uint32_t v) { return static_cast<std::int16_t>(static_cast<std::uint16_t>(v)); }
}  // namespace

// 070RSS MUL Multiply: 32-bit product in R, R|1
void Pdp11Cpu::op_mul(Pdp11Cpu& c, std::uint16_t ir) {
    unsigned r = reg_of(ir);
    std::int32_t a = sext16(c.r_[r]);
    std::int32_t b = sext16(c.src_word(ir & 077));
    std::int32_t p = a * b;
    c.r_[r] = static_cast<std::uint16_t>(static_cast<std::uint32_t>(p) >> 16);
    c.r_[r | 1] = static_cast<std::uint16_t>(p);
    c.set_cc((p < 0 ? kN : 0) | (p == 0 ? kZ : 0) | ((p < -32768 || p > 32767) ? kC : 0));
}

// 071RSS DIV Divide R,R|1 by the source: quotient to R, remainder to R|1. On overflow
// or division by zero the registers are unchanged (N and Z as the 11/34 and 11/70 give
// them: N from the true quotient, Z set for zero divisors).
void Pdp11Cpu::op_div(Pdp11Cpu& c, std::uint16_t ir) {
    unsigned r = reg_of(ir);
    std::int32_t divisor = sext16(c.src_word(ir & 077));
    std::int32_t dividend = static_cast<std::int32_t>((static_cast<std::uint32_t>(c.r_[r]) << 16) | c.r_[r | 1]);
    if (divisor == 0) {
        c.set_cc(kZ | kV | kC);
        return;
    }
    if (dividend == INT32_MIN && divisor == -1) {
        c.set_cc(kV);
        return;
    }
    std::int32_t q = dividend / divisor;
    std::int32_t rem = dividend % divisor;
    if (q > 32767 || q < -32768) {
        c.set_cc((q < 0 ? kN : 0) | kV);
        return;
    }
    c.r_[r] = static_cast<std::uint16_t>(q);
    c.r_[r | 1] = static_cast<std::uint16_t>(rem);
    c.set_cc((q < 0 ? kN : 0) | (q == 0 ? kZ : 0));
}

// 072RSS ASH Arithmetic shift R by the signed 6-bit count (left if positive). V is set
// when the sign changes on the way, C holds the last bit shifted out.
void Pdp11Cpu::op_ash(Pdp11Cpu& c, std::uint16_t ir) {
    unsigned r = reg_of(ir);
    int n = static_cast<int>(c.src_word(ir & 077) & 077);
    if (n & 040) n -= 0100;
    std::uint16_t v = c.r_[r];
    std::int64_t s = sext16(v);
    std::uint16_t result;
    std::uint16_t cc = 0;
    if (n > 0) {
        std::int64_t shifted = s << n;
        result = static_cast<std::uint16_t>(shifted);
        if (sext16(result) != shifted) cc |= kV;
        if (((static_cast<std::uint64_t>(v) << n) >> 16) & 1) cc |= kC;
    } else if (n < 0) {
        int m = -n;
        result = static_cast<std::uint16_t>(s >> m);
        if ((s >> (m - 1)) & 1) cc |= kC;
    } else {
        result = v;
    }
    c.r_[r] = result;
    c.set_cc(nz_word(result) | cc);
}

// 073RSS ASHC Arithmetic shift combined: the 32-bit R,R|1 shifted like ASH
void Pdp11Cpu::op_ashc(Pdp11Cpu& c, std::uint16_t ir) {
    unsigned r = reg_of(ir);
    int n = static_cast<int>(c.src_word(ir & 077) & 077);
    if (n & 040) n -= 0100;
    std::uint32_t v = (static_cast<std::uint32_t>(c.r_[r]) << 16) | c.r_[r | 1];
    std::int64_t s = static_cast<std::int32_t>(v);
    std::uint32_t result;
    std::uint16_t cc = 0;
    if (n > 0) {
        std::int64_t shifted = s << n;
        result = static_cast<std::uint32_t>(shifted);
        if (static_cast<std::int32_t>(result) != shifted) cc |= kV;
        if (((static_cast<std::uint64_t>(v) << n) >> 32) & 1) cc |= kC;
    } else if (n < 0) {
        int m = -n;
        result = static_cast<std::uint32_t>(s >> m);
        if ((s >> (m - 1)) & 1) cc |= kC;
    } else {
        result = v;
    }
    c.r_[r] = static_cast<std::uint16_t>(result >> 16);
    c.r_[r | 1] = static_cast<std::uint16_t>(result);
    cc |= (result & 0x80000000u) ? kN : 0;
    cc |= result == 0 ? kZ : 0;
    c.set_cc(cc);
}

// 074RDD XOR Exclusive or: dst := R xor dst
void Pdp11Cpu::op_xor(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s = c.r_[reg_of(ir)];
    std::uint32_t loc;
    std::uint16_t res = static_cast<std::uint16_t>(c.rmw_read_word(ir & 077, loc) ^ s);
    c.set_cc(nz_word(res) | c.cc_c());
    c.rmw_write_word(loc, res);
}

}  // namespace simmon::pdp11
