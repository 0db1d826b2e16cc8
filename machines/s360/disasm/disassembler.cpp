// The disassembler and one-line assembler (see disassembler.hpp).
#include "machines/s360/disasm/disassembler.hpp"

#include <fmt/format.h>

#include <cctype>

#include "machines/s360/isa/opcode_table.hpp"

namespace simmon::s360 {
namespace {

std::string storage(unsigned d, unsigned b) { return b ? fmt::format("{}({})", d, b) : fmt::format("{}", d); }
// RX: in IBM's syntax a single register in parentheses is the index (D2(X2)), so a base
// without an index is written D2(,B2); D2(B2) would reassemble with the register as X2.
std::string indexed(unsigned d, unsigned x, unsigned b) {
    if (x) return fmt::format("{}({},{})", d, x, b);
    return b ? fmt::format("{}(,{})", d, b) : fmt::format("{}", d);
}
std::string with_length(unsigned d, unsigned l, unsigned b) { return fmt::format("{}({},{})", d, l, b); }

}  // namespace

std::string disassemble(const std::uint8_t* bytes, std::size_t available, int& length) {
    if (available < 2) {
        length = static_cast<int>(available);
        return available ? fmt::format("DC X'{:02X}'", bytes[0]) : std::string("?");
    }
    const std::uint8_t op = bytes[0];
    const unsigned len = instruction_length(op);
    const OpcodeInfo* info = find_opcode(op);
    if (!info || available < len) {
        length = 2;
        return fmt::format("DC X'{:02X}{:02X}'", bytes[0], bytes[1]);
    }
    length = static_cast<int>(len);
    const unsigned r1 = bytes[1] >> 4, r2 = bytes[1] & 15;
    const unsigned b2 = len >= 4 ? bytes[2] >> 4 : 0, d2 = len >= 4 ? (bytes[2] & 15u) << 8 | bytes[3] : 0;
    const unsigned b4 = len == 6 ? bytes[4] >> 4 : 0, d4 = len == 6 ? (bytes[4] & 15u) << 8 | bytes[5] : 0;
    std::string mnemonic(info->mnemonic);
    std::string operands;
    switch (info->operands) {
        case OperandKind::RegReg:
        case OperandKind::FpRegFpReg: operands = fmt::format("{},{}", r1, r2); break;
        case OperandKind::MaskReg:
            if (const ExtendedMnemonic* e = extended_mnemonic_for(op, static_cast<std::uint8_t>(r1))) {
                mnemonic = std::string(e->mnemonic);
                operands = e->mask == 0 ? fmt::format("{}", r2) : fmt::format("{}", r2);
            } else {
                operands = fmt::format("{},{}", r1, r2);
            }
            break;
        case OperandKind::Reg: operands = fmt::format("{}", r1); break;
        case OperandKind::Immediate8: operands = fmt::format("{}", bytes[1]); break;
        case OperandKind::RegStorageX:
        case OperandKind::FpRegStorageX: operands = fmt::format("{},{}", r1, indexed(d2, r2, b2)); break;
        case OperandKind::MaskStorageX:
            if (const ExtendedMnemonic* e = extended_mnemonic_for(op, static_cast<std::uint8_t>(r1))) {
                mnemonic = std::string(e->mnemonic);
                operands = indexed(d2, r2, b2);
            } else {
                operands = fmt::format("{},{}", r1, indexed(d2, r2, b2));
            }
            break;
        case OperandKind::RegRegStorage: operands = fmt::format("{},{},{}", r1, r2, storage(d2, b2)); break;
        case OperandKind::RegShift: operands = fmt::format("{},{}", r1, storage(d2, b2)); break;
        case OperandKind::StorageImm: operands = fmt::format("{},X'{:02X}'", storage(d2, b2), bytes[1]); break;
        case OperandKind::Storage: operands = storage(d2, b2); break;
        case OperandKind::StorageLength:
            operands = fmt::format("{},{}", with_length(d2, bytes[1] + 1u, b2), storage(d4, b4));
            break;
        case OperandKind::TwoLengths:
            operands = fmt::format("{},{}", with_length(d2, r1 + 1, b2), with_length(d4, r2 + 1, b4));
            break;
    }
    return fmt::format("{:<6}{}", mnemonic, operands);
}

namespace {

// ---- the one-line assembler's parsing ----

struct Parser {
    std::string_view s;
    std::size_t i = 0;
    std::string error;

