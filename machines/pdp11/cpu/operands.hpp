// Operand specifiers: the eight addressing modes, decoded once here for every
// instruction (a 6-bit "spec" is mode<<3 | register). Mode 0 (register) is handled by
// the callers' `spec < 8` test so register-to-register instructions touch no memory code.
//
// Space selection follows the 11/45 and 11/70 handbooks: the immediate operand (mode 2
// with the PC) and the pointer of absolute mode (mode 3 with the PC) are in I space; every
// other operand reference is in D space. Index words are instruction-stream fetches.
// Register changes are recorded for MMR1 (not those of the PC, which MMR2 restores).
// Kernel stack limit checks: destinations through -(SP) always; on the KD11-A and KB11
// also (SP), (SP)+ and X(SP) destinations (DCKBF; CFKABD0 shows the 11/34 does not);
// -(SP) as a source only on the 11/34 (DCKBM shows the KB11 does not).
#pragma once
#include "machines/pdp11/cpu/memory_access.hpp"

namespace simmon::pdp11 {

inline void Pdp11Cpu::record_autoinc(unsigned reg, int delta) {
    mmr1_live_ = static_cast<std::uint16_t>((mmr1_live_ << 8) | ((delta & 037) << 3) | reg);
}

// One addressing mode, known at compile time (JMP and JSR have a handler per mode).
template <unsigned kMode, bool kDest, bool kByte>
[[gnu::always_inline]] inline std::uint32_t Pdp11Cpu::ea_mode(unsigned reg) {
    // A byte operand may be odd: only word references check the stack for oddness.
    constexpr std::uint32_t kEven = kByte ? ~1u : ~0u;
    static_assert(kMode >= 1 && kMode <= 7);
    if constexpr (kMode == 1) {
        if (kDest && reg == 6) dest_stack_check(r_[6] & kEven);
        return r_[reg] | kDspace;
    } else if constexpr (kMode == 2) {
        std::uint16_t a = r_[reg];
        r_[reg] = static_cast<std::uint16_t>(a + 2);
        if (reg == 7) return a;
        record_autoinc(reg, 2);
        autoinc_ea_ = a | kDspace;
        if (kDest && reg == 6) dest_stack_check(a & kEven);
        return a | kDspace;
    } else if constexpr (kMode == 3) {
        // @#a: the address word comes from the fetch cache when it can.
        if (std::uint16_t pointer; reg == 7 && fetch_cached(pointer)) return pointer | kDspace;
        std::uint16_t a = r_[reg];
        r_[reg] = static_cast<std::uint16_t>(a + 2);
        if (reg == 7) return read_word(a) | kDspace;
        record_autoinc(reg, 2);
        autoinc_ea_ = a | kDspace;
        return read_word(a | kDspace) | kDspace;
    } else if constexpr (kMode == 4) {
        std::uint16_t a = static_cast<std::uint16_t>(r_[reg] - 2);
        r_[reg] = a;
        record_autoinc(reg, -2);
        if (reg == 6) {
            if (kDest) stack_check(a);
            else source_stack_check(a);
        }
        return a | kDspace;
    } else if constexpr (kMode == 5) {
        std::uint16_t a = static_cast<std::uint16_t>(r_[reg] - 2);
        r_[reg] = a;
        record_autoinc(reg, -2);
        return read_word(a | kDspace) | kDspace;
    } else if constexpr (kMode == 6) {
        std::uint16_t x = fetch();
        std::uint16_t a = static_cast<std::uint16_t>(x + r_[reg]);
        if (kDest && reg == 6) dest_stack_check(a & kEven);
        return a | kDspace;
    } else {
        std::uint16_t x = fetch();
        return read_word(static_cast<std::uint16_t>(x + r_[reg]) | kDspace) | kDspace;
    }
}

template <bool kDest, bool kByte>
[[gnu::always_inline]] inline std::uint32_t Pdp11Cpu::ea_word(unsigned spec) {
    unsigned reg = spec & 7;
    switch (spec >> 3) {
        case 1: return ea_mode<1, kDest, kByte>(reg);
        case 2: return ea_mode<2, kDest, kByte>(reg);
        case 3: return ea_mode<3, kDest, kByte>(reg);
        case 4: return ea_mode<4, kDest, kByte>(reg);
        case 5: return ea_mode<5, kDest, kByte>(reg);
        case 6: return ea_mode<6, kDest, kByte>(reg);
        default: return ea_mode<7, kDest, kByte>(reg);
    }
}

// Byte operands step R0-R5 by 1 in modes 2 and 4; SP and PC always step by 2.
template <bool kDest>
inline std::uint32_t Pdp11Cpu::ea_byte(unsigned spec) {
    unsigned reg = spec & 7;
    unsigned mode = spec >> 3;
    if (reg < 6) {
        if (mode == 2) {
            std::uint16_t a = r_[reg];
            r_[reg] = static_cast<std::uint16_t>(a + 1);
            record_autoinc(reg, 1);
            autoinc_ea_ = a | kDspace;
            return a | kDspace;
        }
        if (mode == 4) {
            std::uint16_t a = static_cast<std::uint16_t>(r_[reg] - 1);
            r_[reg] = a;
            record_autoinc(reg, -1);
            return a | kDspace;
        }
    }
    return ea_word<kDest, true>(spec);
}

// ea_byte() for an addressing mode known at compile time.
template <unsigned kMode, bool kDest>
[[gnu::always_inline]] inline std::uint32_t Pdp11Cpu::ea_byte_mode(unsigned reg) {
    if constexpr (kMode == 2) {
        if (reg < 6) {
            std::uint16_t a = r_[reg];
            r_[reg] = static_cast<std::uint16_t>(a + 1);
            record_autoinc(reg, 1);
            autoinc_ea_ = a | kDspace;
            return a | kDspace;
        }
    } else if constexpr (kMode == 4) {
        if (reg < 6) {
            std::uint16_t a = static_cast<std::uint16_t>(r_[reg] - 1);
            r_[reg] = a;
            record_autoinc(reg, -1);
            return a | kDspace;
        }
    }
    return ea_mode<kMode, kDest, true>(reg);
}

// The immediate source #n is the word after the instruction, (PC)+: taken from the
// fetch cache when it can, which is the same I-space read. (Not for destinations: in
// maintenance mode those are translated apart.)
inline std::uint16_t Pdp11Cpu::src_word(unsigned spec) {
    if (spec < 8) return r_[spec];
    if (std::uint16_t v; spec == kImmediate && fetch_cached(v)) return v;
    return read_word(ea_word<false>(spec));
}

inline std::uint8_t Pdp11Cpu::src_byte(unsigned spec) {
    if (spec < 8) return static_cast<std::uint8_t>(r_[spec]);
    if (std::uint16_t v; spec == kImmediate && fetch_cached(v)) return static_cast<std::uint8_t>(v);
    return read_byte(ea_byte<false>(spec));
}

// A destination that is only read (CMP, BIT, TST): addressed like a source (no stack
// limit check), translated as the instruction's final destination reference.
inline std::uint16_t Pdp11Cpu::dst_read_word(unsigned spec) {
    if (spec < 8) return r_[spec];
    std::uint32_t ea = ea_word<false>(spec);
    if (ea & 1) [[unlikely]]
        odd_address_abort(ea);
    return phys_read_word(translate_dest_read(ea));
}

inline std::uint8_t Pdp11Cpu::dst_read_byte(unsigned spec) {
    if (spec < 8) return static_cast<std::uint8_t>(r_[spec]);
    return phys_read_byte(translate_dest_read(ea_byte<false>(spec)));
}

inline void Pdp11Cpu::dst_write_word(unsigned spec, std::uint16_t v) {
    if (spec < 8) {
        r_[spec] = v;
        return;
    }
    write_word(ea_word<true>(spec), v);
}

inline void Pdp11Cpu::dst_write_byte(unsigned spec, std::uint8_t v) {
    if (spec < 8) {
        r_[spec] = static_cast<std::uint16_t>((r_[spec] & 0177400) | v);
        return;
    }
    write_byte(ea_byte<true>(spec), v);
}

// Destination of a write-only instruction (MOV, CLR, SXT ...): its address is formed and
// checked before the instruction changes the condition codes, so an abort leaves them
// as they were (DCKBM checks the PSW saved by a red-zone abort of CLRB).
inline std::uint32_t Pdp11Cpu::dst_loc_word(unsigned spec) {
    if (spec < 8) return kRegLoc | spec;
    std::uint32_t ea = ea_word<true>(spec);
    if (ea & 1) [[unlikely]]
        odd_address_abort(ea);
    return translate_write(ea);
}

inline std::uint32_t Pdp11Cpu::dst_loc_byte(unsigned spec) {
    if (spec < 8) return kRegLoc | spec;
    return translate_write(ea_byte<true>(spec));
}

// Operand references for an addressing mode known at compile time: the same references
// as src_word(), dst_read_word() and the rest, for handlers that the decode table picks
// per mode (ops_mode_forms.cpp).
template <unsigned kMode>
[[gnu::always_inline]] inline std::uint16_t Pdp11Cpu::src_word_mode(unsigned reg) {
    if constexpr (kMode == 0) {
        return r_[reg];
    } else {
        if constexpr (kMode == 2) {
            if (std::uint16_t v; reg == 7 && fetch_cached(v)) return v;
        }
        return read_word(ea_mode<kMode>(reg));
    }
}

// dst_read_word() and dst_read_byte() for a destination mode known at compile time.
template <unsigned kMode>
[[gnu::always_inline]] inline std::uint16_t Pdp11Cpu::dst_read_word_mode(unsigned reg) {
    if constexpr (kMode == 0) {
        return r_[reg];
    } else {
        std::uint32_t ea = ea_mode<kMode>(reg);
        if (ea & 1) [[unlikely]]
            odd_address_abort(ea);
        return phys_read_word(translate_dest_read(ea));
    }
}

template <unsigned kMode>
[[gnu::always_inline]] inline std::uint8_t Pdp11Cpu::dst_read_byte_mode(unsigned reg) {
    if constexpr (kMode == 0) return static_cast<std::uint8_t>(r_[reg]);
    else return phys_read_byte(translate_dest_read(ea_byte_mode<kMode, false>(reg)));
}

template <unsigned kMode>
[[gnu::always_inline]] inline std::uint32_t Pdp11Cpu::dst_loc_word_mode(unsigned reg) {
    if constexpr (kMode == 0) {
        return kRegLoc | reg;
    } else {
        std::uint32_t ea = ea_mode<kMode, true>(reg);
        if (ea & 1) [[unlikely]]
            odd_address_abort(ea);
        return translate_write(ea);
    }
}

// A modify instruction reads its destination with the write check already made (the
// Unibus DATIP cycle), so a read-only page aborts before anything changes.
inline std::uint16_t Pdp11Cpu::rmw_read_word(unsigned spec, std::uint32_t& loc) {
    if (spec < 8) {
        loc = kRegLoc | spec;
        return r_[spec];
    }
    std::uint32_t ea = ea_word<true>(spec);
    if (ea & 1) [[unlikely]]
        odd_address_abort(ea);
    loc = translate_write(ea);
    return phys_read_word(loc);
}

inline std::uint8_t Pdp11Cpu::rmw_read_byte(unsigned spec, std::uint32_t& loc) {
    if (spec < 8) {
        loc = kRegLoc | spec;
        return static_cast<std::uint8_t>(r_[spec]);
    }
    loc = translate_write(ea_byte<true>(spec));
    return phys_read_byte(loc);
}

inline void Pdp11Cpu::rmw_write_word(std::uint32_t loc, std::uint16_t v) {
    if (loc & kRegLoc) {
        r_[loc & 7] = v;
        return;
    }
    phys_write_word(loc, v);
}

inline void Pdp11Cpu::rmw_write_byte(std::uint32_t loc, std::uint8_t v) {
    if (loc & kRegLoc) {
        HotWord& r = r_[loc & 7];
        r = static_cast<std::uint16_t>((r & 0177400) | v);
        return;
    }
    phys_write_byte(loc, v);
}

}  // namespace simmon::pdp11
