// Single-operand instructions: CLR COM INC DEC NEG ADC SBC TST ROR ROL ASR ASL (word and
// byte), SWAB, SXT, and the 11/34's MFPS/MTPS.
#include "machines/pdp11/cpu/operands.hpp"

namespace simmon::pdp11 {

using namespace psw;

namespace {
constexpr unsigned dst_of(std::uint16_t ir) { return ir & 077; }

// N, Z, C of a shift result and V = N xor C, as every shift and rotate sets them.
constexpr std::uint16_t shift_cc_word(std::uint16_t r, unsigned c) {
    unsigned n = r >> 15;
    return static_cast<std::uint16_t>(nz_word(r) | ((n ^ c) ? kV : 0) | c);
}
constexpr std::uint16_t shift_cc_byte(std::uint8_t r, unsigned c) {
    unsigned n = r >> 7;
    return static_cast<std::uint16_t>(nz_byte(r) | ((n ^ c) ? kV : 0) | c);
}
}  // namespace

// 0050DD CLR Clear
void Pdp11Cpu::op_clr(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc = c.dst_loc_word(dst_of(ir));
    c.set_cc(kZ);
    c.rmw_write_word(loc, 0);
}

// 1050DD CLRB Clear byte
void Pdp11Cpu::op_clrb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc = c.dst_loc_byte(dst_of(ir));
    c.set_cc(kZ);
    c.rmw_write_byte(loc, 0);
}

// 0051DD COM Complement
void Pdp11Cpu::op_com(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint16_t r = static_cast<std::uint16_t>(~c.rmw_read_word(dst_of(ir), loc));
    c.set_cc(nz_word(r) | kC);
    c.rmw_write_word(loc, r);
}

// 1051DD COMB Complement byte
void Pdp11Cpu::op_comb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint8_t r = static_cast<std::uint8_t>(~c.rmw_read_byte(dst_of(ir), loc));
    c.set_cc(nz_byte(r) | kC);
    c.rmw_write_byte(loc, r);
}

// 0052DD INC Increment
void Pdp11Cpu::op_inc(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    std::uint16_t r = static_cast<std::uint16_t>(d + 1);
    c.set_cc(nz_word(r) | (d == 077777 ? kV : 0) | c.cc_c());
    c.rmw_write_word(loc, r);
}

// 1052DD INCB Increment byte
void Pdp11Cpu::op_incb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint8_t d = c.rmw_read_byte(dst_of(ir), loc);
    std::uint8_t r = static_cast<std::uint8_t>(d + 1);
    c.set_cc(nz_byte(r) | (d == 0177 ? kV : 0) | c.cc_c());
    c.rmw_write_byte(loc, r);
}

// 0053DD DEC Decrement
void Pdp11Cpu::op_dec(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    std::uint16_t r = static_cast<std::uint16_t>(d - 1);
    c.set_cc(nz_word(r) | (d == 0100000 ? kV : 0) | c.cc_c());
    c.rmw_write_word(loc, r);
}

// 1053DD DECB Decrement byte
void Pdp11Cpu::op_decb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint8_t d = c.rmw_read_byte(dst_of(ir), loc);
    std::uint8_t r = static_cast<std::uint8_t>(d - 1);
    c.set_cc(nz_byte(r) | (d == 0200 ? kV : 0) | c.cc_c());
    c.rmw_write_byte(loc, r);
}

// 0054DD NEG Negate
void Pdp11Cpu::op_neg(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint16_t r = static_cast<std::uint16_t>(-c.rmw_read_word(dst_of(ir), loc));
    c.set_cc(nz_word(r) | (r == 0100000 ? kV : 0) | (r != 0 ? kC : 0));
    c.rmw_write_word(loc, r);
}

// 1054DD NEGB Negate byte
void Pdp11Cpu::op_negb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint8_t r = static_cast<std::uint8_t>(-c.rmw_read_byte(dst_of(ir), loc));
    c.set_cc(nz_byte(r) | (r == 0200 ? kV : 0) | (r != 0 ? kC : 0));
    c.rmw_write_byte(loc, r);
}

// 0055DD ADC Add carry
void Pdp11Cpu::op_adc(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    unsigned carry = c.cc_c();
    std::uint16_t r = static_cast<std::uint16_t>(d + carry);
    c.set_cc(nz_word(r) | ((carry && d == 077777) ? kV : 0) | ((carry && d == 0177777) ? kC : 0));
    c.rmw_write_word(loc, r);
}

// 1055DD ADCB Add carry byte
void Pdp11Cpu::op_adcb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint8_t d = c.rmw_read_byte(dst_of(ir), loc);
    unsigned carry = c.cc_c();
    std::uint8_t r = static_cast<std::uint8_t>(d + carry);
    c.set_cc(nz_byte(r) | ((carry && d == 0177) ? kV : 0) | ((carry && d == 0377) ? kC : 0));
    c.rmw_write_byte(loc, r);
}

// 0056DD SBC Subtract carry
void Pdp11Cpu::op_sbc(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    unsigned carry = c.cc_c();
    std::uint16_t r = static_cast<std::uint16_t>(d - carry);
    c.set_cc(nz_word(r) | ((carry && d == 0100000) ? kV : 0) | ((carry && d == 0) ? kC : 0));
    c.rmw_write_word(loc, r);
}

