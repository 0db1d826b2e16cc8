// S/360 instructions to and from assembler text, derived from the isa table (one row per
// opcode), so the CPU, the disassembler and one-line DEPOSIT cannot disagree. The syntax
// is IBM's assembler's: L 1,8(2,12)  MVC 0(8,1),16(2)  AP 0(3,4),8(2,5)  BE 24(,12);
// numbers are decimal or X'..'.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon::s360 {

// Disassembles the instruction at `bytes` (`available` of them readable). Sets `length`
// to its length in bytes (2, 4 or 6). An opcode no model has, or too few bytes, gives
// a DC of the bytes. BC/BCR with a usual mask print as an extended mnemonic.
std::string disassemble(const std::uint8_t* bytes, std::size_t available, int& length);

// Assembles one instruction (machine or extended mnemonic); `out` gets its bytes.
Status assemble(std::string_view text, std::vector<std::uint8_t>& out);

}  // namespace simmon::s360
