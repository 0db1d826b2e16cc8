// The listing in the Assembler F layout (GC26-3756, "Assembler Listing"): per statement the
// location, up to eight bytes of object code, the effective addresses of the operands
// (ADDR1, ADDR2), the statement number and the source, with '+' before statements a macro
// generated; diagnostics follow the statement they belong to. Then the external symbol
// dictionary, the relocation dictionary, the cross-reference and the diagnostic summary.
// PRINT ON/OFF and GEN/NOGEN select what is listed (a statement with an error is always
// listed); PRINT DATA lists every byte of a constant, eight a line with the location of
// the first, where NODATA (the default) lists the first eight; TITLE, EJECT and SPACE
// shape the pages.
#include <algorithm>
#include <cstdio>
#include <map>

#include "machines/s360/asm360/assembler.hpp"

namespace simmon::s360::asm360 {
namespace {

constexpr int kLinesPerPage = 60;
constexpr const char* kColumnHeader = "  LOC  OBJECT CODE      ADDR1 ADDR2  STMT   SOURCE STATEMENT";

class Printer {
public:
    explicit Printer(std::string& out) : out_(out) {}
    void title(std::string t) { title_ = std::move(t); }
    void eject() { line_ = kLinesPerPage; }
    void line(const std::string& text) {
        if (line_ >= kLinesPerPage) page();
        out_ += text;
        out_ += '\n';
        ++line_;
    }
    void blank(int n) {
        for (int i = 0; i < n && line_ < kLinesPerPage; ++i) line("");
    }
    void set_header(const char* h) { header_ = h; }

private:
    void page() {
        if (page_ > 0) out_ += '\f';
        ++page_;
        char buf[160];
        std::snprintf(buf, sizeof buf, "%-100.100s PAGE %4d", title_.c_str(), page_);
        out_ += buf;
        out_ += '\n';
        out_ += header_;
        out_ += "\n\n";
        line_ = 3;
    }
    std::string& out_;
    std::string title_;
    const char* header_ = kColumnHeader;
    int line_ = kLinesPerPage;
    int page_ = 0;
};

std::string hex(std::uint32_t v, int digits) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*X", digits, v & (digits >= 8 ? 0xFFFFFFFFu : ((1u << (4 * digits)) - 1)));
    return buf;
}

// PRINT DATA: the bytes of a constant after its first eight, a line per eight bytes with
// the location of the first (Assembler F prints nothing else on these lines).
void list_more(Printer& p, std::uint32_t location, const std::uint8_t* bytes, std::size_t n) {
    for (std::size_t k = 0; k < n; k += 8) {
        std::string line = hex(location + 8 + static_cast<std::uint32_t>(k), 6) + ' ';
        for (std::size_t b = k; b < n && b < k + 8; ++b) line += hex(bytes[b], 2);
        p.line(line);
    }
}

}  // namespace

