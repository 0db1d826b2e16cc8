// FP11 floating-point processor state and number formats (PDP-11/45 and 11/70; FP11-A
// option of the 11/34). Formats (PDP-11 Processor Handbook, "Floating point"):
//   F (32 bits): sign, 8-bit excess-128 exponent, 23-bit fraction with a hidden 1
//   D (64 bits): the same with a 55-bit fraction
// A number is 0.1fff... x 2^(exp-128); exponent 0 means zero (any fraction bits are
// ignored, and a "minus zero" is the undefined variable).
#pragma once
#include <cstdint>

namespace simmon::pdp11 {

// FPS bits.
namespace fps {
inline constexpr std::uint16_t kFER = 0100000;   // error
inline constexpr std::uint16_t kFID = 040000;    // interrupt disable
inline constexpr std::uint16_t kFIUV = 04000;    // interrupt on undefined variable
inline constexpr std::uint16_t kFIU = 02000;     // interrupt on underflow
inline constexpr std::uint16_t kFIV = 01000;     // interrupt on overflow
inline constexpr std::uint16_t kFIC = 0400;      // interrupt on integer conversion error
inline constexpr std::uint16_t kFD = 0200;       // double precision
inline constexpr std::uint16_t kFL = 0100;       // long integer
inline constexpr std::uint16_t kFT = 040;        // truncate (chop) instead of rounding
inline constexpr std::uint16_t kFMM = 020;       // maintenance mode
inline constexpr std::uint16_t kFN = 010, kFZ = 04, kFV = 02, kFC = 01;
inline constexpr std::uint16_t kMask = 0147777;  // implemented bits
}  // namespace fps

// Floating exception codes (FEC).
namespace fec {
inline constexpr int kOpcode = 2;
inline constexpr int kDivideByZero = 4;
inline constexpr int kConversion = 6;
inline constexpr int kOverflow = 8;
inline constexpr int kUnderflow = 10;
inline constexpr int kUndefined = 12;
}  // namespace fec

struct Fp11State {
    std::uint64_t ac[6] = {};  // raw D-format bits, first word in bits 63:48
    std::uint16_t fps = 0, fec = 0, fea = 0;
};

}  // namespace simmon::pdp11