// 1056DD SBCB Subtract carry byte
void Pdp11Cpu::op_sbcb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint8_t d = c.rmw_read_byte(dst_of(ir), loc);
    unsigned carry = c.cc_c();
    std::uint8_t r = static_cast<std::uint8_t>(d - carry);
    c.set_cc(nz_byte(r) | ((carry && d == 0200) ? kV : 0) | ((carry && d == 0) ? kC : 0));
    c.rmw_write_byte(loc, r);
}

// 0057DD TST Test
void Pdp11Cpu::op_tst(Pdp11Cpu& c, std::uint16_t ir) { c.set_cc(nz_word(c.dst_read_word(dst_of(ir)))); }

// 1057DD TSTB Test byte
void Pdp11Cpu::op_tstb(Pdp11Cpu& c, std::uint16_t ir) { c.set_cc(nz_byte(c.dst_read_byte(dst_of(ir)))); }

// 0060DD ROR Rotate right
void Pdp11Cpu::op_ror(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    std::uint16_t r = static_cast<std::uint16_t>((d >> 1) | (c.cc_c() << 15));
    c.set_cc(shift_cc_word(r, d & 1));
    c.rmw_write_word(loc, r);
}

// 1060DD RORB Rotate right byte
void Pdp11Cpu::op_rorb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint8_t d = c.rmw_read_byte(dst_of(ir), loc);
    std::uint8_t r = static_cast<std::uint8_t>((d >> 1) | (c.cc_c() << 7));
    c.set_cc(shift_cc_byte(r, d & 1));
    c.rmw_write_byte(loc, r);
}

// 0061DD ROL Rotate left
void Pdp11Cpu::op_rol(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    std::uint16_t r = static_cast<std::uint16_t>((d << 1) | c.cc_c());
    c.set_cc(shift_cc_word(r, d >> 15));
    c.rmw_write_word(loc, r);
}

// 1061DD ROLB Rotate left byte
void Pdp11Cpu::op_rolb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint8_t d = c.rmw_read_byte(dst_of(ir), loc);
    std::uint8_t r = static_cast<std::uint8_t>((d << 1) | c.cc_c());
    c.set_cc(shift_cc_byte(r, d >> 7));
    c.rmw_write_byte(loc, r);
}

// 0062DD ASR Arithmetic shift right
void Pdp11Cpu::op_asr(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    std::uint16_t r = static_cast<std::uint16_t>((d >> 1) | (d & 0100000));
    c.set_cc(shift_cc_word(r, d & 1));
    c.rmw_write_word(loc, r);
}

// 1062DD ASRB Arithmetic shift right byte
void Pdp11Cpu::op_asrb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint8_t d = c.rmw_read_byte(dst_of(ir), loc);
    std::uint8_t r = static_cast<std::uint8_t>((d >> 1) | (d & 0200));
    c.set_cc(shift_cc_byte(r, d & 1));
    c.rmw_write_byte(loc, r);
}

// 0063DD ASL Arithmetic shift left
void Pdp11Cpu::op_asl(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    std::uint16_t r = static_cast<std::uint16_t>(d << 1);
    c.set_cc(shift_cc_word(r, d >> 15));
    c.rmw_write_word(loc, r);
}

// 1063DD ASLB Arithmetic shift left byte
void Pdp11Cpu::op_aslb(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint8_t d = c.rmw_read_byte(dst_of(ir), loc);
    std::uint8_t r = static_cast<std::uint8_t>(d << 1);
    c.set_cc(shift_cc_byte(r, d >> 7));
    c.rmw_write_byte(loc, r);
}

// 0003DD SWAB Swap bytes (N and Z from the new low byte; V and C cleared)
void Pdp11Cpu::op_swab(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint32_t loc;
    std::uint16_t d = c.rmw_read_word(dst_of(ir), loc);
    std::uint16_t r = static_cast<std::uint16_t>((d << 8) | (d >> 8));
    c.set_cc(nz_byte(static_cast<std::uint8_t>(r)));
    c.rmw_write_word(loc, r);
}

// 0067DD SXT Sign extend (N and C unchanged)
void Pdp11Cpu::op_sxt(Pdp11Cpu& c, std::uint16_t ir) {
    bool n = c.cc_ & kN;
    std::uint32_t loc = c.dst_loc_word(dst_of(ir));
    c.set_cc(static_cast<std::uint16_t>((c.cc_ & (kN | kC)) | (n ? 0 : kZ)));
    c.rmw_write_word(loc, n ? 0177777 : 0);
}

// 1067DD MFPS Move byte from processor status (to a register: sign-extended)
void Pdp11Cpu::op_mfps(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint8_t v = static_cast<std::uint8_t>(c.full_psw());
    unsigned d = dst_of(ir);
    if (d < 8) {
        c.set_cc(nz_byte(v) | c.cc_c());
        c.r_[d] = static_cast<std::uint16_t>(static_cast<std::int16_t>(static_cast<std::int8_t>(v)));
        return;
    }
    std::uint32_t loc = c.dst_loc_byte(d);
    c.set_cc(nz_byte(v) | c.cc_c());
    c.phys_write_byte(loc, v);
}

// 1064SS MTPS Move byte to processor status: the T bit is untouched and only kernel mode
// may change the priority.
void Pdp11Cpu::op_mtps(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint8_t v = c.src_byte(dst_of(ir));
    std::uint16_t keep = kT | (current_mode(c.psw_) == kKernel ? 0 : kPriority);
    std::uint16_t p = static_cast<std::uint16_t>((c.full_psw() & (0177400 | keep)) | (v & ~keep & 0357));
    c.switch_psw(p);
}

}  // namespace simmon::pdp11
