// The source reader: 80-column card images into logical statements, and a statement into
// its four fields (GC28-6514, "Coding Conventions").
//
// A card has the statement in columns 1-71 (the "begin" and "end" columns, which ICTL can
// move), a non-blank column 72 continues the statement on the next card, whose text starts
// in column 16 (the "continue" column); columns 73-80 are the identification-sequence field.
// A '*' in the begin column makes a comment statement, ".*" an internal macro comment.
// Lines of a host file are cards: tabs are expanded to every eighth column, a trailing CR
// is dropped, and columns past 80 are ignored with a warning.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "machines/s360/asm360/diagnostics.hpp"

namespace simmon::s360::asm360 {

struct CardFormat {
    int begin = 1;
    int end = 71;
    int cont = 16;
};

struct SourceStatement {
    std::string text;                    // begin..end of the first card, cont..end of the rest
    std::vector<std::uint32_t> segments;  // offsets in text where continuation cards start
    SourceRef ref;                        // file index and first card's line number
    std::uint8_t begin = 1;
    std::uint8_t cont = 16;
    bool comment = false;        // '*' in the begin column (or a blank card)
    bool macro_comment = false;  // ".*"

    // The card line and column of a character of text (offset past the end: the last card).
    void position(std::size_t offset, std::uint32_t& line, std::uint32_t& column) const;
};

// Splits a file's contents into logical statements. `display` names the file in
// diagnostics. A first card whose operation is ICTL sets the card format for the file.
void read_cards(std::string_view content, std::uint32_t file_index, const std::string& display,
                std::vector<SourceStatement>& out, Diagnostics& diags);

// The fields of a statement. Offsets are into the statement's text (the operand offset is
// where the operand field starts; a continued macro-call operand list is joined).
struct StatementFields {
    std::string_view name;
    std::string_view op;
    std::string operands;
    std::string_view remarks;
    std::uint32_t name_offset = 0;
    std::uint32_t op_offset = 0;
    std::uint32_t operand_offset = 0;
};

StatementFields split_fields(std::string_view text, const std::vector<std::uint32_t>& segments);
// Only the operation field (cheap: for scans that need nothing else).
std::string_view operation_of(std::string_view text);

// True when text[i] is the quote of an attribute reference (L'SYM, T'&P ...), not a string.
bool is_attribute_quote(std::string_view text, std::size_t i);

inline bool is_symbol_start(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '$' || c == '#' || c == '@';
}
inline bool is_symbol_char(char c) { return is_symbol_start(c) || (c >= '0' && c <= '9') || c == '_'; }
inline char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }
std::string to_upper(std::string_view s);

}  // namespace simmon::s360::asm360
