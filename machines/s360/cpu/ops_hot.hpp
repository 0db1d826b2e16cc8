// The handlers the instruction loop builds into their dispatch labels (execute.cpp): the
// few-instruction loads, stores, fixed-point RR/RX arithmetic, AND/XOR, single shifts and
// branches that make up most of any program (docs/architecture.md "Speed": a call per
// instruction costs as much as such a handler). Inline here so that every translation
// unit sees one definition; EX and the function table take their addresses as usual.
#pragma once
#include <cstdint>

#include "machines/s360/cpu/operands.hpp"

namespace simmon::s360::ops {
namespace hot {

inline void add(S360Cpu& c, unsigned r1, std::uint32_t b) {
    std::int32_t res;
    const bool ovf = __builtin_add_overflow(static_cast<std::int32_t>(c.gr_[r1]), static_cast<std::int32_t>(b), &res);
    c.gr_[r1] = static_cast<std::uint32_t>(res);
    if (ovf) [[unlikely]] {
        c.cc_ = 3;
        masked_exception(c, kPmFixedOverflow, kFixedOverflow);
    } else {
        c.cc_ = cc_signed(res);
    }
}
inline void subtract(S360Cpu& c, unsigned r1, std::uint32_t b) {
    std::int32_t res;
    const bool ovf = __builtin_sub_overflow(static_cast<std::int32_t>(c.gr_[r1]), static_cast<std::int32_t>(b), &res);
    c.gr_[r1] = static_cast<std::uint32_t>(res);
    if (ovf) [[unlikely]] {
        c.cc_ = 3;
        masked_exception(c, kPmFixedOverflow, kFixedOverflow);
    } else {
        c.cc_ = cc_signed(res);
    }
}
inline void compare(S360Cpu& c, std::int32_t a, std::int32_t b) { c.cc_ = a == b ? 0 : a < b ? 1 : 2; }
// A word operand: aligned (else specification) and fetched.
inline bool fetch_word(S360Cpu& c, std::uint32_t iw, std::uint32_t& v) {
    const std::uint32_t a = rx_addr(c, iw);
    if (a & 3) return c.program_interrupt(kSpecification);
    return c.fetch32(a, v);
}
// A halfword operand, sign-extended.
inline bool fetch_half(S360Cpu& c, std::uint32_t iw, std::uint32_t& v) {
    const std::uint32_t a = rx_addr(c, iw);
    if (a & 1) return c.program_interrupt(kSpecification);
    if (!c.fetch16(a, v)) return false;
    v = static_cast<std::uint32_t>(static_cast<std::int32_t>(static_cast<std::int16_t>(v)));
    return true;
}
// BAL/BALR link information: ILC, CC and program mask in bits 0-7, address in 8-31.
inline std::uint32_t bal_link(const S360Cpu& c) { return c.ilc_ << 30 | c.cc_ << 28 | c.pm_ << 24 | (c.ia_ & 0x00FFFFFF); }
inline bool condition(const S360Cpu& c, unsigned mask) { return ((mask << c.cc_) & 8) != 0; }

}  // namespace hot

using hot::add;
using hot::bal_link;
using hot::compare;
using hot::condition;
using hot::fetch_half;
using hot::fetch_word;
using hot::subtract;

// ---- fixed point (ops_fixed.cpp has the rest) ----
// 18 LR Load [RR]
inline void lr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { c.gr_[rr_r1(iw)] = c.gr_[rr_r2(iw)]; }
// 12 LTR Load and Test [RR]
inline void ltr(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t v = c.gr_[rr_r2(iw)];
    c.gr_[rr_r1(iw)] = v;
    c.cc_ = cc_signed(static_cast<std::int32_t>(v));
}
// 19 CR Compare [RR]
inline void cr(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    compare(c, static_cast<std::int32_t>(c.gr_[rr_r1(iw)]), static_cast<std::int32_t>(c.gr_[rr_r2(iw)]));
}
// 1A AR Add [RR]
inline void ar(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add(c, rr_r1(iw), c.gr_[rr_r2(iw)]); }
// 1B SR Subtract [RR]
inline void sr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { subtract(c, rr_r1(iw), c.gr_[rr_r2(iw)]); }
// 40 STH Store Halfword [RX]
inline void sth(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = rx_addr(c, iw);
    if (a & 1) {
        c.program_interrupt(kSpecification);
        return;
    }
    c.store16(a, c.gr_[rx_r1(iw)]);
}
// 41 LA Load Address [RX]: the address, high byte zero in 24-bit addressing.
inline void la(S360Cpu& c, std::uint32_t iw, std::uint32_t) { c.gr_[rx_r1(iw)] = rx_addr(c, iw); }
// 48 LH Load Halfword [RX]
inline void lh(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_half(c, iw, v)) c.gr_[rx_r1(iw)] = v;
}
// 4A AH Add Halfword [RX]
inline void ah(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_half(c, iw, v)) add(c, rx_r1(iw), v);
}
// 50 ST Store [RX]
inline void st(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = rx_addr(c, iw);
    if (a & 3) {
        c.program_interrupt(kSpecification);
        return;
    }
    c.store32(a, c.gr_[rx_r1(iw)]);
}
// 58 L Load [RX]
inline void l(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_word(c, iw, v)) c.gr_[rx_r1(iw)] = v;
}
// 59 C Compare [RX]
inline void c(S360Cpu& cpu, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_word(cpu, iw, v))
        compare(cpu, static_cast<std::int32_t>(cpu.gr_[rx_r1(iw)]), static_cast<std::int32_t>(v));
}
// 5A A Add [RX]
inline void a(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_word(c, iw, v)) add(c, rx_r1(iw), v);
}
// 5B S Subtract [RX]
inline void s(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_word(c, iw, v)) subtract(c, rx_r1(iw), v);
}
// 88 SRL Shift Right Single Logical [RS]
inline void srl(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned n = rs_addr(c, iw) & 63;
    const unsigned r1 = rx_r1(iw);
    c.gr_[r1] = n >= 32 ? 0 : c.gr_[r1] >> n;
}
// 89 SLL Shift Left Single Logical [RS]
inline void sll(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned n = rs_addr(c, iw) & 63;
    const unsigned r1 = rx_r1(iw);
    c.gr_[r1] = n >= 32 ? 0 : c.gr_[r1] << n;
}

