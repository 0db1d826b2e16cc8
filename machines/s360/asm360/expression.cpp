#include "machines/s360/asm360/expression.hpp"

#include "machines/s360/asm360/ebcdic.hpp"
#include "machines/s360/asm360/source_reader.hpp"

namespace simmon::s360::asm360 {
namespace {

constexpr int kMaxNesting = 64;  // parentheses; junk input must not exhaust the stack

class Parser {
public:
    Parser(std::string_view t, std::size_t p, ExpressionContext& c) : text_(t), pos_(p), ctx_(c) {}

    ExpressionResult run() {
        ExpressionResult r;
        bool first = true;
        r.value = sum(0, first, r.length);
        r.end = pos_;
        r.ok = error_.empty();
        r.undefined = undefined_;
        r.error = error_;
        r.error_offset = error_pos_;
        return r;
    }

private:
    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

    void fail(std::string msg, std::size_t at) {
        if (error_.empty()) {
            error_ = std::move(msg);
            error_pos_ = at;
        }
    }

    Value combine(const Value& a, const Value& b, char op, std::size_t at) {
        Value r = a;
        switch (op) {
        case '+':
        case '-': {
            int sign = op == '+' ? 1 : -1;
            r.value = static_cast<std::int32_t>(static_cast<std::uint32_t>(a.value) +
                                                static_cast<std::uint32_t>(sign * static_cast<std::int64_t>(b.value)));
            for (int i = 0; i < b.nrelocs; ++i) r.add_reloc(b.relocs[i].section, sign * b.relocs[i].count);
            if (b.overflowed) r.overflowed = true;
            return r;
        }
        default:
            if (!a.absolute() || !b.absolute()) {
                fail("a relocatable term cannot be multiplied or divided", at);
                return r;
            }
            if (op == '*') {
                r.value = static_cast<std::int32_t>(static_cast<std::uint32_t>(a.value) *
                                                    static_cast<std::uint32_t>(b.value));
            } else {
                if (b.value == 0) r.value = 0;
                else if (a.value == INT32_MIN && b.value == -1) r.value = INT32_MIN;
                else r.value = a.value / b.value;
            }
            return r;
        }
    }

    Value sum(int depth, bool& first, std::int32_t& length) {
        Value v = product(depth, first, length);
        while (error_.empty()) {
            char c = peek();
            if (c != '+' && c != '-') break;
            std::size_t at = pos_++;
            Value rhs = product(depth, first, length);
            v = combine(v, rhs, c, at);
        }
        return v;
    }

    Value product(int depth, bool& first, std::int32_t& length) {
        Value v = unary(depth, first, length);
        while (error_.empty()) {
            char c = peek();
            if (c != '*' && c != '/') break;
            std::size_t at = pos_++;
            Value rhs = unary(depth, first, length);
            v = combine(v, rhs, c, at);
        }
        return v;
    }

    Value unary(int depth, bool& first, std::int32_t& length) {
        char c = peek();
        if (c == '+' || c == '-') {
            std::size_t at = pos_++;
            Value v = unary(depth, first, length);
            if (c == '-') v = combine(Value{}, v, '-', at);
            return v;
        }
        return term(depth, first, length);
    }

