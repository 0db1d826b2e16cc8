// assemble_instruction() and the SCP's one-line assemble(): operands are parsed by
// addressing_modes.cpp, opcodes and operand layouts come from the opcode table.
#include "machines/pdp11/disasm/instruction_assembler.hpp"

#include <fmt/format.h>

#include "core/text/case_compare.hpp"
#include "machines/pdp11/disasm/addressing_modes.hpp"
#include "machines/pdp11/disasm/macro11.hpp"
#include "machines/pdp11/isa/opcode_table.hpp"

namespace simmon::pdp11 {
namespace {

std::string octal(std::int64_t v) { return fmt::format("{:o}", static_cast<std::uint64_t>(v)); }

// Collects the instruction word and its operand words in stream order.
class Encoder {
public:
    Encoder(const ExprContext& context, std::vector<std::uint16_t>& out)
        : context_(context), out_(out), start_(out.size()) {
        out_.push_back(0);
    }

    void set_bits(std::uint16_t bits) { out_[start_] |= bits; }

    std::uint32_t word_address() const { return context_.location + 2 * static_cast<std::uint32_t>(out_.size() - start_); }

    // Parses an operand, puts its specifier at bit `shift` and appends its word.
    Status operand(std::string_view text, RegisterSet registers, int shift) {
        ParsedOperand parsed;
        if (auto s = parse_operand(text, context_, registers, parsed); !s) return s;
        set_bits(static_cast<std::uint16_t>(parsed.specifier() << shift));
        if (!parsed.has_word) return Status::ok();
        std::uint16_t word = 0;
        if (parsed.pc_relative) {
            const std::uint32_t next_pc = word_address() + 2;
            if (parsed.word.defined) {
                if (next_pc <= 0xFFFF && (parsed.word.value < 0 || parsed.word.value > 0xFFFF))
                    return Status::error(fmt::format("address {} is beyond 16 bits", octal(parsed.word.value)));
                word = static_cast<std::uint16_t>(parsed.word.value - next_pc);
            }
        } else if (auto s = word_value(parsed.word, text, word); !s) {
            return s;
        }
        out_.push_back(word);
        return Status::ok();
    }

    Status general_register(std::string_view text, int shift) {
        int reg = 0;
        if (auto s = parse_general_register(text, context_, reg); !s) return s;
        set_bits(static_cast<std::uint16_t>(reg << shift));
        return Status::ok();
    }

    Status accumulator(std::string_view text) {
        int ac = 0;
        if (auto s = parse_accumulator(text, context_, ac); !s) return s;
        set_bits(static_cast<std::uint16_t>(ac << 6));
        return Status::ok();
    }

    // A small unsigned field: SPL n, MARK nn, EMT n.
    Status number(std::string_view text, std::int64_t max, std::string_view mnemonic) {
        ExprValue value;
        if (auto s = evaluate_expression(text, context_, value); !s) return s;
        if (value.defined && (value.value < 0 || value.value > max))
            return Status::error(fmt::format("{} takes 0-{}, not {}", mnemonic, octal(max), octal(value.value)));
        set_bits(static_cast<std::uint16_t>(value.defined ? value.value : 0));
        return Status::ok();
    }

