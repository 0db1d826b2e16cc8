// The VAX disassembler (see disassembler.hpp). Operand specifier modes follow ARM 3.3:
// 0-3 short literal, 4 index, 5 register, 6 register deferred, 7 autodecrement,
// 8 autoincrement (immediate with PC), 9 autoincrement deferred (absolute with PC),
// A-F byte, word and longword displacement and displacement deferred.
#include "machines/vax/disasm/disassembler.hpp"

#include <fmt/format.h>

#include "machines/vax/isa/opcode_table.hpp"

namespace simmon::vax {
namespace {

constexpr const char* kRegNames[16] = {"R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7",
                                       "R8", "R9", "R10", "R11", "AP", "FP", "SP", "PC"};

class Reader {
public:
    Reader(const std::uint8_t* b, std::size_t n) : b_(b), n_(n) {}
    bool get(unsigned bytes, std::uint64_t& v) {
        if (pos_ + bytes > n_) return false;
        v = 0;
        for (unsigned i = 0; i < bytes; ++i) v |= std::uint64_t{b_[pos_ + i]} << (8 * i);
        pos_ += bytes;
        return true;
    }
    std::size_t pos() const { return pos_; }

private:
    const std::uint8_t* b_;
    std::size_t n_;
    std::size_t pos_ = 0;
};

std::int64_t sign_extend(std::uint64_t v, unsigned bytes) {
    const unsigned shift = 64 - 8 * bytes;
    return static_cast<std::int64_t>(v << shift) >> shift;
}

std::string signed_hex(std::int64_t v) { return v < 0 ? fmt::format("-{:X}", -v) : fmt::format("{:X}", v); }

// One specifier; false when the bytes run out.
bool specifier(Reader& r, const OperandSpec& spec, std::uint32_t pc, std::string& out, bool indexed = false) {
    std::uint64_t b = 0;
    if (!r.get(1, b)) return false;
    const unsigned mode = static_cast<unsigned>(b >> 4), rn = static_cast<unsigned>(b & 15);
    const char* reg = kRegNames[rn];
    const unsigned size = data_size(spec.type);
    switch (mode) {
        case 0: case 1: case 2: case 3:
            out = fmt::format("S^#{:X}", b & 0x3F);
            return true;
        case 4: {
            std::string base;
            if (indexed || !specifier(r, spec, pc, base, true)) return false;
            out = fmt::format("{}[{}]", base, reg);
            return true;
        }
        case 5: out = reg; return true;
        case 6: out = fmt::format("({})", reg); return true;
        case 7: out = fmt::format("-({})", reg); return true;
        case 8:
            if (rn == 15) {
                // Immediate: the data follows, as wide as the operand (quad and octa in pieces).
                std::uint64_t lo = 0, hi = 0;
                if (size <= 8) {
                    if (!r.get(size, lo)) return false;
                    out = fmt::format("I^#{:X}", lo);
                } else {
                    if (!r.get(8, lo) || !r.get(8, hi)) return false;
                    out = fmt::format("I^#{:X}{:016X}", hi, lo);
                }
                return true;
            }
            out = fmt::format("({})+", reg);
            return true;
        case 9:
            if (rn == 15) {
                std::uint64_t a = 0;
                if (!r.get(4, a)) return false;
                out = fmt::format("@#{:X}", a);
                return true;
            }
            out = fmt::format("@({})+", reg);
            return true;
        default: {
            const unsigned bytes = mode <= 0xB ? 1 : mode <= 0xD ? 2 : 4;
            const char* prefix = bytes == 1 ? "B^" : bytes == 2 ? "W^" : "L^";
            const char* deferred = (mode & 1) ? "@" : "";
            std::uint64_t d = 0;
            if (!r.get(bytes, d)) return false;
            const std::int64_t disp = sign_extend(d, bytes);
            if (rn == 15) {
                const std::uint32_t target = static_cast<std::uint32_t>(pc + r.pos() + disp);
                out = fmt::format("{}{}{:X}", deferred, prefix, target);
            } else {
                out = fmt::format("{}{}{}({})", deferred, prefix, signed_hex(disp), reg);
            }
            return true;
        }
    }
}

}  // namespace

std::string disassemble(const std::uint8_t* bytes, std::size_t available, std::uint32_t pc, int& length) {
    length = 1;
    if (available == 0) return "(no memory there)";
    std::uint16_t opcode = bytes[0];
    Reader r(bytes, available);
    std::uint64_t skip = 0;
    r.get(1, skip);
    if (opcode == 0xFD) {
        std::uint64_t second = 0;
        if (!r.get(1, second)) return ".BYTE FD";
        opcode = static_cast<std::uint16_t>(0xFD00 | second);
    }
    const OpcodeInfo* info = find_opcode(opcode);
    if (!info) return fmt::format(".BYTE {:02X}", bytes[0]);
    const OperandList ops = operands_of(*info);
    std::string text(info->mnemonic);
    for (unsigned i = 0; i < ops.count; ++i) {
        std::string operand;
        if (ops.spec[i].access == Access::Branch) {
            const unsigned n = ops.spec[i].type == DataType::Byte ? 1 : 2;
            std::uint64_t d = 0;
            if (!r.get(n, d)) return fmt::format(".BYTE {:02X}", bytes[0]);
            operand = fmt::format("{:X}", static_cast<std::uint32_t>(pc + r.pos() + sign_extend(d, n)));
        } else if (!specifier(r, ops.spec[i], pc, operand)) {
            return fmt::format(".BYTE {:02X}", bytes[0]);
        }
        text += i == 0 ? " " : ",";
        text += operand;
    }
    length = static_cast<int>(r.pos());
    return text;
}

}  // namespace simmon::vax