    Value term(int depth, bool& first, std::int32_t& length) {
        std::size_t at = pos_;
        char c = peek();
        bool was_first = first;
        first = false;
        if (c == '(') {
            if (depth >= kMaxNesting) {
                fail("parentheses nested too deeply", at);
                return {};
            }
            ++pos_;
            bool inner_first = was_first;
            std::int32_t inner_len = 1;
            Value v = sum(depth + 1, inner_first, inner_len);
            if (was_first) length = inner_len;
            if (peek() != ')') {
                fail("unbalanced parentheses", pos_);
                return v;
            }
            ++pos_;
            return v;
        }
        if (c == '*') {
            ++pos_;
            if (was_first) length = ctx_.location_counter_length();
            return ctx_.location_counter();
        }
        char u = upper(c);
        if (u == 'L' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\'') {
            pos_ += 2;
            std::size_t s = pos_;
            if (peek() == '*') {
                ++pos_;
                return Value::absolute_value(ctx_.location_counter_length());
            }
            while (is_symbol_char(peek())) ++pos_;
            if (s == pos_) {
                fail("L' needs a symbol", s);
                return {};
            }
            Value sv;
            std::int32_t len = 1;
            if (!ctx_.symbol_value(to_upper(text_.substr(s, pos_ - s)), sv, len)) undefined_ = true;
            return Value::absolute_value(len);
        }
        if ((c >= '0' && c <= '9') ||
            ((u == 'X' || u == 'B' || u == 'C') && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\'')) {
            std::int64_t v = 0;
            std::string err;
            if (!self_defining_term(text_, pos_, v, err)) {
                fail(err, at);
                return {};
            }
            return Value::absolute_value(static_cast<std::int32_t>(v));
        }
        if (is_symbol_start(c)) {
            std::size_t s = pos_;
            while (is_symbol_char(peek())) ++pos_;
            if (pos_ - s > 8) {
                fail("symbol longer than 8 characters", s);
                return {};
            }
            Value sv;
            std::int32_t len = 1;
            char buf[8];
            for (std::size_t i = s; i < pos_; ++i) buf[i - s] = upper(text_[i]);
            if (!ctx_.symbol_value(std::string_view(buf, pos_ - s), sv, len)) {
                undefined_ = true;
                return {};
            }
            if (was_first) length = len;
            return sv;
        }
        if (c == '\0' || c == ',' || c == ')' || c == ' ')
            fail("expression expected", at);
        else
            fail(std::string("unexpected character '") + c + "' in expression", at);
        return {};
    }

    std::string_view text_;
    std::size_t pos_;
    ExpressionContext& ctx_;
    std::string error_;
    std::size_t error_pos_ = 0;
    bool undefined_ = false;
};

}  // namespace

bool self_defining_term(std::string_view text, std::size_t& pos, std::int64_t& value, std::string& error) {
    std::size_t n = text.size();
    if (pos >= n) {
        error = "self-defining term expected";
        return false;
    }
    char c = text[pos];
    if (c >= '0' && c <= '9') {
        std::int64_t v = 0;
        while (pos < n && text[pos] >= '0' && text[pos] <= '9') {
            v = v * 10 + (text[pos++] - '0');
            if (v > 0x7FFFFFFF) {
                error = "decimal self-defining term too large";
                return false;
            }
        }
        value = v;
        return true;
    }
    char type = upper(c);
    if (pos + 1 >= n || text[pos + 1] != '\'') {
        error = "self-defining term expected";
        return false;
    }
    std::size_t p = pos + 2;
    std::uint64_t v = 0;
    int digits = 0;
    for (;;) {
        if (p >= n) {
            error = "unterminated self-defining term";
            return false;
        }
        char d = text[p];
        if (d == '\'') {
            if (type == 'C' && p + 1 < n && text[p + 1] == '\'') {
                p += 2;
                v = (v << 8) | ascii_to_ebcdic('\'');
                ++digits;
                continue;
            }
            break;
        }
        if (type == 'X') {
            int h = (d >= '0' && d <= '9') ? d - '0' : (upper(d) >= 'A' && upper(d) <= 'F') ? upper(d) - 'A' + 10 : -1;
            if (h < 0) {
                error = "invalid hexadecimal digit";
                return false;
            }
            v = (v << 4) | static_cast<unsigned>(h);
        } else if (type == 'B') {
            if (d != '0' && d != '1') {
                error = "invalid binary digit";
                return false;
            }
            v = (v << 1) | static_cast<unsigned>(d - '0');
        } else if (type == 'C') {
            if (d == '&' && p + 1 < n && text[p + 1] == '&') ++p;
            v = (v << 8) | ascii_to_ebcdic(static_cast<unsigned char>(d));
        } else {
            error = "self-defining term expected";
            return false;
        }
        ++p;
        ++digits;
        int bits = type == 'X' ? digits * 4 : type == 'B' ? digits : digits * 8;
        if (bits > 32) {
            error = "self-defining term longer than 32 bits";
            return false;
        }
    }
    if (digits == 0) {
        error = "empty self-defining term";
        return false;
    }
    pos = p + 1;
    value = static_cast<std::int32_t>(static_cast<std::uint32_t>(v));
    return true;
}

ExpressionResult evaluate_expression(std::string_view text, std::size_t pos, ExpressionContext& ctx) {
    return Parser(text, pos, ctx).run();
}

}  // namespace simmon::s360::asm360
