// Conditional assembly statements (GC28-6514, "Conditional Assembly Instructions"): the
// declarations LCLA/LCLB/LCLC and GBLA/GBLB/GBLC (scalar or subscripted), SETA/SETB/SETC,
// AIF and AGO to sequence symbols, ANOP, ACTR, MNOTE, and the values of variable symbols:
// SET symbols, macro parameters (and their sublists) and the system variable symbols
// &SYSNDX, &SYSECT, &SYSLIST and &SYSPARM.
#include <algorithm>

#include "machines/s360/asm360/conditional_expression.hpp"
#include "machines/s360/asm360/macro_processor.hpp"

namespace simmon::s360::asm360 {
namespace {

constexpr std::int32_t kMaxDimension = 65535;

// A conditional-assembly operand: up to a blank outside quotes and parentheses, so that
// logical expressions can be written "(&A EQ 1 AND &B)".
std::string_view conditional_operand(std::string_view text, std::size_t start) {
    int depth = 0;
    bool quoted = false;
    std::size_t i = start;
    for (; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '\'') quoted = false;
            continue;
        }
        if (c == '\'' && !is_attribute_quote(text, i)) quoted = true;
        else if (c == '(') ++depth;
        else if (c == ')') --depth;
        else if (c == ' ' && depth <= 0) break;
    }
    return text.substr(start, i - start);
}

}  // namespace

SetVariable* MacroProcessor::find_set(MacroScope& scope, const std::string& name) {
    auto it = scope.locals.find(name);
    if (it != scope.locals.end()) return &it->second;
    auto g = scope.globals.find(name);
    if (g != scope.globals.end()) return g->second;
    return nullptr;
}

bool MacroProcessor::variable_value(MacroScope& scope, std::string_view name, const std::vector<std::int32_t>& subs,
                                    bool subscripted, std::string& text, SetVariable** set, std::int32_t& number,
                                    char& kind, std::string& error) {
    kind = 'C';
    *set = nullptr;
    std::string key(name);
    if (SetVariable* v = find_set(scope, key)) {
        *set = v;
        kind = v->type;
        std::size_t index = 0;
        if (v->array) {
            if (!subscripted || subs.size() != 1) {
                error = "&" + key + " is subscripted: write &" + key + "(n)";
                return false;
            }
            std::size_t size = v->type == 'C' ? v->strings.size() : v->numbers.size();
            if (subs[0] < 1 || static_cast<std::size_t>(subs[0]) > size) {
                error = "subscript " + std::to_string(subs[0]) + " of &" + key + " outside 1-" + std::to_string(size);
                return false;
            }
            index = static_cast<std::size_t>(subs[0] - 1);
        } else if (subscripted) {
            error = "&" + key + " is not subscripted";
            return false;
        }
        if (v->type == 'C') text = v->strings[index];
        else number = v->numbers[index];
        return true;
    }
    if (scope.macro) {
        auto it = scope.macro->param_index.find(key);
        if (it != scope.macro->param_index.end() || key == "SYSLIST") {
            std::string_view value;
            std::string joined;
            std::size_t sub_from = 0;
            if (key == "SYSLIST") {
                if (!subscripted) {
                    // N'&SYSLIST: all positional operands as one sublist.
                    joined = "(";
                    for (std::size_t k = 1; k < scope.syslist.size(); ++k) {
                        if (k > 1) joined += ',';
                        joined += scope.syslist[k];
                    }
                    joined += ')';
                    text = scope.syslist.size() > 1 ? joined : std::string();
                    return true;
                }
                if (subs[0] < 0) {
                    error = "&SYSLIST subscript below 0";
                    return false;
                }
                value = static_cast<std::size_t>(subs[0]) < scope.syslist.size() ? std::string_view(scope.syslist[static_cast<std::size_t>(subs[0])]) : std::string_view{};
                sub_from = 1;
            } else {
                value = scope.params[static_cast<std::size_t>(it->second)];
            }
            for (std::size_t k = sub_from; k < subs.size() && subscripted; ++k) {
                std::vector<std::string_view> elems = ConditionalExpression::sublist(value);
                if (subs[k] < 1) {
                    error = "sublist subscript below 1";
                    return false;
                }
                value = static_cast<std::size_t>(subs[k]) <= elems.size() ? elems[static_cast<std::size_t>(subs[k] - 1)] : std::string_view{};
            }
            text = std::string(value);
            return true;
        }
        if (key == "SYSNDX") {
            text = scope.sysndx;
            return true;
        }
        if (key == "SYSECT") {
            text = scope.sysect;
            return true;
        }
    }
    if (key == "SYSPARM") {
        text = options_.sysparm;
        return true;
    }
    error = "undefined variable symbol &" + key;
    return false;
}

