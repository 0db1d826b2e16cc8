// Operand specifier decoding, once for every instruction (ARM 3.3), driven by the
// packed operand list of the isa table row: each specifier gives a value (read, modify),
// an address (modify, write, address, field in memory) or a register, and branch
// displacements their target. Reserved addressing modes (ARM 3.3.11) fault here: a literal
// or register where an address is needed, PC as the register of register, autodecrement
// or index modes, an index on an index, literal, register or immediate base.
//
// Inline, for the instruction loop (execute.cpp) to have it in its own body; the few
// handlers that decode for themselves include it too.
#pragma once
#include "machines/vax/cpu/memory_access.hpp"

namespace simmon::vax {
namespace operand_detail {

inline std::uint64_t literal_value(std::uint32_t lit, unsigned kind) {
    // Short literals of floating types are 3 bits of exponent and 3 of fraction (ARM 3.3.13).
    switch (kind) {
        case 1: return 0x4000u | lit << 4;  // F, D
        case 2: return 0x4000u | lit << 1;  // G
        case 3: return 0x4000u | lit >> 3 | std::uint64_t{(lit & 7) << 13} << 16;  // H
        default: return lit;
    }
}

inline std::int32_t sext(std::uint64_t v, unsigned bytes) {
    return bytes == 1 ? static_cast<std::int8_t>(v) : bytes == 2 ? static_cast<std::int16_t>(v) : static_cast<std::int32_t>(v);
}

inline constexpr unsigned kRead = static_cast<unsigned>(Access::Read);
inline constexpr unsigned kModify = static_cast<unsigned>(Access::Modify);
inline constexpr unsigned kAddress = static_cast<unsigned>(Access::Address);
inline constexpr unsigned kField = static_cast<unsigned>(Access::Field);
inline constexpr unsigned kBranch = static_cast<unsigned>(Access::Branch);

}  // namespace operand_detail

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
inline bool VaxCpu::decode_operands(const PackedOperands& ops) { return decode_operands_at(ops, r_[15]); }

#if defined(__GNUC__)
__attribute__((always_inline))
#endif
inline bool VaxCpu::decode_operands_at(const PackedOperands& ops, std::uint32_t pc) {
    using namespace operand_detail;
    // `pc`: where the first specifier starts. It stays in a local while the specifiers are read, and goes back to R15 when the
    // last one is done: a byte of the instruction stream is then a compare, a load and an
    // increment. R15 is written before anything that reads it (the slow fetch path); a
    // specifier that faults leaves it stale, which does not matter: abort_instruction()
    // puts back the opcode's PC. PC as a base register (displacement modes, (PC)) reads
    // the local, which is what R15 would hold at that point (ARM 3.3.9).
    // (The slow paths take the address of a temporary, so that the values stay in host
    // registers on the fast path.)
    // The instruction page in locals too: only the slow fetch paths change it (a data
    // access never does), and they reload it.
    std::uint32_t page_vpn = ipage_vpn_;
    const std::uint8_t* page = ipage_host_;
    auto fetch8 = [&](std::uint32_t& v) __attribute__((always_inline)) {
        if ((pc >> 9) == page_vpn) [[likely]] {
            v = page[pc & 0x1FF];
            ++pc;
            return true;
        }
        r_[15] = pc;
        std::uint32_t t = 0;
        if (!ifetch8_slow(t)) return false;
        v = t;
        pc = r_[15];
        page_vpn = ipage_vpn_;
        page = ipage_host_;
        return true;
    };
    auto fetch = [&](unsigned n, std::uint64_t& v) __attribute__((always_inline)) {
        if ((pc >> 9) == page_vpn && (pc & 0x1FF) <= 0x200 - n) [[likely]] {
            const std::uint8_t* p = page + (pc & 0x1FF);
            switch (n) {
                case 1: v = p[0]; break;
                case 2: v = detail::load16(p); break;
                case 4: v = detail::load32(p); break;
                default: v = detail::load32(p) | std::uint64_t{detail::load32(p + 4)} << 32; break;
            }
            pc += n;
            return true;
        }
        r_[15] = pc;
        std::uint64_t t = 0;
        if (!ifetch_slow(n, t)) return false;
        v = t;
        pc = r_[15];
        page_vpn = ipage_vpn_;
        page = ipage_host_;
        return true;
    };
    unsigned count = ops.count;
    if (count & kResumesWithFpd) [[unlikely]] {
        // MOVC3/MOVC5 resuming after a fault or an interrupt: their registers hold the
        // state, the specifiers are not decoded again (ARM 3.11 first part done).
        if (psl_ & kPslFPD) {
            r_[15] = pc;
            return true;
        }
        count &= ~unsigned{kResumesWithFpd};
    }
    for (unsigned i = 0; i < count; ++i) {
        const unsigned access = ops.access[i];
        const unsigned size = ops.size[i];
        Operand& o = op_[i];
        if (access == kBranch) {
            std::uint64_t d = 0;
            if (!fetch(size, d)) return false;
            o.addr = pc + static_cast<std::uint32_t>(sext(d, size));
            continue;
        }
        std::uint32_t spec = 0;
        if (!fetch8(spec)) return false;
        unsigned mode = spec >> 4, rn = spec & 15;
        if (mode == 5) {
            // Register mode, the commonest: no memory, no log.
            if (rn == 15 || access == kAddress) return reserved_addressing_mode();
            o.reg = static_cast<std::int32_t>(rn);
            if (access == kRead || access == kModify) {
                std::uint64_t v = r_[rn];
                if (size == 8) v |= std::uint64_t{r_[(rn + 1) & 15]} << 32;
                else if (size < 4) v &= size == 1 ? 0xFFu : 0xFFFFu;
                o.value = v;
            }
            continue;
        }
        o.reg = -1;
        if (mode <= 3) {
            if (access != kRead) return reserved_addressing_mode();
            o.value = literal_value(spec & 0x3F, ops.kind[i]);
            continue;
        }
        std::uint32_t index = 0;
        if (mode == 4) {
            if (rn == 15) return reserved_addressing_mode();
            const unsigned rx = rn;
            if (!fetch8(spec)) return false;
            mode = spec >> 4;
            rn = spec & 15;
            // The base may not be a literal, register, index or (on the CVAX) immediate.
            if (mode <= 5 || (mode == 8 && rn == 15)) return reserved_addressing_mode();
            index = r_[rx] * size;
        }
        std::uint32_t addr = 0;
        switch (mode) {
            case 6: addr = rn == 15 ? pc : r_[rn]; break;
            case 7:
                if (rn == 15) return reserved_addressing_mode();
                log_register(rn);
                r_[rn] -= size;
                addr = r_[rn];
                break;
            case 8:  // autoincrement; with PC, immediate data in the instruction stream
                if (rn == 15) {
                    addr = pc;
                    if ((access == kRead || access == kModify) && size <= 8) {
                        // The data is in the instruction stream (a modify writes it there).
                        if (!fetch(size, o.value)) return false;
                        o.addr = addr;
                        continue;
                    }
                    pc += size;
                    break;
                }
                log_register(rn);
                addr = r_[rn];
                r_[rn] += size;
                break;
            case 9: {  // autoincrement deferred; with PC, absolute
                std::uint32_t p = 0;
                if (rn == 15) {
                    std::uint64_t a = 0;
                    if (!fetch(4, a)) return false;
                    addr = static_cast<std::uint32_t>(a);
                    break;
                }
                if (!read32(r_[rn], p)) return false;
                log_register(rn);
                r_[rn] += 4;
                addr = p;
                break;
            }
            default: {
                const unsigned n = mode <= 0xB ? 1 : mode <= 0xD ? 2 : 4;
                std::uint64_t d = 0;
                if (!fetch(n, d)) return false;
                addr = (rn == 15 ? pc : r_[rn]) + static_cast<std::uint32_t>(sext(d, n));
                if (mode & 1) {
                    std::uint32_t p = 0;
                    if (!read32(addr, p)) return false;
                    addr = p;
                }
                break;
            }
        }
        addr += index;
        o.addr = addr;
        if (access == kRead || access == kModify) {
            if (size == 4) {
                std::uint32_t w = 0;
                if (!read32(addr, w)) return false;
                o.value = w;
            } else if (!read_sized(addr, size, o.value)) {
                return false;
            }
        } else if (access == kAddress || access == kField) {
            o.value = addr;
        }
    }
    r_[15] = pc;
    return true;
}

}  // namespace simmon::vax
