#include "machines/s360/asm360/constants.hpp"

#include <cmath>
#include <cstdlib>

#include "machines/s360/asm360/ebcdic.hpp"
#include "machines/s360/asm360/source_reader.hpp"

namespace simmon::s360::asm360 {
namespace {

constexpr std::string_view kTypes = "CXBFHEDPZAYSV";
constexpr std::int32_t kMaxDuplication = 1 << 24;  // storage is 16 MB at most

bool is_address_type(char t) { return t == 'A' || t == 'Y' || t == 'S' || t == 'V'; }

std::int32_t default_length(char t) {
    switch (t) {
    case 'F': case 'E': case 'A': case 'V': return 4;
    case 'H': case 'Y': case 'S': return 2;
    case 'D': return 8;
    default: return 1;
    }
}

std::int32_t max_length(char t) {
    switch (t) {
    case 'C': case 'X': case 'B': return 256;
    case 'F': case 'H': case 'E': case 'D': return 8;
    case 'P': case 'Z': return 16;
    case 'A': case 'V': return 4;
    default: return 2;  // Y, S
    }
}

// C-type characters: '' is one quote and && one ampersand (GC28-6514, "Character Constant").
std::string character_text(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        out.push_back(raw[i]);
        if ((raw[i] == '\'' || raw[i] == '&') && i + 1 < raw.size() && raw[i + 1] == raw[i]) ++i;
    }
    return out;
}

std::size_t count_digits(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if (c >= '0' && c <= '9') ++n;
    return n;
}

std::int32_t implied_length(char type, std::string_view text) {
    switch (type) {
    case 'C': return static_cast<std::int32_t>(character_text(text).size());
    case 'X': return static_cast<std::int32_t>((text.size() + 1) / 2);
    case 'B': return static_cast<std::int32_t>((text.size() + 7) / 8);
    case 'P': return static_cast<std::int32_t>(count_digits(text) / 2 + 1);
    case 'Z': return static_cast<std::int32_t>(count_digits(text));
    default: return default_length(type);
    }
}

// A modifier value: an unsigned decimal, a signed one where `signed_ok`, or (expression).
bool modifier(std::string_view text, std::size_t& pos, bool signed_ok, ExpressionContext& ctx, std::int32_t& v,
              ParseError& err) {
    if (pos < text.size() && text[pos] == '(') {
        ExpressionResult r = evaluate_expression(text, pos + 1, ctx);
        if (!r.ok || r.undefined || !r.value.absolute()) {
            err = {r.ok ? "modifier must be an absolute expression of defined symbols" : r.error,
                   r.ok ? pos : r.error_offset};
            return false;
        }
        if (r.end >= text.size() || text[r.end] != ')') {
            err = {"unbalanced parentheses", r.end};
            return false;
        }
        pos = r.end + 1;
        v = r.value.value;
        return true;
    }
    bool neg = false;
    if (signed_ok && pos < text.size() && (text[pos] == '+' || text[pos] == '-')) neg = text[pos++] == '-';
    std::size_t s = pos;
    std::int64_t n = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && n < (1 << 30)) n = n * 10 + (text[pos++] - '0');
    if (s == pos) {
        err = {"modifier value expected", s};
        return false;
    }
    v = static_cast<std::int32_t>(neg ? -n : n);
    return true;
}

// Splits "a,b,c" at top-level commas (outside quotes and parentheses).
bool split_list(std::string_view text, std::size_t base, bool parens, std::vector<NominalValue>& out,
                ParseError& err) {
    int depth = 0;
    bool quoted = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        char c = i < text.size() ? text[i] : ',';
        if (quoted) {
            if (c == '\'') quoted = false;
            continue;
        }
        if (parens && c == '\'' && !is_attribute_quote(text, i)) quoted = true;
        else if (parens && c == '(') ++depth;
        else if (parens && c == ')') --depth;
        else if (c == ',' && depth == 0) {
            std::string_view item = text.substr(start, i - start);
            if (item.empty()) {
                err = {"empty nominal value", base + start};
                return false;
            }
            out.push_back({std::string(item), static_cast<std::uint32_t>(base + start)});
            start = i + 1;
        }
    }
    if (quoted || depth != 0) {
        err = {quoted ? "unterminated string" : "unbalanced parentheses", base};
        return false;
    }
    return true;
}

