// One VAX instruction from VAX MACRO text, for symbolic DEPOSIT, from the isa table (the
// disassembler's syntax reads back): MOVL #5,R0  ADDL2 S^#3,B^-4(FP)  MOVAB @#80001000,(SP)+
// MOVL (R3)[R5],R0  BRB 1000  CASEL R0,#0,#2 (the displacement table is deposited apart).
// Numbers are hex. #n is a short literal when it fits (0-3F, integer operands) and
// immediate otherwise; S^# and I^# force one. A displacement without B^, W^ or L^ takes
// the shortest that fits; an address without a register is PC-relative.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon::vax {

// Encodes `text` as an instruction at virtual address `pc`; `out` gets its bytes.
Status assemble(std::string_view text, std::uint32_t pc, std::vector<std::uint8_t>& out);

}  // namespace simmon::vax
