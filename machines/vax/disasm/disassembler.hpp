// VAX instructions to text in VAX MACRO syntax, from the isa table (one row per opcode),
// so the CPU and the disassembler cannot disagree about operands. Numbers are hex, as the
// machine's radix: MOVL #12345678,R0  ADDL2 S^#3,B^-4(FP)  MOVAB @#80001000,(SP)+
// CASEL R0,S^#0,S^#2 shows only its specifiers; the displacement table follows as data.
// Branch destinations are printed as addresses.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace simmon::vax {

// Disassembles the instruction at `bytes` (`available` of them readable), which sits at
// virtual address `pc`. Sets `length` to its length in bytes. An opcode the architecture
// lacks, or too few bytes, gives ".BYTE xx" of one byte.
std::string disassemble(const std::uint8_t* bytes, std::size_t available, std::uint32_t pc, int& length);

}  // namespace simmon::vax
