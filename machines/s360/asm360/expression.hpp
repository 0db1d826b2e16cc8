// Assembler expressions (GC28-6514, "Expressions"): terms are symbols, the location counter
// reference '*', self-defining terms (decimal, X'..', B'..', C'..') and length attribute
// references L'symbol; operators are unary + and -, binary + - * / with the usual
// precedence, and parentheses. Arithmetic is 32-bit two's complement; division truncates
// and division by zero gives zero, as the manual says. Relocatable terms may only be added
// and subtracted: a product or quotient with a relocatable operand is an error.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "machines/s360/asm360/symbols.hpp"

namespace simmon::s360::asm360 {

class ExpressionContext {
public:
    virtual ~ExpressionContext() = default;
    // An ordinary symbol's value, or false if it is not (yet) defined. `upper_name` is in
    // upper case. Implementations record the reference for the cross-reference.
    virtual bool symbol_value(std::string_view upper_name, Value& v, std::int32_t& length) = 0;
    virtual Value location_counter() = 0;
    // The length attribute of '*' (the length of the instruction or constant being built).
    virtual std::int32_t location_counter_length() { return 1; }
};

struct ExpressionResult {
    Value value;
    std::int32_t length = 1;  // length attribute of the leftmost term
    std::size_t end = 0;      // offset just past the expression
    bool ok = true;
    bool undefined = false;   // a symbol was undefined (value is then meaningless)
    std::string error;
    std::size_t error_offset = 0;
};

// Parses and evaluates the expression starting at text[pos]. It ends at the first
// character that cannot continue it (a comma, a parenthesis it did not open, a blank).
ExpressionResult evaluate_expression(std::string_view text, std::size_t pos, ExpressionContext& ctx);

// A self-defining term at text[pos] (decimal, X'', B'', C''); false if there is none or it
// is malformed (then `error` says why).
bool self_defining_term(std::string_view text, std::size_t& pos, std::int64_t& value, std::string& error);

}  // namespace simmon::s360::asm360
