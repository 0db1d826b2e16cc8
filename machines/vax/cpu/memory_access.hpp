// The inline fast paths of virtual memory access: one translation-buffer probe, then a
// host load or store (plus the page's dirty flag). Anything else (a miss, an access that
// crosses a page, I/O space, a fault) goes to the out-of-line paths in mmu.cpp.
#pragma once
#include "machines/vax/cpu/vax_cpu.hpp"

namespace simmon::vax {

namespace detail {
inline std::uint32_t load16(const std::uint8_t* p) { return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8; }
inline std::uint32_t load32(const std::uint8_t* p) {
    return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[3]} << 24;
}
inline void store16(std::uint8_t* p, std::uint32_t v) {
    p[0] = static_cast<std::uint8_t>(v);
    p[1] = static_cast<std::uint8_t>(v >> 8);
}
inline void store32(std::uint8_t* p, std::uint32_t v) {
    p[0] = static_cast<std::uint8_t>(v);
    p[1] = static_cast<std::uint8_t>(v >> 8);
    p[2] = static_cast<std::uint8_t>(v >> 16);
    p[3] = static_cast<std::uint8_t>(v >> 24);
}
}  // namespace detail

#define SIMMON_VAX_TLB_HIT(kind, va, bytes)                                                          \
    const TlbEntry& e = tlb_[((va) >> 9) & ((1u << kTlbBits) - 1)];                                 \
    if (e.vpn == ((va) >> 9) && ((e.kind >> mode_) & 1) && ((va) & 0x1FF) <= 0x200 - (bytes)) [[likely]]

inline bool VaxCpu::read8(std::uint32_t va, std::uint32_t& v) {
    SIMMON_VAX_TLB_HIT(read, va, 1) {
        v = mem_data_[e.pa | (va & 0x1FF)];
        return true;
    }
    return read_slow(va, 1, v);
}

inline bool VaxCpu::read16(std::uint32_t va, std::uint32_t& v) {
    SIMMON_VAX_TLB_HIT(read, va, 2) {
        v = detail::load16(mem_data_ + (e.pa | (va & 0x1FF)));
        return true;
    }
    return read_slow(va, 2, v);
}

inline bool VaxCpu::read32(std::uint32_t va, std::uint32_t& v) {
    SIMMON_VAX_TLB_HIT(read, va, 4) {
        v = detail::load32(mem_data_ + (e.pa | (va & 0x1FF)));
        return true;
    }
    return read_slow(va, 4, v);
}

inline bool VaxCpu::write8(std::uint32_t va, std::uint32_t v) {
    SIMMON_VAX_TLB_HIT(write, va, 1) {
        const std::uint32_t pa = e.pa | (va & 0x1FF);
        mem_data_[pa] = static_cast<std::uint8_t>(v);
        dirty_[pa >> PhysicalMemory::kPageShift] = 1;
        return true;
    }
    return write_slow(va, 1, v);
}

inline bool VaxCpu::write16(std::uint32_t va, std::uint32_t v) {
    SIMMON_VAX_TLB_HIT(write, va, 2) {
        const std::uint32_t pa = e.pa | (va & 0x1FF);
        detail::store16(mem_data_ + pa, v);
        dirty_[pa >> PhysicalMemory::kPageShift] = 1;
        return true;
    }
    return write_slow(va, 2, v);
}

inline bool VaxCpu::write32(std::uint32_t va, std::uint32_t v) {
    SIMMON_VAX_TLB_HIT(write, va, 4) {
        const std::uint32_t pa = e.pa | (va & 0x1FF);
        detail::store32(mem_data_ + pa, v);
        dirty_[pa >> PhysicalMemory::kPageShift] = 1;
        return true;
    }
    return write_slow(va, 4, v);
}

#undef SIMMON_VAX_TLB_HIT

inline bool VaxCpu::store(const Operand& o, unsigned size, std::uint64_t v) {
    if (o.reg >= 0) {
        std::uint32_t& r = r_[static_cast<unsigned>(o.reg)];
        switch (size) {
            case 1: r = (r & ~0xFFu) | (static_cast<std::uint32_t>(v) & 0xFF); break;
            case 2: r = (r & ~0xFFFFu) | (static_cast<std::uint32_t>(v) & 0xFFFF); break;
            case 4: r = static_cast<std::uint32_t>(v); break;
            default:
                r = static_cast<std::uint32_t>(v);
                r_[(static_cast<unsigned>(o.reg) + 1) & 15] = static_cast<std::uint32_t>(v >> 32);
                break;
        }
        return true;
    }
    return write_sized(o.addr, size, v);
}


inline bool VaxCpu::host_bytes(std::uint32_t va, bool write, std::uint8_t*& p) {
    const TlbEntry& e = tlb_[(va >> 9) & ((1u << kTlbBits) - 1)];
    if (e.vpn == (va >> 9) && (((write ? e.write : e.read) >> mode_) & 1)) [[likely]] {
        if (write) dirty_[e.pa >> PhysicalMemory::kPageShift] = 1;
        p = mem_data_ + e.pa + (va & 0x1FF);
        return true;
    }
    return host_bytes_slow(va, write, p);
}

inline bool VaxCpu::push(std::uint32_t v) {
    if (!write32(r_[14] - 4, v)) return false;
    r_[14] -= 4;
    return true;
}

inline bool VaxCpu::pop(std::uint32_t& v) {
    if (!read32(r_[14], v)) return false;
    r_[14] += 4;
    return true;
}

inline bool VaxCpu::ifetch8(std::uint32_t& v) {
    const std::uint32_t pc = r_[15];
    if ((pc >> 9) == ipage_vpn_) [[likely]] {
        v = ipage_host_[pc & 0x1FF];
        r_[15] = pc + 1;
        return true;
    }
    return ifetch8_slow(v);
}

inline bool VaxCpu::ifetch(unsigned size, std::uint64_t& v) {
    const std::uint32_t pc = r_[15];
    if ((pc >> 9) == ipage_vpn_ && (pc & 0x1FF) <= 0x200 - size) [[likely]] {
        const std::uint8_t* p = ipage_host_ + (pc & 0x1FF);
        switch (size) {
            case 1: v = p[0]; break;
            case 2: v = detail::load16(p); break;
            case 4: v = detail::load32(p); break;
            default: v = detail::load32(p) | std::uint64_t{detail::load32(p + 4)} << 32; break;
        }
        r_[15] = pc + size;
        return true;
    }
    return ifetch_slow(size, v);
}

}  // namespace simmon::vax
