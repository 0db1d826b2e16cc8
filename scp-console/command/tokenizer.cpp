#include "scp-console/command/tokenizer.hpp"

#include <fmt/format.h>

namespace simmon::scp {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Index of the closing quote matching text[open], skipping escaped characters; npos if none.
std::size_t closing_quote(std::string_view text, std::size_t open) {
    const char q = text[open];
    for (std::size_t i = open + 1; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
            continue;
        }
        if (text[i] == q) return i;
    }
    return std::string_view::npos;
}

template <typename IsSeparator>
std::vector<std::string> split_outside_quotes(std::string_view text, IsSeparator is_separator) {
    std::vector<std::string> parts;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' || c == '\'') {
            std::size_t close = closing_quote(text, i);
            if (close == std::string_view::npos) close = text.size() - 1;
            current.append(text.substr(i, close - i + 1));
            i = close;
            continue;
        }
        if (is_separator(c)) {
            std::string_view t = trim(current);
            if (!t.empty()) parts.emplace_back(t);
            current.clear();
            continue;
        }
        current.push_back(c);
    }
    std::string_view t = trim(current);
    if (!t.empty()) parts.emplace_back(t);
    return parts;
}

}  // namespace

Status decode_escapes(std::string_view text, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\') {
            out.push_back(c);
            continue;
        }
        if (++i >= text.size()) return Status::error("String ends with a lone backslash");
        const char e = text[i];
        switch (e) {
            case 'r': out.push_back('\r'); break;
            case 'n': out.push_back('\n'); break;
            case 't': out.push_back('\t'); break;
            case 'e': out.push_back('\033'); break;
            case 'a': out.push_back('\a'); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'v': out.push_back('\v'); break;
            case '\\': out.push_back('\\'); break;
            case '"': out.push_back('"'); break;
            case '\'': out.push_back('\''); break;
            case 'x':
            case 'X': {
                int value = 0, digits = 0;
                while (digits < 2 && i + 1 < text.size() && hex_value(text[i + 1]) >= 0) {
                    value = value * 16 + hex_value(text[++i]);
                    ++digits;
                }
                if (digits == 0) return Status::error("\\x needs hex digits");
                out.push_back(static_cast<char>(value));
                break;
            }
            default:
                if (e >= '0' && e <= '7') {
                    int value = e - '0', digits = 1;
                    while (digits < 3 && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '7') {
                        value = value * 8 + (text[++i] - '0');
                        ++digits;
                    }
                    if (value > 0377) return Status::error(fmt::format("Octal escape \\{:o} is above \\377", value));
                    out.push_back(static_cast<char>(value));
                    break;
                }
                return Status::error(fmt::format("Unknown escape \\{} in string", e));
        }
    }
    return Status::ok();
}

std::vector<std::string> split_actions(std::string_view text) {
    return split_outside_quotes(text, [](char c) { return c == ';'; });
}

std::vector<std::string> split_items(std::string_view text) {
    return split_outside_quotes(text, [](char c) { return c == ',' || is_space(c); });
}

bool is_switch_word(std::string_view word) {
    if (word.size() < 2 || word[0] != '-') return false;
    for (char c : word.substr(1))
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    return true;
}

void Cursor::skip_spaces() {
    while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
}

bool Cursor::at_end() {
    skip_spaces();
    return pos_ >= text_.size();
}

std::string_view Cursor::rest() {
    skip_spaces();
    return trim(text_.substr(pos_));
}

std::string_view Cursor::peek_word() {
    skip_spaces();
    std::size_t end = pos_;
    while (end < text_.size() && !is_space(text_[end])) ++end;
    return text_.substr(pos_, end - pos_);
}

std::string_view Cursor::next_word() {
    std::string_view w = peek_word();
    pos_ += w.size();
    return w;
}

Status Cursor::next_string(std::string& out, bool* quoted) {
    skip_spaces();
    if (pos_ < text_.size() && (text_[pos_] == '"' || text_[pos_] == '\'')) {
        const std::size_t close = closing_quote(text_, pos_);
        if (close == std::string_view::npos)
            return Status::error(fmt::format("Missing closing {} in {}", text_[pos_], text_.substr(pos_)));
        const std::string_view body = text_.substr(pos_ + 1, close - pos_ - 1);
        pos_ = close + 1;
        if (quoted) *quoted = true;
        return decode_escapes(body, out);
    }
    out = std::string(next_word());
    if (quoted) *quoted = false;
    return Status::ok();
}

Switches Cursor::take_switches() {
    Switches s = 0;
    for (;;) {
        const std::string_view w = peek_word();
        if (!is_switch_word(w)) return s;
        for (char c : w.substr(1)) s |= switch_bit(c);
        next_word();
    }
}

std::string describe_switches(Switches s) {
    std::string out;
    for (int i = 0; i < 26; ++i) {
        if ((s >> i) & 1u) {
            if (!out.empty()) out += ' ';
            out += '-';
            out += static_cast<char>('a' + i);
        }
    }
    return out;
}

}  // namespace simmon::scp
