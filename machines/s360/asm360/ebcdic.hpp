// EBCDIC, the character code of the System/360 (the code page the assembler writes C-type
// constants, deck names and object records in). The table is code page 037 for the
// characters the 360's card punches and printers carried; ASCII has no "not" sign, so '^'
// stands for it (X'5F'), as on most 360 terminals of the time.
#pragma once
#include <cstdint>
#include <string_view>

namespace simmon::s360::asm360 {

std::uint8_t ascii_to_ebcdic(unsigned char c);
// The printable ASCII character for an EBCDIC code, or '.' where there is none.
char ebcdic_to_ascii(std::uint8_t c);

}  // namespace simmon::s360::asm360
