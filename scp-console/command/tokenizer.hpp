// Reading a command line: words, SIMH switches (-m -r ...), quoted strings with C-like
// escapes, and ';'-separated action lists. Every command parses its own arguments with a
// Cursor, because the command language is not regular (BREAK actions, EXPECT strings).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/status.hpp"
#include "core/machine/types.hpp"

namespace simmon::scp {

std::string_view trim(std::string_view text);
bool is_space(char c);

// Decodes \r \n \t \\ \" \' \e \a \b \f \v \0, \ooo (1-3 octal digits) and \xHH
// (1-2 hex digits). An unknown escape or a dangling backslash is an error.
Status decode_escapes(std::string_view text, std::string& out);

// Splits at ';' outside quotes; parts are trimmed, empty parts dropped.
std::vector<std::string> split_actions(std::string_view text);

// Splits at whitespace and commas outside quotes (SET/SHOW item lists).
std::vector<std::string> split_items(std::string_view text);

// True for a switch word: '-' followed by letters only ("-m", "-rw").
bool is_switch_word(std::string_view word);

class Cursor {
public:
    explicit Cursor(std::string_view text = {}) : text_(text) {}

    bool at_end();                   // true when only spaces remain
    std::string_view rest();         // the remaining text, trimmed; does not consume
    void consume_rest() { pos_ = text_.size(); }
    std::string_view peek_word();    // next whitespace-delimited word, not consumed
    std::string_view next_word();    // next whitespace-delimited word, consumed
    // A "quoted string" (escapes decoded) or a bare word. `quoted` tells which it was.
    Status next_string(std::string& out, bool* quoted = nullptr);
    // Consumes switch words while they come; returns the union of their letters.
    Switches take_switches();

    std::size_t position() const { return pos_; }
    void set_position(std::size_t p) { pos_ = p < text_.size() ? p : text_.size(); }
    std::string_view text() const { return text_; }

private:
    void skip_spaces();
    std::string_view text_;
    std::size_t pos_ = 0;
};

// Switches as letters for messages: "-m -r".
std::string describe_switches(Switches s);

}  // namespace simmon::scp