// A decimal number "[+-]digits[.digits][E[+-]digits]" as sign, digit string and power of ten.
bool decimal_number(std::string_view s, bool& negative, std::string& digits, std::int32_t& power, bool allow_exponent) {
    std::size_t i = 0;
    negative = false;
    digits.clear();
    power = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    bool point = false, any = false;
    for (; i < s.size(); ++i) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
            any = true;
            if (point) --power;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (!any) return false;
    if (i < s.size() && allow_exponent && upper(s[i]) == 'E') {
        ++i;
        bool eneg = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
        std::size_t st = i;
        std::int32_t e = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9' && e < 10000) e = e * 10 + (s[i++] - '0');
        if (st == i) return false;
        power += eneg ? -e : e;
    }
    return i == s.size();
}

void put_integer(std::vector<std::uint8_t>& bytes, std::size_t at, std::int32_t length, std::uint64_t v) {
    for (std::int32_t i = length - 1; i >= 0; --i) {
        bytes[at + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(v);
        v >>= 8;
    }
}

// F and H: value times 10**exponent times 2**scale, rounded to an integer.
bool fixed_constant(std::string_view text, std::int32_t length, std::int32_t exponent, std::int32_t scale,
                    std::uint64_t& out, std::string& error) {
    bool neg;
    std::string digits;
    std::int32_t power;
    if (!decimal_number(text, neg, digits, power, true)) {
        error = "invalid fixed-point constant '" + std::string(text) + "'";
        return false;
    }
    power += exponent;
    long double v = std::strtold(digits.c_str(), nullptr);
    v = v * std::pow(10.0L, static_cast<long double>(power)) * std::pow(2.0L, static_cast<long double>(scale));
    v = std::floor(v + 0.5L);
    long double limit = std::ldexp(1.0L, length * 8 - 1);
    if (neg) v = -v;
    if (v >= limit || v < -limit) {
        error = "fixed-point constant " + std::string(text) + " does not fit in " + std::to_string(length) + " bytes";
        return false;
    }
    out = static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
    return true;
}

}  // namespace

std::int32_t DcOperand::value_length() const {
    if (explicit_length) return bit_length ? (length + 7) / 8 : length;
    if (!values.empty()) return implied_length(type, values[0].text);
    return default_length(type);
}

std::int64_t DcOperand::total_length() const {
    std::int64_t n = values.empty() ? 1 : static_cast<std::int64_t>(values.size());
    if (bit_length) return (static_cast<std::int64_t>(duplication) * n * length + 7) / 8;
    if (explicit_length) return static_cast<std::int64_t>(duplication) * n * length;
    if (values.empty()) return static_cast<std::int64_t>(duplication) * default_length(type);
    std::int64_t sum = 0;
    for (const auto& v : values) sum += implied_length(type, v.text);
    return sum * duplication;
}

int DcOperand::alignment() const {
    if (explicit_length) return 1;
    switch (type) {
    case 'F': case 'E': case 'A': case 'V': return 4;
    case 'H': case 'Y': case 'S': return 2;
    case 'D': return 8;
    default: return 1;
    }
}

void constant_attributes(const DcOperand& op, std::int16_t& scale, std::int16_t& integer) {
    scale = 0;
    if (op.type == 'P' || op.type == 'Z') {
        if (!op.values.empty()) {
            const std::string& t = op.values[0].text;
            std::size_t dot = t.find('.');
            if (dot != std::string::npos) scale = static_cast<std::int16_t>(t.size() - dot - 1);
        }
    } else if (op.has_scale) {
        scale = static_cast<std::int16_t>(op.scale);
    }
    std::int32_t l = op.value_length();
    switch (op.type) {
    case 'F': case 'H': integer = static_cast<std::int16_t>(8 * l - scale - 1); break;
    case 'E': case 'D': integer = static_cast<std::int16_t>(2 * (l - 1) - scale); break;
    case 'P': integer = static_cast<std::int16_t>(2 * l - scale - 1); break;
    case 'Z': integer = static_cast<std::int16_t>(l - scale); break;
    default: integer = 0;
    }
}

