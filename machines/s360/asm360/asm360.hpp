// asm360: an assembler for IBM System/360 Basic Assembler Language in the dialect of
// OS/360 Assembler F (GC28-6514 "Assembler Language", GC26-3756 "Assembler (F)
// Programmer's Guide"), the language CP-67 and CMS were written in.
//
// assemble_file() reads a source file, expands macros and conditional assembly, assembles
// in two passes and returns an OS/360 object deck (80-byte ESD, TXT, RLD and END records),
// a listing in the Assembler F layout and one-line diagnostics with file, line and column.
// The return code follows Assembler F: 0, 4 (warnings), 8 (errors), 12 (serious), 16.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "machines/s360/asm360/diagnostics.hpp"

namespace simmon::s360::asm360 {

inline constexpr std::string_view kVersion = "asm360 1.0 (OS/360 Assembler F dialect)";

struct AssemblerOptions {
    std::vector<std::string> libraries;  // folders searched for macros and COPY members
    // Conditional-assembly branches (AGO, successful AIF) allowed per macro expansion and
    // in open code, like a default ACTR; exceeding it ends that expansion with an error.
    int actr = 4096;
    int max_macro_nesting = 50;  // inner macro calls deeper than this are an error
    // Statements a whole assembly may generate: the last guard against runaway expansion.
    std::uint64_t max_generated = 5'000'000;
    std::string sysparm;  // &SYSPARM
    // The highest location a section may reach: 16 MB, the 360's addressing; the fuzz
    // target lowers it so that it spends its time on the language, not on filling storage.
    std::int32_t max_location = 0xFFFFFF;
    bool listing = true;  // build the listing text (the benchmark and the fuzz target skip it)
};

struct AssemblyResult {
    std::vector<std::uint8_t> object;  // a multiple of 80 bytes (EBCDIC card images)
    std::string listing;
    Diagnostics diagnostics;
    int return_code = 0;
    std::uint64_t statements = 0;  // statements assembled (open code plus generated)
};

AssemblyResult assemble_file(const std::string& path, const AssemblerOptions& options);
// Assembles `text` as if it were the file `name` (tests, the fuzz target).
AssemblyResult assemble_source(const std::string& name, std::string_view text, const AssemblerOptions& options);

}  // namespace simmon::s360::asm360
