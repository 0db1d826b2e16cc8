// The IBM 2741 communications terminal's line codes, as a 2703 line delivers them to the
// channel: six code bits and an odd-parity check bit (seven bits, the high bit of the
// byte zero), in one of the two codes a 2741 was built for, EBCD (PTT/BCD) or
// correspondence (the Selectric office typewriter's). A code names a key of the
// keyboard, not a character: which of its two characters is meant depends on the
// typeball's shift, changed by the upshift and downshift codes (the IBM 2741
// Communication Terminal manual; the code assignments are those of the 2741 translate
// tables of IBM's access methods, which reference section 13.6 points to). The shift is mechanical: one
// state for what the terminal prints and what its keyboard sends.
#pragma once
#include <cstdint>
#include <string>

namespace simmon::ibm {

enum class Code2741 : std::uint8_t { Ebcd, Correspondence };

// The control codes, the same in both codes.
inline constexpr std::uint8_t k2741UpShift = 0x1C;
inline constexpr std::uint8_t k2741DownShift = 0x7C;
inline constexpr std::uint8_t k2741Eot = 0x1F;  // end of transmission, "circle C"
inline constexpr std::uint8_t k2741NewLine = 0x5B;
inline constexpr std::uint8_t k2741LineFeed = 0x3B;
inline constexpr std::uint8_t k2741Backspace = 0x5D;
inline constexpr std::uint8_t k2741Tab = 0x7A;
inline constexpr std::uint8_t k2741Idle = 0x5E;
inline constexpr std::uint8_t k2741Bypass = 0x38;
inline constexpr std::uint8_t k2741Restore = 0x58;
inline constexpr std::uint8_t k2741Delete = 0x7F;

// The codes the keyboard sends for the ASCII character `c` typed on the telnet client,
// appended to `out`: a shift code first when the typeball is in the other case (`upper`
// follows). A carriage return is NEW LINE then EOT (the RETURN key ends the transmission),
// a backspace or DEL the backspace key, a tab the tab key. False, with nothing appended,
// for a character the 2741's keyboard does not have.
bool encode_2741(Code2741 code, std::uint8_t c, bool& upper, std::string& out);

// What the terminal prints for line code `b` (the high bit ignored), as ASCII text for
// the telnet client: a character, "\r\n" for NEW LINE, nothing for the shift codes (which
// turn the typeball: `upper` follows), EOT, idle, bypass, restore, delete, codes with a
// wrong check bit and codes no key has.
std::string decode_2741(Code2741 code, std::uint8_t b, bool& upper);

}  // namespace simmon::ibm
