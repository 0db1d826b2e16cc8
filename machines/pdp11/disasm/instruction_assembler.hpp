// Encoding one MACRO-11 instruction with the opcode table; shared by the SCP's one-line
// assemble() and the program assembler (assembler_program.hpp), which adds symbols.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/machine/status.hpp"
#include "machines/pdp11/disasm/expression.hpp"

namespace simmon::pdp11 {

// Appends the 1-3 words of `mnemonic operands` assembled at context.location. With
// context.allow_undefined the word count is still exact (it depends only on syntax),
// and range checks on values that are not yet defined are skipped.
Status assemble_instruction(std::string_view mnemonic, std::string_view operands, const ExprContext& context,
                            std::vector<std::uint16_t>& out);

// Whether `mnemonic` names an instruction (any case, aliases and "SEC!SEV" included).
bool is_instruction_mnemonic(std::string_view mnemonic);

// A value that must fit in 16 bits (-32768..65535); undefined values give 0.
Status word_value(const ExprValue& value, std::string_view what, std::uint16_t& out);

// `line` without its ';' comment; a ';' in a character constant ';' is data.
std::string_view strip_comment(std::string_view line);

}  // namespace simmon::pdp11
