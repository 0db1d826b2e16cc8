// The statements the macro processor hands to the assembler's two passes: open code as it
// was read and the statements macro expansions generated, in order.
#pragma once
#include <cstdint>
#include <string>

#include "machines/s360/asm360/source_reader.hpp"

namespace simmon::s360::asm360 {

enum class StatementKind : std::uint8_t {
    kAssemble,   // an ordinary statement: instruction, directive, constant
    kListOnly,   // comments, macro definitions, conditional assembly, macro calls
    kMnote,      // an MNOTE: a message in the listing (and a diagnostic when severity > 0)
};

struct Statement {
    std::string text;                          // as listed (the generated text for a model)
    const SourceStatement* source = nullptr;   // the card(s), for open code and definitions
    SourceRef ref;                             // open code: its card; generated: the call's card
    std::uint16_t level = 0;                   // macro nesting depth, 0 in open code
    StatementKind kind = StatementKind::kAssemble;
    std::int16_t mnote_severity = 0;
    std::string macro;                         // the macro that generated it (diagnostics)
};

}  // namespace simmon::s360::asm360
