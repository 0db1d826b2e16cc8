// The assembler proper: two passes over the statements the macro processor produced.
// Pass 1 assigns locations, defines symbols and collects literals; pass 2 evaluates
// operands, chooses base registers (USING), and generates text, relocation items, the
// listing lines and the diagnostics. The methods live in files by concern:
//   passes.cpp        the driver, sections, location counter, EQU/ORG/CNOP/LTORG/END, ESD
//   data_definition.cpp  DC, DS, CCW and literals
//   instructions.cpp  machine instructions and extended mnemonics
//   using_table.cpp   USING, DROP and the choice of base register
//   listing.cpp       the Assembler F listing
//   object_deck.cpp   ESD, TXT, RLD and END records
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "machines/s360/asm360/asm360.hpp"
#include "machines/s360/asm360/constants.hpp"
#include "machines/s360/asm360/source_library.hpp"
#include "machines/s360/asm360/statement.hpp"
#include "machines/s360/asm360/symbols.hpp"
#include "machines/s360/isa/opcode_table.hpp"

namespace simmon::s360::asm360 {

enum class Directive : std::uint8_t {
    kNone, kStart, kCsect, kDsect, kCom, kUsing, kDrop, kEqu, kDc, kDs, kCcw, kOrg, kLtorg, kCnop,
    kEntry, kExtrn, kWxtrn, kEnd, kPrint, kTitle, kSpace, kEject, kPunch, kRepro, kIctl, kIseq,
};

// What an operation code names: a directive, a machine instruction or an extended mnemonic.
struct Operation {
    Directive directive = Directive::kNone;
    const OpcodeInfo* machine = nullptr;
    const ExtendedMnemonic* extended = nullptr;
};

// The operation table: directives and every mnemonic of machines/s360/isa, hashed once.
class OperationTable {
public:
    OperationTable();
    const Operation* find(std::string_view upper_op) const;
    // True for the conditional-assembly and macro operations the macro processor handles.
    static bool is_macro_language(std::string_view upper_op);

private:
    std::unordered_map<std::string_view, Operation> ops_;
};

struct StatementInfo {
    std::int32_t location = 0;
    std::int32_t length = 0;
    std::int16_t section = -1;
    std::uint16_t literal_pool = 0;
    bool has_location = false;
    bool failed = false;  // pass 1 found an error: pass 2 generates nothing for it
    std::int32_t addr1 = -1;
    std::int32_t addr2 = -1;
    std::uint8_t object[8] = {};
    std::uint8_t object_length = 0;
    // A constant's bytes after the first eight, in listing_data_, for PRINT DATA.
    std::uint32_t more_at = 0;
    std::uint32_t more_length = 0;
    std::int32_t value = 0;  // EQU: the value printed in the ADDR2 column
    bool show_value = false;
    bool data = false;  // a constant: the listing shows its bytes ungrouped
    // Where pass 1 left the location counter, so pass 2 lays out exactly as pass 1 did.
    std::int16_t end_section = -1;
    std::int32_t end_location = 0;
};

struct Literal {
    std::string text;  // as written, from the '=' on: the pool's key
    DcOperand operand;
    std::uint16_t pool = 0;
    std::int16_t section = -1;
    std::int32_t location = 0;
    bool placed = false;
    std::uint32_t statement = 0;  // first use, for diagnostics
    // A literal whose expressions use '*' takes the location of the statement that uses it
    // (GC28-6514, "Literals"), so each such use is a literal of its own.
    bool uses_location = false;
    Value location_used;  // '*' for it: the using statement's location (pass 2)
    std::uint8_t object[8] = {};  // for the listing
    std::uint8_t object_length = 0;
    std::vector<std::uint8_t> more;  // the bytes after the first eight, for PRINT DATA
};

struct UsingEntry {
    int reg = 0;
    Value base;
};

struct TextPiece {
    std::int16_t section;
    std::int32_t address;
    std::vector<std::uint8_t> bytes;
};

struct RldItem {
    std::uint16_t relocation_esdid;  // R pointer
    std::uint16_t position_esdid;    // P pointer
    std::uint8_t flags;              // type, length-1, direction (GC26-3756 "RLD Card")
    std::int32_t address;
};

struct EsdItem {
    std::string name;
    std::uint8_t type;  // 0 SD, 1 LD, 2 ER, 4 PC, 5 CM, 0x0A WX
    std::int32_t address = 0;
    std::int32_t length = 0;  // SD, PC, CM
    std::uint16_t esdid = 0;  // SD, PC, CM, ER, WX
    std::uint16_t ldid = 0;   // LD: the SD it lies in
};

class Assembler : public ConstantContext {
public:
    Assembler(const AssemblerOptions& options, SourceLibrary& library, Diagnostics& diags,
              std::vector<Statement>& statements);

