// The PDP-11 instruction set, described once: mnemonic, opcode, operand format and the
// models that have it. The disassembler decodes with it, the assemblers encode with it,
// and the CPU's decode table (cpu/decode_table.cpp) asks it which instructions a model
// executes, so none of them can disagree about the instruction set (a test checks every
// word on every model). Encodings follow the PDP-11 Processor Handbook (1979) and the
// FP11 chapters of the 11/34, 11/45 and 11/70 handbooks.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

namespace simmon::pdp11 {

// How the bits below the opcode are laid out and how MACRO-11 writes them. The mask of
// the opcode bits follows from the format (opcode_mask()).
enum class OperandFormat : std::uint8_t {
    None,              // HALT, RTI, NOP                        no operand bits
    ConditionCode,     // CLC, SEV, SCC ...; 0002[4-7]x         combinable with '!'
    Register,          // RTS R, FADD R                          R in bits 2-0
    Spl,               // SPL n                                  n in bits 2-0
    Mark,              // MARK nn                                nn in bits 5-0
    Operand,           // CLR dst, JMP dst, MTPS src             mode/reg in bits 5-0
    DoubleOperand,     // MOV src,dst                            src 11-6, dst 5-0
    Branch,            // BR target                              signed word offset 7-0
    RegisterOperand,   // JSR R,dst  XOR R,dst                   R 8-6, dst 5-0
    OperandRegister,   // MUL src,R  DIV ASH ASHC                R 8-6, src 5-0
    Sob,               // SOB R,target                           R 8-6, backward offset 5-0
    TrapCode,          // EMT n, TRAP n                          n in bits 7-0
    FpOperand,         // CLRF fdst, TSTF fsrc                   mode 0 names AC0-AC5
    FpOperandAc,       // LDF fsrc,AC  DIVF ...                  AC 7-6, fsrc 5-0
    AcFpOperand,       // STF AC,fdst  STCFD                     AC 7-6, fdst 5-0
    OperandAc,         // LDEXP src,AC  LDCIF src,AC             AC 7-6, general src 5-0
    AcOperand,         // STEXP AC,dst  STCFI AC,dst             AC 7-6, general dst 5-0
};

// Bits of the word that belong to the operands for each format.
constexpr std::uint16_t operand_bits(OperandFormat f) {
    switch (f) {
        case OperandFormat::None: return 0;
        case OperandFormat::ConditionCode: return 0;
        case OperandFormat::Register:
        case OperandFormat::Spl: return 0000007;
        case OperandFormat::Mark:
        case OperandFormat::Operand:
        case OperandFormat::FpOperand: return 0000077;
        case OperandFormat::DoubleOperand: return 0007777;
        case OperandFormat::Branch:
        case OperandFormat::TrapCode:
        case OperandFormat::FpOperandAc:
        case OperandFormat::AcFpOperand:
        case OperandFormat::OperandAc:
        case OperandFormat::AcOperand: return 0000377;
        case OperandFormat::RegisterOperand:
        case OperandFormat::OperandRegister:
        case OperandFormat::Sob: return 0000777;
    }
    return 0;
}
constexpr std::uint16_t opcode_mask(OperandFormat f) { return static_cast<std::uint16_t>(~operand_bits(f)); }

// Which models have an instruction (when the option below is fitted).
enum ModelBit : std::uint8_t {
    kModel1134 = 1 << 0,
    kModel1140 = 1 << 1,
    kModel1145 = 1 << 2,
    kModel1170 = 1 << 3,
    kModelLater = 1 << 4,  // 11/44, J-11 and later only (e.g. MFPT)
};
constexpr std::uint8_t kAllModels = kModel1134 | kModel1140 | kModel1145 | kModel1170 | kModelLater;

// The option that provides an instruction; Standard means it is part of the processor.
enum class CpuOption : std::uint8_t {
    Standard,
    Eis,   // MUL DIV ASH ASHC: standard on 11/34, 11/45, 11/70; KE11-E on the 11/40
    Fis,   // FADD FSUB FMUL FDIV: KE11-F, 11/40 only
    Fp11,  // floating point processor: FP11-A (11/34), FP11-B (11/45), FP11-C (11/70)
};

// The options a processor has fitted; CpuModel says which, per model.
struct FittedOptions {
    bool eis = false;
    bool fis = false;
    bool fp11 = false;
};

struct Opcode {
    std::string_view mnemonic;
    std::uint16_t value;     // the word with all operand bits zero
    OperandFormat format;
    std::uint8_t models;     // ModelBit set
    CpuOption option = CpuOption::Standard;
    // Alternative spellings the assembler accepts (BHIS for BCC, LDD for LDF); the
    // disassembler always prints the row that comes first for a value.
    bool assembler_alias = false;
    bool byte_operation = false;  // MOVB, CLRB ...: autoincrement of R0-R5 steps by one
};

// Whether a processor of `model` (one ModelBit) with `options` fitted executes `op`.
constexpr bool model_has(const Opcode& op, std::uint8_t model, FittedOptions options) {
    if ((op.models & model) == 0) return false;
    switch (op.option) {
        case CpuOption::Standard: return true;
        case CpuOption::Eis: return options.eis;
        case CpuOption::Fis: return options.fis;
        case CpuOption::Fp11: return options.fp11;
    }
    return false;
}

// Every row, in table order.
std::span<const Opcode> opcode_table();

// The row that decodes `word`, or nullptr for a reserved or unknown instruction. For the
// condition-code family only NOP, the single-flag rows, CCC and SCC are rows; other
// combinations (e.g. 000263) return nullptr and are printed by combining rows.
const Opcode* decode_opcode(std::uint16_t word);

// The row for a mnemonic (any case), aliases included; nullptr if unknown.
const Opcode* find_mnemonic(std::string_view mnemonic);

}  // namespace simmon::pdp11
