// Fixed-point arithmetic, loads and stores, shifts and the multiple-register moves
// (PoO "Fixed-Point Arithmetic"). Overflow leaves the truncated result and CC 3 and
// interrupts only when the program mask's fixed-point bit is on; a divide that cannot
// give a 32-bit quotient is suppressed (fixed-point divide exception).
#include <limits>

#include "machines/s360/cpu/handler_list.hpp"

namespace simmon::s360::ops {
namespace {

// Logical add and subtract: CC bit 1 (value 2) is the carry, bit 0 (value 1) "not zero".
void add_logical(S360Cpu& c, unsigned r1, std::uint32_t b) {
    const std::uint64_t sum = std::uint64_t{c.gr_[r1]} + b;
    c.gr_[r1] = static_cast<std::uint32_t>(sum);
    c.cc_ = (c.gr_[r1] != 0 ? 1u : 0u) | static_cast<std::uint32_t>(sum >> 32) << 1;
}
void subtract_logical(S360Cpu& c, unsigned r1, std::uint32_t b) {
    const std::uint64_t sum = std::uint64_t{c.gr_[r1]} + static_cast<std::uint32_t>(~b) + 1;
    c.gr_[r1] = static_cast<std::uint32_t>(sum);
    c.cc_ = (c.gr_[r1] != 0 ? 1u : 0u) | static_cast<std::uint32_t>(sum >> 32) << 1;
}

void multiply(S360Cpu& c, unsigned r1, std::uint32_t b) {
    if (r1 & 1) {
        c.program_interrupt(kSpecification);
        return;
    }
    const std::int64_t p = std::int64_t{static_cast<std::int32_t>(c.gr_[r1 + 1])} * static_cast<std::int32_t>(b);
    c.gr_[r1] = static_cast<std::uint32_t>(static_cast<std::uint64_t>(p) >> 32);
    c.gr_[r1 + 1] = static_cast<std::uint32_t>(p);
}
// The dividend is the 64-bit pair; remainder to R1 with the dividend's sign, quotient to
// R1+1. A zero divisor or a quotient outside 32 bits is a fixed-point divide exception
// and the registers are unchanged.
void divide(S360Cpu& c, unsigned r1, std::uint32_t b) {
    if (r1 & 1) {
        c.program_interrupt(kSpecification);
        return;
    }
    const auto dividend = static_cast<std::int64_t>(std::uint64_t{c.gr_[r1]} << 32 | c.gr_[r1 + 1]);
    const auto divisor = static_cast<std::int32_t>(b);
    if (divisor == 0) {
        c.program_interrupt(kFixedDivide);
        return;
    }
    const __int128 q = static_cast<__int128>(dividend) / divisor;
    const __int128 r = static_cast<__int128>(dividend) % divisor;
    if (q > std::numeric_limits<std::int32_t>::max() || q < std::numeric_limits<std::int32_t>::min()) {
        c.program_interrupt(kFixedDivide);
        return;
    }
    c.gr_[r1] = static_cast<std::uint32_t>(static_cast<std::int32_t>(r));
    c.gr_[r1 + 1] = static_cast<std::uint32_t>(static_cast<std::int32_t>(q));
}


}  // namespace

// 04 SPM Set Program Mask [RR]: CC from R1 bits 2-3, program mask from bits 4-7.
void spm(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t r = c.gr_[rr_r1(iw)];
    c.cc_ = (r >> 28) & 3;
    c.pm_ = (r >> 24) & 15;
}

// 10 LPR Load Positive [RR]
void lpr(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const auto v = static_cast<std::int32_t>(c.gr_[rr_r2(iw)]);
    const unsigned r1 = rr_r1(iw);
    if (v == std::numeric_limits<std::int32_t>::min()) {
        c.gr_[r1] = static_cast<std::uint32_t>(v);
        c.cc_ = 3;
        masked_exception(c, kPmFixedOverflow, kFixedOverflow);
        return;
    }
    const std::int32_t r = v < 0 ? -v : v;
    c.gr_[r1] = static_cast<std::uint32_t>(r);
    c.cc_ = r == 0 ? 0 : 2;
}
// 11 LNR Load Negative [RR]
void lnr(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const auto v = static_cast<std::int32_t>(c.gr_[rr_r2(iw)]);
    const std::int32_t r = v > 0 ? -v : v;
    c.gr_[rr_r1(iw)] = static_cast<std::uint32_t>(r);
    c.cc_ = r == 0 ? 0 : 1;
}
// 13 LCR Load Complement [RR]
void lcr(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const auto v = static_cast<std::int32_t>(c.gr_[rr_r2(iw)]);
    const unsigned r1 = rr_r1(iw);
    if (v == std::numeric_limits<std::int32_t>::min()) {
        c.gr_[r1] = static_cast<std::uint32_t>(v);
        c.cc_ = 3;
        masked_exception(c, kPmFixedOverflow, kFixedOverflow);
        return;
    }
    c.gr_[r1] = static_cast<std::uint32_t>(-v);
    c.cc_ = cc_signed(-v);
}
// 1C MR Multiply [RR]
void mr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { multiply(c, rr_r1(iw), c.gr_[rr_r2(iw)]); }
// 1D DR Divide [RR]
void dr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { divide(c, rr_r1(iw), c.gr_[rr_r2(iw)]); }
// 1E ALR Add Logical [RR]
void alr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_logical(c, rr_r1(iw), c.gr_[rr_r2(iw)]); }
// 1F SLR Subtract Logical [RR]
void slr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { subtract_logical(c, rr_r1(iw), c.gr_[rr_r2(iw)]); }

