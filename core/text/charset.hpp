// The character set a machine keeps text in, for EXAMINE -c/-a and DEPOSIT -c/-a: ASCII
// on DEC machines, EBCDIC on the System/360.
#pragma once
#include <cstdint>

namespace simmon {

enum class CharacterSet : std::uint8_t { Ascii, Ebcdic };

// EBCDIC code page 037 (US/Canada), the one the 360's printers and terminals in North
// America used, as IBM defines it and the Unicode consortium publishes it
// (MAPPINGS/VENDORS/MICSFT/EBCDIC/CP037.TXT). CP037 covers exactly the 256 Latin-1 code
// points, so both directions are one-to-one: ASCII text round-trips, and every EBCDIC
// byte has a Latin-1 code (printable ASCII for letters, digits and punctuation).
std::uint8_t ebcdic_to_latin1(std::uint8_t ebcdic);
std::uint8_t latin1_to_ebcdic(std::uint8_t latin1);

// A guest byte as the host's ASCII/Latin-1 code, and back.
inline std::uint8_t guest_to_host_char(CharacterSet set, std::uint8_t c) {
    return set == CharacterSet::Ebcdic ? ebcdic_to_latin1(c) : c;
}
inline std::uint8_t host_to_guest_char(CharacterSet set, std::uint8_t c) {
    return set == CharacterSet::Ebcdic ? latin1_to_ebcdic(c) : c;
}

}  // namespace simmon
