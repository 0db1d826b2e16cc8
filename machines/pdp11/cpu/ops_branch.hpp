// Branches, SOB and the condition-code operators. A branch's condition is looked up, not
// tested: for each of the 15 conditions a 16-bit mask says for which N Z V C combinations
// the branch is taken.
//
// These are the commonest and smallest instructions, so they are defined here, inline,
// for the instruction loop (execute.cpp) to build them into its dispatch labels instead
// of calling them.
#pragma once
#include <array>

#include "machines/pdp11/cpu/operands.hpp"

namespace simmon::pdp11 {

namespace branch_conditions {

// Condition number: opcode bit 15 and bits 10:8 (BR=1 ... BLE=7, BPL=8 ... BCS=15).
constexpr bool taken(int cond, int cc) {
    bool n = cc & 8, z = cc & 4, v = cc & 2, c = cc & 1;
    switch (cond) {
        case 1: return true;           // BR
        case 2: return !z;             // BNE
        case 3: return z;              // BEQ
        case 4: return n == v;         // BGE
        case 5: return n != v;         // BLT
        case 6: return !z && n == v;   // BGT
        case 7: return z || n != v;    // BLE
        case 8: return !n;             // BPL
        case 9: return n;              // BMI
        case 10: return !c && !z;      // BHI
        case 11: return c || z;        // BLOS
        case 12: return !v;            // BVC
        case 13: return v;             // BVS
        case 14: return !c;            // BCC (BHIS)
        case 15: return c;             // BCS (BLO)
        default: return false;
    }
}

inline constexpr std::array<std::uint16_t, 16> kTaken = [] {
    std::array<std::uint16_t, 16> t{};
    for (int cond = 0; cond < 16; ++cond)
        for (int cc = 0; cc < 16; ++cc)
            if (taken(cond, cc)) t[cond] |= static_cast<std::uint16_t>(1u << cc);
    return t;
}();

}  // namespace branch_conditions

// 000400-003777, 100000-103777 Bxx Branch (offset: signed words from the updated PC).
// One instance per condition, so the handler does not decode it.
template <unsigned kCond>
inline void Pdp11Cpu::op_bcc(Pdp11Cpu& c, std::uint16_t ir) {
    if ((branch_conditions::kTaken[kCond] >> c.cc_) & 1)
        c.r_[7] = static_cast<std::uint16_t>(c.r_[7] + 2 * static_cast<std::int8_t>(ir & 0377));
}

// 077RNN SOB Subtract one and branch back if not zero
inline void Pdp11Cpu::op_sob(Pdp11Cpu& c, std::uint16_t ir) {
    unsigned r = (ir >> 6) & 7;
    c.r_[r] = static_cast<std::uint16_t>(c.r_[r] - 1);
    if (c.r_[r] != 0) c.r_[7] = static_cast<std::uint16_t>(c.r_[7] - 2 * (ir & 077));
}

// 000240-000277 CLx/SEx Condition code operators (bit 4: set, else clear; bits 3:0 mask)
inline void Pdp11Cpu::op_ccode(Pdp11Cpu& c, std::uint16_t ir) {
    std::uint16_t mask = ir & psw::kCC;
    if (ir & 020)
        c.cc_ = static_cast<std::uint16_t>(c.cc_ | mask);
    else
        c.cc_ = static_cast<std::uint16_t>(c.cc_ & ~mask);
}

}  // namespace simmon::pdp11
