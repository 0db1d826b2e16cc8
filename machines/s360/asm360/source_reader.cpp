#include "machines/s360/asm360/source_reader.hpp"

namespace simmon::s360::asm360 {
namespace {

constexpr int kCardColumns = 80;
// GC28-6514 allows two continuation cards for an ordinary statement and more for a macro
// instruction; we allow nine, as later assemblers do, for both.
constexpr int kMaxContinuations = 9;

// One card: the first 80 columns with tabs expanded; `long_line` when text ran past 80.
void card_image(std::string_view line, std::string& card, bool& long_line) {
    long_line = false;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.size() <= static_cast<std::size_t>(kCardColumns) && line.find('\t') == std::string_view::npos) {
        card.assign(line);  // the common case: a card image already
        card.resize(kCardColumns, ' ');
        return;
    }
    card.clear();
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (c == '\r' && i + 1 == line.size()) break;
        if (static_cast<int>(card.size()) >= kCardColumns) {
            if (c != ' ' && c != '\t' && c != '\r') {
                long_line = true;
                break;
            }
            continue;
        }
        if (c == '\t') {
            do card.push_back(' ');
            while (card.size() % 8 != 0 && static_cast<int>(card.size()) < kCardColumns);
        } else {
            card.push_back(c);
        }
    }
    card.resize(kCardColumns, ' ');
}

std::string_view columns(const std::string& card, int from, int to) {
    if (to < from) return {};
    return std::string_view(card).substr(static_cast<std::size_t>(from - 1),
                                         static_cast<std::size_t>(to - from + 1));
}

std::string_view rtrim(std::string_view s) {
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

int parse_small_number(std::string_view s, std::size_t& i) {
    int v = 0;
    bool any = false;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && v < 1000) {
        v = v * 10 + (s[i++] - '0');
        any = true;
    }
    return any ? v : -1;
}

// ICTL b[,e[,c]] (GC28-6514 "ICTL -- Input Format Control"): 1<=b<=40, 41<=e<=80, b<c<=40.
bool parse_ictl(std::string_view card, CardFormat& f) {
    StatementFields fields = split_fields(rtrim(card.substr(0, 71)), {});
    if (to_upper(fields.op) != "ICTL") return false;
    std::string_view ops = fields.operands;
    std::size_t i = 0;
    int b = parse_small_number(ops, i), e = 71, c = -1;
    if (i < ops.size() && ops[i] == ',') {
        ++i;
        e = parse_small_number(ops, i);
        if (i < ops.size() && ops[i] == ',') {
            ++i;
            c = parse_small_number(ops, i);
        }
    }
    if (b < 1 || b > 40 || e < 41 || e > 80) return false;
    if (c != -1 && (c <= b || c > 40)) return false;
    f.begin = b;
    f.end = e;
    f.cont = c == -1 ? 0 : c;  // 0: no continuation allowed
    return true;
}

}  // namespace

std::string to_upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = upper(c);
    return out;
}

void SourceStatement::position(std::size_t offset, std::uint32_t& line, std::uint32_t& column) const {
    std::size_t seg = 0;
    while (seg < segments.size() && offset >= segments[seg]) ++seg;
    line = ref.line + static_cast<std::uint32_t>(seg);
    std::size_t start = seg == 0 ? 0 : segments[seg - 1];
    column = static_cast<std::uint32_t>((seg == 0 ? begin : cont) + (offset - start));
}

