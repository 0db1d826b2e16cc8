// The program assembler (see assembler_program.hpp). Pass 1 sizes every statement and
// defines the labels; pass 2 evaluates everything again and emits. Statement sizes
// depend only on syntax, so the two passes always agree on addresses.
#include "machines/pdp11/disasm/assembler_program.hpp"

#include <fmt/format.h>

#include <array>
#include <bitset>
#include <map>
#include <memory>

#include "core/text/case_compare.hpp"
#include "machines/pdp11/disasm/expression.hpp"
#include "machines/pdp11/disasm/instruction_assembler.hpp"
#include "machines/pdp11/loaders/absolute_tape.hpp"

namespace simmon::pdp11 {
namespace {

std::string octal(std::int64_t v) { return fmt::format("{:o}", static_cast<std::uint64_t>(v)); }

struct Symbol {
    ExprValue value;
    bool is_label = false;
};

// The 64 KB the absolute loader can address, and which bytes the program sets.
struct Image {
    std::array<std::uint8_t, 0x10000> bytes{};
    std::bitset<0x10000> written;
};

class ProgramAssembler {
public:
    ProgramAssembler(std::string_view source, std::string_view file_name)
        : source_(source), file_name_(file_name), image_(std::make_unique<Image>()) {}

    Status run(AssembledProgram& program) {
        for (pass_ = 1; pass_ <= 2; ++pass_) {
            location_ = 0;
            scope_ = 0;
            ended_ = false;
            line_number_ = 0;
            std::size_t pos = 0;
            while (pos <= source_.size() && !ended_) {
                std::size_t end = source_.find('\n', pos);
                if (end == std::string_view::npos) end = source_.size();
                std::string_view line = source_.substr(pos, end - pos);
                if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
                ++line_number_;
                const std::uint32_t line_start = location_;
                emitted_.clear();
                if (auto s = statement(line); !s)
                    return Status::error(fmt::format("{}:{}: {}", file_name_, line_number_, s.message()));
                if (pass_ == 2) list(line_start, line);
                pos = end + 1;
            }
        }
        collect(program);
        return Status::ok();
    }

private:
    // ---- symbols ----------------------------------------------------------------
    std::string symbol_key(std::string_view name) const {
        std::string key = to_upper(name);
        // Local labels ("10$") belong to the block between two ordinary labels.
        if (!key.empty() && key.back() == '$' && key.front() >= '0' && key.front() <= '9')
            key += fmt::format("@{}", scope_);
        return key;
    }

    ExprContext context() {
        ExprContext c;
        c.location = location_;
        c.allow_undefined = pass_ == 1;
        c.lookup = [this](std::string_view name, ExprValue& out) {
            auto it = symbols_.find(symbol_key(name));
            if (it == symbols_.end() || !it->second.value.defined) return false;
            out = it->second.value;
            return true;
        };
        return c;
    }

    Status define_label(std::string_view name) {
        if (name.empty() || (name.front() >= '0' && name.front() <= '9' && name.back() != '$'))
            return Status::error(fmt::format("bad label {}", name));
        const bool local = name.back() == '$' && name.front() >= '0' && name.front() <= '9';
        if (!local) ++scope_;
        const std::string key = symbol_key(name);
        auto it = symbols_.find(key);
        if (pass_ == 1) {
            if (it != symbols_.end()) return Status::error(fmt::format("label {} is defined twice", to_upper(name)));
            symbols_[key] = Symbol{ExprValue{location_, true, false}, true};
        } else if (it == symbols_.end() || it->second.value.value != location_) {
            return Status::error(fmt::format("phase error at label {}", to_upper(name)));
        }
        return Status::ok();
    }

    Status assign(std::string_view name, std::string_view expression) {
        ExprValue value;
        if (auto s = evaluate_expression(expression, context(), value); !s) return s;
        if (name == ".") {
            if (!value.defined) return Status::error("the location counter needs a value known in the first pass");
            if (value.value < 0 || value.value > 0xFFFF)
                return Status::error(fmt::format("location {} is beyond 177777", octal(value.value)));
            location_ = static_cast<std::uint32_t>(value.value);
            return Status::ok();
        }
        const std::string key = symbol_key(name);
        auto it = symbols_.find(key);
        if (it != symbols_.end() && it->second.is_label)
            return Status::error(fmt::format("{} is a label and cannot be assigned", to_upper(name)));
        symbols_[key] = Symbol{value, false};
        return Status::ok();
    }

    // ---- output -----------------------------------------------------------------
    Status emit_byte(std::int64_t value) {
        if (location_ > 0xFFFF) return Status::error("location beyond 177777");
        if (pass_ == 2) {
            image_->bytes[location_] = static_cast<std::uint8_t>(value);
            image_->written.set(location_);
        }
        emitted_.push_back(static_cast<std::uint16_t>(value & 0xFF));
        emitted_bytes_ = true;
        ++location_;
        return Status::ok();
    }

