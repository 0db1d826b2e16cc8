#include "machines/s360/asm360/conditional_expression.hpp"

#include "machines/s360/asm360/ebcdic.hpp"
#include "machines/s360/asm360/expression.hpp"
#include "machines/s360/asm360/macro_processor.hpp"
#include "machines/s360/asm360/source_reader.hpp"

namespace simmon::s360::asm360 {
namespace {

constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxCharacterValue = 1024;  // a SETC value; Assembler F allowed 8

// Character relations compare in EBCDIC; the shorter string is the lower (GC28-6514).
int compare_ebcdic(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (std::size_t i = 0; i < a.size(); ++i) {
        int x = ascii_to_ebcdic(static_cast<unsigned char>(a[i])), y = ascii_to_ebcdic(static_cast<unsigned char>(b[i]));
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

bool valid_ordinary(std::string_view s) {
    if (s.empty() || s.size() > 8 || !is_symbol_start(s[0])) return false;
    for (char c : s)
        if (!is_symbol_char(c)) return false;
    return true;
}

}  // namespace

ConditionalExpression::ConditionalExpression(MacroProcessor& mp, MacroScope& scope, std::string_view text, std::size_t pos)
    : mp_(mp), scope_(scope), text_(text), pos_(pos) {}

std::vector<std::string_view> ConditionalExpression::sublist(std::string_view v) {
    std::vector<std::string_view> out;
    if (v.empty()) return out;
    if (v.size() >= 2 && v.front() == '(' && v.back() == ')') {
        // Only a sublist if the first parenthesis closes at the end.
        int depth = 0;
        bool quoted = false;
        std::size_t close = 0;
        for (std::size_t i = 0; i < v.size(); ++i) {
            char c = v[i];
            if (quoted) {
                if (c == '\'') quoted = false;
                continue;
            }
            if (c == '\'' && !is_attribute_quote(v, i)) quoted = true;
            else if (c == '(') ++depth;
            else if (c == ')' && --depth == 0) {
                close = i;
                break;
            }
        }
        if (close == v.size() - 1) {
            std::string_view inner = v.substr(1, v.size() - 2);
            std::size_t start = 0;
            depth = 0;
            quoted = false;
            for (std::size_t i = 0; i <= inner.size(); ++i) {
                char c = i < inner.size() ? inner[i] : ',';
                if (quoted) {
                    if (c == '\'') quoted = false;
                    continue;
                }
                if (c == '\'' && i < inner.size() && !is_attribute_quote(inner, i)) quoted = true;
                else if (c == '(') ++depth;
                else if (c == ')') --depth;
                else if (c == ',' && depth == 0) {
                    out.push_back(inner.substr(start, i - start));
                    start = i + 1;
                }
            }
            return out;
        }
    }
    out.push_back(v);
    return out;
}

bool ConditionalExpression::self_defining(std::string_view s, std::int32_t& out) {
    if (s.empty()) {
        out = 0;
        return true;
    }
    std::size_t p = 0;
    bool neg = false;
    if (s[0] == '-' || s[0] == '+') {
        neg = s[0] == '-';
        ++p;
    }
    std::int64_t v = 0;
    std::string err;
    if (!self_defining_term(s, p, v, err) || p != s.size()) return false;
    out = static_cast<std::int32_t>(neg ? -v : v);
    return true;
}

bool ConditionalExpression::fail(std::string message, std::size_t at) {
    if (error_.empty()) {
        error_ = std::move(message);
        error_pos_ = at;
    }
    return false;
}

void ConditionalExpression::skip_blanks() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
}

bool ConditionalExpression::word(std::string_view w) {
    skip_blanks();
    if (pos_ + w.size() > text_.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i)
        if (upper(text_[pos_ + i]) != w[i]) return false;
    std::size_t after = pos_ + w.size();
    if (after < text_.size() && (is_symbol_char(text_[after]) || text_[after] == '\'')) return false;
    if (pos_ > 0 && is_symbol_char(text_[pos_ - 1])) return false;
    pos_ = after;
    return true;
}

int ConditionalExpression::relop() {
    static constexpr std::string_view kOps[] = {"EQ", "NE", "LT", "GT", "LE", "GE"};
    std::size_t save = pos_;
    for (int i = 0; i < 6; ++i) {
        if (word(kOps[i])) return i;
        pos_ = save;
    }
    return -1;
}

bool ConditionalExpression::arithmetic(std::int32_t& out) {
    if (!arith_sum(out, 0)) return false;
    skip_blanks();
    return true;
}

bool ConditionalExpression::arith_sum(std::int32_t& out, int depth) {
    if (!arith_product(out, depth)) return false;
    for (;;) {
        skip_blanks();
        if (pos_ >= text_.size() || (text_[pos_] != '+' && text_[pos_] != '-')) return true;
        char op = text_[pos_++];
        std::int32_t rhs = 0;
        if (!arith_product(rhs, depth)) return false;
        out = static_cast<std::int32_t>(op == '+' ? static_cast<std::uint32_t>(out) + static_cast<std::uint32_t>(rhs)
                                                  : static_cast<std::uint32_t>(out) - static_cast<std::uint32_t>(rhs));
    }
}

bool ConditionalExpression::arith_product(std::int32_t& out, int depth) {
    if (!arith_unary(out, depth)) return false;
    for (;;) {
        skip_blanks();
        if (pos_ >= text_.size() || (text_[pos_] != '*' && text_[pos_] != '/')) return true;
        char op = text_[pos_++];
        std::int32_t rhs = 0;
        if (!arith_unary(rhs, depth)) return false;
        if (op == '*') out = static_cast<std::int32_t>(static_cast<std::uint32_t>(out) * static_cast<std::uint32_t>(rhs));
        else out = rhs == 0 ? 0 : (out == INT32_MIN && rhs == -1) ? INT32_MIN : out / rhs;
    }
}

bool ConditionalExpression::arith_unary(std::int32_t& out, int depth) {
    skip_blanks();
    if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) {
        char op = text_[pos_++];
        if (depth > kMaxDepth) return fail("expression nested too deeply", pos_);
        if (!arith_unary(out, depth + 1)) return false;
        if (op == '-') out = static_cast<std::int32_t>(0u - static_cast<std::uint32_t>(out));
        return true;
    }
    return arith_primary(out, depth);
}

bool ConditionalExpression::arith_primary(std::int32_t& out, int depth) {
    skip_blanks();
    std::size_t at = pos_;
    if (pos_ >= text_.size()) return fail("arithmetic term expected", at);
    char c = text_[pos_];
    if (c == '(') {
        if (depth > kMaxDepth) return fail("expression nested too deeply", at);
        ++pos_;
        if (!arith_sum(out, depth + 1)) return false;
        skip_blanks();
        if (pos_ >= text_.size() || text_[pos_] != ')') return fail("unbalanced parentheses", pos_);
        ++pos_;
        return true;
    }
    if (c == '&') {
        std::string text, name, raw;
        std::int32_t number = 0;
        char kind = 0;
        if (!variable(text, number, kind, name, raw, depth)) return false;
        if (kind == 'A' || kind == 'B') {
            out = number;
            return true;
        }
        if (!self_defining(text, out))
            return fail("&" + name + " = '" + text + "' is not a self-defining term", at);
        return true;
    }
    char u = upper(c);
    if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '\'' &&
        (u == 'L' || u == 'N' || u == 'K' || u == 'I' || u == 'S') && is_attribute_quote(text_, pos_ + 1)) {
        pos_ += 2;
        std::string t;
        bool is_char = false;
        if (!attribute(u, t, out, is_char, depth)) return false;
        if (is_char) return fail("a type attribute is not arithmetic", at);
        return true;
    }
    if ((c >= '0' && c <= '9') || ((u == 'X' || u == 'B' || u == 'C') && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\'')) {
        std::int64_t v = 0;
        std::string err;
        if (!self_defining_term(text_, pos_, v, err)) return fail(err, at);
        out = static_cast<std::int32_t>(v);
        return true;
    }
    return fail("arithmetic term expected", at);
}

