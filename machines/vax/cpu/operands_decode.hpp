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
inline bool VaxCpu::decode_operands(const PackedOperands& ops) {
    using namespace operand_detail;
    for (unsigned i = 0; i < ops.count; ++i) {
        const unsigned packed = ops.spec[i];
        const unsigned access = packed >> 5;
        const unsigned size = 1u << (packed & 7);
        Operand& o = op_[i];
        if (access == kBranch) {
            std::uint64_t d = 0;
            if (!ifetch(size, d)) return false;
            o.addr = r_[15] + static_cast<std::uint32_t>(sext(d, size));
            continue;
        }
        std::uint32_t spec = 0;
        if (!ifetch8(spec)) return false;
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
            o.value = literal_value(spec & 0x3F, (packed >> 3) & 3);
            continue;
        }
        std::uint32_t index = 0;
        if (mode == 4) {
            if (rn == 15) return reserved_addressing_mode();
            const unsigned rx = rn;
            if (!ifetch8(spec)) return false;
            mode = spec >> 4;
            rn = spec & 15;
            // The base may not be a literal, register, index or (on the CVAX) immediate.
            if (mode <= 5 || (mode == 8 && rn == 15)) return reserved_addressing_mode();
            index = r_[rx] * size;
        }
        std::uint32_t addr = 0;
        switch (mode) {
            case 6: addr = r_[rn]; break;
            case 7:
                if (rn == 15) return reserved_addressing_mode();
                log_register(rn);
                r_[rn] -= size;
                addr = r_[rn];
                break;
            case 8:  // autoincrement; with PC, immediate data in the instruction stream
                if (rn == 15) {
                    addr = r_[15];
                    if ((access == kRead || access == kModify) && size <= 8) {
                        // The data is in the instruction stream (a modify writes it there).
                        if (!ifetch(size, o.value)) return false;
                        o.addr = addr;
                        continue;
                    }
                    r_[15] += size;
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
                    if (!ifetch(4, a)) return false;
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
                if (!ifetch(n, d)) return false;
                addr = r_[rn] + static_cast<std::uint32_t>(sext(d, n));
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
    return true;
}

}  // namespace simmon::vax