bool parse_dc_operand(std::string_view text, std::size_t& pos, bool is_ds, ExpressionContext& ctx, DcOperand& out,
                      ParseError& err) {
    out = DcOperand{};
    out.text_offset = static_cast<std::uint32_t>(pos);
    if (pos < text.size() && (text[pos] == '(' || (text[pos] >= '0' && text[pos] <= '9'))) {
        std::int32_t d = 0;
        if (!modifier(text, pos, false, ctx, d, err)) return false;
        if (d < 0 || d > kMaxDuplication) {
            err = {"duplication factor out of range", out.text_offset};
            return false;
        }
        out.duplication = d;
    }
    if (pos >= text.size() || kTypes.find(upper(text[pos])) == std::string_view::npos) {
        err = {"constant type expected (C X B F H E D P Z A Y S V)", pos};
        return false;
    }
    out.type = upper(text[pos++]);
    // Modifiers in the order the manual gives them: length, scale, exponent.
    for (int stage = 0; pos < text.size(); ) {
        char m = upper(text[pos]);
        if (m == 'L' && stage < 1) {
            ++pos;
            if (pos < text.size() && text[pos] == '.') {
                ++pos;
                out.bit_length = true;
            }
            std::size_t at = pos;
            if (!modifier(text, pos, false, ctx, out.length, err)) return false;
            std::int32_t max = out.bit_length ? max_length(out.type) * 8 : max_length(out.type);
            if (out.length < 1 || out.length > max) {
                err = {"length modifier out of range (1 to " + std::to_string(max) + ")", at};
                return false;
            }
            out.explicit_length = true;
            stage = 1;
        } else if (m == 'S' && stage < 2) {
            ++pos;
            if (!modifier(text, pos, true, ctx, out.scale, err)) return false;
            out.has_scale = true;
            stage = 2;
        } else if (m == 'E' && stage < 3) {
            ++pos;
            if (!modifier(text, pos, true, ctx, out.exponent, err)) return false;
            stage = 3;
        } else {
            break;
        }
    }
    const bool address = is_address_type(out.type);
    char open = address ? '(' : '\'';
    if (pos >= text.size() || text[pos] != open) {
        if (is_ds || (out.duplication == 0 && pos >= text.size())) return true;
        if (pos >= text.size() || text[pos] == ',') {
            err = {"DC operand has no nominal value", pos};
            return false;
        }
        err = {std::string("'") + text[pos] + "' where " + (address ? "'('" : "a quote") + " should begin the value", pos};
        return false;
    }
    std::size_t start = ++pos;
    if (address) {
        int depth = 1;
        bool quoted = false;
        for (; pos < text.size(); ++pos) {
            char c = text[pos];
            if (quoted) {
                if (c == '\'') quoted = false;
            } else if (c == '\'' && !is_attribute_quote(text, pos)) {
                quoted = true;
            } else if (c == '(') {
                ++depth;
            } else if (c == ')' && --depth == 0) {
                break;
            }
        }
        if (pos >= text.size()) {
            err = {"unbalanced parentheses", start - 1};
            return false;
        }
    } else {
        for (; pos < text.size(); ++pos) {
            if (text[pos] == '\'') {
                if (pos + 1 < text.size() && text[pos + 1] == '\'' && out.type == 'C') {
                    ++pos;
                    continue;
                }
                break;
            }
        }
        if (pos >= text.size()) {
            err = {"unterminated string", start - 1};
            return false;
        }
    }
    std::string_view body = text.substr(start, pos - start);
    ++pos;
    out.has_values = true;
    if (out.type == 'C') {
        out.values.push_back({std::string(body), static_cast<std::uint32_t>(start)});
    } else if (!split_list(body, start, address, out.values, err)) {
        return false;
    }
    if (out.type == 'C' && body.empty() && !out.explicit_length) {
        err = {"C-type constant with no characters needs a length", start};
        return false;
    }
    for (const auto& v : out.values) {
        std::int32_t len = out.explicit_length ? out.value_length() : implied_length(out.type, v.text);
        if (len > max_length(out.type) || (len == 0 && out.type != 'C')) {
            err = {"constant longer than " + std::to_string(max_length(out.type)) + " bytes", v.offset};
            return false;
        }
    }
    return true;
}

