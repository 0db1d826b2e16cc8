// Operand decoding by format (PoO "Instruction Format" and "Address Generation"). A
// handler receives the instruction's first four bytes in `iw` (an RR instruction uses the
// high halfword) and, for SS, bytes 4-5 in `iw2`. Register 0 as base or index means zero.
#pragma once
#include <cstdint>

#include "machines/s360/cpu/s360_cpu.hpp"
#include "machines/s360/cpu/storage.hpp"
#include "machines/s360/isa/opcode_table.hpp"

namespace simmon::s360 {

using Handler = void (*)(S360Cpu&, std::uint32_t iw, std::uint32_t iw2);

// RR: R1 bits 8-11, R2 bits 12-15.
inline unsigned rr_r1(std::uint32_t iw) { return (iw >> 20) & 15; }
inline unsigned rr_r2(std::uint32_t iw) { return (iw >> 16) & 15; }
// RX/RS/SI fields.
inline unsigned rx_r1(std::uint32_t iw) { return (iw >> 20) & 15; }
inline unsigned rx_x2(std::uint32_t iw) { return (iw >> 16) & 15; }
inline unsigned rs_r3(std::uint32_t iw) { return (iw >> 16) & 15; }
inline std::uint32_t si_i2(std::uint32_t iw) { return (iw >> 16) & 0xFF; }

inline std::uint32_t base_disp(const S360Cpu& c, std::uint32_t bd) {
    const unsigned b = (bd >> 12) & 15;
    return ((b ? c.gr_[b] : 0) + (bd & 0xFFF)) & c.amask_;
}
// RX second-operand address: X2 + B2 + D2. One mask at the end: the sum is taken modulo
// 2^24 (or 2^32), which masking the partial sum first would not change.
inline std::uint32_t rx_addr(const S360Cpu& c, std::uint32_t iw) {
    const unsigned x = rx_x2(iw);
    const unsigned b = (iw >> 12) & 15;
    return ((x ? c.gr_[x] : 0) + (b ? c.gr_[b] : 0) + (iw & 0xFFF)) & c.amask_;
}
// RS/SI operand address: B + D from the low halfword.
inline std::uint32_t rs_addr(const S360Cpu& c, std::uint32_t iw) { return base_disp(c, iw); }
// SS: first operand from bytes 2-3, second from bytes 4-5; one 8-bit length or two 4-bit.
inline std::uint32_t ss_addr1(const S360Cpu& c, std::uint32_t iw) { return base_disp(c, iw); }
inline std::uint32_t ss_addr2(const S360Cpu& c, std::uint32_t iw2) { return base_disp(c, iw2); }
inline std::uint32_t ss_len(std::uint32_t iw) { return ((iw >> 16) & 0xFF) + 1; }
inline std::uint32_t ss_len1(std::uint32_t iw) { return ((iw >> 20) & 15) + 1; }
inline std::uint32_t ss_len2(std::uint32_t iw) { return ((iw >> 16) & 15) + 1; }

// Condition code from a signed result (0 zero, 1 negative, 2 positive).
inline std::uint32_t cc_signed(std::int32_t v) { return v == 0 ? 0u : v < 0 ? 1u : 2u; }

// A program-mask-controlled exception: the instruction completed; interrupt only when
// the mask bit is on.
inline void masked_exception(S360Cpu& c, std::uint8_t pm_bit, std::uint16_t code) {
    if (c.pm_ & pm_bit) c.program_interrupt(code);
}

}  // namespace simmon::s360