    Status emit_word(std::uint16_t word) {
        if (location_ & 1) return Status::error(fmt::format("odd address {} for a word", octal(location_)));
        if (location_ > 0xFFFE) return Status::error("location beyond 177777");
        if (pass_ == 2) {
            image_->bytes[location_] = static_cast<std::uint8_t>(word);
            image_->bytes[location_ + 1] = static_cast<std::uint8_t>(word >> 8);
            image_->written.set(location_);
            image_->written.set(location_ + 1);
        }
        emitted_.push_back(word);
        emitted_bytes_ = false;
        location_ += 2;
        return Status::ok();
    }

    void list(std::uint32_t line_start, std::string_view line) {
        std::string words;
        for (std::size_t i = 0; i < emitted_.size() && i < 3; ++i)
            words += emitted_bytes_ ? fmt::format("{:03o}    ", emitted_[i]) : fmt::format("{:06o} ", emitted_[i]);
        if (emitted_.size() > 3) words += "...";
        listing_ += fmt::format("{:5} {:06o}  {:<26}{}\n", line_number_, line_start & 0xFFFF, words, line);
    }

    void collect(AssembledProgram& program) {
        program = AssembledProgram{};
        for (std::uint32_t a = 0; a < 0x10000;) {
            if (!image_->written.test(a)) {
                ++a;
                continue;
            }
            ProgramSegment segment;
            segment.address = static_cast<std::uint16_t>(a);
            while (a < 0x10000 && image_->written.test(a)) segment.bytes.push_back(image_->bytes[a++]);
            program.segments.push_back(std::move(segment));
        }
        program.start = start_;
        program.listing = std::move(listing_);
    }

    // ---- statements -------------------------------------------------------------
    static std::size_t skip_blanks(std::string_view text, std::size_t pos) {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\f')) ++pos;
        return pos;
    }

    Status statement(std::string_view line) {
        std::size_t pos = skip_blanks(line, 0);
        // Labels and assignments: a symbol followed by ':' or '='.
        for (;;) {
            std::size_t end = pos;
            while (end < line.size() && is_symbol_char(line[end])) ++end;
            if (end == pos) break;
            const std::string_view name = line.substr(pos, end - pos);
            const std::size_t after = skip_blanks(line, end);
            if (after < line.size() && line[after] == ':') {
                if (auto s = define_label(name); !s) return s;
                pos = skip_blanks(line, after + (after + 1 < line.size() && line[after + 1] == ':' ? 2 : 1));
                continue;
            }
            if (after < line.size() && line[after] == '=') {
                std::size_t value = after + 1;
                if (value < line.size() && line[value] == '=') ++value;  // "==": global, same here
                if (value < line.size() && line[value] == ':') ++value;  // "=:": not redefinable
                const std::string_view expression = trim_blanks(strip_comment(line.substr(value)));
                if (expression.empty()) return Status::error(fmt::format("{} = needs a value", to_upper(name)));
                return assign(name, expression);
            }
            break;
        }
        const std::string_view rest = line.substr(pos);
        if (rest.empty() || rest.front() == ';') return Status::ok();

        std::size_t op_end = 0;
        while (op_end < rest.size() && rest[op_end] != ' ' && rest[op_end] != '\t' && rest[op_end] != ';') ++op_end;
        const std::string_view op = rest.substr(0, op_end);
        const std::string_view operands = rest.substr(op_end);
        if (op.front() == '.') return directive(to_upper(op), operands);
        if (is_instruction_mnemonic(op)) {
            std::vector<std::uint16_t> words;
            if (auto s = assemble_instruction(op, strip_comment(operands), context(), words); !s) return s;
            for (std::uint16_t w : words)
                if (auto s = emit_word(w); !s) return s;
            return Status::ok();
        }
        const char c = op.front();
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '<' || c == '^' || c == '\'' || c == '"')
            return words(rest);  // a bare expression is an implied .WORD
        return Status::error(fmt::format("unknown mnemonic {}", to_upper(op)));
    }

    Status words(std::string_view operands) {
        std::vector<std::string_view> values;
        split_operands(strip_comment(operands), values);
        if (values.empty()) values.push_back("0");
        for (std::string_view v : values) {
            ExprValue value;
            std::uint16_t word = 0;
            if (v.empty()) {
                value.value = 0;
            } else if (auto s = evaluate_expression(v, context(), value); !s) {
                return s;
            }
            if (auto s = word_value(value, v, word); !s) return s;
            if (auto s = emit_word(word); !s) return s;
        }
        return Status::ok();
    }

    Status bytes(std::string_view operands) {
        std::vector<std::string_view> values;
        split_operands(strip_comment(operands), values);
        if (values.empty()) values.push_back("0");
        for (std::string_view v : values) {
            ExprValue value;
            if (!v.empty())
                if (auto s = evaluate_expression(v, context(), value); !s) return s;
            if (value.defined && (value.value < -128 || value.value > 255))
                return Status::error(fmt::format("{}: value {} does not fit in a byte", v, octal(value.value)));
            if (auto s = emit_byte(value.value); !s) return s;
        }
        return Status::ok();
    }

