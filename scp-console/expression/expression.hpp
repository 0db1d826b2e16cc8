// The expression language of EVALUATE, IF, addresses and deposited values:
//   || && | ^ & == != < <= > >= << >> + - * / % and unary - ~ ! +, with C precedence;
//   parentheses; [addr] reads the memory unit at addr;
//   numbers in the machine radix, or with an explicit radix: 0x1F, 0o17, 0d15, 0b1111
//   (on a hex machine 0d and 0b start hex numbers, 0D10 = 0xD10),
//   and DEC's trailing point for decimal (15.); 'c' is a character code;
//   register names (R0, PC, or DEV.REG for a device register), resolved by the caller.
// Arithmetic is unsigned 64-bit; comparisons give 1 or 0.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

#include "core/machine/status.hpp"
#include "core/machine/types.hpp"

namespace simmon::scp {

struct ExpressionContext {
    Radix radix = Radix::Decimal;  // the session sets the machine's
    // Looks up a name (register); false when the name is unknown.
    std::function<bool(std::string_view name, std::uint64_t& value)> symbol;
    // Reads memory for [addr]; false when the address does not exist.
    std::function<bool(std::uint64_t addr, std::uint64_t& value)> memory;
};

// Evaluates the whole of `text`; anything left over is an error.
Status evaluate(std::string_view text, const ExpressionContext& context, std::uint64_t& value);

// Evaluates the longest expression at the start of `text` and sets `consumed` to the
// characters it used (IF: the rest of the line is the action).
Status evaluate_prefix(std::string_view text, const ExpressionContext& context, std::uint64_t& value,
                       std::size_t& consumed);

// One number: machine radix or an explicit-radix literal as above, whole text.
bool parse_literal(std::string_view text, Radix radix, std::uint64_t& value);

}  // namespace simmon::scp
