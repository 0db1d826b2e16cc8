// A recursive-descent evaluator, one function per precedence level. The lexer only looks
// ahead; an expression ends at the first token that cannot continue it, which is how IF
// finds where its condition stops and its action begins.
#include "scp-console/expression/expression.hpp"

#include <fmt/format.h>
#include <string>

#include "core/text/numbers.hpp"

namespace simmon::scp {

namespace {

bool is_ident_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$'; }
bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9') || c == '.'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

const char* radix_name(Radix r) {
    switch (r) {
        case Radix::Octal: return "octal";
        case Radix::Decimal: return "decimal";
        case Radix::Hex: return "hexadecimal";
    }
    return "";
}

class Parser {
public:
    Parser(std::string_view text, const ExpressionContext& context) : text_(text), ctx_(context) {}

    Status parse(std::uint64_t& value) { return binary(0, value); }
    std::size_t position() { skip(); return pos_; }

private:
    struct Op {
        std::string_view text;
        int level;
    };
    // Lowest precedence first; two-character operators before their one-character prefixes.
    static constexpr Op kOps[] = {
        {"||", 0}, {"&&", 1}, {"==", 5}, {"!=", 5}, {"<=", 6}, {">=", 6}, {"<<", 7}, {">>", 7},
        {"|", 2},  {"^", 3},  {"&", 4},  {"<", 6},  {">", 6},  {"+", 8},  {"-", 8},  {"*", 9},
        {"/", 9},  {"%", 9},
    };
    static constexpr int kLevels = 10;
    // Parentheses, brackets and unary operators recurse; a limit keeps a pathological line
    // (thousands of "(") from exhausting the stack.
    static constexpr int kMaxNesting = 64;

    // Counts one level of nesting for the life of a primary/unary parse.
    struct Nest {
        explicit Nest(int& depth) : depth(depth) { ++depth; }
        ~Nest() { --depth; }
        int& depth;
    };

    void skip() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
    }

    const Op* peek_op() {
        skip();
        std::string_view r = text_.substr(pos_);
        for (const Op& op : kOps)
            if (r.starts_with(op.text)) return &op;
        return nullptr;
    }

    Status binary(int level, std::uint64_t& value) {
        if (level >= kLevels) return unary(value);
        if (Status s = binary(level + 1, value); !s) return s;
        for (;;) {
            const Op* op = peek_op();
            if (op == nullptr || op->level != level) return Status::ok();
            const std::size_t before = pos_;
            pos_ += op->text.size();
            skip();
            if (pos_ >= text_.size()) {
                pos_ = before;  // a trailing operator belongs to whatever follows the expression
                return Status::error(fmt::format("Operand missing after {}", op->text));
            }
            std::uint64_t rhs = 0;
            if (Status s = binary(level + 1, rhs); !s) return s;
            if (Status s = apply(op->text, value, rhs); !s) return s;
        }
    }

    static Status apply(std::string_view op, std::uint64_t& a, std::uint64_t b) {
        if (op == "||") a = (a != 0 || b != 0);
        else if (op == "&&") a = (a != 0 && b != 0);
        else if (op == "|") a |= b;
        else if (op == "^") a ^= b;
        else if (op == "&") a &= b;
        else if (op == "==") a = (a == b);
        else if (op == "!=") a = (a != b);
        else if (op == "<") a = (a < b);
        else if (op == "<=") a = (a <= b);
        else if (op == ">") a = (a > b);
        else if (op == ">=") a = (a >= b);
        else if (op == "<<") a = b >= 64 ? 0 : a << b;
        else if (op == ">>") a = b >= 64 ? 0 : a >> b;
        else if (op == "+") a += b;
        else if (op == "-") a -= b;
        else if (op == "*") a *= b;
        else if (op == "/" || op == "%") {
            if (b == 0) return Status::error("Division by zero");
            a = op == "/" ? a / b : a % b;
        }
        return Status::ok();
    }

    Status unary(std::uint64_t& value) {
        const Nest nest(depth_);
        if (depth_ > kMaxNesting) return Status::error(fmt::format("Expression nests deeper than {} levels", kMaxNesting));
        skip();
        if (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == '-' || c == '~' || c == '!' || c == '+') {
                ++pos_;
                if (Status s = unary(value); !s) return s;
                if (c == '-') value = ~value + 1;
                else if (c == '~') value = ~value;
                else if (c == '!') value = (value == 0);
                return Status::ok();
            }
        }
        return primary(value);
    }

