// Operand access for the S/360 CPU, inline because every load and store passes here:
// logical to real address (DAT's look-aside probe inline, the table walk out of line),
// the addressing check against installed storage, key-controlled protection (PoO "Storage
// Protection": a store needs the block's key to match a nonzero PSW key; a fetch too when
// the block's fetch-protection bit is on) and reference/change recording (FC67).
// Aligned operands never cross a 2K block or a page, so one translation covers them.
#pragma once
#include "machines/s360/cpu/s360_cpu.hpp"

namespace simmon::s360 {

inline bool S360Cpu::to_real(std::uint32_t va, bool store, std::uint32_t& ra, unsigned length) {
    if (!dat_on_) {
        ra = va;
    } else {
        const TlbEntry& e = tlb_[(va >> 12) & 7];
        if (e.vpage == (va >> 12)) [[likely]] {
            ra = e.frame | (va & 0xFFF);
        } else if (!dat_walk(va, ra)) {
            return false;
        }
    }
    if (ra >= mem_size_) [[unlikely]]
        return program_interrupt(kAddressing);
    std::uint8_t& k = keys_[ra >> kKeyBlockShift];
    if (key_ != 0) {
        const bool mismatch = (k >> 4) != key_;
        if (mismatch && (store || (k & kKeyFetch))) return program_interrupt(kProtection);
    }
    k |= store ? (kKeyReference | kKeyChange) : kKeyReference;
    if (watching_) [[unlikely]]
        check_watch(va, ra, length, store);
    return true;
}

inline bool S360Cpu::fetch8(std::uint32_t va, std::uint32_t& v) {
    std::uint32_t ra = 0;
    if (!to_real(va, false, ra)) return false;
    v = mem_.read8(ra);
    return true;
}
inline bool S360Cpu::fetch16(std::uint32_t va, std::uint32_t& v) {
    std::uint32_t ra = 0;
    if (!to_real(va, false, ra, 2)) return false;
    v = mem_.read16_be(ra);
    return true;
}
inline bool S360Cpu::fetch32(std::uint32_t va, std::uint32_t& v) {
    std::uint32_t ra = 0;
    if (!to_real(va, false, ra, 4)) return false;
    v = mem_.read32_be(ra);
    return true;
}
inline bool S360Cpu::fetch64(std::uint32_t va, std::uint64_t& v) {
    std::uint32_t ra = 0;
    if (!to_real(va, false, ra, 8)) return false;
    v = mem_.read64_be(ra);
    return true;
}
inline bool S360Cpu::store8(std::uint32_t va, std::uint32_t v) {
    std::uint32_t ra = 0;
    if (!to_real(va, true, ra)) return false;
    mem_.write8(ra, static_cast<std::uint8_t>(v));
    return true;
}
inline bool S360Cpu::store16(std::uint32_t va, std::uint32_t v) {
    std::uint32_t ra = 0;
    if (!to_real(va, true, ra, 2)) return false;
    mem_.write16_be(ra, static_cast<std::uint16_t>(v));
    return true;
}
inline bool S360Cpu::store32(std::uint32_t va, std::uint32_t v) {
    std::uint32_t ra = 0;
    if (!to_real(va, true, ra, 4)) return false;
    mem_.write32_be(ra, v);
    return true;
}
inline bool S360Cpu::store64(std::uint32_t va, std::uint64_t v) {
    std::uint32_t ra = 0;
    if (!to_real(va, true, ra, 8)) return false;
    mem_.write64_be(ra, v);
    return true;
}

}  // namespace simmon::s360