bool ConditionalExpression::variable(std::string& text, std::int32_t& number, char& kind, std::string& name,
                                     std::string& raw, int depth) {
    std::size_t at = pos_;
    ++pos_;  // '&'
    std::size_t s = pos_;
    while (pos_ < text_.size() && is_symbol_char(text_[pos_])) ++pos_;
    if (s == pos_ || !is_symbol_start(text_[s])) return fail("variable symbol expected", at);
    name = to_upper(text_.substr(s, pos_ - s));
    std::vector<std::int32_t> subs;
    bool subscripted = false;
    if (pos_ < text_.size() && text_[pos_] == '(') {
        subscripted = true;
        ++pos_;
        for (;;) {
            std::int32_t v = 0;
            if (depth > kMaxDepth) return fail("expression nested too deeply", pos_);
            if (!arith_sum(v, depth + 1)) return false;
            subs.push_back(v);
            skip_blanks();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == ')') {
                ++pos_;
                break;
            }
            return fail("unbalanced parentheses in subscript", pos_);
        }
    }
    SetVariable* set = nullptr;
    std::string err;
    if (!mp_.variable_value(scope_, name, subs, subscripted, text, &set, number, kind, err)) return fail(err, at);
    raw = (kind == 'A' || kind == 'B') ? std::to_string(number) : text;
    return true;
}