void MacroProcessor::declare(MacroScope& scope, const SourceStatement& src, bool global, char type) {
    StatementFields f = split_fields(src.text, src.segments);
    std::string_view ops = f.operands;
    std::size_t start = 0;
    int depth = 0;
    for (std::size_t i = 0; i <= ops.size(); ++i) {
        if (i < ops.size() && ops[i] == '(') ++depth;
        else if (i < ops.size() && ops[i] == ')') --depth;
        if (i < ops.size() && (ops[i] != ',' || depth > 0)) continue;
        std::string_view item = ops.substr(start, i - start);
        std::size_t item_at = f.operand_offset + start;
        start = i + 1;
        if (item.empty()) continue;
        std::size_t paren = item.find('(');
        std::string_view nm = item.substr(0, paren);
        if (nm.size() < 2 || nm[0] != '&' || !is_symbol_start(nm[1]) || nm.size() > 8) {
            diag(&src, item_at, kError, "invalid SET symbol '" + std::string(item) + "'", &scope);
            continue;
        }
        std::string name = to_upper(nm.substr(1));
        std::int32_t dim = 0;
        if (paren != std::string_view::npos) {
            if (item.back() != ')') {
                diag(&src, item_at, kError, "unbalanced parentheses in '" + std::string(item) + "'", &scope);
                continue;
            }
            ConditionalExpression ce(*this, scope, item.substr(paren + 1, item.size() - paren - 2));
            if (!ce.arithmetic(dim) || !ce.at_end() || dim < 1 || dim > kMaxDimension) {
                diag(&src, item_at, kError, "dimension of &" + name + " must be 1 to 65535", &scope);
                continue;
            }
        }
        if (scope.macro && scope.macro->param_index.count(name)) {
            diag(&src, item_at, kError, "&" + name + " is a parameter of the macro", &scope);
            continue;
        }
        SetVariable fresh;
        fresh.type = type;
        fresh.array = dim > 0;
        std::size_t n = dim > 0 ? static_cast<std::size_t>(dim) : 1;
        if (type == 'C') fresh.strings.assign(n, std::string());
        else fresh.numbers.assign(n, 0);
        if (global) {
            auto [it, created] = globals_.try_emplace(name, fresh);
            if (!created && (it->second.type != type || it->second.array != fresh.array))
                diag(&src, item_at, kError, "global &" + name + " was declared with another type or dimension", &scope);
            scope.locals.erase(name);
            scope.globals[name] = &it->second;
        } else {
            if (scope.locals.count(name) || scope.globals.count(name)) continue;  // declared again: keep
            scope.locals.emplace(name, std::move(fresh));
        }
    }
}

