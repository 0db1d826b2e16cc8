// MOV, the commonest instruction by far (about a quarter of what UNIX V6 executes), with a
// handler for each pair of source and destination addressing modes: the decode table
// picks one, so no mode is decoded at run time. Each does what op_mov<false> does, through
// the same operand references (operands.hpp). The register forms (MOV Rs,Rd and
// MOV #n,Rd) and the KD11-A's late-source forms replace some of these in the table.
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
