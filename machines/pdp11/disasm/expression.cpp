// MACRO-11 expression evaluation (see expression.hpp). Errors name the text at fault so
// a user sees "bad digit 8 in octal number 18", not a parse position.
#include "machines/pdp11/disasm/expression.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "core/text/case_compare.hpp"

namespace simmon::pdp11 {

std::string_view trim_blanks(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    // A blank can be data: the character constant ' (a space) must survive.
    std::size_t end = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'') {
            i += 1;
            end = std::min(i + 1, text.size());
        } else if (c == '"') {
            i += 2;
            end = std::min(i + 1, text.size());
        } else if (c != ' ' && c != '\t' && c != '\r') {
            end = i + 1;
        }
    }
    return text.substr(0, end);
}

bool is_symbol_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '$' ||
           c == '.' || c == '_';
}

void split_operands(std::string_view text, std::vector<std::string_view>& pieces) {
    pieces.clear();
    text = trim_blanks(text);
    if (text.empty()) return;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\'') {
            i += 1;  // the next character is data, even a comma
        } else if (c == '"') {
            i += 2;
        } else if (c == '<') {
            ++depth;
        } else if (c == '>') {
            if (depth > 0) --depth;
        } else if (c == ',' && depth == 0) {
            pieces.push_back(trim_blanks(text.substr(start, i - start)));
            start = i + 1;
        }
    }
    if (start <= text.size()) pieces.push_back(trim_blanks(text.substr(std::min(start, text.size()))));
}

namespace {

bool register_name(std::string_view name, int& reg) {
    if (name.size() == 2 && (name[0] == 'R' || name[0] == 'r') && name[1] >= '0' && name[1] <= '7') {
        reg = name[1] - '0';
        return true;
    }
    if (iequals(name, "SP")) return reg = 6, true;
    if (iequals(name, "PC")) return reg = 7, true;
    return false;
}

// Recursive descent over one expression; `pos_` walks `text_`.
class ExpressionParser {
public:
    ExpressionParser(std::string_view text, const ExprContext& context) : text_(text), context_(context) {}

    Status parse(ExprValue& out) {
        if (auto s = expression(out); !s) return s;
        skip_blanks();
        if (pos_ < text_.size())
            return Status::error(fmt::format("unexpected '{}' in expression {}", text_.substr(pos_), text_));
        return Status::ok();
    }

private:
    void skip_blanks() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
    }
    bool at_end() {
        skip_blanks();
        return pos_ >= text_.size();
    }

    Status expression(ExprValue& out) {
        if (auto s = term(out); !s) return s;
        while (!at_end()) {
            const char op = text_[pos_];
            if (op != '+' && op != '-' && op != '*' && op != '/' && op != '&' && op != '!') break;
            ++pos_;
            ExprValue rhs;
            if (auto s = term(rhs); !s) return s;
            out.defined = out.defined && rhs.defined;
            switch (op) {
                case '+': out.value += rhs.value; break;
                case '-': out.value -= rhs.value; break;
                case '*': out.value *= rhs.value; break;
                case '/':
                    if (rhs.value == 0) {
                        if (rhs.defined) return Status::error(fmt::format("division by zero in {}", text_));
                        out.value = 0;
                    } else {
                        out.value /= rhs.value;
                    }
                    break;
                case '&': out.value &= rhs.value; break;
                case '!': out.value |= rhs.value; break;
            }
            // Keep values within 32 bits so long chains cannot overflow.
            out.value = static_cast<std::int32_t>(out.value);
        }
        return Status::ok();
    }

    Status digits(int radix, bool allow_decimal_point, ExprValue& out) {
        const std::size_t start = pos_;
        std::size_t end = pos_;
        while (end < text_.size() && is_symbol_char(text_[end]) && text_[end] != '.' && text_[end] != '$')
            ++end;
        std::string_view number = text_.substr(start, end - start);
        if (allow_decimal_point && end < text_.size() && text_[end] == '.') {
            radix = 10;
            ++end;
        }
        if (number.empty()) return Status::error(fmt::format("missing number in {}", text_));
        std::int64_t value = 0;
        for (char c : number) {
            int digit = -1;
            if (c >= '0' && c <= '9') digit = c - '0';
            else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
            else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
            if (digit < 0 || digit >= radix) {
                const char* name = radix == 8 ? "octal" : radix == 10 ? "decimal" : radix == 2 ? "binary" : "hex";
                return Status::error(fmt::format("bad digit {} in {} number {}", c, name, number));
            }
            value = value * radix + digit;
            if (value > 0xFFFFFFFFLL) return Status::error(fmt::format("number {} is too large", number));
        }
        pos_ = end;
        out = ExprValue{value, true, false};
        return Status::ok();
    }