bool float_constant(std::string_view text, int bytes, std::int32_t exponent_modifier, bool has_scale,
                    std::int32_t scale, std::uint64_t& out, std::string& error) {
    bool neg;
    std::string digits;
    std::int32_t power;
    if (!decimal_number(text, neg, digits, power, true)) {
        error = "invalid floating-point constant '" + std::string(text) + "'";
        return false;
    }
    power += exponent_modifier;
    // The fraction is 6 hex digits (E) or 14 (D); an explicit length keeps that many bytes.
    const int fraction_bits = bytes <= 4 ? (bytes * 8 - 8) : (bytes * 8 - 8);
    std::string number = digits + "e" + std::to_string(power);
    long double v = std::strtold(number.c_str(), nullptr);
    out = 0;
    if (v == 0.0L) {
        if (neg) out = std::uint64_t{1} << (bytes * 8 - 1);
        return true;
    }
    if (!std::isfinite(v)) {
        error = "floating-point constant out of range";
        return false;
    }
    int binexp = 0;
    long double frac = std::frexp(v, &binexp);  // v = frac * 2**binexp, 0.5 <= frac < 1
    // Hex exponent e with 1/16 <= v / 16**e < 1.
    int e = binexp >= 0 ? (binexp + 3) / 4 : -((-binexp) / 4);
    long double hexfrac = std::ldexp(frac, binexp - 4 * e);
    int shift = has_scale ? scale : 0;
    if (shift < 0 || shift * 4 >= fraction_bits) {
        error = "scale modifier out of range for a floating-point constant";
        return false;
    }
    long double scaled = std::ldexp(hexfrac, fraction_bits - 4 * shift);
    std::uint64_t f = static_cast<std::uint64_t>(std::floor(scaled + 0.5L));
    if (f >> (fraction_bits - 4 * shift) != 0) {  // rounding carried into a new digit
        f >>= 4;
        ++e;
    }
    e += shift;
    int biased = e + 64;
    if (biased < 0 || biased > 127) {
        error = "floating-point constant out of range";
        return false;
    }
    out = (static_cast<std::uint64_t>(neg ? 0x80 | biased : biased) << fraction_bits) | f;
    return true;
}

