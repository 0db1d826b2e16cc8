// MACRO-11 expressions: octal numbers (a trailing '.' makes them decimal), ^D ^O ^B ^X
// radix prefixes, ^C complement, 'c and "cc character constants, '.' for the location
// counter, symbols, <...> grouping and the operators + - * / & ! applied left to right
// without precedence, as MACRO-11 does. %n and R0-R7/SP/PC are register terms.
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon::pdp11 {

struct ExprValue {
    std::int64_t value = 0;
    bool defined = true;       // false: a symbol not yet defined (first pass only)
    bool is_register = false;  // R0-R7, SP, PC, %n or a symbol equated to one
};

// Looks a user symbol up; false if the name is not known (yet).
using SymbolLookup = std::function<bool(std::string_view name, ExprValue& value)>;

struct ExprContext {
    std::uint32_t location = 0;  // the value of '.'
    SymbolLookup lookup;         // empty for the SCP's one-line assembler
    bool allow_undefined = false;  // first pass: unknown symbols evaluate to 0, undefined
};

Status evaluate_expression(std::string_view text, const ExprContext& context, ExprValue& out);

// Text without surrounding blanks (spaces and tabs).
std::string_view trim_blanks(std::string_view text);

// Splits `text` at top-level commas: commas inside <...> or character constants do not
// split. An empty text gives no pieces; the pieces are trimmed.
void split_operands(std::string_view text, std::vector<std::string_view>& pieces);

// Whether `c` can be part of a MACRO-11 symbol (letters, digits, '$', '.', '_').
bool is_symbol_char(char c);

}  // namespace simmon::pdp11