bool ConditionalExpression::attribute(char which, std::string& text, std::int32_t& number, bool& is_char, int depth) {
    std::size_t at = pos_;
    std::string value;
    char kind = 'C';
    if (pos_ < text_.size() && text_[pos_] == '&') {
        std::string t, name;
        std::int32_t n = 0;
        if (!variable(t, n, kind, name, value, depth)) return false;
    } else {
        std::size_t s = pos_;
        while (pos_ < text_.size() && is_symbol_char(text_[pos_])) ++pos_;
        if (s == pos_) return fail("symbol expected after attribute", at);
        value = to_upper(text_.substr(s, pos_ - s));
        if (which == 'K' || which == 'N') return fail("K' and N' apply to variable symbols", at);
    }
    is_char = false;
    switch (which) {
    case 'K':
        number = static_cast<std::int32_t>(value.size());
        return true;
    case 'N':
        number = static_cast<std::int32_t>(sublist(value).size());
        return true;
    case 'T': {
        is_char = true;
        std::int32_t dummy = 0;
        if (kind == 'A' || kind == 'B') text = "N";
        else if (value.empty()) text = "O";
        else if (self_defining(value, dummy)) text = "N";
        else if (valid_ordinary(value)) {
            bool known = false;
            OrdinaryAttributes a = mp_.attributes(to_upper(value), known);
            text = std::string(1, known ? a.type : 'U');
        } else {
            text = "U";
        }
        return true;
    }
    default: {
        // L', I', S': the ordinary symbol the value names.
        std::string sym = to_upper(value);
        if (!sym.empty() && sym[0] == '=') {
            number = 1;
            return true;
        }
        if (!valid_ordinary(sym)) {  // a self-defining term or nothing: length 1, no scale
            number = which == 'L' ? 1 : 0;
            return true;
        }
        bool known = false;
        OrdinaryAttributes a = mp_.attributes(sym, known);
        number = which == 'L' ? a.length : which == 'I' ? a.integer : a.scale;
        return true;
    }
    }
}

bool ConditionalExpression::quoted(std::string& out, int depth) {
    std::size_t at = pos_;
    ++pos_;  // opening quote
    std::string raw;
    for (;;) {
        if (pos_ >= text_.size()) return fail("unterminated string", at);
        char c = text_[pos_++];
        if (c == '\'') {
            if (pos_ < text_.size() && text_[pos_] == '\'') {
                raw += "''";
                ++pos_;
                continue;
            }
            break;
        }
        raw.push_back(c);
    }
    std::string sub, err;
    if (!mp_.substitute(scope_, raw, sub, err)) return fail(err, at);
    out.clear();
    for (std::size_t i = 0; i < sub.size(); ++i) {
        out.push_back(sub[i]);
        if (sub[i] == '\'' && i + 1 < sub.size() && sub[i + 1] == '\'') ++i;
    }
    // Substring: 'string'(start,length), positions from 1 (GC28-6514, "Substring Notation").
    if (pos_ < text_.size() && text_[pos_] == '(') {
        ++pos_;
        std::int32_t start = 0, len = 0;
        if (!arith_sum(start, depth + 1)) return false;
        skip_blanks();
        if (pos_ >= text_.size() || text_[pos_] != ',') return fail("substring needs (start,length)", pos_);
        ++pos_;
        if (!arith_sum(len, depth + 1)) return false;
        skip_blanks();
        if (pos_ >= text_.size() || text_[pos_] != ')') return fail("unbalanced parentheses in substring", pos_);
        ++pos_;
        if (start < 1 || len < 0 || (start > static_cast<std::int32_t>(out.size()) && len > 0)) {
            if (len == 0) out.clear();
            else return fail("substring (" + std::to_string(start) + "," + std::to_string(len) + ") outside the string", at);
        } else {
            out = out.substr(static_cast<std::size_t>(start - 1), static_cast<std::size_t>(len));
        }
    }
    return true;
}

bool ConditionalExpression::char_term(std::string& out, int depth) {
    skip_blanks();
    std::size_t at = pos_;
    if (pos_ >= text_.size()) return fail("character expression expected", at);
    char c = text_[pos_];
    if (c == '\'') return quoted(out, depth);
    if (upper(c) == 'T' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\'') {
        pos_ += 2;
        std::int32_t n = 0;
        bool is_char = false;
        return attribute('T', out, n, is_char, depth);
    }
    if (c == '&') {  // a bare variable symbol: its value as characters
        std::string text, name, raw;
        std::int32_t number = 0;
        char kind = 0;
        if (!variable(text, number, kind, name, raw, depth)) return false;
        out = raw;
        return true;
    }
    return fail("character expression expected (a quoted string)", at);
}