bool generate_dc(const DcOperand& op, ConstantContext& ctx, std::vector<std::uint8_t>& bytes,
                 std::vector<ConstantReloc>& relocs, ParseError& err) {
    bool ok = true;
    auto fail = [&](std::string m, std::size_t at) {
        if (ok) err = {std::move(m), at};
        ok = false;
    };
    const std::size_t base = bytes.size();
    const std::int64_t total = op.total_length();
    bytes.resize(base + static_cast<std::size_t>(total), 0);
    if (op.values.empty()) return true;

    // One value into `field` (big-endian, `len` bytes); relocations recorded at `at`.
    auto one = [&](const NominalValue& nv, std::vector<std::uint8_t>& field, std::int32_t len, std::size_t at) {
        field.assign(static_cast<std::size_t>(len), 0);
        const std::string& t = nv.text;
        switch (op.type) {
        case 'C': {
            std::string s = character_text(t);
            for (std::int32_t i = 0; i < len; ++i)
                field[static_cast<std::size_t>(i)] =
                    static_cast<std::size_t>(i) < s.size() ? ascii_to_ebcdic(static_cast<unsigned char>(s[static_cast<std::size_t>(i)])) : 0x40;
            return;
        }
        case 'X':
        case 'B': {
            int bits_per = op.type == 'X' ? 4 : 1;
            std::int64_t bit = static_cast<std::int64_t>(len) * 8 - 1;  // fill from the right
            for (std::size_t i = t.size(); i-- > 0;) {
                char c = upper(t[i]);
                int d = op.type == 'X' ? ((c >= '0' && c <= '9') ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1)
                                       : ((c == '0' || c == '1') ? c - '0' : -1);
                if (d < 0) {
                    fail(std::string("invalid ") + (op.type == 'X' ? "hexadecimal" : "binary") + " digit '" + t[i] + "'",
                         nv.offset + i);
                    return;
                }
                for (int b = 0; b < bits_per; ++b, --bit)
                    if (bit >= 0 && ((d >> b) & 1)) field[static_cast<std::size_t>(bit / 8)] |= static_cast<std::uint8_t>(0x80 >> (bit % 8));
            }
            return;
        }
        case 'F':
        case 'H': {
            std::uint64_t v = 0;
            std::string e;
            if (!fixed_constant(t, len, op.exponent, op.scale, v, e)) return fail(e, nv.offset);
            put_integer(field, 0, len, v);
            return;
        }
        case 'E':
        case 'D': {
            std::uint64_t v = 0;
            std::string e;
            int natural = op.type == 'E' ? 4 : 8;
            if (!float_constant(t, natural, op.exponent, op.has_scale, op.scale, v, e)) return fail(e, nv.offset);
            // An explicit length keeps the leftmost bytes (the manual rounds at that length; we
            // round at the natural length first, so the last kept digit may differ by one).
            for (std::int32_t i = 0; i < len; ++i)
                field[static_cast<std::size_t>(i)] = i < natural ? static_cast<std::uint8_t>(v >> (8 * (natural - 1 - i))) : 0;
            return;
        }
        case 'P':
        case 'Z': {
            bool neg = !t.empty() && t[0] == '-';
            std::string d;
            for (std::size_t i = 0; i < t.size(); ++i) {
                char c = t[i];
                if (c >= '0' && c <= '9') d.push_back(c);
                else if (!((c == '+' || c == '-') && i == 0) && c != '.') return fail("invalid decimal constant", nv.offset + i);
            }
            if (d.empty()) return fail("decimal constant has no digits", nv.offset);
            std::uint8_t sign = neg ? 0xD : 0xC;
            if (op.type == 'Z') {
                for (std::int32_t i = 0; i < len; ++i) {
                    std::int64_t di = static_cast<std::int64_t>(d.size()) - len + i;
                    int digit = di >= 0 ? d[static_cast<std::size_t>(di)] - '0' : 0;
                    field[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(((i == len - 1) ? sign << 4 : 0xF0) | digit);
                }
            } else {
                std::int64_t nibble = static_cast<std::int64_t>(len) * 2 - 1;
                field[static_cast<std::size_t>(len - 1)] = sign;
                for (std::size_t i = d.size(); i-- > 0 && --nibble >= 0;) {
                    std::uint8_t v = static_cast<std::uint8_t>(d[i] - '0');
                    auto& b = field[static_cast<std::size_t>(nibble / 2)];
                    b |= (nibble % 2) ? v : static_cast<std::uint8_t>(v << 4);
                }
            }
            return;
        }
        case 'A':
        case 'Y': {
            ExpressionResult r = evaluate_expression(t, 0, ctx);
            if (!r.ok) return fail(r.error, nv.offset + r.error_offset);
            if (r.undefined) return fail("undefined symbol in '" + t + "'", nv.offset);
            if (r.end != t.size()) return fail("invalid expression '" + t + "'", nv.offset + r.end);
            if (r.value.overflowed) return fail("expression is relocatable in too many sections", nv.offset);
            if (!r.value.absolute()) {
                if (op.bit_length) return fail("a relocatable address constant cannot have a bit length", nv.offset);
                if (len < 2 || (op.type == 'Y' && len != 2) || (op.type == 'A' && len < 3 && len != 2))
                    return fail("a relocatable address constant must be 2, 3 or 4 bytes long", nv.offset);
                relocs.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint8_t>(len), r.value, false});
            } else if (len < 4) {
                std::int64_t v = r.value.value;
                std::int64_t lim = std::int64_t{1} << (len * 8);
                if (v >= lim || v < -(lim / 2)) return fail("value " + std::to_string(v) + " does not fit in " + std::to_string(len) + " bytes", nv.offset);
            }
            put_integer(field, 0, len, static_cast<std::uint32_t>(r.value.value));
            return;
        }
        case 'S': {
            ExpressionResult r = evaluate_expression(t, 0, ctx);
            if (!r.ok) return fail(r.error, nv.offset + r.error_offset);
            if (r.undefined) return fail("undefined symbol in '" + t + "'", nv.offset);
            int b = 0, d = 0;
            if (r.end < t.size() && t[r.end] == '(') {
                ExpressionResult rb = evaluate_expression(t, r.end + 1, ctx);
                if (!rb.ok || rb.undefined || !rb.value.absolute() || rb.end >= t.size() || t[rb.end] != ')' ||
                    rb.end + 1 != t.size())
                    return fail("invalid base register in S-type constant", nv.offset + r.end);
                if (!r.value.absolute() || r.value.value < 0 || r.value.value > 4095)
                    return fail("displacement out of range 0-4095", nv.offset);
                if (rb.value.value < 0 || rb.value.value > 15) return fail("register out of range 0-15", nv.offset + r.end);
                b = rb.value.value;
                d = r.value.value;
            } else {
                if (r.end != t.size()) return fail("invalid expression '" + t + "'", nv.offset + r.end);
                std::string e;
                if (!ctx.base_displacement(r.value, b, d, e)) return fail(e, nv.offset);
            }
            put_integer(field, 0, len, static_cast<std::uint32_t>((b << 12) | d));
            return;
        }
        case 'V': {
            std::size_t i = 0;
            while (i < t.size() && is_symbol_char(t[i])) ++i;
            if (i == 0 || i != t.size() || !is_symbol_start(t[0]) || i > 8) return fail("V-type constant needs an external symbol", nv.offset);
            if (len < 3) return fail("a V-type constant must be 3 or 4 bytes long", nv.offset);
            int sec = ctx.external_reference(to_upper(t));
            relocs.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint8_t>(len), Value::relocatable(sec, 0), true});
            return;
        }
        default:
            fail("unsupported constant type", nv.offset);
        }
    };

    std::vector<std::uint8_t> field;
    if (!op.bit_length) {
        std::size_t at = base;
        for (std::int32_t d = 0; d < op.duplication; ++d) {
            for (const auto& nv : op.values) {
                std::int32_t len = op.explicit_length ? op.length : implied_length(op.type, nv.text);
                std::size_t reloc_mark = relocs.size();
                one(nv, field, len, at);
                if (d > 0) relocs.resize(reloc_mark == relocs.size() ? relocs.size() : relocs.size());
                std::copy(field.begin(), field.end(), bytes.begin() + static_cast<std::ptrdiff_t>(at));
                at += static_cast<std::size_t>(len);
                if (!ok) return false;
            }
        }
        return ok;
    }
    // Bit-length constants: each value fills `length` bits, left to right, and the operand
    // ends on a byte boundary (GC28-6514, "Bit-Length Specification").
    if (op.type == 'E' || op.type == 'D' || op.type == 'S' || op.type == 'V')
        return fail("bit length is not allowed for this constant type", op.text_offset), false;
    std::int32_t bytes_per = (op.length + 7) / 8;
    std::uint64_t bitpos = 0;
    for (std::int32_t d = 0; d < op.duplication; ++d) {
        for (const auto& nv : op.values) {
            one(nv, field, bytes_per, base);
            if (!ok) return false;
            // The value's `length` bits: the rightmost for all types but C, the leftmost for C.
            std::int32_t skip = op.type == 'C' ? 0 : bytes_per * 8 - op.length;
            for (std::int32_t b = 0; b < op.length; ++b, ++bitpos) {
                std::int32_t src = skip + b;
                if ((field[static_cast<std::size_t>(src / 8)] >> (7 - src % 8)) & 1)
                    bytes[base + bitpos / 8] |= static_cast<std::uint8_t>(0x80 >> (bitpos % 8));
            }
        }
    }
    return ok;
}

}  // namespace simmon::s360::asm360
