// PDP-11 operand specifiers as MACRO-11 writes them (see addressing_modes.hpp).
#include "machines/pdp11/disasm/addressing_modes.hpp"

#include <fmt/format.h>

#include "core/text/case_compare.hpp"

namespace simmon::pdp11 {
namespace {

// AC0-AC7, F0-F7 or FR0-FR7: the names programs give the FP11 accumulators.
bool accumulator_name_value(std::string_view text, int& ac) {
    std::string_view digits;
    if (istarts_with(text, "AC") || istarts_with(text, "FR")) digits = text.substr(2);
    else if (istarts_with(text, "F")) digits = text.substr(1);
    else return false;
    if (digits.size() != 1 || digits[0] < '0' || digits[0] > '7') return false;
    ac = digits[0] - '0';
    return true;
}

Status register_in(std::string_view text, const ExprContext& context, RegisterSet registers, int& reg) {
    text = trim_blanks(text);
    if (registers == RegisterSet::FloatingAccumulator && accumulator_name_value(text, reg)) return Status::ok();
    ExprValue value;
    if (auto s = evaluate_expression(text, context, value); !s) return s;
    if (!value.is_register) return Status::error(fmt::format("{} is not a register", text));
    reg = static_cast<int>(value.value & 7);
    return Status::ok();
}

}  // namespace

Status parse_general_register(std::string_view text, const ExprContext& context, int& reg) {
    if (trim_blanks(text).empty()) return Status::error("missing register");
    return register_in(text, context, RegisterSet::General, reg);
}

Status parse_accumulator(std::string_view text, const ExprContext& context, int& ac) {
    if (trim_blanks(text).empty()) return Status::error("missing accumulator");
    if (auto s = register_in(text, context, RegisterSet::FloatingAccumulator, ac); !s) return s;
    if (ac > 3) return Status::error(fmt::format("{}: only AC0-AC3 can be named here", trim_blanks(text)));
    return Status::ok();
}

Status parse_operand(std::string_view text, const ExprContext& context, RegisterSet registers,
                     ParsedOperand& out) {
    std::string_view t = trim_blanks(text);
    if (t.empty()) return Status::error("missing operand");
    out = ParsedOperand{};
    bool deferred = false;
    if (t.front() == '@') {
        deferred = true;
        t = trim_blanks(t.substr(1));
        if (t.empty()) return Status::error("missing operand after @");
    }
    if (t.front() == '#') {
        out.mode = deferred ? 3 : 2;
        out.reg = 7;
        out.has_word = true;
        if (auto s = evaluate_expression(t.substr(1), context, out.word); !s) return s;
        if (out.word.is_register) return Status::error(fmt::format("#{}: a register is not a value", t.substr(1)));
        return Status::ok();
    }
    // -(Rn) and @-(Rn)
    if (t.front() == '-' && t.back() == ')') {
        const std::string_view rest = trim_blanks(t.substr(1));
        if (!rest.empty() && rest.front() == '(') {
            out.mode = deferred ? 5 : 4;
            return register_in(rest.substr(1, rest.size() - 2), context, RegisterSet::General, out.reg);
        }
    }
    // (Rn)+ and @(Rn)+
    if (t.size() >= 2 && t.front() == '(' && t.substr(t.size() - 2) == ")+") {
        out.mode = deferred ? 3 : 2;
        return register_in(t.substr(1, t.size() - 3), context, RegisterSet::General, out.reg);
    }
    // (Rn), X(Rn), @X(Rn); @(Rn) is @0(Rn) as in MACRO-11.
    if (t.back() == ')') {
        const std::size_t open = t.rfind('(');
        if (open == std::string_view::npos) return Status::error(fmt::format("unbalanced ')' in {}", t));
        const std::string_view index = trim_blanks(t.substr(0, open));
        if (auto s = register_in(t.substr(open + 1, t.size() - open - 2), context, RegisterSet::General, out.reg); !s)
            return s;
        if (index.empty() && !deferred) {
            out.mode = 1;
            return Status::ok();
        }
        out.mode = deferred ? 7 : 6;
        out.has_word = true;
        if (index.empty()) return Status::ok();
        if (auto s = evaluate_expression(index, context, out.word); !s) return s;
        if (out.word.is_register) return Status::error(fmt::format("{}: a register cannot be an index", index));
        return Status::ok();
    }
    // Rn, @Rn, or an address reached PC-relative.
    int ac = 0;
    if (registers == RegisterSet::FloatingAccumulator && accumulator_name_value(t, ac)) {
        out.mode = deferred ? 1 : 0;
        out.reg = ac;
        return Status::ok();
    }
    ExprValue value;
    if (auto s = evaluate_expression(t, context, value); !s) return s;
    if (value.is_register) {
        out.mode = deferred ? 1 : 0;
        out.reg = static_cast<int>(value.value & 7);
        return Status::ok();
    }
    out.mode = deferred ? 7 : 6;
    out.reg = 7;
    out.has_word = true;
    out.pc_relative = true;
    out.word = value;
    return Status::ok();
}

std::string_view general_register_name(int reg) {
    static constexpr std::string_view kNames[8] = {"R0", "R1", "R2", "R3", "R4", "R5", "SP", "PC"};
    return kNames[reg & 7];
}

std::string accumulator_name(int ac) { return fmt::format("AC{}", ac & 7); }

std::uint32_t relative_target(std::uint32_t next_pc, std::int32_t displacement) {
    const std::uint32_t target = next_pc + static_cast<std::uint32_t>(displacement);
    return next_pc <= 0xFFFF ? (target & 0xFFFF) : target;
}

std::string format_operand(int specifier, RegisterSet registers, std::uint16_t word, bool word_ok,
                           std::uint32_t next_pc) {
    const int mode = (specifier >> 3) & 7, reg = specifier & 7;
    const std::string_view r = general_register_name(reg);
    const std::string number = word_ok ? fmt::format("{:o}", word) : std::string("?");
    switch (mode) {
        case 0:
            return registers == RegisterSet::FloatingAccumulator ? accumulator_name(reg) : std::string(r);
        case 1: return fmt::format("({})", r);
        case 2: return reg == 7 ? "#" + number : fmt::format("({})+", r);
        case 3: return reg == 7 ? "@#" + number : fmt::format("@({})+", r);
        case 4: return fmt::format("-({})", r);
        case 5: return fmt::format("@-({})", r);
        default: {
            const char* at = mode == 7 ? "@" : "";
            if (reg != 7) return fmt::format("{}{}({})", at, number, r);
            if (!word_ok) return fmt::format("{}?", at);
            return fmt::format("{}{:o}", at, relative_target(next_pc, static_cast<std::int16_t>(word)));
        }
    }
}

}  // namespace simmon::pdp11