bool ConditionalExpression::character(std::string& out) {
    if (!char_term(out, 0)) return false;
    // Concatenation of character expressions: 'A'.'B'
    while (pos_ < text_.size() && text_[pos_] == '.') {
        ++pos_;
        std::string more;
        if (!char_term(more, 0)) return false;
        out += more;
        if (out.size() > kMaxCharacterValue) return fail("character value longer than 1024", pos_);
    }
    skip_blanks();
    if (out.size() > kMaxCharacterValue) return fail("character value longer than 1024", pos_);
    return true;
}

bool ConditionalExpression::logical(bool& out) {
    if (!logical_or(out, 0)) return false;
    skip_blanks();
    return true;
}

bool ConditionalExpression::logical_or(bool& out, int depth) {
    if (!logical_and(out, depth)) return false;
    for (;;) {
        std::size_t save = pos_;
        if (!word("OR")) {
            pos_ = save;
            return true;
        }
        bool rhs = false;
        if (!logical_and(rhs, depth)) return false;
        out = out || rhs;
    }
}

bool ConditionalExpression::logical_and(bool& out, int depth) {
    if (!logical_not(out, depth)) return false;
    for (;;) {
        std::size_t save = pos_;
        if (!word("AND")) {
            pos_ = save;
            return true;
        }
        bool rhs = false;
        if (!logical_not(rhs, depth)) return false;
        out = out && rhs;
    }
}

bool ConditionalExpression::logical_not(bool& out, int depth) {
    std::size_t save = pos_;
    if (word("NOT")) {
        if (depth > kMaxDepth) return fail("expression nested too deeply", pos_);
        if (!logical_not(out, depth + 1)) return false;
        out = !out;
        return true;
    }
    pos_ = save;
    return relation_or_primary(out, depth);
}

bool ConditionalExpression::relation_or_primary(bool& out, int depth) {
    skip_blanks();
    std::size_t start = pos_;
    if (pos_ >= text_.size()) return fail("logical expression expected", start);
    if (depth > kMaxDepth) return fail("expression nested too deeply", start);
    char c = text_[pos_];
    bool char_operand = c == '\'' || (upper(c) == 'T' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\'');
    if (char_operand) {
        std::string a, b;
        if (!char_term(a, depth)) return false;
        while (pos_ < text_.size() && text_[pos_] == '.') {
            ++pos_;
            std::string more;
            if (!char_term(more, depth)) return false;
            a += more;
        }
        int op = relop();
        if (op < 0) return fail("relational operator (EQ NE LT GT LE GE) expected", pos_);
        if (!char_term(b, depth)) return false;
        while (pos_ < text_.size() && text_[pos_] == '.') {
            ++pos_;
            std::string more;
            if (!char_term(more, depth)) return false;
            b += more;
        }
        int cmp = compare_ebcdic(a, b);
        static constexpr bool kTable[6][3] = {{false, true, false}, {true, false, true}, {true, false, false},
                                              {false, false, true}, {true, true, false}, {false, true, true}};
        out = kTable[op][cmp + 1];
        return true;
    }
    // An arithmetic relation, or a term whose value is 0 or 1 (a SETB symbol, 0, 1).
    std::string saved_error = error_;
    std::size_t saved_pos = error_pos_;
    std::int32_t a = 0;
    if (arith_sum(a, depth + 1)) {
        std::size_t after = pos_;
        int op = relop();
        if (op >= 0) {
            std::int32_t b = 0;
            if (!arith_sum(b, depth + 1)) return false;
            switch (op) {
            case 0: out = a == b; break;
            case 1: out = a != b; break;
            case 2: out = a < b; break;
            case 3: out = a > b; break;
            case 4: out = a <= b; break;
            default: out = a >= b; break;
            }
            return true;
        }
        pos_ = after;
        skip_blanks();
        bool closes = pos_ >= text_.size() || text_[pos_] == ')' || text_[pos_] == '.' || word("AND") || word("OR");
        pos_ = after;
        if (closes && (a == 0 || a == 1)) {
            out = a == 1;
            return true;
        }
    }
    // Not arithmetic: a parenthesized logical expression.
    error_ = saved_error;
    error_pos_ = saved_pos;
    pos_ = start;
    if (text_[pos_] != '(') return fail("logical expression expected", start);
    ++pos_;
    if (!logical_or(out, depth + 1)) return false;
    skip_blanks();
    if (pos_ >= text_.size() || text_[pos_] != ')') return fail("unbalanced parentheses", pos_);
    ++pos_;
    return true;
}

}  // namespace simmon::s360::asm360
