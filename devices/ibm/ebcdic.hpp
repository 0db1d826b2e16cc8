// EBCDIC, the 360's character code, and the host's ASCII: the translation the console,
// the card reader (ASCII decks), the printer and the terminal lines use. The printable
// characters follow code page 037 (the US EBCDIC of the System/360 character set); the
// cent sign, logical not and broken bar, which ASCII lacks, become '[', '^' and '|'.
// Bytes with no printable ASCII meaning translate to 0, which callers treat as "none".
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace simmon::ibm {

std::uint8_t ebcdic_to_ascii(std::uint8_t c);  // 0 when not printable
std::uint8_t ascii_to_ebcdic(std::uint8_t c);  // EBCDIC blank (X'40') when none
std::string ebcdic_to_ascii(std::string_view ebcdic, char unprintable = ' ');
std::string ascii_to_ebcdic(std::string_view ascii);

inline constexpr std::uint8_t kEbcdicBlank = 0x40;
inline constexpr std::uint8_t kEbcdicNewLine = 0x15;

}  // namespace simmon::ibm
