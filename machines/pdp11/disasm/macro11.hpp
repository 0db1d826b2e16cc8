// MACRO-11 syntax for the SCP: one instruction disassembled or assembled at a time.
// Both are derived from one opcode table (opcode_table.hpp) so they cannot drift.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon::pdp11 {

// Reads the word at a (virtual or physical, the caller decides) byte address; false if
// it does not exist.
using WordReader = std::function<bool(std::uint32_t addr, std::uint16_t& word)>;

// Disassembles the instruction at `addr` ("MOV #1,R0", "BR 1020"); numbers in octal.
// `bytes_used` is 2, 4 or 6. Unreadable memory gives "?" text, never an exception.
std::string disassemble(const WordReader& read, std::uint32_t addr, int& bytes_used);

// Assembles one line of MACRO-11 at `addr` into 1-3 words. Accepts all instructions
// the disassembler prints (base, EIS, FIS, FP11, MFPx/MTPx, SPL, MARK, SOB, CC ops),
// every addressing mode (Rn, (Rn), (Rn)+, @(Rn)+, -(Rn), @-(Rn), X(Rn), @X(Rn), #n,
// @#n, relative and @relative), octal numbers with an optional trailing '.' for decimal,
// and branch targets as absolute addresses.
Status assemble(std::string_view text, std::uint32_t addr, std::vector<std::uint16_t>& out);

}  // namespace simmon::pdp11
