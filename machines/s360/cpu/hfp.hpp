// Hexadecimal floating-point arithmetic of the System/360 (PoO "Floating-Point
// Arithmetic"), on register images: a long operand is the 64-bit image, a short one the
// high 32 bits of it. Sign bit, 7-bit characteristic (exponent + 64, radix 16) and a
// fraction of `digits` hex digits (6 short, 14 long). Results are truncated, never
// rounded; addition keeps one guard digit; multiply and divide normalize their operands
// first. The caller owns the PSW: each function returns the result image and the
// program-interruption code the operation raises (0 for none). The program mask decides
// what an underflow or a zero result becomes, so it is an input.
#pragma once
#include <cstdint>

namespace simmon::s360::hfp {

struct Result {
    std::uint64_t image = 0;      // short results in the low 32 bits
    std::uint16_t exception = 0;  // kExponentOverflow, kExponentUnderflow, kSignificance, kFloatingDivide
    std::uint32_t cc = 0;         // for the add/subtract family: 0 zero, 1 minus, 2 plus
    bool suppressed = false;      // divide by zero: nothing stored
};

// `digits` is 6 or 14. `normalize` selects AE/AD versus AU/AW. `pm` is the program mask.
Result add(std::uint64_t a, std::uint64_t b, unsigned digits, bool subtract, bool normalize, std::uint32_t pm);
// CC of comparing a with b (as subtraction, guard digit included; no exceptions).
std::uint32_t compare(std::uint64_t a, std::uint64_t b, unsigned digits);
// MER/ME take short operands and give a long result (`digits_in` 6); MDR/MD 14.
Result multiply(std::uint64_t a, std::uint64_t b, unsigned digits_in, std::uint32_t pm);
Result divide(std::uint64_t a, std::uint64_t b, unsigned digits, std::uint32_t pm);
Result halve(std::uint64_t a, unsigned digits, std::uint32_t pm);

// The condition code an image's sign and fraction give (0 fraction zero, 1 minus, 2 plus).
std::uint32_t cc_of(std::uint64_t image, unsigned digits);

}  // namespace simmon::s360::hfp
