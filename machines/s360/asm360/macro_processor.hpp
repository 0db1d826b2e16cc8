// The macro processor (GC28-6514, "Macro Language" and "Conditional Assembly"): it walks
// the open code, records macro definitions, expands macro instructions (with inner macro
// calls), performs conditional assembly (SET symbols, AIF, AGO, ANOP, ACTR) in open code
// and in macros, and hands the resulting statements, in order, to the assembler.
//
// It also keeps the attributes (T' L' S' I') of the ordinary symbols the statements it has
// produced define, and looks ahead in the open code for symbols not yet seen, the way
// Assembler F's lookahead does, so a macro can test an operand's type before it is defined.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "machines/s360/asm360/asm360.hpp"
#include "machines/s360/asm360/source_library.hpp"
#include "machines/s360/asm360/statement.hpp"

namespace simmon::s360::asm360 {

class OperationTable;

enum class ModelKind : std::uint8_t {
    kModel, kComment, kSetA, kSetB, kSetC, kAif, kAgo, kAnop, kLcl, kGbl, kMexit, kMnote, kActr,
};

struct ModelStatement {
    const SourceStatement* source = nullptr;
    ModelKind kind = ModelKind::kModel;
    char set_type = 0;         // A, B or C for SET, LCL and GBL
    std::string sequence;      // ".NAME" in the name field, upper case
};

struct MacroDefinition {
    std::string name;
    std::string label_param;                  // &NAME in the prototype's name field, or empty
    std::vector<std::string> positional;      // names without '&', upper case
    std::vector<std::string> keywords;
    std::vector<std::string> defaults;        // per keyword
    std::vector<ModelStatement> body;
    std::unordered_map<std::string, std::size_t> sequence;  // .NAME -> body index
    std::unordered_map<std::string, int> param_index;      // name -> 0 label, 1.. positional, then keywords
};

struct SetVariable {
    char type = 'A';
    bool array = false;
    std::vector<std::int32_t> numbers;  // A and B
    std::vector<std::string> strings;   // C
};

struct OrdinaryAttributes {
    char type = 'U';
    std::int32_t length = 1;
    std::int16_t scale = 0;
    std::int16_t integer = 0;
};

// One level of expansion (or the open code, with no macro).
struct MacroScope {
    const MacroDefinition* macro = nullptr;
    std::vector<std::string> params;   // by param_index
    std::vector<std::string> syslist;  // 0: name field, 1..: positional operands as written
    std::unordered_map<std::string, SetVariable> locals;
    std::unordered_map<std::string, SetVariable*> globals;  // GBL declarations in this scope
    std::string sysndx;
    std::string sysect;
    int actr = 4096;
    const Statement* call = nullptr;  // the call statement (for diagnostics)
    SourceRef call_ref;
};

class MacroProcessor {
public:
    MacroProcessor(const AssemblerOptions& options, SourceLibrary& library, Diagnostics& diags,
                   const OperationTable& optab);
    ~MacroProcessor();

    // Processes the file `primary` into `out`.
    void run(int primary, std::vector<Statement>& out);

    // Used by the conditional-expression evaluator (conditional_expression.cpp).
    bool variable_value(MacroScope& scope, std::string_view name, const std::vector<std::int32_t>& subscripts,
                        bool subscripted, std::string& text, SetVariable** set, std::int32_t& number, char& kind,
                        std::string& error);
    OrdinaryAttributes attributes(std::string_view symbol, bool& known);
    // Substitutes variable symbols in `text` (model statements, quoted strings).
    bool substitute(MacroScope& scope, std::string_view text, std::string& out, std::string& error);

private:
    struct Flat {
        const SourceStatement* source;
        bool copy_statement;  // a COPY statement, listed before its member
    };
    void flatten(int file, std::vector<Flat>& out, int depth, const SourceStatement* copy_at);
    void open_code(const std::vector<Flat>& flat);
    std::size_t define_macro(const std::vector<Flat>& flat, std::size_t macro_index, bool list);
    const MacroDefinition* find_macro(const std::string& upper_op);
    void expand(const MacroDefinition& def, std::string_view label, std::string_view operands,
                const Statement& call, int level, const MacroScope* caller);
    // A conditional-assembly statement; returns the body index to go to, -1 to continue,
    // -2 to end the expansion (MEXIT or an error that stops it).
    long conditional(MacroScope& scope, const SourceStatement& src, ModelKind kind, char set_type,
                     const std::unordered_map<std::string, std::size_t>& sequence, int level);
    void emit(Statement s);
    void record_attributes(const StatementFields& f, const std::string& op, bool from_lookahead);
    void lookahead();
    bool handle_generated(std::string text, const SourceStatement* source, MacroScope& scope, int level,
                          const Statement& call_for_ref);
    void diag(const SourceStatement* src, std::size_t offset, int severity, std::string message,
              const MacroScope* scope = nullptr);
    SetVariable* find_set(MacroScope& scope, const std::string& name);
    void declare(MacroScope& scope, const SourceStatement& src, bool global, char type);

    const AssemblerOptions& options_;
    SourceLibrary& library_;
    Diagnostics& diags_;
    const OperationTable& optab_;
    std::vector<Statement>* out_ = nullptr;
    std::unordered_map<std::string, std::unique_ptr<MacroDefinition>> macros_;
    std::unordered_map<std::string, SetVariable> globals_;
    std::unordered_map<std::string, OrdinaryAttributes> ordinary_;
    std::unordered_set<std::string> not_macros_;  // operations known to be no macro
    std::unordered_map<std::string, std::size_t> open_sequence_;
    std::vector<Flat> open_flat_;
    std::size_t open_position_ = 0;
    bool lookahead_done_ = false;
    std::uint32_t sysndx_ = 0;
    std::string current_section_;
    std::uint64_t generated_ = 0;
    bool stopped_ = false;  // a terminal error: no more statements
    MacroScope open_scope_;
    const SourceStatement* current_model_ = nullptr;  // for diagnostics about generated calls
};

}  // namespace simmon::s360::asm360