    // .ASCII /text/<15><12>/more/ ; comment
    Status ascii(std::string_view operands, bool zero_terminated) {
        std::size_t pos = skip_blanks(operands, 0);
        bool any = false;
        while (pos < operands.size() && operands[pos] != ';') {
            if (operands[pos] == '<') {
                const std::size_t close = operands.find('>', pos);
                if (close == std::string_view::npos) return Status::error("missing '>' in .ASCII");
                ExprValue value;
                if (auto s = evaluate_expression(operands.substr(pos + 1, close - pos - 1), context(), value); !s)
                    return s;
                if (value.defined && (value.value < -128 || value.value > 255))
                    return Status::error(fmt::format("value {} does not fit in a byte", octal(value.value)));
                if (auto s = emit_byte(value.value); !s) return s;
                pos = close + 1;
            } else {
                const char delimiter = operands[pos];
                const std::size_t close = operands.find(delimiter, pos + 1);
                if (close == std::string_view::npos)
                    return Status::error(fmt::format("string has no closing {}", delimiter));
                for (std::size_t i = pos + 1; i < close; ++i)
                    if (auto s = emit_byte(static_cast<unsigned char>(operands[i])); !s) return s;
                pos = close + 1;
            }
            any = true;
            pos = skip_blanks(operands, pos);
        }
        if (!any) return Status::error("missing string");
        return zero_terminated ? emit_byte(0) : Status::ok();
    }

    Status count_operand(std::string_view operands, std::int64_t& count) {
        const std::string_view text = trim_blanks(strip_comment(operands));
        if (text.empty()) return count = 1, Status::ok();
        ExprValue value;
        if (auto s = evaluate_expression(text, context(), value); !s) return s;
        if (!value.defined) return Status::error("the size needs a value known in the first pass");
        if (value.value < 0 || value.value > 0xFFFF) return Status::error(fmt::format("bad size {}", octal(value.value)));
        count = value.value;
        return Status::ok();
    }

    Status directive(const std::string& name, std::string_view operands) {
        if (name == ".WORD") return words(operands);
        if (name == ".BYTE") return bytes(operands);
        if (name == ".ASCII") return ascii(operands, false);
        if (name == ".ASCIZ") return ascii(operands, true);
        if (name == ".EVEN") return (location_ & 1) ? emit_byte(0) : Status::ok();
        if (name == ".ODD") return (location_ & 1) ? Status::ok() : emit_byte(0);
        if (name == ".BLKW" || name == ".BLKB") {
            std::int64_t count = 0;
            if (auto s = count_operand(operands, count); !s) return s;
            location_ += static_cast<std::uint32_t>(count * (name == ".BLKW" ? 2 : 1));
            if (location_ > 0x10000) return Status::error("location beyond 177777");
            return Status::ok();
        }
        if (name == ".ORG") return assign(".", strip_comment(operands));
        if (name == ".END") {
            ended_ = true;
            const std::string_view text = trim_blanks(strip_comment(operands));
            if (text.empty()) return Status::ok();
            ExprValue value;
            if (auto s = evaluate_expression(text, context(), value); !s) return s;
            std::uint16_t start = 0;
            if (auto s = word_value(value, text, start); !s) return s;
            if (pass_ == 2) start_ = start;
            return Status::ok();
        }
        static constexpr std::string_view kIgnored[] = {".TITLE", ".SBTTL", ".IDENT", ".LIST", ".NLIST", ".ENABL",
                                                        ".DSABL", ".ASECT", ".GLOBL", ".PAGE", ".REM"};
        for (std::string_view ignored : kIgnored)
            if (name == ignored) return Status::ok();
        if (name == ".MACRO" || name == ".MCALL")
            return Status::error(fmt::format("{}: macros are not supported", name));
        if (name == ".PSECT" || name == ".CSECT")
            return Status::error(fmt::format("{}: only absolute code is supported", name));
        return Status::error(fmt::format("unknown directive {}", name));
    }

    std::string_view source_;
    std::string_view file_name_;
    std::unique_ptr<Image> image_;
    std::map<std::string, Symbol> symbols_;
    std::vector<std::uint16_t> emitted_;
    bool emitted_bytes_ = false;
    std::string listing_;
    std::optional<std::uint16_t> start_;
    std::uint32_t location_ = 0;
    int pass_ = 1;
    int scope_ = 0;
    int line_number_ = 0;
    bool ended_ = false;
};

}  // namespace

Status assemble_program(std::string_view source, std::string_view file_name, AssembledProgram& program) {
    ProgramAssembler assembler(source, file_name);
    return assembler.run(program);
}

std::vector<std::uint8_t> absolute_tape_image(const AssembledProgram& program) {
    std::vector<std::uint8_t> tape;
    for (const ProgramSegment& segment : program.segments) append_tape_blocks(segment.address, segment.bytes, tape);
    append_tape_end(program.start.value_or(1), tape);
    return tape;
}

}  // namespace simmon::pdp11
