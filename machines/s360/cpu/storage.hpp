// Operand access for the S/360 CPU, inline because every load and store passes here:
// logical to real address (DAT's look-aside probe inline, the table walk out of line),
// the addressing check against installed storage, key-controlled protection (PoO "Storage
// Protection": a store needs the block's key to match a nonzero PSW key; a fetch too when
// the block's fetch-protection bit is on) and reference/change recording (FC67).
// Aligned operands never cross a 2K block or a page, so one translation covers them.
#pragma once
#include <bit>
#include <cstring>

#include "machines/s360/cpu/s360_cpu.hpp"

namespace simmon::s360 {

// Big-endian loads and stores of host bytes in one move each (the S/360 is big-endian);
// PhysicalMemory's byte-wise accessors cost several times more on the hot path.
namespace be {
template <typename T>
inline T swap(T v) {
    if constexpr (std::endian::native == std::endian::big) return v;
    else if constexpr (sizeof(T) == 2) return static_cast<T>(__builtin_bswap16(v));
    else if constexpr (sizeof(T) == 4) return __builtin_bswap32(v);
    else return __builtin_bswap64(v);
}
template <typename T>
inline T load(const std::uint8_t* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return swap(v);
}
template <typename T>
inline void store(std::uint8_t* p, T v) {
    v = swap(v);
    std::memcpy(p, &v, sizeof v);
}
}  // namespace be

// An aligned store of sizeof(T) bytes at real `ra` (the callers checked the alignment, so
// it is inside one page): the bytes and the dirty flag of their page, for snapshots.
template <typename T>
inline void S360Cpu::store_real(std::uint32_t ra, T v) {
    be::store<T>(host_ + ra, v);
    mem_.mark_dirty(ra);
}

inline bool S360Cpu::to_real(std::uint32_t va, bool store, std::uint32_t& ra, unsigned length) {
    // The last block fetched from or stored into (s360_cpu.hpp): already checked. Never
    // filled while a watchpoint is armed, so every access is then looked up.
    if ((va & ~0x7FFu) == (store ? write_block_ : read_block_)) [[likely]] {
        ra = (store ? write_real_ : read_real_) | (va & 0x7FF);
        return true;
    }
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
    if (watching_) [[unlikely]] {
        check_watch(va, ra, length, store);
        return true;
    }
    // A store's key check admits a fetch as well, and it set the reference bit. (Storage
    // set by SET ends on a 2K boundary; a test's odd size keeps its last block uncached.)
    if ((ra | 0x7FF) >= mem_size_) [[unlikely]]
        return true;
    read_block_ = va & ~0x7FFu;
    read_real_ = ra & ~0x7FFu;
    if (store) {
        write_block_ = read_block_;
        write_real_ = read_real_;
    }
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
    v = be::load<std::uint16_t>(host_ + ra);
    return true;
}
inline bool S360Cpu::fetch32(std::uint32_t va, std::uint32_t& v) {
    std::uint32_t ra = 0;
    if (!to_real(va, false, ra, 4)) return false;
    v = be::load<std::uint32_t>(host_ + ra);
    return true;
}
inline bool S360Cpu::fetch64(std::uint32_t va, std::uint64_t& v) {
    std::uint32_t ra = 0;
    if (!to_real(va, false, ra, 8)) return false;
    v = be::load<std::uint64_t>(host_ + ra);
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
    store_real(ra, static_cast<std::uint16_t>(v));
    return true;
}
inline bool S360Cpu::store32(std::uint32_t va, std::uint32_t v) {
    std::uint32_t ra = 0;
    if (!to_real(va, true, ra, 4)) return false;
    store_real(ra, v);
    return true;
}
inline bool S360Cpu::store64(std::uint32_t va, std::uint64_t v) {
    std::uint32_t ra = 0;
    if (!to_real(va, true, ra, 8)) return false;
    store_real(ra, v);
    return true;
}

}  // namespace simmon::s360
