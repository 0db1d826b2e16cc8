// The one-line VAX assembler (see assembler.hpp). Specifier encodings follow ARM 3.3, as
// the disassembler and the CPU's decoder read them.
#include "machines/vax/disasm/assembler.hpp"

#include <fmt/format.h>

#include <cctype>
#include <string>

#include "machines/vax/isa/opcode_table.hpp"

namespace simmon::vax {
namespace {

std::string upper(std::string_view s) {
    std::string r;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) r += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return r;
}

int register_number(std::string_view s) {
    if (s == "AP") return 12;
    if (s == "FP") return 13;
    if (s == "SP") return 14;
    if (s == "PC") return 15;
    if (s.size() >= 2 && s.size() <= 3 && s[0] == 'R') {
        int n = 0;
        for (char c : s.substr(1)) {
            if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
            n = n * 10 + (c - '0');
        }
        return n <= 15 ? n : -1;
    }
    return -1;
}

// A hex number with an optional sign; false when it is not one.
bool number(std::string_view s, std::int64_t& v) {
    bool neg = false;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s.empty() || s.size() > 16) return false;
    std::uint64_t u = 0;
    for (char c : s) {
        const int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (d < 0) return false;
        u = u << 4 | static_cast<unsigned>(d);
    }
    v = neg ? -static_cast<std::int64_t>(u) : static_cast<std::int64_t>(u);
    return true;
}

