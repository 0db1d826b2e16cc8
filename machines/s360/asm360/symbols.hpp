// Values, control sections and the symbol table (GC28-6514, "Terms and Expressions",
// "Sectioning and Linking").
//
// A value is an integer plus a relocation part: how many times the origin of each section
// is added in. An absolute value has none, a simply relocatable one has one section with
// count +1; anything else is complexly relocatable, which only A-type constants accept.
// Sections are control sections (CSECT, START, COM), dummy sections (DSECT), and external
// symbols (EXTRN, WXTRN, V-type constants), each relocatable with respect to itself.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace simmon::s360::asm360 {

struct Value {
    std::int32_t value = 0;
    struct Reloc {
        std::int16_t section;
        std::int16_t count;
    };
    static constexpr int kMaxRelocs = 4;
    std::array<Reloc, kMaxRelocs> relocs{};
    std::uint8_t nrelocs = 0;
    bool overflowed = false;  // too many distinct sections for kMaxRelocs

    bool absolute() const { return nrelocs == 0 && !overflowed; }
    bool simple() const { return nrelocs == 1 && relocs[0].count == 1 && !overflowed; }
    int section() const { return simple() ? relocs[0].section : -1; }
    void add_reloc(int section, int count);
    static Value relocatable(int section, std::int32_t v) {
        Value r;
        r.value = v;
        r.add_reloc(section, 1);
        return r;
    }
    static Value absolute_value(std::int32_t v) {
        Value r;
        r.value = v;
        return r;
    }
};

enum class SectionKind : std::uint8_t { kControl, kCommon, kDummy, kExternal, kWeakExternal };

struct Section {
    std::string name;  // blank for the private (unnamed) control section
    SectionKind kind = SectionKind::kControl;
    std::uint16_t esdid = 0;  // ESD identifier for SD, CM, ER, WX; 0 for DSECTs
    std::int32_t start = 0;   // origin (START's operand for the first section)
    std::int32_t location = 0;
    std::int32_t high = 0;  // highest location reached: the section's length
    int literal_pool = 0;
};

struct Symbol {
    std::string name;
    Value value;
    std::int32_t length = 1;  // length attribute
    char type = 'U';          // type attribute
    std::int16_t scale = 0;
    std::int16_t integer = 0;
    bool defined = false;
    bool is_section = false;   // the name of a CSECT, DSECT, COM or START
    bool is_external = false;  // EXTRN/WXTRN name
    std::uint32_t definition = 0;  // statement number
    std::vector<std::uint32_t> references;
};

class SymbolTable {
public:
    Symbol* find(std::string_view name);
    const Symbol* find(std::string_view name) const;
    // The symbol, created undefined if new.
    Symbol& get(std::string_view name);
    const std::vector<Symbol>& all() const { return symbols_; }
    std::vector<Symbol>& all() { return symbols_; }

private:
    std::vector<Symbol> symbols_;
    std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace simmon::s360::asm360
