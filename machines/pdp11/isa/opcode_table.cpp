// One row per PDP-11 instruction (see opcode_table.hpp). Grouped as the Processor
// Handbook groups them: single operand, double operand, program control, EIS/FIS, FP11.
#include "machines/pdp11/isa/opcode_table.hpp"

#include <array>
#include <memory>

#include "core/text/case_compare.hpp"

namespace simmon::pdp11 {
namespace {

using F = OperandFormat;
using O = CpuOption;

constexpr std::uint8_t kAll = kAllModels;
constexpr std::uint8_t k45Up = kModel1145 | kModel1170 | kModelLater;
constexpr std::uint8_t kFpModels = kModel1134 | kModel1145 | kModel1170 | kModelLater;

constexpr Opcode kTable[] = {
    // Program control without operands.
    {"HALT", 0000000, F::None, kAll},
    {"WAIT", 0000001, F::None, kAll},
    {"RTI", 0000002, F::None, kAll},
    {"BPT", 0000003, F::None, kAll},
    {"IOT", 0000004, F::None, kAll},
    {"RESET", 0000005, F::None, kAll},
    {"RTT", 0000006, F::None, kAll},
    {"MFPT", 0000007, F::None, kModelLater},
    {"JMP", 0000100, F::Operand, kAll},
    {"RTS", 0000200, F::Register, kAll},
    {"SPL", 0000230, F::Spl, k45Up},

    // Condition codes: 000240 + (020 to set) + NZVC bits.
    {"NOP", 0000240, F::None, kAll},
    {"CLC", 0000241, F::ConditionCode, kAll},
    {"CLV", 0000242, F::ConditionCode, kAll},
    {"CLZ", 0000244, F::ConditionCode, kAll},
    {"CLN", 0000250, F::ConditionCode, kAll},
    {"CCC", 0000257, F::ConditionCode, kAll},
    {"SEC", 0000261, F::ConditionCode, kAll},
    {"SEV", 0000262, F::ConditionCode, kAll},
    {"SEZ", 0000264, F::ConditionCode, kAll},
    {"SEN", 0000270, F::ConditionCode, kAll},
    {"SCC", 0000277, F::ConditionCode, kAll},

    {"SWAB", 0000300, F::Operand, kAll},

    // Branches.
    {"BR", 0000400, F::Branch, kAll},
    {"BNE", 0001000, F::Branch, kAll},
    {"BEQ", 0001400, F::Branch, kAll},
    {"BGE", 0002000, F::Branch, kAll},
    {"BLT", 0002400, F::Branch, kAll},
    {"BGT", 0003000, F::Branch, kAll},
    {"BLE", 0003400, F::Branch, kAll},
    {"BPL", 0100000, F::Branch, kAll},
    {"BMI", 0100400, F::Branch, kAll},
    {"BHI", 0101000, F::Branch, kAll},
    {"BLOS", 0101400, F::Branch, kAll},
    {"BVC", 0102000, F::Branch, kAll},
    {"BVS", 0102400, F::Branch, kAll},
    {"BCC", 0103000, F::Branch, kAll},
    {"BHIS", 0103000, F::Branch, kAll, O::Standard, true},
    {"BCS", 0103400, F::Branch, kAll},
    {"BLO", 0103400, F::Branch, kAll, O::Standard, true},

    {"JSR", 0004000, F::RegisterOperand, kAll},

    // Single operand, word and byte.
    {"CLR", 0005000, F::Operand, kAll},
    {"COM", 0005100, F::Operand, kAll},
    {"INC", 0005200, F::Operand, kAll},
    {"DEC", 0005300, F::Operand, kAll},
    {"NEG", 0005400, F::Operand, kAll},
    {"ADC", 0005500, F::Operand, kAll},
    {"SBC", 0005600, F::Operand, kAll},
    {"TST", 0005700, F::Operand, kAll},
    {"ROR", 0006000, F::Operand, kAll},
    {"ROL", 0006100, F::Operand, kAll},
    {"ASR", 0006200, F::Operand, kAll},
    {"ASL", 0006300, F::Operand, kAll},
    {"MARK", 0006400, F::Mark, kAll},
    {"MFPI", 0006500, F::Operand, kAll},
    {"MTPI", 0006600, F::Operand, kAll},
    {"SXT", 0006700, F::Operand, kAll},
    {"CLRB", 0105000, F::Operand, kAll, O::Standard, false, true},
    {"COMB", 0105100, F::Operand, kAll, O::Standard, false, true},
    {"INCB", 0105200, F::Operand, kAll, O::Standard, false, true},
    {"DECB", 0105300, F::Operand, kAll, O::Standard, false, true},
    {"NEGB", 0105400, F::Operand, kAll, O::Standard, false, true},
    {"ADCB", 0105500, F::Operand, kAll, O::Standard, false, true},
    {"SBCB", 0105600, F::Operand, kAll, O::Standard, false, true},
    {"TSTB", 0105700, F::Operand, kAll, O::Standard, false, true},
    {"RORB", 0106000, F::Operand, kAll, O::Standard, false, true},
    {"ROLB", 0106100, F::Operand, kAll, O::Standard, false, true},
    {"ASRB", 0106200, F::Operand, kAll, O::Standard, false, true},
    {"ASLB", 0106300, F::Operand, kAll, O::Standard, false, true},
    {"MTPS", 0106400, F::Operand, kModel1134 | kModelLater, O::Standard, false, true},
    // Every model executes MFPD/MTPD; without separate I and D space (11/34, 11/40) they
    // act as MFPI/MTPI (CFKTHB0, DBKTC, DBKTF).
    {"MFPD", 0106500, F::Operand, kAll},
    {"MTPD", 0106600, F::Operand, kAll},
    {"MFPS", 0106700, F::Operand, kModel1134 | kModelLater, O::Standard, false, true},

    // Double operand.
    {"MOV", 0010000, F::DoubleOperand, kAll},
    {"CMP", 0020000, F::DoubleOperand, kAll},
    {"BIT", 0030000, F::DoubleOperand, kAll},
    {"BIC", 0040000, F::DoubleOperand, kAll},
    {"BIS", 0050000, F::DoubleOperand, kAll},
    {"ADD", 0060000, F::DoubleOperand, kAll},
    {"MOVB", 0110000, F::DoubleOperand, kAll, O::Standard, false, true},
    {"CMPB", 0120000, F::DoubleOperand, kAll, O::Standard, false, true},
    {"BITB", 0130000, F::DoubleOperand, kAll, O::Standard, false, true},
    {"BICB", 0140000, F::DoubleOperand, kAll, O::Standard, false, true},
    {"BISB", 0150000, F::DoubleOperand, kAll, O::Standard, false, true},
    {"SUB", 0160000, F::DoubleOperand, kAll},

    // Extended instruction set, floating instruction set, SOB.
    {"MUL", 0070000, F::OperandRegister, kAll, O::Eis},
    {"DIV", 0071000, F::OperandRegister, kAll, O::Eis},
    {"ASH", 0072000, F::OperandRegister, kAll, O::Eis},
    {"ASHC", 0073000, F::OperandRegister, kAll, O::Eis},
    {"XOR", 0074000, F::RegisterOperand, kAll},
    {"FADD", 0075000, F::Register, kModel1140, O::Fis},
    {"FSUB", 0075010, F::Register, kModel1140, O::Fis},
    {"FMUL", 0075020, F::Register, kModel1140, O::Fis},
    {"FDIV", 0075030, F::Register, kModel1140, O::Fis},
    {"SOB", 0077000, F::Sob, kAll},

    {"EMT", 0104000, F::TrapCode, kAll},
    {"TRAP", 0104400, F::TrapCode, kAll},

    // FP11. The F and D spellings assemble alike: FPS decides the precision at run time.
    {"CFCC", 0170000, F::None, kFpModels, O::Fp11},
    {"SETF", 0170001, F::None, kFpModels, O::Fp11},
    {"SETI", 0170002, F::None, kFpModels, O::Fp11},
    {"SETD", 0170011, F::None, kFpModels, O::Fp11},
    {"SETL", 0170012, F::None, kFpModels, O::Fp11},
    {"LDFPS", 0170100, F::Operand, kFpModels, O::Fp11},
    {"STFPS", 0170200, F::Operand, kFpModels, O::Fp11},
    {"STST", 0170300, F::Operand, kFpModels, O::Fp11},
    {"CLRF", 0170400, F::FpOperand, kFpModels, O::Fp11},
    {"CLRD", 0170400, F::FpOperand, kFpModels, O::Fp11, true},
    {"TSTF", 0170500, F::FpOperand, kFpModels, O::Fp11},
    {"TSTD", 0170500, F::FpOperand, kFpModels, O::Fp11, true},
    {"ABSF", 0170600, F::FpOperand, kFpModels, O::Fp11},
    {"ABSD", 0170600, F::FpOperand, kFpModels, O::Fp11, true},
    {"NEGF", 0170700, F::FpOperand, kFpModels, O::Fp11},
    {"NEGD", 0170700, F::FpOperand, kFpModels, O::Fp11, true},
    {"MULF", 0171000, F::FpOperandAc, kFpModels, O::Fp11},
    {"MULD", 0171000, F::FpOperandAc, kFpModels, O::Fp11, true},
    {"MODF", 0171400, F::FpOperandAc, kFpModels, O::Fp11},
    {"MODD", 0171400, F::FpOperandAc, kFpModels, O::Fp11, true},
    {"ADDF", 0172000, F::FpOperandAc, kFpModels, O::Fp11},
    {"ADDD", 0172000, F::FpOperandAc, kFpModels, O::Fp11, true},
    {"LDF", 0172400, F::FpOperandAc, kFpModels, O::Fp11},
    {"LDD", 0172400, F::FpOperandAc, kFpModels, O::Fp11, true},
    {"SUBF", 0173000, F::FpOperandAc, kFpModels, O::Fp11},
    {"SUBD", 0173000, F::FpOperandAc, kFpModels, O::Fp11, true},
    {"CMPF", 0173400, F::FpOperandAc, kFpModels, O::Fp11},
    {"CMPD", 0173400, F::FpOperandAc, kFpModels, O::Fp11, true},
    {"STF", 0174000, F::AcFpOperand, kFpModels, O::Fp11},
    {"STD", 0174000, F::AcFpOperand, kFpModels, O::Fp11, true},
    {"DIVF", 0174400, F::FpOperandAc, kFpModels, O::Fp11},
    {"DIVD", 0174400, F::FpOperandAc, kFpModels, O::Fp11, true},
    {"STEXP", 0175000, F::AcOperand, kFpModels, O::Fp11},
    {"STCFI", 0175400, F::AcOperand, kFpModels, O::Fp11},
    {"STCFL", 0175400, F::AcOperand, kFpModels, O::Fp11, true},
    {"STCDI", 0175400, F::AcOperand, kFpModels, O::Fp11, true},
    {"STCDL", 0175400, F::AcOperand, kFpModels, O::Fp11, true},
    {"STCFD", 0176000, F::AcFpOperand, kFpModels, O::Fp11},
    {"STCDF", 0176000, F::AcFpOperand, kFpModels, O::Fp11, true},
    {"LDEXP", 0176400, F::OperandAc, kFpModels, O::Fp11},
    {"LDCIF", 0177000, F::OperandAc, kFpModels, O::Fp11},
    {"LDCID", 0177000, F::OperandAc, kFpModels, O::Fp11, true},
    {"LDCLF", 0177000, F::OperandAc, kFpModels, O::Fp11, true},
    {"LDCLD", 0177000, F::OperandAc, kFpModels, O::Fp11, true},
    {"LDCDF", 0177400, F::FpOperandAc, kFpModels, O::Fp11},
    {"LDCFD", 0177400, F::FpOperandAc, kFpModels, O::Fp11, true},
};

constexpr std::uint16_t kNoRow = 0xFFFF;
static_assert(std::size(kTable) < kNoRow);

// word -> row index, built once from the table: the table stays the one description.
struct DecodeIndex {
    std::array<std::uint16_t, 65536> row;
    DecodeIndex() {
        row.fill(kNoRow);
        for (std::uint16_t i = std::size(kTable); i-- > 0;) {
            const Opcode& op = kTable[i];
            if (op.assembler_alias) continue;
            const std::uint32_t span = operand_bits(op.format);
            // Walking backwards lets the first row for a value win.
            for (std::uint32_t bits = 0; bits <= span; ++bits)
                if ((bits & ~span) == 0) row[op.value | bits] = i;
        }
    }
};

}  // namespace

std::span<const Opcode> opcode_table() { return kTable; }

const Opcode* decode_opcode(std::uint16_t word) {
    static const auto index = std::make_unique<const DecodeIndex>();
    const std::uint16_t i = index->row[word];
    return i == kNoRow ? nullptr : &kTable[i];
}

const Opcode* find_mnemonic(std::string_view mnemonic) {
    for (const Opcode& op : kTable)
        if (iequals(op.mnemonic, mnemonic)) return &op;
    return nullptr;
}

}  // namespace simmon::pdp11
