// The VAX instruction set, described once: one row per opcode (one byte, or FD and a
// second byte) with its mnemonic, its operand specifiers as the VAX Architecture
// Reference Manual writes them ("rl,ml,bb": access type then data type) and how the CVAX
// (KA655) runs it. The CPU's decode table, the disassembler and the tests all read this
// table, so they cannot disagree about an instruction.
//
// Source: VAX Architecture Reference Manual (EK-VAXAR), chapter 3 "Instruction Set" and
// appendix A (opcode assignments); CVAX 78034 data sheet for the subset the chip leaves to
// emulation software (packed decimal and the rarer string instructions) or lacks
// (H floating, octaword).
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

namespace simmon::vax {

// Operand access types (ARM 3.2.1): read, modify, write, address, variable bit field
// base, branch displacement (not a specifier: a byte or word in the instruction stream).
enum class Access : std::uint8_t { Read, Modify, Write, Address, Field, Branch };
// Operand data types (ARM chapter 1).
enum class DataType : std::uint8_t { Byte, Word, Long, Quad, Octa, FFloat, DFloat, GFloat, HFloat };

constexpr unsigned data_size(DataType t) {
    switch (t) {
        case DataType::Byte: return 1;
        case DataType::Word: return 2;
        case DataType::Long: case DataType::FFloat: return 4;
        case DataType::Quad: case DataType::DFloat: case DataType::GFloat: return 8;
        case DataType::Octa: case DataType::HFloat: return 16;
    }
    return 4;
}

struct OperandSpec {
    Access access = Access::Read;
    DataType type = DataType::Long;
};

inline constexpr unsigned kMaxOperands = 6;

// How the CVAX runs an opcode: in microcode; by the emulation trap (SCB vector C8, with the
// operands decoded for the software emulator: ARM 11.3); not at all (reserved-instruction
// fault, vector 10).
enum class Cvax : std::uint8_t { Native, Emulated, Reserved };

struct OpcodeInfo {
    std::uint16_t opcode;        // 00-FF, or FDxx for the two-byte opcodes
    std::string_view mnemonic;   // VAX MACRO's
    std::string_view operands;   // "rw,ab,rw,ab": access letter (r m w a v b) and type letter
    Cvax cvax;
    std::string_view name;       // the ARM's name for it
};

// The operand list of a row, parsed once.
struct OperandList {
    std::uint8_t count = 0;
    OperandSpec spec[kMaxOperands];
};

// Every opcode of the VAX architecture, in opcode order (one-byte, then FD-prefixed).
std::span<const OpcodeInfo> opcode_table();
// The row of an opcode (00-FF, or FD00-FDFF), or nullptr when the architecture has none.
const OpcodeInfo* find_opcode(std::uint16_t opcode);
// The row for a mnemonic (upper case), or nullptr.
const OpcodeInfo* find_mnemonic(std::string_view mnemonic);
// The parsed operands of a row (false for a malformed operand string, which a test rules out).
bool parse_operands(std::string_view text, OperandList& out);
OperandList operands_of(const OpcodeInfo& info);
// A dense index of the opcodes: 0-255 the one-byte ones, 256-511 FD00-FDFF.
constexpr unsigned opcode_index(std::uint16_t opcode) { return opcode >= 0xFD00 ? 256u + (opcode & 0xFF) : opcode & 0xFF; }

}  // namespace simmon::vax