    // Branch and SOB targets: the word offset from the updated PC.
    Status target(std::string_view text, bool sob) {
        ExprValue value;
        if (auto s = evaluate_expression(text, context_, value); !s) return s;
        if (!value.defined) return Status::ok();
        if (value.is_register) return Status::error(fmt::format("{} is a register, not a branch target", text));
        const std::uint32_t next_pc = context_.location + 2;
        std::int64_t delta = value.value - next_pc;
        if (next_pc <= 0xFFFF) delta = static_cast<std::int16_t>(static_cast<std::uint16_t>(delta));
        if (delta & 1) return Status::error(fmt::format("odd branch target {}", octal(value.value)));
        if (sob) {
            if (delta > 0 || delta < -2 * 077)
                return Status::error(fmt::format("SOB target {} out of range (backward 0-176 bytes)", octal(value.value)));
            set_bits(static_cast<std::uint16_t>(-delta / 2));
            return Status::ok();
        }
        if (delta < -256 || delta > 254) return Status::error(fmt::format("branch target {} out of range", octal(value.value)));
        set_bits(static_cast<std::uint16_t>((delta / 2) & 0377));
        return Status::ok();
    }

private:
    const ExprContext& context_;
    std::vector<std::uint16_t>& out_;
    std::size_t start_;
};

std::size_t operand_count(OperandFormat f) {
    switch (f) {
        case OperandFormat::None:
        case OperandFormat::ConditionCode: return 0;
        case OperandFormat::Register:
        case OperandFormat::Spl:
        case OperandFormat::Mark:
        case OperandFormat::Operand:
        case OperandFormat::Branch:
        case OperandFormat::TrapCode:
        case OperandFormat::FpOperand: return 1;
        default: return 2;
    }
}

// "SEC!SEV", "CLN|CLZ": condition-code rows joined, all setting or all clearing.
Status condition_codes(std::string_view mnemonic, std::uint16_t& word) {
    word = 0;
    std::size_t start = 0;
    while (start <= mnemonic.size()) {
        std::size_t end = mnemonic.find_first_of("!|", start);
        if (end == std::string_view::npos) end = mnemonic.size();
        const std::string_view part = trim_blanks(mnemonic.substr(start, end - start));
        const Opcode* op = find_mnemonic(part);
        if (op == nullptr || (op->format != OperandFormat::ConditionCode && op->value != 0240))
            return Status::error(fmt::format("{} is not a condition-code operation", to_upper(part)));
        if (word != 0 && ((word ^ op->value) & 020) != 0)
            return Status::error(fmt::format("{}: cannot set and clear condition codes in one instruction",
                                             to_upper(mnemonic)));
        word |= op->value;
        start = end + 1;
    }
    return Status::ok();
}

}  // namespace

bool is_instruction_mnemonic(std::string_view mnemonic) {
    if (mnemonic.find_first_of("!|") != std::string_view::npos) {
        std::uint16_t word = 0;
        return condition_codes(mnemonic, word).is_ok();
    }
    return find_mnemonic(mnemonic) != nullptr;
}

Status word_value(const ExprValue& value, std::string_view what, std::uint16_t& out) {
    if (!value.defined) {
        out = 0;
        return Status::ok();
    }
    if (value.value < -32768 || value.value > 0xFFFF)
        return Status::error(fmt::format("{}: value {} does not fit in a word", trim_blanks(what),
                                         value.value < 0 ? "-" + octal(-value.value) : octal(value.value)));
    out = static_cast<std::uint16_t>(value.value);
    return Status::ok();
}

std::string_view strip_comment(std::string_view line) {
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\'') ++i;
        else if (line[i] == '"') i += 2;
        else if (line[i] == ';') return line.substr(0, i);
    }
    return line;
}

