// Exact FP11 arithmetic on raw D-format bit patterns (first word in bits 63:48). Results
// are in F or D precision (`dbl`), rounded or chopped (`chop` = FPS FT). An exponent out
// of range is reported, with the exponent in the result wrapped modulo 256 as the FP11
// stores it when the overflow/underflow interrupt is enabled.
#pragma once
#include <cstdint>

namespace simmon::pdp11 {

struct FpResult {
    std::uint64_t raw = 0;  // 0 is exact zero
    bool overflow = false;
    bool underflow = false;
};

struct FpModResult {
    FpResult integer, fraction;
};

FpResult fp_add(std::uint64_t a, std::uint64_t b, bool dbl, bool chop);
FpResult fp_mul(std::uint64_t a, std::uint64_t b, bool dbl, bool chop);
FpResult fp_div(std::uint64_t a, std::uint64_t b, bool dbl, bool chop);  // b != 0
FpModResult fp_mod(std::uint64_t a, std::uint64_t b, bool dbl, bool chop);
FpResult fp_round(std::uint64_t raw, bool dbl, bool chop);  // to the other precision
FpResult fp_from_integer(std::int64_t v, bool dbl, bool chop);
// Chops toward zero; false if the value does not fit in `bits` (16 or 32).
bool fp_to_integer(std::uint64_t raw, int bits, std::int64_t& out);
// -1, 0, 1 as a < b, a == b, a > b (all zeros equal).
int fp_compare(std::uint64_t a, std::uint64_t b);

inline bool fp_is_zero(std::uint64_t raw) { return ((raw >> 55) & 0377) == 0; }
inline bool fp_is_negative(std::uint64_t raw) { return (raw >> 63) != 0; }
// "Minus zero": sign set, exponent 0 - the undefined variable.
inline bool fp_is_undefined(std::uint64_t raw) { return fp_is_zero(raw) && fp_is_negative(raw); }

}  // namespace simmon::pdp11
