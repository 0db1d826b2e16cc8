// Handlers specialised by addressing mode, which the decode table picks so that the mode
// is not decoded at run time. MOV, the commonest instruction by far (about a quarter of
// what UNIX V6 executes), has one per pair of source and destination modes; CMP, CMPB,
// BIT and BITB (the tests before branches) one per destination mode. Each does what the
// general handler of ops_double.cpp does, through the same operand references
// (operands.hpp). The register forms (ops_register_forms.hpp) and the KD11-A's late-source
// forms replace some of them in the table.
#include "machines/pdp11/cpu/operands.hpp"

namespace simmon::pdp11 {

using namespace psw;

template <unsigned kSrcMode, unsigned kDstMode>
void Pdp11Cpu::op_mov_modes(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t v = c.src_word_mode<kSrcMode>((ir >> 6) & 7);
    if constexpr (kDstMode == 0) {
        c.set_cc(nz_word(v) | c.cc_c());
        c.r_[ir & 7] = v;
    } else {
        std::uint32_t loc = c.dst_loc_word_mode<kDstMode>(ir & 7);
        c.set_cc(nz_word(v) | c.cc_c());
        c.phys_write_word(loc, v);
    }
}

// 02SSDD CMP Compare (src - dst)
template <unsigned kDstMode>
void Pdp11Cpu::op_cmp_dst(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s = c.src_word((ir >> 6) & 077);
    std::uint16_t d = c.dst_read_word_mode<kDstMode>(ir & 7);
    std::uint16_t r;
    c.set_cc(cc_sub(s, d, r));
}

// 12SSDD CMPB Compare byte
template <unsigned kDstMode>
void Pdp11Cpu::op_cmpb_dst(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint8_t s = c.src_byte((ir >> 6) & 077);
    std::uint8_t d = c.dst_read_byte_mode<kDstMode>(ir & 7);
    std::uint8_t r;
    c.set_cc(cc_sub(s, d, r));
}

// 03SSDD BIT Bit test
template <unsigned kDstMode>
void Pdp11Cpu::op_bit_dst(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t s = c.src_word((ir >> 6) & 077);
    std::uint16_t d = c.dst_read_word_mode<kDstMode>(ir & 7);
    c.set_cc(nz_word(s & d) | c.cc_c());
}

// 13SSDD BITB Bit test byte
template <unsigned kDstMode>
void Pdp11Cpu::op_bitb_dst(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint8_t s = c.src_byte((ir >> 6) & 077);
    std::uint8_t d = c.dst_read_byte_mode<kDstMode>(ir & 7);
    c.set_cc(nz_byte(s & d) | c.cc_c());
}

#define SIMMON_DST_MODES(op)                                                                  \
    template void Pdp11Cpu::op<0>(Pdp11Cpu&, std::uint16_t);                                  \
    template void Pdp11Cpu::op<1>(Pdp11Cpu&, std::uint16_t);                                  \
    template void Pdp11Cpu::op<2>(Pdp11Cpu&, std::uint16_t);                                  \
    template void Pdp11Cpu::op<3>(Pdp11Cpu&, std::uint16_t);                                  \
    template void Pdp11Cpu::op<4>(Pdp11Cpu&, std::uint16_t);                                  \
    template void Pdp11Cpu::op<5>(Pdp11Cpu&, std::uint16_t);                                  \
    template void Pdp11Cpu::op<6>(Pdp11Cpu&, std::uint16_t);                                  \
    template void Pdp11Cpu::op<7>(Pdp11Cpu&, std::uint16_t);
SIMMON_DST_MODES(op_cmp_dst)
SIMMON_DST_MODES(op_cmpb_dst)
SIMMON_DST_MODES(op_bit_dst)
SIMMON_DST_MODES(op_bitb_dst)
#undef SIMMON_DST_MODES

#define SIMMON_MOV_MODES(s, d) template void Pdp11Cpu::op_mov_modes<s, d>(Pdp11Cpu&, std::uint16_t);
#define SIMMON_MOV_MODES_ROW(s)                                                                   \
    SIMMON_MOV_MODES(s, 0) SIMMON_MOV_MODES(s, 1) SIMMON_MOV_MODES(s, 2) SIMMON_MOV_MODES(s, 3) \
    SIMMON_MOV_MODES(s, 4) SIMMON_MOV_MODES(s, 5) SIMMON_MOV_MODES(s, 6) SIMMON_MOV_MODES(s, 7)
SIMMON_MOV_MODES_ROW(0)
SIMMON_MOV_MODES_ROW(1)
SIMMON_MOV_MODES_ROW(2)
SIMMON_MOV_MODES_ROW(3)
SIMMON_MOV_MODES_ROW(4)
SIMMON_MOV_MODES_ROW(5)
SIMMON_MOV_MODES_ROW(6)
SIMMON_MOV_MODES_ROW(7)
#undef SIMMON_MOV_MODES_ROW
#undef SIMMON_MOV_MODES

}  // namespace simmon::pdp11
