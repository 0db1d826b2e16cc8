// Double-operand instructions: MOV, CMP, BIT, BIC, BIS (word and byte), ADD, SUB.
// kLate: the source register is read after the destination's address is formed. The
// KD11-A (11/40) does that for OPR Rn,(Rn)+ / -(Rn) / @(Rn)+ / @-(Rn) (DBKDM).
// Condition codes are set after the destination address is formed (an abort leaves them
// alone) but before it is written, so a program that moves to the PSW (777776) keeps the
// value it wrote.
#include "machines/pdp11/cpu/operands.hpp"

namespace simmon::pdp11 {

using namespace psw;

namespace {
constexpr unsigned src_of(std::uint16_t ir) { return (ir >> 6) & 077; }
constexpr unsigned dst_of(std::uint16_t ir) { return ir & 077; }
}  // namespace

// 01SSDD MOV Move
template <bool kLate>
void Pdp11Cpu::op_mov(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t v = kLate ? 0 : c.src_word(src_of(ir));
    std::uint32_t loc = c.dst_loc_word(dst_of(ir));
    if constexpr (kLate) v = c.r_[(ir >> 6) & 7];
    c.set_cc(nz_word(v) | c.cc_c());
    c.rmw_write_word(loc, v);
}

// 11SSDD MOVB Move byte (to a register: sign-extended)
template <bool kLate>
void Pdp11Cpu::op_movb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint8_t v = kLate ? 0 : c.src_byte(src_of(ir));
    unsigned d = dst_of(ir);
    if (d < 8) {
        c.set_cc(nz_byte(v) | c.cc_c());
        c.r_[d] = static_cast<std::uint16_t>(static_cast<std::int16_t>(static_cast<std::int8_t>(v)));
        return;
    }
    std::uint32_t loc = c.dst_loc_byte(d);
    if constexpr (kLate) v = static_cast<std::uint8_t>(c.r_[(ir >> 6) & 7]);
    c.set_cc(nz_byte(v) | c.cc_c());
    c.phys_write_byte(loc, v);
}

// 02SSDD CMP Compare (src - dst)
template <bool kLate>
void Pdp11Cpu::op_cmp(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s = kLate ? 0 : c.src_word(src_of(ir));
    std::uint16_t d = c.dst_read_word(dst_of(ir));
    if constexpr (kLate) s = c.r_[(ir >> 6) & 7];
    std::uint16_t r;
    c.set_cc(cc_sub(s, d, r));
}

// 12SSDD CMPB Compare byte
template <bool kLate>
void Pdp11Cpu::op_cmpb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint8_t s = kLate ? 0 : c.src_byte(src_of(ir));
    std::uint8_t d = c.dst_read_byte(dst_of(ir));
    if constexpr (kLate) s = static_cast<std::uint8_t>(c.r_[(ir >> 6) & 7]);
    std::uint8_t r;
    c.set_cc(cc_sub(s, d, r));
}

// 03SSDD BIT Bit test
template <bool kLate>
void Pdp11Cpu::op_bit(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s = kLate ? 0 : c.src_word(src_of(ir));
    std::uint16_t d = c.dst_read_word(dst_of(ir));
    if constexpr (kLate) s = c.r_[(ir >> 6) & 7];
    c.set_cc(nz_word(s & d) | c.cc_c());
}

// 13SSDD BITB Bit test byte
template <bool kLate>
void Pdp11Cpu::op_bitb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint8_t s = kLate ? 0 : c.src_byte(src_of(ir));
    std::uint8_t d = c.dst_read_byte(dst_of(ir));
    if constexpr (kLate) s = static_cast<std::uint8_t>(c.r_[(ir >> 6) & 7]);
    c.set_cc(nz_byte(s & d) | c.cc_c());
}

// 04SSDD BIC Bit clear
template <bool kLate>
void Pdp11Cpu::op_bic(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s = kLate ? 0 : c.src_word(src_of(ir));
    std::uint32_t loc;
    const std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    if constexpr (kLate) s = c.r_[(ir >> 6) & 7];
    std::uint16_t r = static_cast<std::uint16_t>(d & ~s);
    c.set_cc(nz_word(r) | c.cc_c());
    c.rmw_write_word(loc, r);
}

// 14SSDD BICB Bit clear byte
template <bool kLate>
void Pdp11Cpu::op_bicb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint8_t s = kLate ? 0 : c.src_byte(src_of(ir));
    std::uint32_t loc;
    const std::uint8_t d = c.rmw_read_byte(dst_of(ir), loc);
    if constexpr (kLate) s = static_cast<std::uint8_t>(c.r_[(ir >> 6) & 7]);
    std::uint8_t r = static_cast<std::uint8_t>(d & ~s);
    c.set_cc(nz_byte(r) | c.cc_c());
    c.rmw_write_byte(loc, r);
}

// 05SSDD BIS Bit set
template <bool kLate>
void Pdp11Cpu::op_bis(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s = kLate ? 0 : c.src_word(src_of(ir));
    std::uint32_t loc;
    const std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    if constexpr (kLate) s = c.r_[(ir >> 6) & 7];
    std::uint16_t r = static_cast<std::uint16_t>(d | s);
    c.set_cc(nz_word(r) | c.cc_c());
    c.rmw_write_word(loc, r);
}

// 15SSDD BISB Bit set byte
template <bool kLate>
void Pdp11Cpu::op_bisb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint8_t s = kLate ? 0 : c.src_byte(src_of(ir));
    std::uint32_t loc;
    const std::uint8_t d = c.rmw_read_byte(dst_of(ir), loc);
    if constexpr (kLate) s = static_cast<std::uint8_t>(c.r_[(ir >> 6) & 7]);
    std::uint8_t r = static_cast<std::uint8_t>(d | s);
    c.set_cc(nz_byte(r) | c.cc_c());
    c.rmw_write_byte(loc, r);
}

// 06SSDD ADD Add
template <bool kLate>
void Pdp11Cpu::op_add(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s = kLate ? 0 : c.src_word(src_of(ir));
    std::uint32_t loc;
    std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    if constexpr (kLate) s = c.r_[(ir >> 6) & 7];
    std::uint16_t r;
    c.set_cc(cc_add(s, d, r));
    c.rmw_write_word(loc, r);
}

// 16SSDD SUB Subtract (dst - src)
template <bool kLate>
void Pdp11Cpu::op_sub(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s = kLate ? 0 : c.src_word(src_of(ir));
    std::uint32_t loc;
    std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    if constexpr (kLate) s = c.r_[(ir >> 6) & 7];
    std::uint16_t r;
    c.set_cc(cc_sub(d, s, r));
    c.rmw_write_word(loc, r);
}

template void Pdp11Cpu::op_mov<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_mov<true>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_movb<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_movb<true>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_cmp<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_cmp<true>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_cmpb<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_cmpb<true>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bit<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bit<true>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bitb<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bitb<true>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bic<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bic<true>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bicb<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bicb<true>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bis<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bis<true>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bisb<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_bisb<true>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_add<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_add<true>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_sub<false>(Pdp11Cpu&, std::uint16_t);
template void Pdp11Cpu::op_sub<true>(Pdp11Cpu&, std::uint16_t);

}  // namespace simmon::pdp11