    Status term(ExprValue& out) {
        if (at_end()) return Status::error(text_.empty() ? std::string("missing expression")
                                                         : fmt::format("incomplete expression {}", text_));
        const char c = text_[pos_];
        if (c == '-' || c == '+') {
            ++pos_;
            if (auto s = term(out); !s) return s;
            if (c == '-') out.value = -out.value;
            return Status::ok();
        }
        if (c == '<') {
            ++pos_;
            if (auto s = expression(out); !s) return s;
            if (at_end() || text_[pos_] != '>') return Status::error(fmt::format("missing '>' in {}", text_));
            ++pos_;
            return Status::ok();
        }
        if (c == '\'') {
            if (pos_ + 1 >= text_.size()) return Status::error(fmt::format("missing character after ' in {}", text_));
            out = ExprValue{static_cast<unsigned char>(text_[pos_ + 1]), true, false};
            pos_ += 2;
            return Status::ok();
        }
        if (c == '"') {
            if (pos_ + 2 >= text_.size())
                return Status::error(fmt::format("missing characters after \" in {}", text_));
            out = ExprValue{static_cast<unsigned char>(text_[pos_ + 1]) |
                                (static_cast<unsigned char>(text_[pos_ + 2]) << 8),
                            true, false};
            pos_ += 3;
            return Status::ok();
        }
        if (c == '^') {
            if (pos_ + 1 >= text_.size()) return Status::error(fmt::format("missing letter after ^ in {}", text_));
            const char kind = ascii_upper(text_[pos_ + 1]);
            pos_ += 2;
            skip_blanks();
            switch (kind) {
                case 'D': return digits(10, false, out);
                case 'O': return digits(8, false, out);
                case 'B': return digits(2, false, out);
                case 'X': return digits(16, false, out);
                case 'C':
                    if (auto s = term(out); !s) return s;
                    out.value = ~out.value & 0xFFFF;
                    return Status::ok();
                default: return Status::error(fmt::format("unknown operator ^{}", text_[pos_ - 1]));
            }
        }
        if (c == '%') {
            ++pos_;
            if (auto s = term(out); !s) return s;
            if (out.defined && (out.value < 0 || out.value > 7))
                return Status::error(fmt::format("bad register %{}", out.value));
            out.is_register = true;
            return Status::ok();
        }
        if (c >= '0' && c <= '9') {
            // "1$" is a local label, anything else starting with a digit a number.
            std::size_t end = pos_;
            while (end < text_.size() && text_[end] >= '0' && text_[end] <= '9') ++end;
            if (end < text_.size() && text_[end] == '$') return symbol(out);
            return digits(8, true, out);
        }
        if (is_symbol_char(c)) return symbol(out);
        return Status::error(fmt::format("unexpected '{}' in expression {}", c, text_));
    }

    Status symbol(ExprValue& out) {
        std::size_t end = pos_;
        while (end < text_.size() && is_symbol_char(text_[end])) ++end;
        const std::string_view name = text_.substr(pos_, end - pos_);
        pos_ = end;
        if (name == ".") {
            out = ExprValue{context_.location, true, false};
            return Status::ok();
        }
        int reg = 0;
        if (register_name(name, reg)) {
            out = ExprValue{reg, true, true};
            return Status::ok();
        }
        if (context_.lookup && context_.lookup(name, out)) return Status::ok();
        if (context_.allow_undefined) {
            out = ExprValue{0, false, false};
            return Status::ok();
        }
        return Status::error(fmt::format("undefined symbol {}", to_upper(name)));
    }

    std::string_view text_;
    const ExprContext& context_;
    std::size_t pos_ = 0;
};

}  // namespace

Status evaluate_expression(std::string_view text, const ExprContext& context, ExprValue& out) {
    text = trim_blanks(text);
    ExpressionParser parser(text, context);
    ExprValue value;
    if (auto s = parser.parse(value); !s) return s;
    out = value;
    return Status::ok();
}

}  // namespace simmon::pdp11