// 42 STC Store Character [RX]
void stc(S360Cpu& c, std::uint32_t iw, std::uint32_t) { c.store8(rx_addr(c, iw), c.gr_[rx_r1(iw)]); }
// 43 IC Insert Character [RX]
void ic(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (!c.fetch8(rx_addr(c, iw), v)) return;
    const unsigned r1 = rx_r1(iw);
    c.gr_[r1] = (c.gr_[r1] & 0xFFFFFF00u) | v;
}
// 49 CH Compare Halfword [RX]
void ch(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_half(c, iw, v))
        compare(c, static_cast<std::int32_t>(c.gr_[rx_r1(iw)]), static_cast<std::int32_t>(v));
}
// 4B SH Subtract Halfword [RX]
void sh(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_half(c, iw, v)) subtract(c, rx_r1(iw), v);
}
// 4C MH Multiply Halfword [RX]: the low 32 bits of the product; no overflow indication.
void mh(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (!fetch_half(c, iw, v)) return;
    const unsigned r1 = rx_r1(iw);
    const std::int64_t p = std::int64_t{static_cast<std::int32_t>(c.gr_[r1])} * static_cast<std::int32_t>(v);
    c.gr_[r1] = static_cast<std::uint32_t>(p);
}
// 5C M Multiply [RX]: R1 must be even (checked before the operand is fetched).
void m(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    if (rx_r1(iw) & 1) {
        c.program_interrupt(kSpecification);
        return;
    }
    std::uint32_t v = 0;
    if (fetch_word(c, iw, v)) multiply(c, rx_r1(iw), v);
}
// 5D D Divide [RX]
void d(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    if (rx_r1(iw) & 1) {
        c.program_interrupt(kSpecification);
        return;
    }
    std::uint32_t v = 0;
    if (fetch_word(c, iw, v)) divide(c, rx_r1(iw), v);
}
// 5E AL Add Logical [RX]
void al(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_word(c, iw, v)) add_logical(c, rx_r1(iw), v);
}
// 5F SL Subtract Logical [RX]
void sl(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_word(c, iw, v)) subtract_logical(c, rx_r1(iw), v);
}

// ---- shifts (RS): the count is the low six bits of the second-operand address ----