void read_cards(std::string_view content, std::uint32_t file_index, const std::string& display,
                std::vector<SourceStatement>& out, Diagnostics& diags) {
    CardFormat fmt;
    std::string card;
    bool long_line = false;
    bool warned_long = false;
    std::uint32_t line_no = 0;
    std::size_t pos = 0;
    SourceStatement* open = nullptr;  // the statement a continuation card extends
    int continuations = 0;
    bool first = true;

    auto next_line = [&](std::string_view& line) {
        if (pos >= content.size()) return false;
        std::size_t nl = content.find('\n', pos);
        if (nl == std::string_view::npos) nl = content.size();
        line = content.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        return true;
    };
    auto diag = [&](std::uint32_t line, std::uint32_t col, int sev, std::string msg) {
        diags.add({display, line, col, sev, std::move(msg), 0});
    };

    std::string_view line;
    while (next_line(line)) {
        card_image(line, card, long_line);
        if (long_line && !warned_long) {
            diag(line_no, kCardColumns + 1, kWarning, "text past column 80 is ignored");
            warned_long = true;
        }
        if (first) {
            first = false;
            CardFormat f;
            if (parse_ictl(card, f)) {
                fmt = f;
                SourceStatement s;
                s.ref = {file_index, line_no};
                s.comment = true;  // listed, then ignored
                s.text = std::string(rtrim(columns(card, 1, 71)));
                out.push_back(std::move(s));
                continue;
            }
        }
        const bool continued = fmt.end < kCardColumns && card[static_cast<std::size_t>(fmt.end)] != ' ';
        if (open) {
            // A continuation card: blank up to the continue column.
            std::string_view lead = columns(card, fmt.begin, fmt.cont - 1);
            if (rtrim(lead).size() != 0)
                diag(line_no, static_cast<std::uint32_t>(fmt.begin), kWarning,
                     "continuation card is not blank before column " + std::to_string(fmt.cont));
            if (++continuations > kMaxContinuations) {
                if (continuations == kMaxContinuations + 1)
                    diag(line_no, 1, kError, "more than 9 continuation cards");
            } else if (!open->comment) {
                open->segments.push_back(static_cast<std::uint32_t>(open->text.size()));
                open->text.append(columns(card, fmt.cont, fmt.end));
            }
            if (!continued) {
                std::string_view t = rtrim(open->text);
                open->text.resize(t.size());
                // Continuation cards that were blank start nowhere in the text.
                while (!open->segments.empty() && open->segments.back() >= open->text.size()) open->segments.pop_back();
                open = nullptr;
            }
            continue;
        }
        SourceStatement s;
        s.ref = {file_index, line_no};
        s.begin = static_cast<std::uint8_t>(fmt.begin);
        s.cont = static_cast<std::uint8_t>(fmt.cont);
        s.text = std::string(columns(card, fmt.begin, fmt.end));
        if (s.text[0] == '*') s.comment = true;
        else if (s.text.size() > 1 && s.text[0] == '.' && s.text[1] == '*') s.macro_comment = true;
        else if (rtrim(s.text).empty()) s.comment = true;
        out.push_back(std::move(s));
        if (continued && fmt.cont > 0) {
            open = &out.back();
            continuations = 0;
        } else {
            std::string_view t = rtrim(out.back().text);
            out.back().text.resize(t.size());
        }
    }
    if (open) {
        diag(line_no, static_cast<std::uint32_t>(fmt.end + 1), kError,
             "the last card is continued but no card follows");
        std::string_view t = rtrim(open->text);
        open->text.resize(t.size());
        while (!open->segments.empty() && open->segments.back() >= open->text.size()) open->segments.pop_back();
    }
}

bool is_attribute_quote(std::string_view text, std::size_t i) {
    if (i == 0 || i + 1 >= text.size()) return false;
    char a = upper(text[i - 1]);
    if (a != 'L' && a != 'T' && a != 'K' && a != 'N' && a != 'I' && a != 'S') return false;
    if (i >= 2 && (is_symbol_char(text[i - 2]) || text[i - 2] == '&' || text[i - 2] == '\'')) return false;
    char n = text[i + 1];
    return is_symbol_start(n) || n == '&' || n == '=' || n == '*';
}

std::string_view operation_of(std::string_view text) {
    std::size_t i = 0, n = text.size();
    while (i < n && text[i] != ' ') ++i;
    while (i < n && text[i] == ' ') ++i;
    std::size_t s = i;
    while (i < n && text[i] != ' ') ++i;
    return text.substr(s, i - s);
}

StatementFields split_fields(std::string_view text, const std::vector<std::uint32_t>& segments) {
    StatementFields f;
    std::size_t i = 0, n = text.size();
    if (n > 0 && text[0] != ' ') {
        while (i < n && text[i] != ' ') ++i;
        f.name = text.substr(0, i);
    }
    while (i < n && text[i] == ' ') ++i;
    f.op_offset = static_cast<std::uint32_t>(i);
    std::size_t op_start = i;
    while (i < n && text[i] != ' ') ++i;
    f.op = text.substr(op_start, i - op_start);
    while (i < n && text[i] == ' ') ++i;
    f.operand_offset = static_cast<std::uint32_t>(i);
    bool quoted = false;
    std::size_t start = i;
    while (i < n) {
        char c = text[i];
        if (c == '\'') {
            if (quoted || !is_attribute_quote(text, i)) quoted = !quoted;
        } else if (c == ' ' && !quoted) {
            // A macro instruction's operand list continues on the next card after a comma
            // and a blank (GC28-6514, "Macro Instruction Statement" continuation).
            if (i > start && text[i - 1] == ',') {
                std::size_t next = 0;
                // Offsets past the text (a blank continuation card trimmed away, or the
                // segments of the source card applied to a substituted text) continue nothing.
                for (std::uint32_t s : segments)
                    if (s > i) {
                        if (s < n) next = s;
                        break;
                    }
                if (next != 0) {
                    f.operands.append(text.substr(start, i - start));
                    i = next;
                    while (i < n && text[i] == ' ') ++i;
                    start = i;
                    continue;
                }
            }
            break;
        }
        ++i;
    }
    f.operands.append(text.substr(start, i - start));
    while (i < n && text[i] == ' ') ++i;
    f.remarks = text.substr(i);
    return f;
}

}  // namespace simmon::s360::asm360