    void skip() {
        while (i < s.size() && s[i] == ' ') ++i;
    }
    bool at(char c) {
        skip();
        if (i < s.size() && s[i] == c) {
            ++i;
            return true;
        }
        return false;
    }
    bool end() {
        skip();
        return i >= s.size();
    }
    // A decimal number or X'hex'.
    bool number(unsigned& v, unsigned max) {
        skip();
        v = 0;
        if (i + 1 < s.size() && (s[i] == 'X' || s[i] == 'x') && s[i + 1] == '\'') {
            i += 2;
            std::size_t start = i;
            while (i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i]))) {
                v = v * 16 + static_cast<unsigned>(std::isdigit(static_cast<unsigned char>(s[i])) ? s[i] - '0' : (std::toupper(s[i]) - 'A' + 10));
                if (v > max) return fail("value too large");
                ++i;
            }
            if (i == start || i >= s.size() || s[i] != '\'') return fail("bad hexadecimal constant");
            ++i;
            return true;
        }
        std::size_t start = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
            v = v * 10 + static_cast<unsigned>(s[i] - '0');
            if (v > max) return fail("value too large");
            ++i;
        }
        if (i == start) return fail("number expected");
        return true;
    }
    bool fail(const char* what) {
        if (error.empty()) error = what;
        return false;
    }
    // D(X,B) / D(,B) / D(B) / D, where the first field in parentheses may be a length.
    // `first` gets X (or L), `base` gets B; `has_first` says whether two fields were given.
    bool address(unsigned& d, unsigned& first, unsigned& base, bool& has_first, unsigned first_max) {
        first = base = 0;
        has_first = false;
        if (!number(d, 0xFFF)) return false;
        if (!at('(')) return true;
        skip();
        if (at(',')) {
            if (!number(base, 15)) return false;
        } else {
            unsigned a = 0;
            if (!number(a, first_max)) return false;
            if (at(',')) {
                has_first = true;
                first = a;
                if (!number(base, 15)) return false;
            } else {
                base = a;
                if (a > 15) return fail("register number too large");
            }
        }
        if (!at(')')) return fail("')' expected");
        return true;
    }
};

}  // namespace