// 8A SRA Shift Right Single [RS]
void sra(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned n = rs_addr(c, iw) & 63;
    const unsigned r1 = rx_r1(iw);
    const std::int32_t v = static_cast<std::int32_t>(c.gr_[r1]) >> (n > 31 ? 31 : n);
    c.gr_[r1] = static_cast<std::uint32_t>(v);
    c.cc_ = cc_signed(v);
}
// 8B SLA Shift Left Single [RS]: the sign stays; a shifted-out bit unlike the sign is
// an overflow.
void sla(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned n = rs_addr(c, iw) & 63;
    const unsigned r1 = rx_r1(iw);
    const std::int64_t v = static_cast<std::int32_t>(c.gr_[r1]);
    const std::uint32_t sign = c.gr_[r1] & 0x80000000u;
    const std::int64_t shifted = n >= 32 ? (v == 0 ? 0 : (v < 0 ? -(std::int64_t{1} << 62) : (std::int64_t{1} << 62)))
                                          : v * (std::int64_t{1} << n);
    const bool ovf = shifted > std::numeric_limits<std::int32_t>::max() ||
                     shifted < std::numeric_limits<std::int32_t>::min();
    const std::uint32_t result = sign | (n >= 32 ? 0u : (static_cast<std::uint32_t>(v) << n) & 0x7FFFFFFFu);
    c.gr_[r1] = result;
    if (ovf) {
        c.cc_ = 3;
        masked_exception(c, kPmFixedOverflow, kFixedOverflow);
    } else {
        c.cc_ = cc_signed(static_cast<std::int32_t>(result));
    }
}
// 8C SRDL Shift Right Double Logical [RS]
void srdl(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r1 = rx_r1(iw);
    if (r1 & 1) {
        c.program_interrupt(kSpecification);
        return;
    }
    const unsigned n = rs_addr(c, iw) & 63;
    std::uint64_t v = std::uint64_t{c.gr_[r1]} << 32 | c.gr_[r1 + 1];
    v = v >> n;
    c.gr_[r1] = static_cast<std::uint32_t>(v >> 32);
    c.gr_[r1 + 1] = static_cast<std::uint32_t>(v);
}
// 8D SLDL Shift Left Double Logical [RS]
void sldl(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r1 = rx_r1(iw);
    if (r1 & 1) {
        c.program_interrupt(kSpecification);
        return;
    }
    const unsigned n = rs_addr(c, iw) & 63;
    std::uint64_t v = std::uint64_t{c.gr_[r1]} << 32 | c.gr_[r1 + 1];
    v = v << n;
    c.gr_[r1] = static_cast<std::uint32_t>(v >> 32);
    c.gr_[r1 + 1] = static_cast<std::uint32_t>(v);
}
// 8E SRDA Shift Right Double [RS]
void srda(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r1 = rx_r1(iw);
    if (r1 & 1) {
        c.program_interrupt(kSpecification);
        return;
    }
    const unsigned n = rs_addr(c, iw) & 63;
    auto v = static_cast<std::int64_t>(std::uint64_t{c.gr_[r1]} << 32 | c.gr_[r1 + 1]);
    v >>= n;
    c.gr_[r1] = static_cast<std::uint32_t>(static_cast<std::uint64_t>(v) >> 32);
    c.gr_[r1 + 1] = static_cast<std::uint32_t>(v);
    c.cc_ = v == 0 ? 0 : v < 0 ? 1 : 2;
}
// 8F SLDA Shift Left Double [RS]
void slda(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r1 = rx_r1(iw);
    if (r1 & 1) {
        c.program_interrupt(kSpecification);
        return;
    }
    const unsigned n = rs_addr(c, iw) & 63;
    const std::uint64_t u = std::uint64_t{c.gr_[r1]} << 32 | c.gr_[r1 + 1];
    const std::uint64_t sign = u & 0x8000000000000000ull;
    const __int128 v = static_cast<std::int64_t>(u);
    const __int128 shifted = v * (static_cast<__int128>(1) << n);
    const bool ovf = shifted > std::numeric_limits<std::int64_t>::max() ||
                     shifted < std::numeric_limits<std::int64_t>::min();
    const std::uint64_t result = sign | ((u << n) & 0x7FFFFFFFFFFFFFFFull);
    c.gr_[r1] = static_cast<std::uint32_t>(result >> 32);
    c.gr_[r1 + 1] = static_cast<std::uint32_t>(result);
    if (ovf) {
        c.cc_ = 3;
        masked_exception(c, kPmFixedOverflow, kFixedOverflow);
    } else {
        const auto r = static_cast<std::int64_t>(result);
        c.cc_ = r == 0 ? 0 : r < 0 ? 1 : 2;
    }
}

// 90 STM Store Multiple [RS]: R1 through R3, wrapping from 15 to 0. The whole operand is
// made addressable first, so a page fault leaves storage unchanged.
void stm(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = rs_addr(c, iw);
    if (a & 3) {
        c.program_interrupt(kSpecification);
        return;
    }
    const unsigned r1 = rx_r1(iw);
    const unsigned count = ((rs_r3(iw) - r1) & 15) + 1;
    S360Cpu::Operand op;
    if (!c.prepare_operand(a, count * 4, true, op)) return;
    for (unsigned i = 0; i < count; ++i) {
        const std::uint32_t v = c.gr_[(r1 + i) & 15];
        for (unsigned b = 0; b < 4; ++b) c.set_mem_byte(op.real(i * 4 + b), static_cast<std::uint8_t>(v >> (24 - 8 * b)));
    }
}
// 98 LM Load Multiple [RS]
void lm(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const std::uint32_t a = rs_addr(c, iw);
    if (a & 3) {
        c.program_interrupt(kSpecification);
        return;
    }
    const unsigned r1 = rx_r1(iw);
    const unsigned count = ((rs_r3(iw) - r1) & 15) + 1;
    S360Cpu::Operand op;
    if (!c.prepare_operand(a, count * 4, false, op)) return;
    for (unsigned i = 0; i < count; ++i) {
        std::uint32_t v = 0;
        for (unsigned b = 0; b < 4; ++b) v = v << 8 | c.mem_byte(op.real(i * 4 + b));
        c.gr_[(r1 + i) & 15] = v;
    }
}

}  // namespace simmon::s360::ops
