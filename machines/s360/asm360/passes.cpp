// The two passes, sections and the location counter, and the directives that shape the
// program: START, CSECT, DSECT, COM, EQU, ORG, CNOP, LTORG, ENTRY, EXTRN, WXTRN, END
// (GC28-6514, "Program Sectioning and Linking", "Symbol Definition", "Location Counter").
#include <algorithm>

#include "machines/s360/asm360/assembler.hpp"

namespace simmon::s360::asm360 {
namespace {

struct DirectiveName {
    std::string_view name;
    Directive directive;
};

constexpr DirectiveName kDirectives[] = {
    {"START", Directive::kStart}, {"CSECT", Directive::kCsect}, {"DSECT", Directive::kDsect},
    {"COM", Directive::kCom},     {"USING", Directive::kUsing}, {"DROP", Directive::kDrop},
    {"EQU", Directive::kEqu},     {"DC", Directive::kDc},       {"DS", Directive::kDs},
    {"CCW", Directive::kCcw},     {"ORG", Directive::kOrg},     {"LTORG", Directive::kLtorg},
    {"CNOP", Directive::kCnop},   {"ENTRY", Directive::kEntry}, {"EXTRN", Directive::kExtrn},
    {"WXTRN", Directive::kWxtrn}, {"END", Directive::kEnd},     {"PRINT", Directive::kPrint},
    {"TITLE", Directive::kTitle}, {"SPACE", Directive::kSpace}, {"EJECT", Directive::kEject},
    {"PUNCH", Directive::kPunch}, {"REPRO", Directive::kRepro}, {"ICTL", Directive::kIctl},
    {"ISEQ", Directive::kIseq},
};

constexpr std::string_view kMacroLanguage[] = {"MACRO", "MEND", "MEXIT", "SETA", "SETB", "SETC", "AIF",
                                               "AGO", "ANOP", "GBLA", "GBLB", "GBLC", "LCLA", "LCLB",
                                               "LCLC", "MNOTE", "ACTR", "COPY"};

bool valid_symbol(std::string_view s) {
    if (s.empty() || s.size() > 8 || !is_symbol_start(s[0])) return false;
    for (char c : s)
        if (!is_symbol_char(c) || c == '_') return false;
    return true;
}

}  // namespace

OperationTable::OperationTable() {
    for (const auto& d : kDirectives) ops_[d.name].directive = d.directive;
    for (const auto& row : opcode_table()) ops_[row.mnemonic].machine = &row;
    for (const auto& row : extended_mnemonics()) ops_[row.mnemonic].extended = &row;
}

const Operation* OperationTable::find(std::string_view upper_op) const {
    auto it = ops_.find(upper_op);
    return it == ops_.end() ? nullptr : &it->second;
}

bool OperationTable::is_macro_language(std::string_view upper_op) {
    return std::find(std::begin(kMacroLanguage), std::end(kMacroLanguage), upper_op) != std::end(kMacroLanguage);
}

Assembler::Assembler(const AssemblerOptions& options, SourceLibrary& library, Diagnostics& diags,
                     std::vector<Statement>& statements)
    : options_(options), library_(library), diags_(diags), statements_(statements) {
    pools_.emplace_back();
}

void Assembler::run() {
    // One more than the statements: literals placed at the end of input without END
    // belong to it.
    info_.assign(statements_.size() + 1, StatementInfo{});
    pass(1);
    assign_origins();
    finish();
    pass(2);
}

void Assembler::pass(int number) {
    pass_ = number;
    current_section_ = -1;
    current_pool_ = 0;
    usings_.clear();
    ended_ = false;
    for (auto& s : sections_) s.location = s.start;
    bool skip_repro = false;
    for (index_ = 0; index_ < statements_.size(); ++index_) {
        if (ended_) break;
        if (skip_repro) {
            skip_repro = false;
            if (pass_ == 1) {
                std::string card = statements_[index_].text;
                card.resize(80, ' ');
                punched_.push_back(card);
            }
            statements_[index_].kind = StatementKind::kListOnly;
            continue;
        }
        statement(index_);
        StatementInfo& in = info_[index_];
        if (pass_ == 1) {
            in.end_section = static_cast<std::int16_t>(current_section_);
            in.end_location = current_section_ >= 0 ? sections_[static_cast<std::size_t>(current_section_)].location : 0;
        } else {
            current_section_ = in.end_section;
            if (current_section_ >= 0) sections_[static_cast<std::size_t>(current_section_)].location = in.end_location;
        }
        if (op_ == "REPRO" && statements_[index_].kind == StatementKind::kAssemble) skip_repro = true;
    }
    if (!ended_) {
        if (pass_ == 1) {
            Diagnostic d;
            d.file = statements_.empty() ? std::string("input") : library_.name(statements_.back().ref.file);
            d.line = statements_.empty() ? 0 : statements_.back().ref.line;
            d.column = 1;
            d.severity = kWarning;
            d.message = "no END statement";
            diags_.add(d);
        }
        index_ = statements_.size();
        op_.clear();
        do_ltorg(true);
    }
}

void Assembler::error(std::size_t offset, int severity, std::string message) {
    if (statements_.empty()) return;
    const Statement& s = statements_[std::min(index_, statements_.size() - 1)];
    Diagnostic d;
    d.file = library_.name(s.ref.file);
    d.severity = severity;
    d.statement = static_cast<std::uint32_t>(index_ + 1);
    if (s.source && s.level == 0) {
        s.source->position(fields_.operand_offset + offset, d.line, d.column);
    } else {
        d.line = s.ref.line;
        d.column = 1;
        if (!s.macro.empty()) message += " (generated by macro " + s.macro + ")";
    }
    d.message = std::move(message);
    diags_.add(std::move(d));
    if (pass_ == 1 && severity >= kError) info_[index_].failed = true;
}

void Assembler::statement(std::size_t index) {
    Statement& s = statements_[index];
    StatementInfo& in = info_[index];
    op_.clear();
    name_.clear();
    if (s.kind == StatementKind::kMnote) {
        // MNOTE severities run 0-255; a diagnostic takes the return-code level at or above it.
        if (pass_ == 2 && s.mnote_severity > 0) {
            fields_ = {};
            int sev = s.mnote_severity <= 4 ? kWarning : s.mnote_severity <= 8 ? kError : s.mnote_severity <= 12 ? kSevere : kTerminal;
            error(0, sev, "MNOTE " + s.text);
        }
        return;
    }
    if (s.kind != StatementKind::kAssemble) return;
    static const std::vector<std::uint32_t> kNoSegments;
    fields_ = split_fields(s.text, s.source && s.level == 0 && !s.source->segments.empty() && s.text == s.source->text
                                       ? s.source->segments
                                       : kNoSegments);
    name_ = to_upper(fields_.name);
    op_ = to_upper(fields_.op);
    if (pass_ == 1) {
        in.section = static_cast<std::int16_t>(current_section_);
        in.literal_pool = static_cast<std::uint16_t>(current_pool_);
        if (current_section_ >= 0) in.location = sections_[static_cast<std::size_t>(current_section_)].location;
    } else {
        current_pool_ = in.literal_pool;
        if (in.section >= 0) {
            current_section_ = in.section;
            sections_[static_cast<std::size_t>(current_section_)].location = in.location;
        }
    }
    current_length_ = 1;
    if (op_.empty()) {
        if (!name_.empty() && pass_ == 1) error(0, kError, "operation code missing");
        return;
    }
    if (!name_.empty() && name_[0] == '.') name_.clear();  // a sequence symbol in open code
    if (!name_.empty() && !valid_symbol(name_)) {
        if (pass_ == 1) {
            std::size_t save = fields_.operand_offset;
            fields_.operand_offset = fields_.name_offset;
            error(0, kError, "invalid symbol '" + std::string(fields_.name) + "'");
            fields_.operand_offset = static_cast<std::uint32_t>(save);
        }
        name_.clear();
    }
    const Operation* op = optab_.find(op_);
    if (!op) {
        if (pass_ == 1) {
            std::size_t save = fields_.operand_offset;
            fields_.operand_offset = fields_.op_offset;
            error(0, kError, "undefined operation code '" + std::string(fields_.op) + "'");
            fields_.operand_offset = static_cast<std::uint32_t>(save);
        }
        return;
    }
    if (op->machine) return machine_instruction(*op->machine, -1);
    if (op->extended) {
        const OpcodeInfo* base = find_opcode(op->extended->opcode);
        if (base) machine_instruction(*base, op->extended->mask);
        return;
    }
    switch (op->directive) {
    case Directive::kStart: return do_start();
    case Directive::kCsect: return switch_section(name_, SectionKind::kControl);
    case Directive::kDsect: return switch_section(name_, SectionKind::kDummy);
    case Directive::kCom: return switch_section(name_, SectionKind::kCommon);
    case Directive::kUsing: return do_using();
    case Directive::kDrop: return do_drop();
    case Directive::kEqu: return do_equ();
    case Directive::kDc: return do_dc_ds(false);
    case Directive::kDs: return do_dc_ds(true);
    case Directive::kCcw: return do_ccw();
    case Directive::kOrg: return do_org();
    case Directive::kLtorg: return do_ltorg(false);
    case Directive::kCnop: return do_cnop();
    case Directive::kEntry:
    case Directive::kExtrn:
    case Directive::kWxtrn: return do_symbol_list(op->directive);
    case Directive::kEnd: return do_end();
    case Directive::kPrint: return do_print();
    case Directive::kTitle:
        if (pass_ == 1 && deck_id_.empty() && !name_.empty()) deck_id_ = name_.substr(0, 4);
        return;
    case Directive::kPunch:
        if (pass_ == 1) {
            std::string_view t = fields_.operands;
            if (t.size() < 2 || t.front() != '\'' || t.back() != '\'') {
                error(0, kError, "PUNCH needs a quoted string");
                return;
            }
            std::string card;
            for (std::size_t i = 1; i + 1 < t.size(); ++i) {
                card.push_back(t[i]);
                if ((t[i] == '\'' || t[i] == '&') && i + 2 < t.size() && t[i + 1] == t[i]) ++i;
            }
            if (card.size() > 80) error(0, kWarning, "PUNCH text longer than 80 characters is truncated");
            card.resize(80, ' ');
            punched_.push_back(card);
        }
        return;
    case Directive::kIctl:
        if (pass_ == 1) error(0, kError, "ICTL must be the first statement");
        return;
    default:
        return;  // SPACE, EJECT, REPRO (next card), ISEQ: listing and punch only
    }
}

void Assembler::define_label(const Value& v, std::int32_t length, char type) {
    if (name_.empty() || pass_ != 1) return;
    Symbol& s = symbols_.get(name_);
    if (s.defined) {
        std::size_t save = fields_.operand_offset;
        fields_.operand_offset = fields_.name_offset;
        error(0, kError, "duplicate symbol '" + name_ + "' (first defined in statement " +
                             std::to_string(s.definition) + ")");
        fields_.operand_offset = static_cast<std::uint32_t>(save);
        return;
    }
    s.defined = true;
    s.value = v;
    s.length = length;
    s.type = type;
    s.definition = static_cast<std::uint32_t>(index_ + 1);
}

bool Assembler::symbol_value(std::string_view upper_name, Value& v, std::int32_t& length) {
    Symbol* s = symbols_.find(upper_name);
    if (!s) {
        // Pass 2 keeps undefined symbols too, for the cross-reference.
        if (pass_ != 2) return false;
        s = &symbols_.get(upper_name);
    }
    if (pass_ == 2) {
        auto n = static_cast<std::uint32_t>(index_ + 1);
        if (s->references.empty() || s->references.back() != n) s->references.push_back(n);
    }
    if (!s->defined) return false;
    v = s->value;
    length = s->length;
    return true;
}

Value Assembler::location_counter() {
    if (literal_location_) return *literal_location_;
    if (current_section_ < 0) switch_section("", SectionKind::kControl);
    return Value::relocatable(current_section_, sections_[static_cast<std::size_t>(current_section_)].location);
}

void Assembler::advance(std::int64_t bytes) {
    if (current_section_ < 0) {
        std::string keep = name_;
        name_.clear();
        switch_section("", SectionKind::kControl);
        name_ = keep;
    }
    Section& s = sections_[static_cast<std::size_t>(current_section_)];
    std::int64_t next = static_cast<std::int64_t>(s.location) + bytes;
    if (next > options_.max_location || next < 0) {
        if (pass_ == 1) error(0, kError, "location counter beyond 16 MB");
        next = next < 0 ? 0 : options_.max_location;
    }
    s.location = static_cast<std::int32_t>(next);
    if (s.location > s.high) s.high = s.location;
}

void Assembler::align(int boundary) {
    if (current_section_ < 0) advance(0);
    Section& s = sections_[static_cast<std::size_t>(current_section_)];
    std::int32_t rem = s.location % boundary;
    if (rem) advance(boundary - rem);
    if (pass_ == 1) {
        info_[index_].location = s.location;
        info_[index_].section = static_cast<std::int16_t>(current_section_);
        info_[index_].has_location = true;
    }
}

int Assembler::section_named(std::string_view name, SectionKind kind, bool& created) {
    created = false;
    for (std::size_t i = 0; i < sections_.size(); ++i)
        if (sections_[i].name == name && sections_[i].kind != SectionKind::kExternal &&
            sections_[i].kind != SectionKind::kWeakExternal)
            return static_cast<int>(i);
    Section s;
    s.name = std::string(name);
    s.kind = kind;
    if (kind != SectionKind::kDummy) s.esdid = next_esdid_++;
    sections_.push_back(std::move(s));
    created = true;
    return static_cast<int>(sections_.size() - 1);
}

void Assembler::switch_section(std::string_view name, SectionKind kind) {
    if (pass_ == 2) {
        for (std::size_t i = 0; i < sections_.size(); ++i)
            if (sections_[i].name == name && sections_[i].kind == kind) {
                current_section_ = static_cast<int>(i);
                return;
            }
        // Pass 1 never needed this section (its statements were in error): a section of
        // nothing, outside the ESD, keeps pass 2's location counter somewhere.
        Section none;
        none.name = std::string(name);
        none.kind = SectionKind::kDummy;
        sections_.push_back(none);
        current_section_ = static_cast<int>(sections_.size() - 1);
        return;
    }
    bool created = false;
    int idx = section_named(name, kind, created);
    Section& s = sections_[static_cast<std::size_t>(idx)];
    if (!created && s.kind != kind) {
        error(0, kError, "section '" + std::string(name) + "' was defined with another type");
        return;
    }
    current_section_ = idx;
    info_[index_].section = static_cast<std::int16_t>(idx);
    info_[index_].location = s.location;
    info_[index_].has_location = true;
    if (created && !name.empty()) {
        Symbol& sym = symbols_.get(name);
        if (sym.defined) {
            error(0, kError, "duplicate symbol '" + std::string(name) + "'");
        } else {
            sym.defined = true;
            sym.is_section = true;
            sym.value = Value::relocatable(idx, s.start);
            sym.length = 1;
            sym.type = 'J';
            sym.definition = static_cast<std::uint32_t>(index_ + 1);
        }
    }
}

bool Assembler::absolute_operand(std::string_view text, std::size_t& pos, std::int32_t& v, bool need_defined) {
    ExpressionResult r = evaluate_expression(text, pos, *this);
    if (!r.ok) {
        error(r.error_offset, kError, r.error);
        return false;
    }
    if (r.undefined) {
        if (need_defined || pass_ == 2) error(pos, kError, "undefined symbol in '" + std::string(text.substr(pos, r.end - pos)) + "'");
        return false;
    }
    if (!r.value.absolute()) {
        error(pos, kError, "absolute expression expected");
        return false;
    }
    v = r.value.value;
    pos = r.end;
    return true;
}

void Assembler::do_start() {
    if (pass_ == 2) return switch_section(name_, SectionKind::kControl);
    bool any_control = false;
    for (const auto& s : sections_)
        if (s.kind == SectionKind::kControl || s.kind == SectionKind::kCommon) any_control = true;
    std::int32_t origin = 0;
    std::size_t pos = 0;
    if (!fields_.operands.empty() && absolute_operand(fields_.operands, pos, origin, true)) {
        if (origin < 0 || origin > options_.max_location) {
            error(0, kError, "START origin out of range");
            origin = 0;
        }
        origin = (origin + 7) & ~7;  // rounded to a doubleword boundary, as Assembler F does
    }
    if (any_control) {
        error(0, kError, "START must come before the first control section");
        return switch_section(name_, SectionKind::kControl);
    }
    Section sec;
    sec.name = name_;
    sec.esdid = next_esdid_++;
    sec.start = sec.location = sec.high = origin;
    sections_.push_back(sec);
    const int idx = static_cast<int>(sections_.size() - 1);
    current_section_ = idx;
    info_[index_].section = static_cast<std::int16_t>(idx);
    info_[index_].location = origin;
    info_[index_].has_location = true;
    if (!name_.empty()) {
        Symbol& sym = symbols_.get(name_);
        if (sym.defined) {
            error(0, kError, "duplicate symbol '" + name_ + "'");
        } else {
            sym.defined = true;
            sym.is_section = true;
            sym.value = Value::relocatable(idx, origin);
            sym.length = 1;
            sym.type = 'J';
            sym.definition = static_cast<std::uint32_t>(index_ + 1);
        }
    }
}

void Assembler::do_equ() {
    if (name_.empty()) {
        if (pass_ == 1) error(0, kError, "EQU needs a name");
        return;
    }
    std::vector<std::size_t> offs;
    std::vector<std::string> ops = split_operands(fields_.operands, &offs);
    if (ops.empty() || ops[0].empty()) {
        if (pass_ == 1) error(0, kError, "EQU needs an operand");
        return;
    }
    ExpressionResult r = evaluate_expression(ops[0], 0, *this);
    if (!r.ok || r.end != ops[0].size()) {
        if (pass_ == 1) error(offs[0] + (r.ok ? r.end : r.error_offset), kError, r.ok ? "invalid expression" : r.error);
        return;
    }
    if (r.undefined) {
        if (pass_ == 1) error(offs[0], kError, "EQU operand uses a symbol not yet defined");
        return;
    }
    if (!r.value.absolute() && !r.value.simple()) {
        if (pass_ == 1) error(offs[0], kError, "EQU value must be absolute or simply relocatable");
        return;
    }
    std::int32_t length = r.length;
    char type = 'U';
    if (ops.size() > 1 && !ops[1].empty()) {
        std::size_t p = 0;
        std::int32_t l = 1;
        if (absolute_operand(ops[1], p, l, true)) {
            if (l < 0 || l > 65535) error(offs[1], kError, "length attribute out of range");
            else length = l;
        }
    }
    if (ops.size() > 2 && !ops[2].empty()) {
        std::size_t p = 0;
        std::int32_t t = 0;
        if (absolute_operand(ops[2], p, t, true)) type = static_cast<char>(t & 0x7F);
    }
    info_[index_].value = r.value.value;
    info_[index_].show_value = true;
    define_label(r.value, length, type);
}

void Assembler::do_org() {
    if (pass_ == 2) return;
    if (current_section_ < 0) advance(0);
    Section& s = sections_[static_cast<std::size_t>(current_section_)];
    if (fields_.operands.empty()) {
        s.location = s.high;
    } else {
        ExpressionResult r = evaluate_expression(fields_.operands, 0, *this);
        if (!r.ok) return error(r.error_offset, kError, r.error);
        if (r.undefined) return error(0, kError, "ORG operand uses a symbol not yet defined");
        if (r.value.section() != current_section_)
            return error(0, kError, "ORG operand must be relocatable in the current section");
        if (r.value.value < s.start) return error(0, kError, "ORG below the start of the section");
        if (r.value.value > options_.max_location) return error(0, kError, "ORG beyond 16 MB");
        s.location = r.value.value;
        if (s.location > s.high) s.high = s.location;
    }
    info_[index_].location = s.location;
    define_label(Value::relocatable(current_section_, s.location), 1, 'U');
}

void Assembler::do_cnop() {
    std::vector<std::size_t> offs;
    std::vector<std::string> ops = split_operands(fields_.operands, &offs);
    std::int32_t b = 0, w = 0;
    std::size_t p0 = 0, p1 = 0;
    if (ops.size() != 2 || !absolute_operand(ops[0], p0, b, true) || !absolute_operand(ops[1], p1, w, true) ||
        (w != 4 && w != 8) || b < 0 || b >= w || b % 2) {
        if (pass_ == 1) error(0, kError, "CNOP needs b,w with w 4 or 8 and b 0, 2, 4 or 6 below w");
        return;
    }
    if (pass_ == 2) {
        // NOPR 0 (X'0700') fills the gap (GC28-6514, "CNOP -- Conditional No Operation").
        StatementInfo& in = info_[index_];
        std::vector<std::uint8_t> bytes(static_cast<std::size_t>(in.length));
        for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = i % 2 ? 0x00 : 0x07;
        emit(bytes, {});
        return;
    }
    align(2);
    Section& s = sections_[static_cast<std::size_t>(current_section_)];
    std::int32_t start = s.location;
    while (s.location % w != b) advance(2);
    info_[index_].location = start;
    info_[index_].length = s.location - start;
    define_label(Value::relocatable(current_section_, s.location), 1, 'I');
}

void Assembler::do_symbol_list(Directive d) {
    std::vector<std::size_t> offs;
    std::vector<std::string> ops = split_operands(fields_.operands, &offs);
    for (std::size_t i = 0; i < ops.size(); ++i) {
        std::string n = to_upper(ops[i]);
        if (!valid_symbol(n)) {
            if (pass_ == 1) error(offs[i], kError, "invalid symbol '" + ops[i] + "'");
            continue;
        }
        if (pass_ == 2) continue;
        if (d == Directive::kEntry) {
            entries_.push_back(n);
            entry_statements_.push_back(static_cast<std::uint32_t>(index_ + 1));
            continue;
        }
        Symbol& s = symbols_.get(n);
        if (s.defined) {
            if (!s.is_external) error(offs[i], kError, "duplicate symbol '" + n + "'");
            continue;
        }
        Section sec;
        sec.name = n;
        sec.kind = d == Directive::kWxtrn ? SectionKind::kWeakExternal : SectionKind::kExternal;
        sec.esdid = next_esdid_++;
        sections_.push_back(sec);
        s.defined = true;
        s.is_external = true;
        s.value = Value::relocatable(static_cast<int>(sections_.size() - 1), 0);
        s.type = 'T';
        s.length = 1;
        s.definition = static_cast<std::uint32_t>(index_ + 1);
    }
}

int Assembler::external_reference(std::string_view upper_name) {
    for (std::size_t i = 0; i < sections_.size(); ++i)
        if ((sections_[i].kind == SectionKind::kExternal || sections_[i].kind == SectionKind::kWeakExternal) &&
            sections_[i].name == upper_name)
            return static_cast<int>(i);
    Section sec;
    sec.name = std::string(upper_name);
    sec.kind = SectionKind::kExternal;
    sec.esdid = next_esdid_++;
    sections_.push_back(sec);
    return static_cast<int>(sections_.size() - 1);
}

void Assembler::do_ltorg(bool at_end) {
    if (pass_ == 1) {
        bool any = false;
        for (const auto& l : literals_)
            if (l.pool == current_pool_ && !l.placed) any = true;
        if (any && at_end) {
            // The pool END makes goes at the end of the first control section (GC28-6514,
            // "LTORG -- Begin Literal Pool": literals after the last LTORG are placed at
            // the end of the first control section); with none, where the location is.
            const int keep = current_section_;
            for (std::size_t i = 0; i < sections_.size(); ++i)
                if (sections_[i].kind == SectionKind::kControl) {
                    current_section_ = static_cast<int>(i);
                    sections_[i].location = sections_[i].high;
                    break;
                }
            align(8);
            place_literals(current_pool_);
            if (keep >= 0) current_section_ = keep;
        } else if (any) {
            align(8);
            define_label(Value::relocatable(current_section_, sections_[static_cast<std::size_t>(current_section_)].location), 1, 'U');
            place_literals(current_pool_);
        } else if (!at_end && !name_.empty()) {
            define_label(location_counter(), 1, 'U');
        }
    } else {
        for (auto& l : literals_) {
            if (l.pool != current_pool_ || !l.placed) continue;
            current_section_ = l.section;
            sections_[static_cast<std::size_t>(l.section)].location = l.location;
            current_length_ = l.operand.value_length();
            scratch_.clear();
            scratch_relocs_.clear();
            ParseError err;
            literal_location_ = l.uses_location ? &l.location_used : nullptr;
            const bool generated = generate_dc(l.operand, *this, scratch_, scratch_relocs_, err);
            literal_location_ = nullptr;
            if (!generated) {
                std::size_t keep = index_;
                index_ = l.statement - 1;
                fields_ = {};
                error(0, kError, "literal " + l.text + ": " + err.message);
                index_ = keep;
            }
            emit(scratch_, scratch_relocs_);
            l.object_length = static_cast<std::uint8_t>(std::min<std::size_t>(8, scratch_.size()));
            std::copy_n(scratch_.begin(), l.object_length, l.object);
            if (options_.listing && scratch_.size() > 8) l.more.assign(scratch_.begin() + 8, scratch_.end());
        }
    }
    ++current_pool_;
    if (static_cast<std::size_t>(current_pool_) >= pools_.size()) pools_.emplace_back();
}

void Assembler::do_end() {
    do_ltorg(true);
    ended_ = true;
    if (pass_ == 2 && !fields_.operands.empty()) {
        ExpressionResult r = evaluate_expression(fields_.operands, 0, *this);
        if (!r.ok) return error(r.error_offset, kError, r.error);
        if (r.undefined) return error(0, kError, "undefined symbol in END operand");
        if (!r.value.simple() || sections_[static_cast<std::size_t>(r.value.section())].kind == SectionKind::kDummy)
            return error(0, kError, "END operand must be an address in a control section");
        have_entry_point_ = true;
        entry_point_ = r.value;
    }
}

void Assembler::do_print() {
    if (pass_ != 1) return;
    std::vector<std::size_t> offs;
    for (const std::string& o : split_operands(fields_.operands, &offs)) {
        std::string u = to_upper(o);
        if (u != "ON" && u != "OFF" && u != "GEN" && u != "NOGEN" && u != "DATA" && u != "NODATA")
            error(offs.empty() ? 0 : offs[0], kWarning, "PRINT operand '" + o + "' ignored");
    }
}

std::vector<std::string> Assembler::split_operands(std::string_view ops, std::vector<std::size_t>* offsets) {
    std::vector<std::string> out;
    if (offsets) offsets->clear();
    if (ops.empty()) return out;
    int depth = 0;
    bool quoted = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= ops.size(); ++i) {
        char c = i < ops.size() ? ops[i] : ',';
        if (quoted) {
            if (c == '\'') quoted = false;
            if (i == ops.size()) {
                out.emplace_back(ops.substr(start));
                if (offsets) offsets->push_back(start);
            }
            continue;
        }
        if (c == '\'' && !is_attribute_quote(ops, i)) quoted = true;
        else if (c == '(') ++depth;
        else if (c == ')') --depth;
        else if ((c == ',' && depth <= 0) || i == ops.size()) {
            out.emplace_back(ops.substr(start, i - start));
            if (offsets) offsets->push_back(start);
            start = i + 1;
        }
    }
    return out;
}

