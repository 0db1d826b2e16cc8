// Helpers for the asm360 tests: assemble a source held in a string and look at the text it
// generated (through the linker, so the object deck is read back as a loader reads it).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "machines/s360/asm360/asm360.hpp"
#include "machines/s360/asm360/linker.hpp"

namespace asm360_test {

namespace a = simmon::s360::asm360;

// Prefixes each line with nine blanks unless it starts with a non-blank (a label) or '|'
// (the rest of the line is taken as written from column 1).
inline std::string card(const std::string& s) { return s + "\n"; }

inline a::AssemblyResult assemble(const std::string& source, std::vector<std::string> libraries = {}) {
    a::AssemblerOptions o;
    o.libraries = std::move(libraries);
    return a::assemble_source("test.asm", source, o);
}

inline std::string messages(const a::AssemblyResult& r) {
    std::string s;
    for (const auto& d : r.diagnostics.all()) s += d.format() + "\n";
    return s;
}

// The storage image the object deck describes (sections placed as assembled).
inline std::vector<std::uint8_t> image_of(const a::AssemblyResult& r) {
    a::LinkOptions lo;
    a::LinkResult l = a::link_decks({{"test.obj", r.object}}, lo);
    return l.ok ? l.image : std::vector<std::uint8_t>{};
}

inline std::string hex(const std::vector<std::uint8_t>& v, std::size_t from = 0, std::size_t n = std::string::npos) {
    static const char* d = "0123456789ABCDEF";
    std::string s;
    for (std::size_t i = from; i < v.size() && i - from < n; ++i) {
        s.push_back(d[v[i] >> 4]);
        s.push_back(d[v[i] & 15]);
    }
    return s;
}

// Assembles "         <statements>" in a CSECT at 0 with USING *,0 off, and returns the hex
// of the first `n` bytes of the section.
inline std::string bytes_of(const std::string& body, std::size_t n, std::string* diags = nullptr) {
    a::AssemblyResult r = assemble("T        CSECT\n" + body + "         END\n");
    if (diags) *diags = messages(r);
    return hex(image_of(r), 0, n);
}

}  // namespace asm360_test