void put(std::vector<std::uint8_t>& out, std::uint64_t v, unsigned bytes) {
    for (unsigned i = 0; i < bytes; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

bool fits(std::int64_t v, unsigned bytes) {
    const std::int64_t lo = -(std::int64_t{1} << (8 * bytes - 1)), hi = (std::int64_t{1} << (8 * bytes - 1)) - 1;
    return v >= lo && v <= hi;
}

bool is_float(DataType t) {
    return t == DataType::FFloat || t == DataType::DFloat || t == DataType::GFloat || t == DataType::HFloat;
}

// One general specifier (no index), appended to `out`; `pc_after` is where the
// instruction stream stands before it (for PC-relative forms).
Status specifier(std::string s, const OperandSpec& spec, std::uint32_t start, std::vector<std::uint8_t>& out) {
    const unsigned size = data_size(spec.type);
    auto bad = [&] { return Status::error(fmt::format("bad operand: {}", s)); };
    if (s.empty()) return bad();
    if (int r = register_number(s); r >= 0) {
        out.push_back(static_cast<std::uint8_t>(0x50 | r));
        return Status::ok();
    }
    if (s.size() > 2 && s.front() == '(' && s.back() == ')') {
        const int r = register_number(s.substr(1, s.size() - 2));
        if (r < 0) return bad();
        out.push_back(static_cast<std::uint8_t>(0x60 | r));
        return Status::ok();
    }
    if (s.size() > 3 && s.substr(0, 2) == "-(" && s.back() == ')') {
        const int r = register_number(s.substr(2, s.size() - 3));
        if (r < 0) return bad();
        out.push_back(static_cast<std::uint8_t>(0x70 | r));
        return Status::ok();
    }
    if (s.size() > 3 && s.back() == '+' && s[s.size() - 2] == ')') {
        const bool deferred = s[0] == '@';
        const std::string inner = s.substr(deferred ? 2 : 1, s.size() - (deferred ? 4 : 3));
        const int r = register_number(inner);
        if (r < 0 || s[deferred ? 1 : 0] != '(') return bad();
        out.push_back(static_cast<std::uint8_t>((deferred ? 0x90 : 0x80) | r));
        return Status::ok();
    }
    // Literals and immediates.
    bool force_short = false, force_immediate = false;
    std::string t = s;
    if (t.rfind("S^#", 0) == 0) force_short = true, t = t.substr(3);
    else if (t.rfind("I^#", 0) == 0) force_immediate = true, t = t.substr(3);
    else if (t.rfind("#", 0) == 0) t = t.substr(1);
    else t.clear();
    if (!t.empty() || force_short || force_immediate) {
        std::int64_t v = 0;
        if (!number(t, v)) return bad();
        if (force_short || (!force_immediate && !is_float(spec.type) && v >= 0 && v <= 0x3F)) {
            if (v < 0 || v > 0x3F) return Status::error(fmt::format("short literal out of range: {}", s));
            out.push_back(static_cast<std::uint8_t>(v));
            return Status::ok();
        }
        out.push_back(0x8F);
        if (size > 8) {
            put(out, static_cast<std::uint64_t>(v), 8);
            put(out, v < 0 ? ~0ull : 0, size - 8);
        } else {
            put(out, static_cast<std::uint64_t>(v), size);
        }
        return Status::ok();
    }
    bool deferred = false;
    if (s[0] == '@') deferred = true, s = s.substr(1);
    if (deferred && s.size() > 1 && s[0] == '#') {
        std::int64_t a = 0;
        if (!number(s.substr(1), a)) return bad();
        out.push_back(0x9F);
        put(out, static_cast<std::uint64_t>(a), 4);
        return Status::ok();
    }
    unsigned width = 0;
    if (s.rfind("B^", 0) == 0) width = 1, s = s.substr(2);
    else if (s.rfind("W^", 0) == 0) width = 2, s = s.substr(2);
    else if (s.rfind("L^", 0) == 0) width = 4, s = s.substr(2);
    int r = 15;
    std::string disp_text = s;
    if (const std::size_t open = s.find('('); open != std::string::npos) {
        if (s.back() != ')') return bad();
        r = register_number(s.substr(open + 1, s.size() - open - 2));
        if (r < 0) return bad();
        disp_text = s.substr(0, open);
        if (open == 0) disp_text.push_back('0');  // (Rn) written as 0(Rn)
    }
    std::int64_t v = 0;
    if (!number(disp_text, v)) return bad();
    const std::size_t at = out.size();
    for (unsigned w : {1u, 2u, 4u}) {
        if (width && w != width) continue;
        std::int64_t d = v;
        if (r == 15) d = static_cast<std::int32_t>(static_cast<std::uint32_t>(v) - (start + static_cast<std::uint32_t>(at) + 1 + w));
        if (!fits(d, w) && w != 4) continue;
        if (w == 4 && !fits(d, 4) && !fits(static_cast<std::int64_t>(static_cast<std::uint32_t>(d)), 5)) return bad();
        const unsigned mode = (w == 1 ? 0xA : w == 2 ? 0xC : 0xE) + (deferred ? 1 : 0);
        out.push_back(static_cast<std::uint8_t>(mode << 4 | static_cast<unsigned>(r)));
        put(out, static_cast<std::uint64_t>(d), w);
        return Status::ok();
    }
    return Status::error(fmt::format("displacement does not fit: {}", s));
}

}  // namespace

Status assemble(std::string_view text, std::uint32_t pc, std::vector<std::uint8_t>& out) {
    out.clear();
    std::size_t i = 0;
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t j = i;
    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    const std::string mnemonic = upper(text.substr(i, j - i));
    const OpcodeInfo* info = find_mnemonic(mnemonic);
    if (!info) return Status::error(fmt::format("unknown VAX instruction: {}", mnemonic));
    if (info->opcode > 0xFF) out.push_back(0xFD);
    out.push_back(static_cast<std::uint8_t>(info->opcode));
    const OperandList ops = operands_of(*info);
    std::vector<std::string> fields;
    const std::string rest = upper(text.substr(j));
    if (!rest.empty()) {
        std::size_t start = 0;
        for (std::size_t k = 0; k <= rest.size(); ++k)
            if (k == rest.size() || rest[k] == ',') {
                fields.push_back(rest.substr(start, k - start));
                start = k + 1;
            }
    }
    if (fields.size() != ops.count)
        return Status::error(fmt::format("{} takes {} operand{}", mnemonic, ops.count, ops.count == 1 ? "" : "s"));
    for (unsigned n = 0; n < ops.count; ++n) {
        std::string f = fields[n];
        if (ops.spec[n].access == Access::Branch) {
            const unsigned w = ops.spec[n].type == DataType::Byte ? 1 : 2;
            std::int64_t target = 0;
            if (!number(f, target)) return Status::error(fmt::format("bad branch target: {}", f));
            const std::int64_t d = static_cast<std::int32_t>(static_cast<std::uint32_t>(target) - (pc + static_cast<std::uint32_t>(out.size()) + w));
            if (!fits(d, w)) return Status::error(fmt::format("branch target out of reach: {}", f));
            put(out, static_cast<std::uint64_t>(d), w);
            continue;
        }
        if (f.size() > 4 && f.back() == ']') {
            const std::size_t open = f.rfind('[');
            const int rx = open == std::string::npos ? -1 : register_number(f.substr(open + 1, f.size() - open - 2));
            if (rx < 0 || rx == 15) return Status::error(fmt::format("bad index: {}", f));
            out.push_back(static_cast<std::uint8_t>(0x40 | rx));
            f = f.substr(0, open);
        }
        if (Status st = specifier(f, ops.spec[n], pc, out); !st) return st;
    }
    return Status::ok();
}

}  // namespace simmon::vax