long MacroProcessor::conditional(MacroScope& scope, const SourceStatement& src, ModelKind kind, char set_type,
                                 const std::unordered_map<std::string, std::size_t>& sequence, int level) {
    StatementFields f = split_fields(src.text, src.segments);
    std::string_view operand = conditional_operand(src.text, f.operand_offset);
    const std::size_t op_at = f.operand_offset;
    auto branch = [&](std::string_view target, std::size_t at) -> long {
        std::string seq = to_upper(target);
        auto it = sequence.find(seq);
        if (seq.size() < 2 || seq[0] != '.' || it == sequence.end()) {
            diag(&src, at, kError, "undefined sequence symbol '" + std::string(target) + "'", &scope);
            return -1;
        }
        if (--scope.actr < 0) {
            diag(&src, 0, kSevere,
                 std::string("ACTR limit of ") + std::to_string(options_.actr) + " branches exceeded: " +
                     (scope.macro ? "expansion ended" : "conditional assembly of the open code ended"),
                 &scope);
            return -2;
        }
        return static_cast<long>(it->second);
    };
    switch (kind) {
    case ModelKind::kAnop:
        return -1;
    case ModelKind::kAgo:
        return branch(operand, op_at);
    case ModelKind::kAif: {
        if (operand.empty() || operand[0] != '(') {
            diag(&src, op_at, kError, "AIF needs (logical expression).sequence", &scope);
            return -1;
        }
        ConditionalExpression ce(*this, scope, operand);
        bool v = false;
        if (!ce.logical(v)) {
            diag(&src, op_at + ce.error_offset(), kError, ce.error(), &scope);
            return -1;
        }
        std::size_t p = ce.position();
        if (p >= operand.size() || operand[p] != '.') {
            diag(&src, op_at + p, kError, "AIF needs a sequence symbol after the expression", &scope);
            return -1;
        }
        return v ? branch(operand.substr(p), op_at + p) : -1;
    }
    case ModelKind::kLcl:
    case ModelKind::kGbl:
        declare(scope, src, kind == ModelKind::kGbl, set_type);
        return -1;
    case ModelKind::kActr: {
        ConditionalExpression ce(*this, scope, operand);
        std::int32_t v = 0;
        if (!ce.arithmetic(v) || !ce.at_end()) diag(&src, op_at + ce.error_offset(), kError, ce.error().empty() ? "invalid ACTR operand" : ce.error(), &scope);
        else scope.actr = v;
        return -1;
    }
    case ModelKind::kMnote: {
        // MNOTE [severity|*],'message'
        std::string text, err;
        if (!substitute(scope, f.operands, text, err)) diag(&src, op_at, kError, err, &scope);
        std::int16_t severity = 0;
        std::string_view t = text;
        std::size_t q = t.find('\'');
        if (q == std::string_view::npos || t.size() < q + 2 || t.back() != '\'') {
            diag(&src, op_at, kError, "MNOTE needs a quoted message", &scope);
            return -1;
        }
        std::string_view sev = t.substr(0, q);
        if (!sev.empty() && sev.back() == ',') sev.remove_suffix(1);
        else if (!sev.empty()) {
            diag(&src, op_at, kError, "MNOTE needs severity,'message'", &scope);
            return -1;
        }
        if (sev == "*" ) severity = 0;
        else if (!sev.empty()) {
            std::int32_t v = 0;
            if (!ConditionalExpression::self_defining(sev, v) || v < 0 || v > 255) {
                diag(&src, op_at, kError, "MNOTE severity must be 0-255 or *", &scope);
                return -1;
            }
            severity = static_cast<std::int16_t>(v);
        } else if (q > 0) {
            severity = 1;  // ",'message'": the comma with no number means severity 1
        }
        std::string msg;
        for (std::size_t i = q + 1; i + 1 < t.size(); ++i) {
            msg.push_back(t[i]);
            if (t[i] == '\'' && i + 2 < t.size() && t[i + 1] == '\'') ++i;
        }
        Statement st;
        st.text = msg;
        st.source = level == 0 ? &src : nullptr;
        st.ref = level == 0 ? src.ref : scope.call_ref;
        st.level = static_cast<std::uint16_t>(level);
        st.kind = StatementKind::kMnote;
        st.mnote_severity = severity;
        if (scope.macro) st.macro = scope.macro->name;
        emit(std::move(st));
        return -1;
    }
    case ModelKind::kSetA: {
        // The target: &NAME or &NAME(subscript) in the name field.
        std::string_view target = f.name;
        std::size_t paren = target.find('(');
        std::string_view nm = target.substr(0, paren);
        if (nm.size() < 2 || nm[0] != '&' || !is_symbol_start(nm[1])) {
            diag(&src, 0, kError, "SET" + std::string(1, set_type) + " needs a SET symbol in the name field", &scope);
            return -1;
        }
        std::string name = to_upper(nm.substr(1));
        std::int32_t index = 0;
        if (paren != std::string_view::npos) {
            ConditionalExpression ce(*this, scope, target.substr(paren + 1, target.size() - paren - 2));
            if (target.back() != ')' || !ce.arithmetic(index) || !ce.at_end()) {
                diag(&src, 0, kError, "invalid subscript in '" + std::string(target) + "'", &scope);
                return -1;
            }
        }
        SetVariable* var = find_set(scope, name);
        if (!var) {
            if ((scope.macro && scope.macro->param_index.count(name)) || name.rfind("SYS", 0) == 0) {
                diag(&src, 0, kError, "&" + name + " cannot be set", &scope);
                return -1;
            }
            // Undeclared: a local SET symbol of the statement's type (Assembler F required a
            // declaration; later assemblers declare it implicitly, and so do we).
            SetVariable fresh;
            fresh.type = set_type;
            fresh.array = paren != std::string_view::npos;
            std::size_t n = fresh.array ? static_cast<std::size_t>(std::clamp(index, 1, kMaxDimension)) : 1;
            if (set_type == 'C') fresh.strings.assign(n, std::string());
            else fresh.numbers.assign(n, 0);
            var = &scope.locals.emplace(name, std::move(fresh)).first->second;
        }
        if (var->type != set_type) {
            diag(&src, f.op_offset, kError, "&" + name + " is a SET" + std::string(1, var->type) + " symbol", &scope);
            return -1;
        }
        std::size_t slot = 0;
        if (var->array) {
            std::size_t size = var->type == 'C' ? var->strings.size() : var->numbers.size();
            if (paren == std::string_view::npos || index < 1 || static_cast<std::size_t>(index) > size) {
                diag(&src, 0, kError, "subscript of &" + name + " outside 1-" + std::to_string(size), &scope);
                return -1;
            }
            slot = static_cast<std::size_t>(index - 1);
        } else if (paren != std::string_view::npos) {
            diag(&src, 0, kError, "&" + name + " is not subscripted", &scope);
            return -1;
        }
        ConditionalExpression ce(*this, scope, operand);
        bool ok = false;
        if (set_type == 'A') {
            std::int32_t v = 0;
            ok = ce.arithmetic(v) && ce.at_end();
            if (ok) var->numbers[slot] = v;
        } else if (set_type == 'B') {
            bool v = false;
            ok = ce.logical(v) && ce.at_end();
            if (ok) var->numbers[slot] = v ? 1 : 0;
        } else {
            std::string v;
            ok = ce.character(v) && ce.at_end();
            if (ok) var->strings[slot] = std::move(v);
        }
        if (!ok)
            diag(&src, op_at + (ce.error().empty() ? ce.position() : ce.error_offset()), kError,
                 ce.error().empty() ? "invalid SET" + std::string(1, set_type) + " operand" : ce.error(), &scope);
        return -1;
    }
    default:
        return -1;
    }
}

}  // namespace simmon::s360::asm360