// ---- branches (ops_branch.cpp) ----
// 05 BALR Branch and Link [RR]: no branch when R2 is 0.
inline void balr(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r2 = rr_r2(iw);
    const std::uint32_t target = c.gr_[r2] & c.amask_;
    c.gr_[rr_r1(iw)] = bal_link(c);
    if (r2) c.ia_ = target;
}
// 06 BCTR Branch on Count [RR]
inline void bctr(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r2 = rr_r2(iw);
    const std::uint32_t target = c.gr_[r2] & c.amask_;
    if (--c.gr_[rr_r1(iw)] != 0 && r2) c.ia_ = target;
}
// 07 BCR Branch on Condition [RR]
inline void bcr(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r2 = rr_r2(iw);
    if (r2 && condition(c, rr_r1(iw))) c.ia_ = c.gr_[r2] & c.amask_;
}
// 46 BCT Branch on Count [RX]
inline void bct(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t target = rx_addr(c, iw);
    if (--c.gr_[rx_r1(iw)] != 0) c.ia_ = target;
}
// 47 BC Branch on Condition [RX]
inline void bc(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    if (condition(c, rx_r1(iw))) c.ia_ = rx_addr(c, iw);
}

// ---- logical (ops_logical.cpp) ----
// 14 NR AND [RR]
inline void nr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { c.cc_ = (c.gr_[rr_r1(iw)] &= c.gr_[rr_r2(iw)]) != 0; }
// 17 XR Exclusive OR [RR]
inline void xr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { c.cc_ = (c.gr_[rr_r1(iw)] ^= c.gr_[rr_r2(iw)]) != 0; }
// 54 N AND [RX]
inline void n(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_word(c, iw, v)) c.cc_ = (c.gr_[rx_r1(iw)] &= v) != 0;
}

}  // namespace simmon::s360::ops