Status assemble_instruction(std::string_view mnemonic, std::string_view operands, const ExprContext& context,
                            std::vector<std::uint16_t>& out) {
    if (context.location & 1) return Status::error(fmt::format("odd address {}", octal(context.location)));
    if (mnemonic.find_first_of("!|") != std::string_view::npos) {
        std::uint16_t word = 0;
        if (auto s = condition_codes(mnemonic, word); !s) return s;
        if (!trim_blanks(operands).empty()) return Status::error(fmt::format("{} takes no operands", to_upper(mnemonic)));
        out.push_back(word);
        return Status::ok();
    }
    const Opcode* op = find_mnemonic(mnemonic);
    if (op == nullptr) return Status::error(fmt::format("unknown mnemonic {}", to_upper(mnemonic)));

    std::vector<std::string_view> args;
    split_operands(operands, args);
    const std::size_t wanted = operand_count(op->format);
    // EMT and TRAP may omit their code, as MACRO-11 allows.
    if (op->format == OperandFormat::TrapCode && args.empty()) args.push_back("0");
    if (args.size() != wanted) {
        const std::string name = to_upper(mnemonic);
        if (wanted == 0) return Status::error(fmt::format("{} takes no operands", name));
        if (args.size() < wanted) return Status::error(fmt::format("{}: missing operand", name));
        return Status::error(fmt::format("{}: too many operands", name));
    }
    for (std::string_view a : args)
        if (a.empty()) return Status::error(fmt::format("{}: empty operand", to_upper(mnemonic)));

    const std::size_t before = out.size();
    Encoder enc(context, out);
    enc.set_bits(op->value);
    Status s;
    switch (op->format) {
        case OperandFormat::None:
        case OperandFormat::ConditionCode: break;
        case OperandFormat::Register: s = enc.general_register(args[0], 0); break;
        case OperandFormat::Spl: s = enc.number(args[0], 7, op->mnemonic); break;
        case OperandFormat::Mark: s = enc.number(args[0], 077, op->mnemonic); break;
        case OperandFormat::TrapCode: s = enc.number(args[0], 0377, op->mnemonic); break;
        case OperandFormat::Operand: s = enc.operand(args[0], RegisterSet::General, 0); break;
        case OperandFormat::FpOperand: s = enc.operand(args[0], RegisterSet::FloatingAccumulator, 0); break;
        case OperandFormat::DoubleOperand:
            s = enc.operand(args[0], RegisterSet::General, 6);
            if (s) s = enc.operand(args[1], RegisterSet::General, 0);
            break;
        case OperandFormat::Branch: s = enc.target(args[0], false); break;
        case OperandFormat::RegisterOperand:
            s = enc.general_register(args[0], 6);
            if (s) s = enc.operand(args[1], RegisterSet::General, 0);
            break;
        case OperandFormat::OperandRegister:
            s = enc.operand(args[0], RegisterSet::General, 0);
            if (s) s = enc.general_register(args[1], 6);
            break;
        case OperandFormat::Sob:
            s = enc.general_register(args[0], 6);
            if (s) s = enc.target(args[1], true);
            break;
        case OperandFormat::FpOperandAc:
            s = enc.operand(args[0], RegisterSet::FloatingAccumulator, 0);
            if (s) s = enc.accumulator(args[1]);
            break;
        case OperandFormat::OperandAc:
            s = enc.operand(args[0], RegisterSet::General, 0);
            if (s) s = enc.accumulator(args[1]);
            break;
        case OperandFormat::AcFpOperand:
            s = enc.accumulator(args[0]);
            if (s) s = enc.operand(args[1], RegisterSet::FloatingAccumulator, 0);
            break;
        case OperandFormat::AcOperand:
            s = enc.accumulator(args[0]);
            if (s) s = enc.operand(args[1], RegisterSet::General, 0);
            break;
    }
    if (!s) out.resize(before);
    return s;
}

Status assemble(std::string_view text, std::uint32_t addr, std::vector<std::uint16_t>& out) {
    out.clear();
    const std::string_view line = trim_blanks(strip_comment(text));
    if (line.empty()) return Status::error("nothing to assemble");
    std::size_t split = line.find_first_of(" \t");
    const std::string_view mnemonic = line.substr(0, split);
    const std::string_view operands = split == std::string_view::npos ? std::string_view{} : line.substr(split);
    ExprContext context;
    context.location = addr;
    if (iequals(mnemonic, ".WORD")) {
        if (addr & 1) return Status::error(fmt::format("odd address {}", octal(addr)));
        std::vector<std::string_view> values;
        split_operands(operands, values);
        if (values.empty()) values.push_back("0");
        for (std::string_view v : values) {
            ExprValue value;
            std::uint16_t word = 0;
            if (auto s = evaluate_expression(v, context, value); !s) return s;
            if (auto s = word_value(value, v, word); !s) return s;
            out.push_back(word);
        }
        if (out.size() > 3) {
            out.clear();
            return Status::error(".WORD: at most three words at a time");
        }
        return Status::ok();
    }
    return assemble_instruction(mnemonic, operands, context, out);
}

}  // namespace simmon::pdp11