std::size_t Assembler::split_operand_views(std::string_view ops, std::string_view* out, std::size_t* offsets,
                                           std::size_t max) {
    if (ops.empty()) return 0;
    int depth = 0;
    bool quoted = false;
    std::size_t start = 0, n = 0;
    for (std::size_t i = 0; i <= ops.size(); ++i) {
        char c = i < ops.size() ? ops[i] : ',';
        if (quoted && i < ops.size()) {
            if (c == '\'') quoted = false;
            continue;
        }
        if (c == '\'' && i < ops.size() && !is_attribute_quote(ops, i)) quoted = true;
        else if (c == '(') ++depth;
        else if (c == ')') --depth;
        else if ((c == ',' && depth <= 0 && n + 1 < max) || i == ops.size()) {
            out[n] = ops.substr(start, i - start);
            offsets[n++] = start;
            start = i + 1;
        }
    }
    return n;
}

void Assembler::assign_origins() {
    // Assembler F gives the control sections of one assembly consecutive addresses in the
    // order they first appear: the first starts at 0 or at START's value, each later one on
    // the doubleword after the end of the one before (GC28-6514, "Sectioning and Linking";
    // SC26-4940 "Location counter setting", which keeps this as THREAD). A section resumed
    // later continues its own counter, so its origin is known only now, at the end of pass
    // 1: pass 1 counted every section from 0, and here every location it recorded moves by
    // its section's origin. Common sections and DSECTs keep 0 (they are not storage of this
    // assembly); external symbols have no origin.
    std::vector<std::int32_t> origin(sections_.size(), 0);
    bool any = false, first = true, overflow = false;
    std::int64_t next = 0;
    for (std::size_t i = 0; i < sections_.size(); ++i) {
        const Section& s = sections_[i];
        if (s.kind != SectionKind::kControl) continue;
        if (!first) {
            std::int64_t at = (next + 7) & ~std::int64_t{7};
            if (at + s.high > options_.max_location) {
                overflow = true;
                at = 0;
            }
            origin[i] = static_cast<std::int32_t>(at);
            any = any || at != 0;
        }
        first = false;
        next = std::int64_t{origin[i]} + s.high;
    }
    if (overflow && !statements_.empty()) {
        Diagnostic d;
        d.file = library_.name(statements_.back().ref.file);
        d.line = statements_.back().ref.line;
        d.column = 1;
        d.severity = kError;
        d.message = "the control sections together exceed 16 MB";
        diags_.add(d);
    }
    if (!any) return;
    for (std::size_t i = 0; i < sections_.size(); ++i) {
        sections_[i].start += origin[i];
        sections_[i].location += origin[i];
        sections_[i].high += origin[i];
    }
    for (auto& sym : symbols_.all())
        for (std::size_t k = 0; k < sym.value.nrelocs; ++k) {
            const auto& r = sym.value.relocs[k];
            // Wraps like the 32-bit arithmetic of expressions (a large multiple of a
            // section may exceed 32 bits; it is an error wherever it is used).
            const std::int64_t moved = std::int64_t{sym.value.value} +
                                       std::int64_t{r.count} * origin[static_cast<std::size_t>(r.section)];
            sym.value.value = static_cast<std::int32_t>(static_cast<std::uint32_t>(moved));
        }
    for (auto& in : info_) {
        if (in.section >= 0) in.location += origin[static_cast<std::size_t>(in.section)];
        if (in.end_section >= 0) in.end_location += origin[static_cast<std::size_t>(in.end_section)];
    }
    for (auto& l : literals_)
        if (l.section >= 0) l.location += origin[static_cast<std::size_t>(l.section)];
}

