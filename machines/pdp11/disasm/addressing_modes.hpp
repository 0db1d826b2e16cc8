// The eight PDP-11 addressing modes in MACRO-11 text, both ways:
//   0 Rn   1 (Rn)   2 (Rn)+   3 @(Rn)+   4 -(Rn)   5 @-(Rn)   6 X(Rn)   7 @X(Rn)
// and with the PC: 27 #n (immediate), 37 @#n (absolute), 67 target (relative),
// 77 @target (relative deferred). FP11 operands name AC0-AC5 in mode 0.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/machine/status.hpp"
#include "machines/pdp11/disasm/expression.hpp"

namespace simmon::pdp11 {

// What kind of register a mode-0 operand names.
enum class RegisterSet : std::uint8_t { General, FloatingAccumulator };

struct ParsedOperand {
    int mode = 0;
    int reg = 0;
    bool has_word = false;     // modes 2/3 with PC, 6 and 7 take a word after the instruction
    bool pc_relative = false;  // `word` is a target address; the encoder subtracts the PC
    ExprValue word;
    std::uint16_t specifier() const { return static_cast<std::uint16_t>((mode << 3) | reg); }
};

Status parse_operand(std::string_view text, const ExprContext& context, RegisterSet registers,
                     ParsedOperand& out);

// A register operand of JSR, XOR, MUL, SOB, RTS, FADD ("R5", "PC", "%3").
Status parse_general_register(std::string_view text, const ExprContext& context, int& reg);
// An FP11 accumulator field (AC0-AC3; also accepts F0, FR0, R0 and %0 spellings).
Status parse_accumulator(std::string_view text, const ExprContext& context, int& ac);

// Register names as printed: R0-R5, SP, PC; AC0-AC7 for the FP11.
std::string_view general_register_name(int reg);
std::string accumulator_name(int ac);

// Formats one operand. `word` is the word following the instruction for this operand
// (ignored unless the mode needs one; `word_ok` false prints "?"), `next_pc` the address
// just after that word, used for relative modes.
std::string format_operand(int specifier, RegisterSet registers, std::uint16_t word, bool word_ok,
                           std::uint32_t next_pc);

// Whether an operand specifier is followed by a word in the instruction stream.
constexpr bool operand_has_word(int specifier) {
    const int mode = (specifier >> 3) & 7, reg = specifier & 7;
    return mode >= 6 || (reg == 7 && (mode == 2 || mode == 3));
}

// The target of a PC-relative displacement, wrapping in 16 bits when the address is a
// 16-bit (virtual) one.
std::uint32_t relative_target(std::uint32_t next_pc, std::int32_t displacement);

}  // namespace simmon::pdp11
