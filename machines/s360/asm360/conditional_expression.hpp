// Expressions of conditional assembly (GC28-6514, "Conditional Assembly Instructions"):
// arithmetic (SETA), logical (SETB, AIF) and character (SETC) expressions over SET
// symbols, macro parameters, system variable symbols, self-defining terms and the
// attributes L' N' K' T' I' S'. Unlike a model statement, where variable symbols are
// replaced by text, here they are terms with a value.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace simmon::s360::asm360 {

class MacroProcessor;
struct MacroScope;

class ConditionalExpression {
public:
    ConditionalExpression(MacroProcessor& mp, MacroScope& scope, std::string_view text, std::size_t pos = 0);

    bool arithmetic(std::int32_t& out);
    bool logical(bool& out);
    bool character(std::string& out);

    std::size_t position() const { return pos_; }
    bool at_end() const { return pos_ >= text_.size(); }
    const std::string& error() const { return error_; }
    std::size_t error_offset() const { return error_pos_; }

    // The elements of a sublist "(A,B,(C,D))" (one element when it is not a sublist).
    static std::vector<std::string_view> sublist(std::string_view value);
    // The value of a self-defining term written as the whole of `s`.
    static bool self_defining(std::string_view s, std::int32_t& out);

private:
    bool fail(std::string message, std::size_t at);
    void skip_blanks();
    bool word(std::string_view w);  // a keyword (AND, OR, NOT, EQ ...) at pos_
    bool arith_sum(std::int32_t& out, int depth);
    bool arith_product(std::int32_t& out, int depth);
    bool arith_unary(std::int32_t& out, int depth);
    bool arith_primary(std::int32_t& out, int depth);
    bool logical_or(bool& out, int depth);
    bool logical_and(bool& out, int depth);
    bool logical_not(bool& out, int depth);
    bool relation_or_primary(bool& out, int depth);
    bool char_term(std::string& out, int depth);
    bool quoted(std::string& out, int depth);
    bool variable(std::string& text, std::int32_t& number, char& kind, std::string& name, std::string& raw_value,
                  int depth);
    bool attribute(char which, std::string& text, std::int32_t& number, bool& is_char, int depth);
    int relop();

    MacroProcessor& mp_;
    MacroScope& scope_;
    std::string_view text_;
    std::size_t pos_;
    std::string error_;
    std::size_t error_pos_ = 0;
};

}  // namespace simmon::s360::asm360