    void run();  // both passes
    std::vector<std::uint8_t> object_deck() const;
    std::string listing() const;

    // ExpressionContext / ConstantContext
    bool symbol_value(std::string_view upper_name, Value& v, std::int32_t& length) override;
    Value location_counter() override;
    std::int32_t location_counter_length() override { return current_length_; }
    bool base_displacement(const Value& v, int& base, int& displacement, std::string& error) override;
    int external_reference(std::string_view upper_name) override;

private:
    // passes.cpp
    void pass(int number);
    void statement(std::size_t index);
    void error(std::size_t offset, int severity, std::string message);  // offset in operands
    void define_label(const Value& v, std::int32_t length, char type);
    void align(int boundary);
    void advance(std::int64_t bytes);
    int section_named(std::string_view name, SectionKind kind, bool& created);
    void switch_section(std::string_view name, SectionKind kind);
    void do_start();
    void do_equ();
    void do_org();
    void do_cnop();
    void do_ltorg(bool at_end);
    void do_symbol_list(Directive d);
    void do_end();
    void do_print();
    bool absolute_operand(std::string_view text, std::size_t& pos, std::int32_t& v, bool need_defined);
    void assign_origins();  // the control sections' assembled addresses, after pass 1
    void finish();          // section lengths, ESD list
    std::vector<std::string> split_operands(std::string_view ops, std::vector<std::size_t>* offsets);
    // The same into views of `ops`; at most `max` operands (the rest are joined to the last).
    std::size_t split_operand_views(std::string_view ops, std::string_view* out, std::size_t* offsets, std::size_t max);

    // data_definition.cpp
    void do_dc_ds(bool is_ds);
    void do_ccw();
    int literal_index(std::string_view text, std::size_t offset);
    void emit(const std::uint8_t* bytes, std::size_t n, const std::vector<ConstantReloc>& relocs);
    void emit(const std::vector<std::uint8_t>& bytes, const std::vector<ConstantReloc>& relocs) {
        emit(bytes.data(), bytes.size(), relocs);
    }
    void place_literals(int pool);
    void list_object(StatementInfo& in, std::int32_t at, const std::uint8_t* bytes, std::size_t n);

    // instructions.cpp
    void machine_instruction(const OpcodeInfo& info, int extended_mask);
    bool register_operand(std::string_view text, std::size_t offset, int& reg, int max);
    bool address_operand(std::string_view text, std::size_t offset, int kind, int& base, int& disp, int& index,
                         int& length, std::int32_t& shown);

    // using_table.cpp
    void do_using();
    void do_drop();

    // object_deck.cpp helpers
    std::uint16_t esdid_of(int section) const;

    const AssemblerOptions& options_;
    SourceLibrary& library_;
    Diagnostics& diags_;
    std::vector<Statement>& statements_;
    std::vector<StatementInfo> info_;
    OperationTable optab_;

    SymbolTable symbols_;
    std::vector<Section> sections_;
    int current_section_ = -1;
    std::uint16_t next_esdid_ = 1;
    std::vector<Literal> literals_;
    std::vector<std::unordered_map<std::string, int>> pools_;
    const Value* literal_location_ = nullptr;  // '*' while a literal is generated, or none
    int current_pool_ = 0;
    std::vector<UsingEntry> usings_;
    std::vector<std::string> entries_;
    std::vector<std::uint32_t> entry_statements_;
    std::vector<TextPiece> text_;
    std::vector<RldItem> rld_;
    std::vector<EsdItem> esd_;
    bool have_entry_point_ = false;
    Value entry_point_;
    bool ended_ = false;
    std::vector<std::string> punched_;  // PUNCH and REPRO cards, in order, before the ESD
    std::string deck_id_;

    // the statement being processed
    int pass_ = 1;
    std::size_t index_ = 0;
    StatementFields fields_;
    std::string name_;  // label, upper case
    std::string op_;    // operation, upper case
    std::int32_t current_length_ = 1;
    std::vector<std::uint8_t> scratch_;
    std::vector<ConstantReloc> scratch_relocs_;
    std::vector<std::uint8_t> listing_data_;  // constants' bytes past the first eight
};

}  // namespace simmon::s360::asm360
