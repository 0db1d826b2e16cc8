// Register-only forms of the commonest instructions (both operands Rn, or a single Rn
// operand): the decode table sends them here so they skip operand decoding entirely.
// Each computes exactly what the general handler would.
#include "machines/pdp11/cpu/operands.hpp"

namespace simmon::pdp11 {

using namespace psw;

// 0600SD ADD Rs,Rd
void Pdp11Cpu::op_add_rr(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t r;
    c.set_cc(cc_add(c.r_[(ir >> 6) & 7], c.r_[ir & 7], r));
    c.r_[ir & 7] = r;
}

// 1600SD SUB Rs,Rd
void Pdp11Cpu::op_sub_rr(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t r;
    c.set_cc(cc_sub(c.r_[ir & 7], c.r_[(ir >> 6) & 7], r));
    c.r_[ir & 7] = r;
}

// 0200SD CMP Rs,Rd
void Pdp11Cpu::op_cmp_rr(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t r;
    c.set_cc(cc_sub(c.r_[(ir >> 6) & 7], c.r_[ir & 7], r));
}

// 0300SD BIT Rs,Rd
void Pdp11Cpu::op_bit_rr(Pdp11Cpu& c, std::uint16_t ir) {
    c.set_cc(nz_word(c.r_[(ir >> 6) & 7] & c.r_[ir & 7]) | c.cc_c());
}

// 0400SD BIC Rs,Rd
void Pdp11Cpu::op_bic_rr(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t r = static_cast<std::uint16_t>(c.r_[ir & 7] & ~c.r_[(ir >> 6) & 7]);
    c.set_cc(nz_word(r) | c.cc_c());
    c.r_[ir & 7] = r;
}

// 0500SD BIS Rs,Rd
void Pdp11Cpu::op_bis_rr(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t r = static_cast<std::uint16_t>(c.r_[ir & 7] | c.r_[(ir >> 6) & 7]);
    c.set_cc(nz_word(r) | c.cc_c());
    c.r_[ir & 7] = r;
}

// 0127RR MOV #n,Rd
void Pdp11Cpu::op_mov_ir(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t v = c.fetch();
    c.set_cc(nz_word(v) | c.cc_c());
    c.r_[ir & 7] = v;
}

// 00500R CLR Rn
void Pdp11Cpu::op_clr_r(Pdp11Cpu& c, std::uint16_t ir) {
    c.set_cc(kZ);
    c.r_[ir & 7] = 0;
}

// 00520R INC Rn
void Pdp11Cpu::op_inc_r(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t d = c.r_[ir & 7];
    std::uint16_t r = static_cast<std::uint16_t>(d + 1);
    c.set_cc(nz_word(r) | (d == 077777 ? kV : 0) | c.cc_c());
    c.r_[ir & 7] = r;
}

// 00530R DEC Rn
void Pdp11Cpu::op_dec_r(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t d = c.r_[ir & 7];
    std::uint16_t r = static_cast<std::uint16_t>(d - 1);
    c.set_cc(nz_word(r) | (d == 0100000 ? kV : 0) | c.cc_c());
    c.r_[ir & 7] = r;
}

// 00570R TST Rn
void Pdp11Cpu::op_tst_r(Pdp11Cpu& c, std::uint16_t ir) { c.set_cc(nz_word(c.r_[ir & 7])); }

}  // namespace simmon::pdp11
