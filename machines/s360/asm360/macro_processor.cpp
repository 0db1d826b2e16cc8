// The macro processor's driver: open code, macro definitions, expansion and substitution.
// Conditional-assembly statements are in macro_conditional.cpp, their expressions in
// conditional_expression.cpp.
#include "machines/s360/asm360/macro_processor.hpp"

#include <algorithm>
#include <cstdio>

#include "machines/s360/asm360/assembler.hpp"
#include "machines/s360/asm360/conditional_expression.hpp"
#include "machines/s360/asm360/constants.hpp"

namespace simmon::s360::asm360 {
namespace {

constexpr int kMaxCopyNesting = 16;
// A substituted statement longer than this is an error: a macro that doubles a parameter at
// each level would otherwise grow its statements exponentially.
constexpr std::size_t kMaxSubstituted = 32768;

ModelKind model_kind(std::string_view op, char& set_type) {
    set_type = 0;
    if (op.size() == 4 && (op[3] == 'A' || op[3] == 'B' || op[3] == 'C')) {
        std::string_view head = op.substr(0, 3);
        set_type = op[3];
        if (head == "SET") return ModelKind::kSetA;
        if (head == "LCL") return ModelKind::kLcl;
        if (head == "GBL") return ModelKind::kGbl;
        set_type = 0;
    }
    if (op == "AIF") return ModelKind::kAif;
    if (op == "AGO") return ModelKind::kAgo;
    if (op == "ANOP") return ModelKind::kAnop;
    if (op == "MEXIT") return ModelKind::kMexit;
    if (op == "MNOTE") return ModelKind::kMnote;
    if (op == "ACTR") return ModelKind::kActr;
    return ModelKind::kModel;
}

bool valid_variable(std::string_view s) {
    if (s.size() < 2 || s.size() > 8 || s[0] != '&' || !is_symbol_start(s[1])) return false;
    for (std::size_t i = 1; i < s.size(); ++i)
        if (!is_symbol_char(s[i])) return false;
    return true;
}

bool valid_ordinary(std::string_view s) {
    if (s.empty() || s.size() > 8 || !is_symbol_start(s[0])) return false;
    for (char c : s)
        if (!is_symbol_char(c)) return false;
    return true;
}

// Top-level comma split of a macro instruction's operands (quotes and parentheses kept).
std::vector<std::string_view> split_arguments(std::string_view ops) {
    std::vector<std::string_view> out;
    if (ops.empty()) return out;
    int depth = 0;
    bool quoted = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= ops.size(); ++i) {
        char c = i < ops.size() ? ops[i] : ',';
        if (quoted) {
            if (c == '\'') quoted = false;
            if (i == ops.size()) out.push_back(ops.substr(start));
            continue;
        }
        if (c == '\'' && !is_attribute_quote(ops, i)) quoted = true;
        else if (c == '(') ++depth;
        else if (c == ')') --depth;
        else if ((c == ',' && depth <= 0) || i == ops.size()) {
            out.push_back(ops.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

class NoSymbols : public ExpressionContext {
public:
    bool symbol_value(std::string_view, Value&, std::int32_t&) override { return false; }
    Value location_counter() override { return {}; }
};

}  // namespace

MacroProcessor::MacroProcessor(const AssemblerOptions& options, SourceLibrary& library, Diagnostics& diags,
                               const OperationTable& optab)
    : options_(options), library_(library), diags_(diags), optab_(optab) {
    open_scope_.actr = options.actr;
}

MacroProcessor::~MacroProcessor() = default;

void MacroProcessor::diag(const SourceStatement* src, std::size_t offset, int severity, std::string message,
                          const MacroScope* scope) {
    Diagnostic d;
    d.severity = severity;
    if (src) {
        d.file = library_.name(src->ref.file);
        src->position(offset, d.line, d.column);
    } else {
        d.file = "input";
    }
    if (scope && scope->macro) message += " (in macro " + scope->macro->name + ")";
    d.message = std::move(message);
    d.statement = out_ ? static_cast<std::uint32_t>(out_->size()) : 0;
    diags_.add(std::move(d));
    // A runaway loop that fails on every pass would otherwise report without end.
    if (diags_.count() >= Diagnostics::kKeepLimit && !stopped_) {
        stopped_ = true;
        Diagnostic t = diags_.all().back();
        t.severity = kTerminal;
        t.message = "more than " + std::to_string(Diagnostics::kKeepLimit) + " errors: assembly stopped";
        diags_.add(std::move(t));
    }
}

void MacroProcessor::emit(Statement s) {
    if (stopped_) return;
    if (s.level > 0 && ++generated_ > options_.max_generated) {
        diag(s.source, 0, kTerminal, "more than " + std::to_string(options_.max_generated) +
                                         " statements generated: assembly stopped");
        stopped_ = true;
        return;
    }
    out_->push_back(std::move(s));
}

void MacroProcessor::flatten(int file, std::vector<Flat>& out, int depth, const SourceStatement* copy_at) {
    const std::vector<SourceStatement>& stmts = library_.statements(file);
    for (std::size_t i = 0; i < stmts.size(); ++i) {
        const SourceStatement& s = stmts[i];
        std::string_view opv = s.comment || s.macro_comment ? std::string_view{} : operation_of(s.text);
        if (opv.size() == 4 && to_upper(opv) == "COPY") {
            StatementFields f = split_fields(s.text, s.segments);
            {
                out.push_back({&s, true});
                std::string member = to_upper(f.operands);
                if (!valid_ordinary(member)) {
                    diag(&s, f.operand_offset, kError, "COPY needs a member name");
                } else if (depth >= kMaxCopyNesting) {
                    diag(&s, f.operand_offset, kSevere, "COPY nested more than 16 deep (does a member copy itself?)");
                } else {
                    int idx = library_.find_member(member);
                    if (idx < 0) diag(&s, f.operand_offset, kSevere, "COPY member '" + member + "' not found");
                    else flatten(idx, out, depth + 1, &s);
                }
                continue;
            }
        }
        out.push_back({&s, false});
    }
    (void)copy_at;
}

void MacroProcessor::run(int primary, std::vector<Statement>& out) {
    out_ = &out;
    flatten(primary, open_flat_, 0, nullptr);
    // Sequence symbols of the open code, outside macro definitions.
    int depth = 0;
    for (std::size_t i = 0; i < open_flat_.size(); ++i) {
        const SourceStatement& s = *open_flat_[i].source;
        if (s.comment || s.macro_comment || open_flat_[i].copy_statement) continue;
        std::string_view opv = operation_of(s.text);
        if (opv.size() != 4 && opv.size() != 5 && s.text[0] != '.') continue;
        std::string op = to_upper(opv);
        if (op == "MACRO") ++depth;
        else if (op == "MEND" && depth > 0) --depth;
        else if (depth == 0 && s.text.size() > 1 && s.text[0] == '.')
            open_sequence_.try_emplace(to_upper(split_fields(s.text, s.segments).name), i);
    }
    open_code(open_flat_);
}

void MacroProcessor::open_code(const std::vector<Flat>& flat) {
    std::size_t i = 0;
    while (i < flat.size() && !stopped_) {
        open_position_ = i;
        const SourceStatement& s = *flat[i].source;
        Statement st;
        st.source = &s;
        st.ref = s.ref;
        if (flat[i].copy_statement || s.comment || s.macro_comment) {
            st.text = s.text;
            st.kind = StatementKind::kListOnly;
            emit(std::move(st));
            ++i;
            continue;
        }
        std::string op = to_upper(operation_of(s.text));
        if (op == "MACRO") {
            i = define_macro(flat, i, true);
            continue;
        }
        if (op == "MEND" || op == "MEXIT") {
            st.text = s.text;
            st.kind = StatementKind::kListOnly;
            emit(std::move(st));
            diag(&s, split_fields(s.text, s.segments).op_offset, kError, op + " outside a macro definition");
            ++i;
            continue;
        }
        char set_type = 0;
        ModelKind kind = model_kind(op, set_type);
        if (kind == ModelKind::kMnote) {
            ModelStatement m{&s, kind, 0, {}};
            (void)m;
            long r = conditional(open_scope_, s, kind, 0, open_sequence_, 0);
            (void)r;
            ++i;
            continue;
        }
        if (kind != ModelKind::kModel) {
            st.text = s.text;
            st.kind = StatementKind::kListOnly;
            emit(std::move(st));
            long r = conditional(open_scope_, s, kind, set_type, open_sequence_, 0);
            if (r == -2) {
                stopped_ = true;
                break;
            }
            i = r >= 0 ? static_cast<std::size_t>(r) : i + 1;
            continue;
        }
        std::string text = s.text;
        if (text.find('&') != std::string::npos) {
            // Variable symbols are substituted in the name, operation and operand fields
            // only, never in remarks (GC28-6514, "Conditional Assembly"): an '&' there is text.
            StatementFields f = split_fields(s.text, s.segments);
            const auto has_amp = [](std::string_view v) { return v.find('&') != std::string_view::npos; };
            if (has_amp(f.name) || has_amp(f.op) || has_amp(f.operands)) {
                // A continued statement is joined across its cards first (name, operation
                // and the operands that continue after ", "; remarks dropped): substitution
                // moves text, and the cards' offsets would no longer say where the operands
                // go on. A single card is substituted up to its remarks, which follow as written.
                std::string fields, remarks;
                if (!s.segments.empty()) {
                    fields.append(f.name).append(" ").append(f.op).append(" ").append(f.operands);
                } else {
                    const std::size_t end = f.operand_offset + f.operands.size();
                    fields = text.substr(0, std::min(end, text.size()));
                    remarks = text.substr(std::min(end, text.size()));
                }
                std::string sub, err;
                if (!substitute(open_scope_, fields, sub, err)) diag(&s, 0, kError, err);
                else text = std::move(sub) + remarks;
            }
        }
        handle_generated(std::move(text), &s, open_scope_, 0, st);
        if (op == "END") break;
        ++i;
    }
}

std::size_t MacroProcessor::define_macro(const std::vector<Flat>& flat, std::size_t at, bool list) {
    const SourceStatement& macro_stmt = *flat[at].source;
    auto list_it = [&](const SourceStatement& s) {
        if (!list) return;
        Statement st;
        st.text = s.text;
        st.source = &s;
        st.ref = s.ref;
        st.kind = StatementKind::kListOnly;
        emit(std::move(st));
    };
    list_it(macro_stmt);
    std::size_t i = at + 1;
    while (i < flat.size() && (flat[i].source->comment || flat[i].source->macro_comment)) list_it(*flat[i++].source);
    if (i >= flat.size()) {
        diag(&macro_stmt, 0, kSevere, "MACRO without a prototype statement or MEND");
        return i;
    }
    const SourceStatement& proto = *flat[i].source;
    list_it(proto);
    ++i;
    auto def = std::make_unique<MacroDefinition>();
    StatementFields pf = split_fields(proto.text, proto.segments);
    def->name = to_upper(pf.op);
    bool proto_ok = valid_ordinary(def->name);
    if (!proto_ok) diag(&proto, pf.op_offset, kError, "invalid macro name '" + std::string(pf.op) + "'");
    if (!pf.name.empty()) {
        if (!valid_variable(pf.name)) diag(&proto, 0, kError, "prototype name field must be a variable symbol");
        else def->label_param = to_upper(pf.name.substr(1));
    }
    def->param_index[def->label_param.empty() ? std::string("\x01") : def->label_param] = 0;
    std::vector<std::string_view> params = split_arguments(pf.operands);
    std::vector<std::pair<std::string, std::string>> keywords;
    for (std::string_view p : params) {
        std::size_t eq = p.find('=');
        std::string_view pname = eq == std::string_view::npos ? p : p.substr(0, eq);
        if (!valid_variable(pname)) {
            diag(&proto, pf.operand_offset, kError, "invalid parameter '" + std::string(p) + "'");
            continue;
        }
        std::string up = to_upper(pname.substr(1));
        if (def->param_index.count(up)) {
            diag(&proto, pf.operand_offset, kError, "duplicate parameter &" + up);
            continue;
        }
        if (eq == std::string_view::npos) {
            def->positional.push_back(up);
            def->param_index[up] = static_cast<int>(def->positional.size());
        } else {
            keywords.emplace_back(up, std::string(p.substr(eq + 1)));
        }
    }
    for (auto& [k, v] : keywords) {
        def->keywords.push_back(k);
        def->defaults.push_back(v);
        def->param_index[k] = static_cast<int>(def->positional.size() + def->keywords.size());
    }
    // The body, up to the matching MEND.
    bool ended = false;
    for (; i < flat.size(); ++i) {
        const SourceStatement& s = *flat[i].source;
        list_it(s);
        if (flat[i].copy_statement) continue;
        if (s.macro_comment) continue;
        if (s.comment) {
            if (!s.text.empty() && s.text[0] == '*') def->body.push_back({&s, ModelKind::kComment, 0, {}});
            continue;
        }
        StatementFields f = split_fields(s.text, s.segments);
        std::string op = to_upper(f.op);
        if (op == "MEND") {
            if (f.name.size() > 1 && f.name[0] == '.') def->sequence.try_emplace(to_upper(f.name), def->body.size());
            ended = true;
            ++i;
            break;
        }
        if (op == "MACRO") {
            diag(&s, f.op_offset, kError, "a macro definition cannot contain another (Assembler F)");
            continue;
        }
        ModelStatement m;
        m.source = &s;
        m.kind = model_kind(op, m.set_type);
        if (f.name.size() > 1 && f.name[0] == '.') {
            m.sequence = to_upper(f.name);
            if (!def->sequence.try_emplace(m.sequence, def->body.size()).second)
                diag(&s, 0, kError, "duplicate sequence symbol " + m.sequence);
        }
        def->body.push_back(std::move(m));
    }
    if (!ended) diag(&macro_stmt, 0, kSevere, "missing MEND for macro " + def->name);
    if (proto_ok) macros_[def->name] = std::move(def);
    return i;
}

const MacroDefinition* MacroProcessor::find_macro(const std::string& op) {
    auto it = macros_.find(op);
    if (it != macros_.end()) return it->second.get();
    if (not_macros_.count(op)) return nullptr;
    if (op.empty() || optab_.find(op) || OperationTable::is_macro_language(op) || !valid_ordinary(op)) {
        not_macros_.insert(op);
        return nullptr;
    }
    int file = library_.find_member(op);
    if (file >= 0) {
        std::vector<Flat> flat;
        flatten(file, flat, 1, nullptr);
        for (std::size_t i = 0; i < flat.size();) {
            const SourceStatement& s = *flat[i].source;
            if (!s.comment && !s.macro_comment && !flat[i].copy_statement &&
                to_upper(split_fields(s.text, s.segments).op) == "MACRO") {
                i = define_macro(flat, i, false);
            } else {
                ++i;
            }
        }
        it = macros_.find(op);
        if (it != macros_.end()) return it->second.get();
    }
    not_macros_.insert(op);
    return nullptr;
}

bool MacroProcessor::handle_generated(std::string text, const SourceStatement* source, MacroScope& scope,
                                      int level, const Statement& call) {
    static const std::vector<std::uint32_t> kNoSegments;
    // The cards' continuation offsets hold for the text as read, not for a substituted one.
    StatementFields f = split_fields(text, source && level == 0 && !source->segments.empty() && text == source->text ? source->segments : kNoSegments);
    std::string op = to_upper(f.op);
    const MacroDefinition* def = op.empty() ? nullptr : find_macro(op);
    Statement st;
    st.source = source;
    st.ref = level == 0 ? (source ? source->ref : call.ref) : scope.call_ref;
    st.level = static_cast<std::uint16_t>(level);
    if (scope.macro) st.macro = scope.macro->name;
    if (def) {
        st.text = text;
        st.kind = StatementKind::kListOnly;
        emit(st);
        if (!f.name.empty() && f.name[0] != '.') {
            OrdinaryAttributes a;
            a.type = 'M';
            ordinary_.insert_or_assign(to_upper(f.name), a);
        }
        std::string_view label = f.name.size() > 0 && f.name[0] == '.' ? std::string_view{} : f.name;
        expand(*def, label, f.operands, st, level, &scope);
        return true;
    }
    st.kind = StatementKind::kAssemble;
    record_attributes(f, op, false);
    st.text = std::move(text);  // f is not used after this
    emit(std::move(st));
    return false;
}

void MacroProcessor::expand(const MacroDefinition& def, std::string_view label, std::string_view operands,
                            const Statement& call, int level, const MacroScope* caller) {
    if (level >= options_.max_macro_nesting) {
        diag(call.source ? call.source : current_model_, 0, kSevere,
             "macro " + def.name + " nested more than " + std::to_string(options_.max_macro_nesting) +
                 " deep (runaway recursion?)",
             caller);
        return;
    }
    MacroScope scope;
    scope.macro = &def;
    scope.params.assign(1 + def.positional.size() + def.keywords.size(), std::string());
    scope.params[0] = std::string(label);
    for (std::size_t k = 0; k < def.keywords.size(); ++k) scope.params[1 + def.positional.size() + k] = def.defaults[k];
    scope.syslist.emplace_back(label);
    for (std::string_view arg : split_arguments(operands)) {
        std::size_t eq = arg.find('=');
        if (eq != std::string_view::npos && eq > 0 && valid_ordinary(arg.substr(0, eq))) {
            auto it = def.param_index.find(to_upper(arg.substr(0, eq)));
            if (it != def.param_index.end() && it->second > static_cast<int>(def.positional.size())) {
                scope.params[static_cast<std::size_t>(it->second)] = std::string(arg.substr(eq + 1));
                continue;
            }
        }
        scope.syslist.emplace_back(arg);
        if (scope.syslist.size() - 1 <= def.positional.size()) scope.params[scope.syslist.size() - 1] = std::string(arg);
    }
    char ndx[16];
    std::snprintf(ndx, sizeof ndx, "%04u", ++sysndx_);
    scope.sysndx = ndx;
    scope.sysect = current_section_;
    scope.actr = options_.actr;
    scope.call = &call;
    scope.call_ref = level == 0 ? call.ref : caller->call_ref;

    std::size_t idx = 0;
    const std::vector<std::uint32_t> no_segments;
    while (idx < def.body.size() && !stopped_) {
        const ModelStatement& m = def.body[idx];
        const SourceStatement& src = *m.source;
        switch (m.kind) {
        case ModelKind::kComment: {
            Statement st;
            st.text = src.text;
            st.ref = scope.call_ref;
            st.level = static_cast<std::uint16_t>(level + 1);
            st.kind = StatementKind::kListOnly;
            st.macro = def.name;
            emit(std::move(st));
            ++idx;
            break;
        }
        case ModelKind::kMexit:
            return;
        case ModelKind::kModel: {
            StatementFields f = split_fields(src.text, src.segments);
            std::string name, op, ops, err;
            bool ok = true;
            if (!f.name.empty() && f.name[0] != '.') ok = substitute(scope, f.name, name, err);
            if (ok) ok = substitute(scope, f.op, op, err);
            if (ok) ok = substitute(scope, f.operands, ops, err);
            if (!ok) diag(&src, 0, kError, err, &scope);
            std::string text = name;
            if (text.size() < 8) text.resize(8, ' ');
            text += ' ';
            text += op;
            if (!ops.empty() || !f.remarks.empty()) {
                if (text.size() < 14) text.resize(14, ' ');
                text += ' ';
                text += ops;
            }
            if (!f.remarks.empty()) {
                text += ' ';
                text += f.remarks;
            }
            while (!text.empty() && text.back() == ' ') text.pop_back();
            current_model_ = &src;
            handle_generated(std::move(text), nullptr, scope, level + 1, call);
            ++idx;
            break;
        }
        default: {
            long r = conditional(scope, src, m.kind, m.set_type, def.sequence, level + 1);
            if (r == -2) return;
            idx = r >= 0 ? static_cast<std::size_t>(r) : idx + 1;
        }
        }
    }
}

bool MacroProcessor::substitute(MacroScope& scope, std::string_view text, std::string& out, std::string& error) {
    out.clear();
    out.reserve(text.size() + 16);
    bool ok = true;
    for (std::size_t i = 0; i < text.size();) {
        char c = text[i];
        if (c != '&') {
            out.push_back(c);
            ++i;
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == '&') {
            out += "&&";
            i += 2;
            continue;
        }
        if (i + 1 >= text.size() || !is_symbol_start(text[i + 1])) {
            out.push_back(c);
            ++i;
            continue;
        }
        std::size_t s = i + 1, e = s;
        while (e < text.size() && is_symbol_char(text[e])) ++e;
        std::string name = to_upper(text.substr(s, e - s));
        std::vector<std::int32_t> subs;
        bool subscripted = false;
        std::size_t after = e;
        // A subscript follows a parameter, &SYSLIST or a SET array; after a scalar SET
        // symbol a parenthesis is ordinary text.
        if (e < text.size() && text[e] == '(') {
            SetVariable* set = find_set(scope, name);
            bool takes = !set || set->array;
            if (takes) {
                int depth = 0;
                std::size_t close = e;
                for (; close < text.size(); ++close) {
                    if (text[close] == '(') ++depth;
                    else if (text[close] == ')' && --depth == 0) break;
                }
                if (close < text.size()) {
                    std::string_view inner = text.substr(e + 1, close - e - 1);
                    bool sub_ok = true;
                    std::size_t st = 0;
                    for (std::size_t k = 0; k <= inner.size() && sub_ok; ++k) {
                        if (k == inner.size() || inner[k] == ',') {
                            ConditionalExpression ce(*this, scope, inner.substr(st, k - st));
                            std::int32_t v = 0;
                            if (!ce.arithmetic(v) || !ce.at_end()) sub_ok = false;
                            subs.push_back(v);
                            st = k + 1;
                        }
                    }
                    if (sub_ok) {
                        subscripted = true;
                        after = close + 1;
                    } else {
                        subs.clear();
                    }
                }
            }
        }
        std::string value;
        SetVariable* set = nullptr;
        std::int32_t number = 0;
        char kind = 0;
        std::string err;
        if (!variable_value(scope, name, subs, subscripted, value, &set, number, kind, err)) {
            if (ok) error = err;
            ok = false;
            out.append(text.substr(i, after - i));
            i = after;
            continue;
        }
        if (kind == 'A' || kind == 'B') out += std::to_string(number);
        else out += value;
        if (out.size() > kMaxSubstituted) {
            if (ok) error = "statement longer than 32768 characters after substitution";
            out.resize(kMaxSubstituted);
            return false;
        }
        i = after;
        if (i < text.size() && text[i] == '.') ++i;  // concatenation
    }
    return ok;
}

void MacroProcessor::record_attributes(const StatementFields& f, const std::string& op, bool from_lookahead) {
    if (f.name.empty() || f.name[0] == '*' || f.name[0] == '.') {
        // No name: still note section changes for &SYSECT.
        if (f.name.empty() && !from_lookahead && (op == "CSECT" || op == "DSECT" || op == "COM"))
            current_section_.clear();
        return;
    }
    std::string name = to_upper(f.name);
    if (!valid_ordinary(name)) return;
    OrdinaryAttributes a;
    const Operation* o = optab_.find(op);
    if (!o) {
        if (from_lookahead && macros_.count(op)) a.type = 'M';
        else return;
    } else if (o->machine || o->extended) {
        a.type = 'I';
        a.length = o->machine ? static_cast<std::int32_t>(format_length(o->machine->format)) : (o->extended->opcode < 0x40 ? 2 : 4);
    } else {
        switch (o->directive) {
        case Directive::kCsect:
        case Directive::kStart:
        case Directive::kDsect:
        case Directive::kCom:
            a.type = 'J';
            if (!from_lookahead) current_section_ = name;
            break;
        case Directive::kCcw:
            a.type = 'W';
            a.length = 8;
            break;
        case Directive::kDc:
        case Directive::kDs: {
            NoSymbols none;
            DcOperand op1;
            ParseError err;
            std::size_t pos = 0;
            if (parse_dc_operand(f.operands, pos, o->directive == Directive::kDs, none, op1, err)) {
                a.type = op1.type;
                a.length = std::max(1, op1.value_length());
                constant_attributes(op1, a.scale, a.integer);
            } else {
                std::size_t p = 0;
                while (p < f.operands.size() && f.operands[p] >= '0' && f.operands[p] <= '9') ++p;
                if (p < f.operands.size()) a.type = upper(f.operands[p]);
            }
            break;
        }
        case Directive::kEqu: {
            a.type = 'U';
            std::vector<std::string_view> ops = split_arguments(f.operands);
            std::int32_t v = 0;
            if (ops.size() > 1 && ConditionalExpression::self_defining(ops[1], v)) a.length = v;
            else if (!ops.empty()) {
                std::string first = to_upper(ops[0]);
                auto it = ordinary_.find(first);
                if (it != ordinary_.end()) a.length = it->second.length;
            }
            break;
        }
        default:
            a.type = 'U';
        }
    }
    if (from_lookahead) ordinary_.try_emplace(name, a);
    else ordinary_.insert_or_assign(name, a);
}

void MacroProcessor::lookahead() {
    int depth = 0;
    for (std::size_t i = open_position_; i < open_flat_.size(); ++i) {
        const SourceStatement& s = *open_flat_[i].source;
        if (s.comment || s.macro_comment || open_flat_[i].copy_statement) continue;
        StatementFields f = split_fields(s.text, s.segments);
        std::string op = to_upper(f.op);
        if (op == "MACRO") ++depth;
        else if (op == "MEND" && depth > 0) --depth;
        else if (depth == 0 && !f.name.empty()) {
            if (!optab_.find(op) && find_macro(op)) {
                OrdinaryAttributes a;
                a.type = 'M';
                ordinary_.try_emplace(to_upper(f.name), a);
            } else {
                record_attributes(f, op, true);
            }
        }
    }
}

OrdinaryAttributes MacroProcessor::attributes(std::string_view symbol, bool& known) {
    auto it = ordinary_.find(std::string(symbol));
    if (it == ordinary_.end() && !lookahead_done_) {
        lookahead_done_ = true;
        lookahead();
        it = ordinary_.find(std::string(symbol));
    }
    known = it != ordinary_.end();
    return known ? it->second : OrdinaryAttributes{};
}

}  // namespace simmon::s360::asm360