void Assembler::finish() {
    // Section lengths, then the ESD in ESDID order with label definitions (ENTRY) as LD items.
    esd_.clear();
    std::vector<const Section*> by_id(next_esdid_, nullptr);
    for (const auto& s : sections_)
        if (s.esdid) by_id[s.esdid] = &s;
    for (std::size_t id = 1; id < by_id.size(); ++id) {
        const Section* s = by_id[id];
        if (!s) continue;
        EsdItem e;
        e.name = s->name;
        e.esdid = static_cast<std::uint16_t>(id);
        switch (s->kind) {
        case SectionKind::kControl:
            e.type = s->name.empty() ? 0x04 : 0x00;
            e.address = s->start;
            e.length = s->high - s->start;
            break;
        case SectionKind::kCommon:
            e.type = 0x05;
            e.length = s->high;
            break;
        case SectionKind::kExternal: e.type = 0x02; break;
        case SectionKind::kWeakExternal: e.type = 0x0A; break;
        default: continue;
        }
        esd_.push_back(e);
    }
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        index_ = entry_statements_[i] - 1;
        fields_ = split_fields(statements_[index_].text, {});
        const Symbol* s = symbols_.find(entries_[i]);
        if (!s || !s->defined) {
            error(0, kError, "ENTRY symbol '" + entries_[i] + "' is not defined");
            continue;
        }
        int sec = s->value.section();
        if (sec < 0 || sections_[static_cast<std::size_t>(sec)].kind != SectionKind::kControl) {
            error(0, kError, "ENTRY symbol '" + entries_[i] + "' is not an address in a control section");
            continue;
        }
        EsdItem e;
        e.name = entries_[i];
        e.type = 0x01;
        e.address = s->value.value;
        e.ldid = sections_[static_cast<std::size_t>(sec)].esdid;
        esd_.push_back(e);
    }
}

}  // namespace simmon::s360::asm360
