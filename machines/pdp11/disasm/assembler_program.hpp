// A two-pass assembler for whole programs in a subset of MACRO-11 absolute code, used to
// build the project's own PDP-11 programs (software-kits/pdp11). Instructions are
// encoded by the same code as the SCP's one-line assembler; this adds:
//   LABEL:  n$: (local labels, scoped between ordinary labels)   SYM = expr   . = expr
//   .WORD .BYTE .ASCII .ASCIZ .EVEN .ODD .BLKW .BLKB .ORG .END [start]
//   .TITLE .SBTTL .IDENT .LIST .NLIST .ENABL .DSABL .ASECT .GLOBL .PAGE (accepted, ignored)
// Macros, program sections and relocation are not supported; the output is one
// absolute image for the absolute loader.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/machine/status.hpp"

namespace simmon::pdp11 {

struct ProgramSegment {
    std::uint16_t address = 0;
    std::vector<std::uint8_t> bytes;
};

struct AssembledProgram {
    std::vector<ProgramSegment> segments;     // contiguous runs of assembled bytes
    std::optional<std::uint16_t> start;       // from .END
    std::string listing;                      // address, words and source, one line each
};

// Assembles `source`; errors read "<file_name>:<line>: <message>".
Status assemble_program(std::string_view source, std::string_view file_name, AssembledProgram& program);

// The program in absolute-loader format, ending with its start address (or 1: none).
std::vector<std::uint8_t> absolute_tape_image(const AssembledProgram& program);

}  // namespace simmon::pdp11
