// FP11 arithmetic, exact to the last bit. Values are widened to a 128-bit magnitude
// (binary point above bit 127), operated on exactly (a sticky bit keeps what a far
// alignment shift drops), then normalised and either rounded (add half a unit in the
// last place: the FP11 rounds halves away from zero) or chopped (FPS FT).
#include "machines/pdp11/cpu/fp11_arith.hpp"

#include <bit>
#include <utility>

namespace simmon::pdp11 {

namespace {

using u128 = unsigned __int128;

constexpr std::uint64_t kFracMask = (std::uint64_t{1} << 55) - 1;

struct Wide {
    bool negative = false;
    int exp = 0;   // excess 128; value = mag / 2^128 * 2^(exp - 128)
    u128 mag = 0;  // 0 for zero
};

Wide widen(std::uint64_t raw) {
    Wide w;
    int e = static_cast<int>((raw >> 55) & 0377);
    if (e == 0) return w;
    w.negative = raw >> 63;
    w.exp = e;
    w.mag = static_cast<u128>((raw & kFracMask) | (std::uint64_t{1} << 55)) << 72;
    return w;
}

int leading_zeros(u128 v) {
    auto hi = static_cast<std::uint64_t>(v >> 64);
    if (hi) return std::countl_zero(hi);
    return 64 + std::countl_zero(static_cast<std::uint64_t>(v));
}

FpResult narrow(Wide w, bool dbl, bool chop) {
    FpResult r;
    if (w.mag == 0) return r;
    int shift = leading_zeros(w.mag);
    w.mag <<= shift;
    w.exp -= shift;
    int p = dbl ? 56 : 24;
    if (!chop) {
        u128 m = w.mag + (u128{1} << (127 - p));
        if (m < w.mag) {  // rounded up to 1.0
            m = u128{1} << 127;
            ++w.exp;
        }
        w.mag = m;
    }
    auto frac = static_cast<std::uint64_t>(w.mag >> (128 - p));
    std::uint64_t bits = (frac & ((std::uint64_t{1} << (p - 1)) - 1)) << (56 - p);
    r.overflow = w.exp > 0377;
    r.underflow = w.exp < 1;
    auto e = static_cast<std::uint64_t>(w.exp & 0377);
    r.raw = (w.negative ? std::uint64_t{1} << 63 : 0) | (e << 55) | bits;
    return r;
}

Wide add_wide(Wide a, Wide b) {
    if (a.mag == 0) return b;
    if (b.mag == 0) return a;
    if (a.exp < b.exp || (a.exp == b.exp && a.mag < b.mag)) std::swap(a, b);
    int d = a.exp - b.exp;
    u128 ma = a.mag >> 1, mb = b.mag >> 1;  // room for a carry
    if (d >= 127) {
        mb = mb != 0 ? 1 : 0;
    } else if (d > 0) {
        bool lost = (mb & ((u128{1} << d) - 1)) != 0;
        mb >>= d;
        if (lost) mb |= 1;
    }
    Wide r;
    r.exp = a.exp + 1;
    r.negative = a.negative;
    r.mag = a.negative == b.negative ? ma + mb : ma - mb;
    return r;
}

}  // namespace

FpResult fp_add(std::uint64_t a, std::uint64_t b, bool dbl, bool chop) {
    return narrow(add_wide(widen(a), widen(b)), dbl, chop);
}

FpResult fp_mul(std::uint64_t a, std::uint64_t b, bool dbl, bool chop) {
    Wide wa = widen(a), wb = widen(b);
    if (wa.mag == 0 || wb.mag == 0) return FpResult{};
    auto fa = static_cast<std::uint64_t>(wa.mag >> 72);
    auto fb = static_cast<std::uint64_t>(wb.mag >> 72);
    Wide r;
    r.negative = wa.negative != wb.negative;
    r.exp = wa.exp + wb.exp - 128;
    r.mag = (static_cast<u128>(fa) * fb) << 16;
    return narrow(r, dbl, chop);
}

FpResult fp_div(std::uint64_t a, std::uint64_t b, bool dbl, bool chop) {
    Wide wa = widen(a), wb = widen(b);
    if (wa.mag == 0 || wb.mag == 0) return FpResult{};
    auto fa = static_cast<std::uint64_t>(wa.mag >> 72);
    auto fb = static_cast<std::uint64_t>(wb.mag >> 72);
    u128 num = static_cast<u128>(fa) << 70;
    u128 q = num / fb;
    bool inexact = num % fb != 0;
    Wide r;
    r.negative = wa.negative != wb.negative;
    r.exp = wa.exp - wb.exp + 128 + 1;
    r.mag = (q << 57) | (inexact ? 1 : 0);
    return narrow(r, dbl, chop);
}

FpModResult fp_mod(std::uint64_t a, std::uint64_t b, bool dbl, bool chop) {
    FpModResult out;
    Wide wa = widen(a), wb = widen(b);
    if (wa.mag == 0 || wb.mag == 0) return out;
    auto fa = static_cast<std::uint64_t>(wa.mag >> 72);
    auto fb = static_cast<std::uint64_t>(wb.mag >> 72);
    Wide p;
    p.negative = wa.negative != wb.negative;
    p.exp = wa.exp + wb.exp - 128;
    p.mag = (static_cast<u128>(fa) * fb) << 16;
    int shift = leading_zeros(p.mag);
    p.mag <<= shift;
    p.exp -= shift;
    int int_bits = p.exp - 128;  // bits of the magnitude left of the binary point
    Wide ip = p, fp = p;
    if (int_bits <= 0) {
        ip.mag = 0;
    } else if (int_bits >= 128) {
        fp.mag = 0;
    } else {
        u128 low = (u128{1} << (128 - int_bits)) - 1;
        ip.mag = p.mag & ~low;
        fp.mag = p.mag & low;
    }
    // The integer part is chopped to the precision; the fraction is rounded or chopped.
    out.integer = narrow(ip, dbl, true);
    out.fraction = narrow(fp, dbl, chop);
    return out;
}

int fp_compare(std::uint64_t a, std::uint64_t b) {
    Wide wa = widen(a), wb = widen(b);
    if (wa.mag == 0 && wb.mag == 0) return 0;
    if (wa.mag == 0) return wb.negative ? 1 : -1;
    if (wb.mag == 0) return wa.negative ? -1 : 1;
    if (wa.negative != wb.negative) return wa.negative ? -1 : 1;
    int mag_cmp = (wa.exp != wb.exp) ? (wa.exp < wb.exp ? -1 : 1) : (wa.mag < wb.mag ? -1 : wa.mag > wb.mag ? 1 : 0);
    return wa.negative ? -mag_cmp : mag_cmp;
}

FpResult fp_from_integer(std::int64_t v, bool dbl, bool chop) {
    if (v == 0) return FpResult{};
    Wide w;
    w.negative = v < 0;
    std::uint64_t m = w.negative ? static_cast<std::uint64_t>(-v) : static_cast<std::uint64_t>(v);
    w.mag = static_cast<u128>(m) << 64;  // value = m / 2^64 * 2^(exp-128)
    w.exp = 128 + 64;
    return narrow(w, dbl, chop);
}

bool fp_to_integer(std::uint64_t raw, int bits, std::int64_t& out) {
    Wide w = widen(raw);
    out = 0;
    if (w.mag == 0) return true;
    int int_bits = w.exp - 128;
    if (int_bits <= 0) return true;  // |value| < 1 chops to 0
    if (int_bits > 63) return false;
    auto m = static_cast<std::uint64_t>(w.mag >> (128 - int_bits));
    std::int64_t v = w.negative ? -static_cast<std::int64_t>(m) : static_cast<std::int64_t>(m);
    std::int64_t lo = -(std::int64_t{1} << (bits - 1)), hi = (std::int64_t{1} << (bits - 1)) - 1;
    if (v < lo || v > hi) return false;
    out = v;
    return true;
}

FpResult fp_round(std::uint64_t raw, bool dbl, bool chop) { return narrow(widen(raw), dbl, chop); }

}  // namespace simmon::pdp11
