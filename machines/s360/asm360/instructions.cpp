// Machine instructions: operands by the opcode table's operand kinds (machines/s360/isa),
// encoded in the five formats of the Principles of Operation (GA22-6821, "Instruction
// Formats"), and the extended branch mnemonics, which are BC and BCR with the mask given.
//
// Addresses are written explicitly, D(X,B) / D(B) / D(L,B), or implicitly as an expression
// the USING table turns into base and displacement; an SS operand's length defaults to the
// length attribute of its leftmost term (GC28-6514, "Machine-Instruction Operands").
#include "machines/s360/asm360/assembler.hpp"

namespace simmon::s360::asm360 {
namespace {

enum AddressKind { kBase = 0, kIndexed = 1, kLength8 = 2, kLength4 = 3 };

}  // namespace

bool Assembler::register_operand(std::string_view text, std::size_t offset, int& reg, int max) {
    ExpressionResult r = evaluate_expression(text, 0, *this);
    if (!r.ok) {
        error(offset + r.error_offset, kError, r.error);
        return false;
    }
    if (r.undefined) {
        error(offset, kError, "undefined symbol in '" + std::string(text) + "'");
        return false;
    }
    if (r.end != text.size()) {
        error(offset + r.end, kError, "invalid operand '" + std::string(text) + "'");
        return false;
    }
    if (!r.value.absolute() || r.value.value < 0 || r.value.value > max) {
        error(offset, kError, "value '" + std::string(text) + "' out of range 0-" + std::to_string(max));
        return false;
    }
    reg = r.value.value;
    return true;
}

bool Assembler::address_operand(std::string_view text, std::size_t offset, int kind, int& base, int& disp,
                                int& index, int& length, std::int32_t& shown) {
    base = disp = index = 0;
    length = -1;
    Value v;
    std::int32_t implicit_length = 1;
    std::size_t end = 0;
    if (!text.empty() && text[0] == '=') {
        if (kind == kLength8 || kind == kLength4 || kind == kIndexed || kind == kBase) {
            int li = literal_index(text, offset);
            if (li < 0) {
                error(offset, kError, "literal not in the pool");
                return false;
            }
            const Literal& l = literals_[static_cast<std::size_t>(li)];
            v = Value::relocatable(l.section, l.location);
            implicit_length = l.operand.value_length();
            end = text.size();
        }
    } else {
        ExpressionResult r = evaluate_expression(text, 0, *this);
        if (!r.ok) {
            error(offset + r.error_offset, kError, r.error);
            return false;
        }
        if (r.undefined) {
            error(offset, kError, "undefined symbol in '" + std::string(text) + "'");
            return false;
        }
        v = r.value;
        implicit_length = r.length;
        end = r.end;
    }
    bool explicit_base = false;
    if (end < text.size()) {
        if (text[end] != '(') {
            error(offset + end, kError, "invalid operand '" + std::string(text) + "'");
            return false;
        }
        // (X,B) (X) (,B) / (B) / (L,B) (L) (,B)
        std::size_t p = end + 1;
        std::string_view fields[2];
        std::size_t starts[2] = {p, p};
        int n = 0;
        int depth = 0;
        std::size_t s = p;
        for (; p < text.size(); ++p) {
            char c = text[p];
            if (c == '(') ++depth;
            else if (c == ')' && depth-- == 0) break;
            else if (c == ',' && depth == 0) {
                if (n >= 1) {
                    error(offset + p, kError, "too many subfields in '" + std::string(text) + "'");
                    return false;
                }
                starts[n] = s;
                fields[n++] = text.substr(s, p - s);
                s = p + 1;
            }
        }
        if (p >= text.size() || p + 1 != text.size()) {
            error(offset + end, kError, "unbalanced parentheses in '" + std::string(text) + "'");
            return false;
        }
        starts[n] = s;
        fields[n++] = text.substr(s, p - s);
        std::string_view first = fields[0], second = n > 1 ? fields[1] : std::string_view{};
        if (kind == kBase) {
            if (n > 1) {
                error(offset + end, kError, "a base-displacement operand has no index: '" + std::string(text) + "'");
                return false;
            }
            second = first;
            first = {};
            starts[1] = starts[0];
        }
        if (!first.empty()) {
            int value = 0;
            int max = kind == kIndexed ? 15 : kind == kLength8 ? 256 : 16;
            if (!register_operand(first, offset + starts[0], value, max)) return false;
            if (kind == kIndexed) index = value;
            else length = value;
        } else if (kind != kIndexed && kind != kBase) {
            error(offset + starts[0], kError, "length subfield missing in '" + std::string(text) + "'");
            return false;
        }
        if (!second.empty()) {
            if (!register_operand(second, offset + starts[1], base, 15)) return false;
            explicit_base = true;
        } else if (n > 1) {
            error(offset + starts[1], kError, "base register missing in '" + std::string(text) + "'");
            return false;
        }
    }
    if (explicit_base) {
        if (!v.absolute() || v.value < 0 || v.value > 4095) {
            error(offset, kError, "displacement out of range 0-4095 in '" + std::string(text) + "'");
            return false;
        }
        disp = v.value;
    } else {
        std::string err;
        if (!base_displacement(v, base, disp, err)) {
            error(offset, kError, err + ": '" + std::string(text) + "'");
            return false;
        }
        shown = v.value;
    }
    if ((kind == kLength8 || kind == kLength4) && length < 0) length = implicit_length;
    return true;
}

void Assembler::machine_instruction(const OpcodeInfo& info, int extended_mask) {
    const int len = static_cast<int>(format_length(info.format));
    align(2);
    StatementInfo& in = info_[index_];
    // Operands as views of the operand field; an extended mnemonic's mask comes first.
    static constexpr std::string_view kMasks[16] = {"0", "1", "2",  "3",  "4",  "5",  "6",  "7",
                                                    "8", "9", "10", "11", "12", "13", "14", "15"};
    constexpr std::size_t kMax = 8;
    std::string_view ops_storage[kMax + 1];
    std::size_t offs_storage[kMax + 1] = {};
    std::size_t first = extended_mask >= 0 ? 1 : 0;
    std::size_t count = first + split_operand_views(fields_.operands, ops_storage + first, offs_storage + first, kMax);
    if (first) ops_storage[0] = kMasks[extended_mask & 15];
    struct View {
        std::string_view* p;
        std::size_t n;
        std::size_t size() const { return n; }
        bool empty() const { return n == 0; }
        std::string_view& operator[](std::size_t i) const { return p[i]; }
    } ops{ops_storage, count};
    const std::size_t* offs_p = offs_storage;
    struct Offs {
        const std::size_t* p;
        std::size_t n;
        bool empty() const { return n == 0; }
        std::size_t size() const { return n; }
        std::size_t operator[](std::size_t i) const { return p[i]; }
    } offs{offs_p, count};
    if (pass_ == 1) {
        define_label(location_counter(), len, 'I');
        in.length = len;
        for (std::size_t i = 0; i < ops.size(); ++i)
            if (!ops[i].empty() && ops[i][0] == '=') literal_index(ops[i], offs[i]);
        advance(len);
        return;
    }
    current_length_ = len;
    std::uint8_t b[6] = {info.opcode, 0, 0, 0, 0, 0};
    auto need = [&](std::size_t n) {
        if (ops.size() == n) {
            for (std::size_t i = 0; i < n; ++i)
                if (ops[i].empty()) {
                    error(offs[i], kError, "operand " + std::to_string(i + 1 - first) + " is empty");
                    return false;
                }
            return true;
        }
        std::size_t shown_n = extended_mask >= 0 ? n - 1 : n;
        error(0, kError, op_ + " needs " + std::to_string(shown_n) + " operand" + (shown_n == 1 ? "" : "s"));
        return false;
    };
    auto reg = [&](std::size_t i, int max, int& out) { return register_operand(ops[i], offs[i], out, max); };
    int r1 = 0, r2 = 0, base = 0, disp = 0, index = 0, length = 0;
    bool ok = true;
    switch (info.operands) {
    case OperandKind::RegReg:
    case OperandKind::MaskReg:
    case OperandKind::FpRegFpReg:
        if ((ok = need(2) && reg(0, 15, r1) && reg(1, 15, r2))) b[1] = static_cast<std::uint8_t>(r1 << 4 | r2);
        break;
    case OperandKind::Reg:
        if ((ok = need(1) && reg(0, 15, r1))) b[1] = static_cast<std::uint8_t>(r1 << 4);
        break;
    case OperandKind::Immediate8:
        if ((ok = need(1) && reg(0, 255, r1))) b[1] = static_cast<std::uint8_t>(r1);
        break;
    case OperandKind::RegStorageX:
    case OperandKind::MaskStorageX:
    case OperandKind::FpRegStorageX:
        if ((ok = need(2) && reg(0, 15, r1) &&
                  address_operand(ops[1], offs[1], kIndexed, base, disp, index, length, in.addr2))) {
            b[1] = static_cast<std::uint8_t>(r1 << 4 | index);
            b[2] = static_cast<std::uint8_t>(base << 4 | disp >> 8);
            b[3] = static_cast<std::uint8_t>(disp);
        }
        break;
    case OperandKind::RegRegStorage:
        if ((ok = need(3) && reg(0, 15, r1) && reg(1, 15, r2) &&
                  address_operand(ops[2], offs[2], kBase, base, disp, index, length, in.addr2))) {
            b[1] = static_cast<std::uint8_t>(r1 << 4 | r2);
            b[2] = static_cast<std::uint8_t>(base << 4 | disp >> 8);
            b[3] = static_cast<std::uint8_t>(disp);
        }
        break;
    case OperandKind::RegShift:
        if ((ok = need(2) && reg(0, 15, r1) &&
                  address_operand(ops[1], offs[1], kBase, base, disp, index, length, in.addr2))) {
            b[1] = static_cast<std::uint8_t>(r1 << 4);
            b[2] = static_cast<std::uint8_t>(base << 4 | disp >> 8);
            b[3] = static_cast<std::uint8_t>(disp);
        }
        break;
    case OperandKind::StorageImm:
        if ((ok = need(2) && address_operand(ops[0], offs[0], kBase, base, disp, index, length, in.addr1) &&
                  reg(1, 255, r2))) {
            b[1] = static_cast<std::uint8_t>(r2);
            b[2] = static_cast<std::uint8_t>(base << 4 | disp >> 8);
            b[3] = static_cast<std::uint8_t>(disp);
        }
        break;
    case OperandKind::Storage:
        if ((ok = need(1) && address_operand(ops[0], offs[0], kBase, base, disp, index, length, in.addr1))) {
            b[2] = static_cast<std::uint8_t>(base << 4 | disp >> 8);
            b[3] = static_cast<std::uint8_t>(disp);
        }
        break;
    case OperandKind::StorageLength:
    case OperandKind::TwoLengths: {
        const bool two = info.operands == OperandKind::TwoLengths;
        int b2 = 0, d2 = 0, l2 = 0;
        if ((ok = need(2) &&
                  address_operand(ops[0], offs[0], two ? kLength4 : kLength8, base, disp, index, length, in.addr1) &&
                  address_operand(ops[1], offs[1], two ? kLength4 : kBase, b2, d2, index, l2, in.addr2))) {
            int l1 = length == 0 ? 0 : length - 1;
            int max = two ? 15 : 255;
            if (l1 > max) {
                error(offs[0], kError, "length " + std::to_string(length) + " too large (at most " + std::to_string(max + 1) + ")");
                l1 = max;
            }
            if (two) {
                int e2 = l2 == 0 ? 0 : l2 - 1;
                if (e2 > 15) {
                    error(offs[1], kError, "length " + std::to_string(l2) + " too large (at most 16)");
                    e2 = 15;
                }
                b[1] = static_cast<std::uint8_t>(l1 << 4 | e2);
            } else {
                b[1] = static_cast<std::uint8_t>(l1);
            }
            b[2] = static_cast<std::uint8_t>(base << 4 | disp >> 8);
            b[3] = static_cast<std::uint8_t>(disp);
            b[4] = static_cast<std::uint8_t>(b2 << 4 | d2 >> 8);
            b[5] = static_cast<std::uint8_t>(d2);
        }
        break;
    }
    }
    if (ok && (info.constraints & kEvenR1) && (r1 & 1))
        error(offs.empty() ? 0 : offs[0], kWarning, std::string(info.mnemonic) + " needs an even register");
    if (ok && (info.constraints & kFpR1) && (r1 & 1 || r1 > 6))
        error(offs.empty() ? 0 : offs[0], kWarning, "floating-point register must be 0, 2, 4 or 6");
    if (ok && (info.constraints & kFpR2) && (r2 & 1 || r2 > 6))
        error(offs.size() > 1 ? offs[1] : 0, kWarning, "floating-point register must be 0, 2, 4 or 6");
    static const std::vector<ConstantReloc> kNone;
    emit(b, static_cast<std::size_t>(len), kNone);
}

}  // namespace simmon::s360::asm360
