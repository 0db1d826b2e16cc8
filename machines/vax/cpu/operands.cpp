// Operand specifier decoding, once for every instruction (ARM 3.3), driven by the
// operand list of the isa table: each specifier gives a value (read, modify), an address
// (modify, write, address, field in memory) or a register, and branch displacements their
// target. Reserved addressing modes (ARM 3.3.11) fault here: a literal or register where
// an address is needed, PC as the register of register, autodecrement or index modes, an
// index on an index, literal or register base.
#include "machines/vax/cpu/memory_access.hpp"

namespace simmon::vax {
namespace {

std::uint64_t literal_value(std::uint32_t lit, DataType t) {
    // Short literals of floating types are 3 bits of fraction and 3 of exponent (ARM 3.3.13).
    switch (t) {
        case DataType::FFloat: case DataType::DFloat: return 0x4000u | lit << 4;
        case DataType::GFloat: return 0x4000u | lit << 1;
        case DataType::HFloat: return 0x4000u | lit >> 3 | std::uint64_t{(lit & 7) << 13} << 16;
        default: return lit;
    }
}

std::int32_t sext(std::uint64_t v, unsigned bytes) {
    return bytes == 1 ? static_cast<std::int8_t>(v) : bytes == 2 ? static_cast<std::int16_t>(v) : static_cast<std::int32_t>(v);
}

}  // namespace

bool VaxCpu::decode_operands(const OperandList& list) {
    for (unsigned i = 0; i < list.count; ++i) {
        const OperandSpec s = list.spec[i];
        Operand& o = op_[i];
        if (s.access == Access::Branch) {
            const unsigned n = s.type == DataType::Byte ? 1 : 2;
            std::uint64_t d = 0;
            if (!ifetch(n, d)) return false;
            o.addr = r_[15] + static_cast<std::uint32_t>(sext(d, n));
            continue;
        }
        std::uint32_t spec = 0;
        if (!ifetch8(spec)) return false;
        const unsigned size = data_size(s.type);
        unsigned mode = spec >> 4, rn = spec & 15;
        o.reg = -1;
        if (mode <= 3) {
            if (s.access != Access::Read) return reserved_addressing_mode();
            o.value = literal_value(spec & 0x3F, s.type);
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
        if (mode == 5) {
            if (rn == 15 || s.access == Access::Address) return reserved_addressing_mode();
            o.reg = static_cast<std::int32_t>(rn);
            if (s.access == Access::Read || s.access == Access::Modify) {
                o.value = r_[rn];
                if (size == 8) o.value |= std::uint64_t{r_[(rn + 1) & 15]} << 32;
                else if (size < 4) o.value &= size == 1 ? 0xFFu : 0xFFFFu;
            }
            continue;
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
                log_register(rn);
                addr = r_[rn];
                r_[rn] += size;
                break;
            case 9: {  // autoincrement deferred; with PC, absolute
                std::uint32_t p = 0;
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
        switch (s.access) {
            case Access::Read:
            case Access::Modify:
                if (!read_sized(addr, size, o.value)) return false;
                break;
            case Access::Address:
            case Access::Field: o.value = addr; break;
            default: break;
        }
    }
    return true;
}

bool VaxCpu::store(const Operand& o, unsigned size, std::uint64_t v) {
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

}  // namespace simmon::vax
