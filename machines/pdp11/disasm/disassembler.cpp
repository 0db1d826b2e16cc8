// disassemble(): one instruction in MACRO-11 text, decoded with the opcode table.
#include <fmt/format.h>

#include "machines/pdp11/disasm/addressing_modes.hpp"
#include "machines/pdp11/disasm/macro11.hpp"
#include "machines/pdp11/isa/opcode_table.hpp"

namespace simmon::pdp11 {
namespace {

// Reads the words that follow the instruction, in stream order.
class InstructionStream {
public:
    InstructionStream(const WordReader& read, std::uint32_t addr) : read_(read), addr_(addr) {}

    std::uint32_t next_address() const { return addr_ + 2 * words_; }
    int bytes_used() const { return 2 * words_; }

    bool next(std::uint16_t& word) {
        const std::uint32_t at = next_address();
        ++words_;
        word = 0;
        return read_ && read_(at, word);
    }

    // An operand specifier, consuming its word if its mode has one.
    std::string operand(int specifier, RegisterSet registers) {
        std::uint16_t word = 0;
        bool ok = true;
        if (operand_has_word(specifier)) ok = next(word);
        return format_operand(specifier, registers, word, ok, next_address());
    }

private:
    const WordReader& read_;
    std::uint32_t addr_;
    int words_ = 0;
};

// 000241-000277 without a row of their own: the flags joined with '!' ("SEC!SEV").
std::string condition_codes(std::uint16_t word) {
    std::string text;
    const bool set = (word & 020) != 0;
    for (std::uint16_t bit : {1, 2, 4, 8}) {
        if ((word & bit) == 0) continue;
        const Opcode* row = decode_opcode(static_cast<std::uint16_t>(0240 | (set ? 020 : 0) | bit));
        if (!text.empty()) text += '!';
        text += row->mnemonic;
    }
    return text;
}

std::string octal(std::uint32_t value) { return fmt::format("{:o}", value); }

}  // namespace

std::string disassemble(const WordReader& read, std::uint32_t addr, int& bytes_used) {
    InstructionStream stream(read, addr);
    std::uint16_t word = 0;
    if (!stream.next(word)) {
        bytes_used = 2;
        return "?";
    }
    const Opcode* op = decode_opcode(word);
    if (op == nullptr) {
        bytes_used = 2;
        if ((word & 0177740) == 0000240 && (word & 017) != 0) return condition_codes(word);
        return ".WORD " + octal(word);
    }

    const int low6 = word & 077;
    const int reg_field = (word >> 6) & 7;
    const int ac = (word >> 6) & 3;
    std::string text(op->mnemonic);
    switch (op->format) {
        case OperandFormat::None:
        case OperandFormat::ConditionCode: break;
        case OperandFormat::Register: text += fmt::format(" {}", general_register_name(word & 7)); break;
        case OperandFormat::Spl: text += " " + octal(word & 7); break;
        case OperandFormat::Mark:
        case OperandFormat::TrapCode: text += " " + octal(word & operand_bits(op->format)); break;
        case OperandFormat::Operand: text += " " + stream.operand(low6, RegisterSet::General); break;
        case OperandFormat::FpOperand: text += " " + stream.operand(low6, RegisterSet::FloatingAccumulator); break;
        case OperandFormat::DoubleOperand: {
            const std::string src = stream.operand((word >> 6) & 077, RegisterSet::General);
            text += fmt::format(" {},{}", src, stream.operand(low6, RegisterSet::General));
            break;
        }
        case OperandFormat::Branch:
            text += " " + octal(relative_target(addr + 2, static_cast<std::int8_t>(word & 0377) * 2));
            break;
        case OperandFormat::RegisterOperand:
            text += fmt::format(" {},{}", general_register_name(reg_field), stream.operand(low6, RegisterSet::General));
            break;
        case OperandFormat::OperandRegister:
            text += fmt::format(" {},{}", stream.operand(low6, RegisterSet::General), general_register_name(reg_field));
            break;
        case OperandFormat::Sob:
            text += fmt::format(" {},{}", general_register_name(reg_field),
                                octal(relative_target(addr + 2, -2 * low6)));
            break;
        case OperandFormat::FpOperandAc:
            text += fmt::format(" {},{}", stream.operand(low6, RegisterSet::FloatingAccumulator), accumulator_name(ac));
            break;
        case OperandFormat::OperandAc:
            text += fmt::format(" {},{}", stream.operand(low6, RegisterSet::General), accumulator_name(ac));
            break;
        case OperandFormat::AcFpOperand:
            text += fmt::format(" {},{}", accumulator_name(ac), stream.operand(low6, RegisterSet::FloatingAccumulator));
            break;
        case OperandFormat::AcOperand:
            text += fmt::format(" {},{}", accumulator_name(ac), stream.operand(low6, RegisterSet::General));
            break;
    }
    bytes_used = stream.bytes_used();
    return text;
}

}  // namespace simmon::pdp11
