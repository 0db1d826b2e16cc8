// Register forms of the commonest instructions (destination Rn with source Rn or #n, or a
// single Rn operand): the decode table sends them here so they skip operand decoding.
// Each computes exactly what the general handler would.
//
// Small and common, they are defined inline for the instruction loop (execute.cpp) to build
// into its dispatch labels instead of calling them.
#pragma once
#include "machines/pdp11/cpu/operands.hpp"

namespace simmon::pdp11 {


// The source of a register-destination form: Rs, or the immediate word #n from the
// fetch cache. On a miss the caller hands the instruction to the general handler, which
// fetches #n the slow way: so these handlers make no call that needs a stack frame.
template <bool kImmediateSource>
inline bool Pdp11Cpu::form_source(std::uint16_t ir, std::uint16_t& source) {
    if constexpr (kImmediateSource) return fetch_cached(source);
    source = r_[(ir >> 6) & 7];
    return true;
}

// 0100SD MOV Rs,Rd and 0127RD MOV #n,Rd
template <bool kImm>
inline void Pdp11Cpu::op_mov_to_reg(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t v;
    if (!c.form_source<kImm>(ir, v)) [[unlikely]]
        return op_mov<false>(c, ir);
    c.set_cc(psw::nz_word(v) | c.cc_c());
    c.r_[ir & 7] = v;
}

// 0600SD ADD Rs,Rd
template <bool kImm>
inline void Pdp11Cpu::op_add_to_reg(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s, r;
    if (!c.form_source<kImm>(ir, s)) [[unlikely]]
        return op_add<false>(c, ir);
    c.set_cc(psw::cc_add(s, c.r_[ir & 7].value(), r));
    c.r_[ir & 7] = r;
}

// 1600SD SUB Rs,Rd (Rd - Rs)
template <bool kImm>
inline void Pdp11Cpu::op_sub_to_reg(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s, r;
    if (!c.form_source<kImm>(ir, s)) [[unlikely]]
        return op_sub<false>(c, ir);
    c.set_cc(psw::cc_sub(c.r_[ir & 7].value(), s, r));
    c.r_[ir & 7] = r;
}

// 0200SD CMP Rs,Rd (Rs - Rd)
template <bool kImm>
inline void Pdp11Cpu::op_cmp_to_reg(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s, r;
    if (!c.form_source<kImm>(ir, s)) [[unlikely]]
        return op_cmp<false>(c, ir);
    c.set_cc(psw::cc_sub(s, c.r_[ir & 7].value(), r));
}

// 0300SD BIT Rs,Rd
template <bool kImm>
inline void Pdp11Cpu::op_bit_to_reg(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s;
    if (!c.form_source<kImm>(ir, s)) [[unlikely]]
        return op_bit<false>(c, ir);
    c.set_cc(psw::nz_word(s & c.r_[ir & 7]) | c.cc_c());
}

// 0400SD BIC Rs,Rd
template <bool kImm>
inline void Pdp11Cpu::op_bic_to_reg(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s;
    if (!c.form_source<kImm>(ir, s)) [[unlikely]]
        return op_bic<false>(c, ir);
    std::uint16_t r = static_cast<std::uint16_t>(c.r_[ir & 7] & ~s);
    c.set_cc(psw::nz_word(r) | c.cc_c());
    c.r_[ir & 7] = r;
}

// 0500SD BIS Rs,Rd
template <bool kImm>
inline void Pdp11Cpu::op_bis_to_reg(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s;
    if (!c.form_source<kImm>(ir, s)) [[unlikely]]
        return op_bis<false>(c, ir);
    std::uint16_t r = static_cast<std::uint16_t>(c.r_[ir & 7] | s);
    c.set_cc(psw::nz_word(r) | c.cc_c());
    c.r_[ir & 7] = r;
}


// 00500R CLR Rn
inline void Pdp11Cpu::op_clr_r(Pdp11Cpu& c, std::uint16_t ir) {
    c.set_cc(psw::kZ);
    c.r_[ir & 7] = 0;
}

// 00520R INC Rn
inline void Pdp11Cpu::op_inc_r(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t d = c.r_[ir & 7];
    std::uint16_t r = static_cast<std::uint16_t>(d + 1);
    c.set_cc(psw::nz_word(r) | (d == 077777 ? psw::kV : 0) | c.cc_c());
    c.r_[ir & 7] = r;
}

// 00530R DEC Rn
inline void Pdp11Cpu::op_dec_r(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t d = c.r_[ir & 7];
    std::uint16_t r = static_cast<std::uint16_t>(d - 1);
    c.set_cc(psw::nz_word(r) | (d == 0100000 ? psw::kV : 0) | c.cc_c());
    c.r_[ir & 7] = r;
}

// 00570R TST Rn
inline void Pdp11Cpu::op_tst_r(Pdp11Cpu& c, std::uint16_t ir) { c.set_cc(psw::nz_word(c.r_[ir & 7])); }

}  // namespace simmon::pdp11