std::string Assembler::listing() const {
    std::string out;
    out.reserve(statements_.size() * 100);
    Printer p(out);
    // Diagnostics by statement number; the rest (reader warnings, ENTRY) go at the end.
    std::multimap<std::uint32_t, const Diagnostic*> by_statement;
    std::vector<const Diagnostic*> loose;
    for (const auto& d : diags_.all()) {
        if (d.statement) by_statement.emplace(d.statement, &d);
        else loose.push_back(&d);
    }
    bool on = true, gen = true, data = false;
    for (std::size_t i = 0; i < statements_.size(); ++i) {
        const Statement& s = statements_[i];
        const StatementInfo& in = info_[i];
        auto number = static_cast<std::uint32_t>(i + 1);
        auto diags = by_statement.equal_range(number);
        bool has_diag = diags.first != diags.second;
        std::string op;
        if (s.kind == StatementKind::kAssemble) {
            StatementFields f = split_fields(s.text, {});
            op = to_upper(f.op);
            if (op == "TITLE") {
                std::string_view t = f.operands;
                if (t.size() >= 2 && t.front() == '\'') t = t.substr(1, t.size() - 2);
                p.title(std::string(t));
                p.eject();
                continue;
            }
            if (op == "EJECT") {
                p.eject();
                continue;
            }
            if (op == "SPACE") {
                int n = f.operands.empty() ? 1 : std::max(1, std::atoi(f.operands.c_str()));
                p.blank(std::min(n, kLinesPerPage));
                continue;
            }
        }
        bool listed = (on && (s.level == 0 || gen)) || has_diag;
        if (op == "PRINT" && s.kind == StatementKind::kAssemble) {
            StatementFields f = split_fields(s.text, {});
            std::string ops = to_upper(f.operands);
            std::size_t st = 0;
            while (st <= ops.size()) {
                std::size_t c = ops.find(',', st);
                std::string w = ops.substr(st, c == std::string::npos ? std::string::npos : c - st);
                if (w == "ON") on = true;
                else if (w == "OFF") on = false;
                else if (w == "GEN") gen = true;
                else if (w == "NOGEN") gen = false;
                else if (w == "DATA") data = true;
                else if (w == "NODATA") data = false;
                if (c == std::string::npos) break;
                st = c + 1;
            }
        }
        if (!listed) continue;
        std::string line;
        if (in.has_location || (s.kind == StatementKind::kAssemble && in.section >= 0 && (in.length > 0 || in.object_length > 0)))
            line += hex(static_cast<std::uint32_t>(in.location), 6);
        else
            line += "      ";
        line += ' ';
        // Instructions by halfwords (4780 C048), constants as up to eight bytes.
        std::string obj;
        for (int k = 0; k < in.object_length; ++k) {
            if (!in.data && (k == 2 || k == 4)) obj += ' ';
            obj += hex(in.object[k], 2);
        }
        obj.resize(16, ' ');
        line += obj;
        line += ' ';
        line += in.addr1 >= 0 ? hex(static_cast<std::uint32_t>(in.addr1), 5) : "     ";
        line += ' ';
        if (in.addr2 >= 0) line += hex(static_cast<std::uint32_t>(in.addr2), 5);
        else if (in.show_value) line += hex(static_cast<std::uint32_t>(in.value), 5);
        else line += "     ";
        char num[16];
        std::snprintf(num, sizeof num, " %5u ", number);
        line += num;
        line += s.level > 0 ? '+' : ' ';
        if (s.kind == StatementKind::kMnote) line += "MNOTE " + std::to_string(s.mnote_severity) + ",";
        line += s.text;
        if (s.kind == StatementKind::kAssemble && (op == "LTORG" || op == "END")) {
            // The literal pool, in storage order (GC26-3756: literals are listed after LTORG).
            std::vector<const Literal*> pool;
            for (const auto& l : literals_)
                if (l.placed && l.pool == in.literal_pool) pool.push_back(&l);
            std::sort(pool.begin(), pool.end(), [](const Literal* x, const Literal* y) { return x->location < y->location; });
            p.line(line);
            for (const Literal* l : pool) {
                std::string ll = hex(static_cast<std::uint32_t>(l->location), 6) + ' ';
                std::string o;
                for (int k = 0; k < l->object_length; ++k) o += hex(l->object[k], 2);
                o.resize(16, ' ');
                ll += o;
                ll += std::string(19, ' ');
                ll += l->text;
                p.line(ll);
                if (data) list_more(p, static_cast<std::uint32_t>(l->location), l->more.data(), l->more.size());
            }
            line.clear();
        }
        if (!line.empty()) {
            p.line(line);
            if (data && in.more_length > 0)
                list_more(p, static_cast<std::uint32_t>(in.location), listing_data_.data() + in.more_at, in.more_length);
        }
        for (auto it = diags.first; it != diags.second; ++it)
            p.line("*** " + std::string(it->second->severity <= kWarning ? "WARNING" : "ERROR") + " " +
                   std::to_string(it->second->severity) + ": " + it->second->message);
    }
    for (const Diagnostic* d : loose) p.line("*** " + d->format());

    p.eject();
    p.title("EXTERNAL SYMBOL DICTIONARY");
    p.set_header("SYMBOL   TYPE  ID   ADDR   LENGTH LD ID");
    static const char* kTypeNames[16] = {"SD", "LD", "ER", "??", "PC", "CM", "??", "??",
                                         "??", "??", "WX", "??", "??", "??", "??", "??"};
    for (const auto& e : esd_) {
        char buf[96];
        std::string name = e.name;
        name.resize(8, ' ');
        if (e.type == 0x01)
            std::snprintf(buf, sizeof buf, "%s  %s        %06X         %04X", name.c_str(), kTypeNames[e.type & 15],
                          static_cast<unsigned>(e.address), e.ldid);
        else if (e.type == 0x02 || e.type == 0x0A)
            std::snprintf(buf, sizeof buf, "%s  %s  %04X", name.c_str(), kTypeNames[e.type & 15], e.esdid);
        else
            std::snprintf(buf, sizeof buf, "%s  %s  %04X %06X %06X", name.c_str(), kTypeNames[e.type & 15], e.esdid,
                          static_cast<unsigned>(e.address), static_cast<unsigned>(e.length));
        p.line(buf);
    }
    if (!rld_.empty()) {
        p.eject();
        p.title("RELOCATION DICTIONARY");
        p.set_header("POS.ID  REL.ID  FLAGS  ADDRESS");
        for (const auto& r : rld_) {
            char buf[64];
            std::snprintf(buf, sizeof buf, " %04X    %04X     %02X   %06X", r.position_esdid, r.relocation_esdid, r.flags,
                          static_cast<unsigned>(r.address));
            p.line(buf);
        }
    }
    p.eject();
    p.title("CROSS-REFERENCE");
    p.set_header("SYMBOL    LEN   VALUE   DEFN   REFERENCES");
    std::vector<const Symbol*> syms;
    for (const auto& s : symbols_.all()) syms.push_back(&s);
    std::sort(syms.begin(), syms.end(), [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
    for (const Symbol* s : syms) {
        char buf[64];
        std::string name = s->name;
        name.resize(8, ' ');
        if (s->defined)
            std::snprintf(buf, sizeof buf, "%s %5d %08X %5u ", name.c_str(), s->length,
                          static_cast<unsigned>(s->value.value), s->definition);
        else
            std::snprintf(buf, sizeof buf, "%s ***** UNDEFINED ***** ", name.c_str());
        std::string line = buf;
        for (std::size_t k = 0; k < s->references.size(); ++k) {
            if (line.size() > 110) {
                p.line(line);
                line = std::string(32, ' ');
            }
            line += ' ' + std::to_string(s->references[k]);
        }
        p.line(line);
    }
    p.blank(1);
    std::size_t flagged = 0;
    for (const auto& d : diags_.all())
        if (d.severity > 0) ++flagged;
    p.line(std::to_string(flagged + diags_.dropped()) + " STATEMENTS FLAGGED IN THIS ASSEMBLY");
    p.line(std::to_string(diags_.max_severity()) + " WAS HIGHEST SEVERITY CODE");
    p.line(std::to_string(statements_.size()) + " STATEMENTS");
    return out;
}

}  // namespace simmon::s360::asm360