Status assemble(std::string_view text, std::vector<std::uint8_t>& out) {
    out.clear();
    std::size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    std::string mnemonic(text.substr(i, j - i));
    for (auto& ch : mnemonic) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    Parser p{text.substr(j), 0, {}};
    const OpcodeInfo* info = find_mnemonic(mnemonic);
    int fixed_mask = -1;
    if (!info) {
        const ExtendedMnemonic* e = find_extended_mnemonic(mnemonic);
        if (!e) return Status::error(fmt::format("unknown S/360 mnemonic: {}", mnemonic));
        info = find_opcode(e->opcode);
        fixed_mask = e->mask;
    }
    const unsigned len = format_length(info->format);
    out.assign(len, 0);
    out[0] = info->opcode;
    unsigned a = 0, b = 0, d = 0, x = 0, base = 0;
    bool has_first = false;
    bool ok = true;
    auto reg = [&](unsigned& v) { return p.number(v, 15); };
    auto pair = [&](unsigned hi, unsigned lo) { out[1] = static_cast<std::uint8_t>(hi << 4 | lo); };
    auto bd = [&](std::size_t at, unsigned dd, unsigned bb) {
        out[at] = static_cast<std::uint8_t>(bb << 4 | dd >> 8);
        out[at + 1] = static_cast<std::uint8_t>(dd);
    };
    switch (info->operands) {
        case OperandKind::RegReg:
        case OperandKind::FpRegFpReg:
            ok = reg(a) && p.at(',') && reg(b);
            pair(a, b);
            break;
        case OperandKind::MaskReg:
            if (fixed_mask >= 0) {
                a = static_cast<unsigned>(fixed_mask);
                ok = reg(b);
            } else {
                ok = reg(a) && p.at(',') && reg(b);
            }
            pair(a, b);
            break;
        case OperandKind::Reg:
            ok = reg(a);
            pair(a, 0);
            break;
        case OperandKind::Immediate8:
            ok = p.number(a, 255);
            out[1] = static_cast<std::uint8_t>(a);
            break;
        case OperandKind::RegStorageX:
        case OperandKind::FpRegStorageX:
        case OperandKind::MaskStorageX:
            if (fixed_mask >= 0)
                a = static_cast<unsigned>(fixed_mask);
            else
                ok = reg(a) && (p.at(',') || p.fail("',' expected"));
            ok = ok && p.address(d, x, base, has_first, 15);
            pair(a, x);
            bd(2, d, base);
            break;
        case OperandKind::RegRegStorage:
            ok = reg(a) && p.at(',') && reg(b) && p.at(',') && p.address(d, x, base, has_first, 15) &&
                 (!has_first || p.fail("no index register in an RS operand"));
            pair(a, b);
            bd(2, d, base);
            break;
        case OperandKind::RegShift:
            ok = reg(a) && p.at(',') && p.address(d, x, base, has_first, 15) &&
                 (!has_first || p.fail("no index register in an RS operand"));
            pair(a, 0);
            bd(2, d, base);
            break;
        case OperandKind::StorageImm:
            ok = p.address(d, x, base, has_first, 15) && (!has_first || p.fail("no index register in an SI operand")) &&
                 p.at(',') && p.number(b, 255);
            out[1] = static_cast<std::uint8_t>(b);
            bd(2, d, base);
            break;
        case OperandKind::Storage:
            ok = p.address(d, x, base, has_first, 15) && (!has_first || p.fail("no index register in an SI operand"));
            bd(2, d, base);
            break;
        case OperandKind::StorageLength: {
            unsigned l = 0, d2 = 0, b2 = 0, x2 = 0;
            bool h2 = false;
            ok = p.address(d, l, base, has_first, 256) && (has_first || p.fail("length expected: D(L,B)")) &&
                 (l >= 1 || p.fail("length must be 1-256")) && p.at(',') && p.address(d2, x2, b2, h2, 15) &&
                 (!h2 || p.fail("no length in the second operand"));
            out[1] = static_cast<std::uint8_t>(l - 1);
            bd(2, d, base);
            bd(4, d2, b2);
            break;
        }
        case OperandKind::TwoLengths: {
            unsigned l1 = 0, l2 = 0, d2 = 0, b2 = 0;
            bool h2 = false;
            ok = p.address(d, l1, base, has_first, 16) && (has_first || p.fail("length expected: D(L,B)")) &&
                 p.at(',') && p.address(d2, l2, b2, h2, 16) && (h2 || p.fail("length expected: D(L,B)")) &&
                 ((l1 >= 1 && l2 >= 1) || p.fail("lengths must be 1-16"));
            out[1] = static_cast<std::uint8_t>((l1 - 1) << 4 | (l2 - 1));
            bd(2, d, base);
            bd(4, d2, b2);
            break;
        }
    }
    if (ok && !p.end()) ok = p.fail("unexpected text after the operands");
    if (!ok) {
        out.clear();
        return Status::error(fmt::format("{}: {}", mnemonic, p.error.empty() ? "bad operands" : p.error));
    }
    return Status::ok();
}

}  // namespace simmon::s360