    Status primary(std::uint64_t& value) {
        skip();
        if (pos_ >= text_.size()) return Status::error("Expression expected");
        const char c = text_[pos_];
        if (c == '(' || c == '[') {
            const char close = c == '(' ? ')' : ']';
            ++pos_;
            if (Status s = binary(0, value); !s) return s;
            skip();
            if (pos_ >= text_.size() || text_[pos_] != close)
                return Status::error(fmt::format("Missing {} in expression", close));
            ++pos_;
            if (c == '[') {
                const std::uint64_t addr = value;
                if (!ctx_.memory || !ctx_.memory(addr, value))
                    return Status::error(fmt::format("Cannot read memory at {}",
                                                     format_number(addr, ctx_.radix, 0)));
            }
            return Status::ok();
        }
        if (c == '\'') {
            if (pos_ + 2 < text_.size() && text_[pos_ + 2] == '\'') {
                value = static_cast<unsigned char>(text_[pos_ + 1]);
                pos_ += 3;
                return Status::ok();
            }
            return Status::error("Character literal must be 'c'");
        }
        if (is_digit(c)) return number(value);
        if (is_ident_start(c)) {
            std::size_t end = pos_;
            while (end < text_.size() && is_ident_char(text_[end])) ++end;
            std::string_view name = text_.substr(pos_, end - pos_);
            if (ctx_.symbol && ctx_.symbol(name, value)) {
                pos_ = end;
                return Status::ok();
            }
            // In hex radix a word like "FF" is a number when no register has that name.
            if (parse_number(name, ctx_.radix, value)) {
                pos_ = end;
                return Status::ok();
            }
            return Status::error(fmt::format("Unknown name in expression: {}", name));
        }
        return Status::error(fmt::format("Unexpected '{}' in expression", c));
    }

    Status number(std::uint64_t& value) {
        std::size_t end = pos_;
        while (end < text_.size() && is_alnum(text_[end])) ++end;
        std::string_view word = text_.substr(pos_, end - pos_);
        if (end < text_.size() && text_[end] == '.') {
            // DEC notation: digits followed by a point are decimal.
            if (parse_number(word, Radix::Decimal, value)) {
                pos_ = end + 1;
                return Status::ok();
            }
        }
        if (!parse_literal(word, ctx_.radix, value))
            return Status::error(fmt::format("Invalid {} number: {}", radix_name(ctx_.radix), word));
        pos_ = end;
        return Status::ok();
    }

    std::string_view text_;
    const ExpressionContext& ctx_;
    std::size_t pos_ = 0;
    int depth_ = 0;
};

}  // namespace

bool parse_literal(std::string_view text, Radix radix, std::uint64_t& value) {
    // On a hex machine 0D10 and 0B20 are hex numbers: B and D are digits there, so only
    // 0x and 0o, whose letters are not hex digits, are radix prefixes.
    const bool hex_digit_prefix = radix == Radix::Hex && text.size() > 2 && text[0] == '0' &&
                                  (text[1] == 'd' || text[1] == 'D' || text[1] == 'b' || text[1] == 'B');
    if (text.size() > 2 && text[0] == '0' && !hex_digit_prefix) {
        const char p = text[1];
        std::string_view digits = text.substr(2);
        if (p == 'x' || p == 'X') return parse_number(digits, Radix::Hex, value);
        if (p == 'o' || p == 'O') return parse_number(digits, Radix::Octal, value);
        if (p == 'd' || p == 'D') return parse_number(digits, Radix::Decimal, value);
        if (p == 'b' || p == 'B') {
            std::uint64_t v = 0;
            if (digits.size() > 64) return false;
            for (char c : digits) {
                if (c != '0' && c != '1') return false;
                v = v * 2 + static_cast<std::uint64_t>(c - '0');
            }
            value = v;
            return true;
        }
    }
    if (text.size() > 1 && text.back() == '.') return parse_number(text.substr(0, text.size() - 1), Radix::Decimal, value);
    return parse_number(text, radix, value);
}

Status evaluate_prefix(std::string_view text, const ExpressionContext& context, std::uint64_t& value,
                       std::size_t& consumed) {
    Parser p(text, context);
    std::uint64_t v = 0;
    if (Status s = p.parse(v); !s) return s;
    value = v;
    consumed = p.position();
    return Status::ok();
}

Status evaluate(std::string_view text, const ExpressionContext& context, std::uint64_t& value) {
    std::size_t used = 0;
    std::uint64_t v = 0;
    if (Status s = evaluate_prefix(text, context, v, used); !s) return s;
    while (used < text.size() && (text[used] == ' ' || text[used] == '\t')) ++used;
    if (used < text.size()) return Status::error(fmt::format("Unexpected text after expression: {}", text.substr(used)));
    value = v;
    return Status::ok();
}

}  // namespace simmon::scp
