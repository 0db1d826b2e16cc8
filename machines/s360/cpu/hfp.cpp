// Hexadecimal floating point (see hfp.hpp). Fractions are kept as integers of `digits`
// hex digits; a guard digit is one more hex digit on the right.
#include "machines/s360/cpu/hfp.hpp"

#include "machines/s360/cpu/s360_cpu.hpp"

namespace simmon::s360::hfp {
namespace {

struct Unpacked {
    bool negative;
    int exponent;  // the characteristic, allowed outside 0-127 while computing
    std::uint64_t fraction;
};

unsigned bits(unsigned digits) { return digits * 4; }

Unpacked unpack(std::uint64_t image, unsigned digits) {
    const unsigned fb = bits(digits);
    return {((image >> (fb + 7)) & 1) != 0, static_cast<int>((image >> fb) & 0x7F),
            image & ((std::uint64_t{1} << fb) - 1)};
}
std::uint64_t pack(bool negative, int exponent, std::uint64_t fraction, unsigned digits) {
    const unsigned fb = bits(digits);
    return (std::uint64_t{negative} << (fb + 7)) | (std::uint64_t(exponent & 0x7F) << fb) | fraction;
}
void prenormalize(Unpacked& u, unsigned digits) {
    const unsigned top = bits(digits) - 4;
    while (u.fraction != 0 && (u.fraction >> top) == 0) {
        u.fraction <<= 4;
        --u.exponent;
    }
}
// Exponent overflow wraps the characteristic and always interrupts; underflow wraps and
// interrupts when the mask allows, else the result is a true zero (PoO).
Result finish(bool negative, int exponent, std::uint64_t fraction, unsigned digits, std::uint32_t pm) {
    Result r;
    if (exponent > 127) {
        r.exception = kExponentOverflow;
    } else if (exponent < 0) {
        if (!(pm & kPmExponentUnderflow)) return r;  // true zero, CC 0
        r.exception = kExponentUnderflow;
    }
    r.image = pack(negative, exponent, fraction, digits);
    r.cc = fraction == 0 ? 0 : negative ? 1 : 2;
    return r;
}

// The intermediate sum of a and b (or a - b), with the guard digit: digits + 1 digits,
// possibly one more after a carry, which is shifted out again here.
struct Sum {
    bool negative;
    int exponent;
    std::uint64_t value;  // digits + 1 hex digits
};
Sum intermediate(std::uint64_t a, std::uint64_t b, unsigned digits, bool subtract) {
    Unpacked x = unpack(a, digits), y = unpack(b, digits);
    if (subtract) y.negative = !y.negative;
    if (x.exponent < y.exponent) std::swap(x, y);
    std::uint64_t fx = x.fraction << 4, fy = y.fraction << 4;
    const int shift = x.exponent - y.exponent;
    fy = shift > static_cast<int>(digits) + 1 ? 0 : fy >> (4 * shift);
    Sum s{x.negative, x.exponent, 0};
    if (x.negative == y.negative) {
        s.value = fx + fy;
    } else if (fx >= fy) {
        s.value = fx - fy;
    } else {
        s.value = fy - fx;
        s.negative = y.negative;
    }
    if (s.value >> (bits(digits) + 4)) {
        s.value >>= 4;
        ++s.exponent;
    }
    return s;
}

}  // namespace

std::uint32_t cc_of(std::uint64_t image, unsigned digits) {
    const Unpacked u = unpack(image, digits);
    return u.fraction == 0 ? 0 : u.negative ? 1 : 2;
}

Result add(std::uint64_t a, std::uint64_t b, unsigned digits, bool subtract, bool normalize, std::uint32_t pm) {
    Sum s = intermediate(a, b, digits, subtract);
    std::uint64_t fraction;
    if (normalize) {
        if (s.value == 0) {
            // Significance: a zero intermediate sum. With the mask on the zero fraction
            // keeps the characteristic and the program is told; else a true zero.
            Result r;
            if (pm & kPmSignificance) {
                r.image = pack(false, s.exponent, 0, digits);
                r.exception = kSignificance;
            }
            return r;
        }
        const unsigned top = bits(digits);  // position of the leading digit, guard included
        while ((s.value >> top) == 0) {
            s.value <<= 4;
            --s.exponent;
        }
        fraction = s.value >> 4;
    } else {
        fraction = s.value >> 4;
        if (fraction == 0) {
            Result r;
            if (pm & kPmSignificance) {
                r.image = pack(false, s.exponent, 0, digits);
                r.exception = kSignificance;
                if (s.exponent > 127) {
                    r.image = pack(false, s.exponent, 0, digits);
                    r.exception = kExponentOverflow;
                }
            }
            return r;
        }
    }
    return finish(s.negative, s.exponent, fraction, digits, pm);
}

std::uint32_t compare(std::uint64_t a, std::uint64_t b, unsigned digits) {
    const Sum s = intermediate(a, b, digits, true);
    return s.value == 0 ? 0 : s.negative ? 1 : 2;
}

Result multiply(std::uint64_t a, std::uint64_t b, unsigned digits_in, std::uint32_t pm) {
    Unpacked x = unpack(a, digits_in), y = unpack(b, digits_in);
    if (x.fraction == 0 || y.fraction == 0) return Result{};
    prenormalize(x, digits_in);
    prenormalize(y, digits_in);
    int exponent = x.exponent + y.exponent - 64;
    unsigned __int128 p = static_cast<unsigned __int128>(x.fraction) * y.fraction;  // 2*digits_in digits
    const unsigned pbits = 2 * bits(digits_in);
    if ((p >> (pbits - 4)) == 0) {
        p <<= 4;
        --exponent;
    }
    // A long result: 14 digits, truncated (MD, MDR) or exact (ME, MER: 12 digits).
    const std::uint64_t fraction = pbits >= 56 ? static_cast<std::uint64_t>(p >> (pbits - 56))
                                               : static_cast<std::uint64_t>(p << (56 - pbits));
    return finish(x.negative != y.negative, exponent, fraction, 14, pm);
}

Result divide(std::uint64_t a, std::uint64_t b, unsigned digits, std::uint32_t pm) {
    Unpacked x = unpack(a, digits), y = unpack(b, digits);
    Result r;
    if (y.fraction == 0) {
        r.exception = kFloatingDivide;
        r.suppressed = true;
        return r;
    }
    if (x.fraction == 0) return r;  // true zero
    prenormalize(x, digits);
    prenormalize(y, digits);
    int exponent = x.exponent - y.exponent + 64;
    unsigned __int128 q = (static_cast<unsigned __int128>(x.fraction) << bits(digits)) / y.fraction;
    if (q >> bits(digits)) {
        q >>= 4;
        ++exponent;
    }
    return finish(x.negative != y.negative, exponent, static_cast<std::uint64_t>(q), digits, pm);
}

// HER/HDR on the 360 halve and normalize: the fraction moves right one bit, the bit
// shifted out staying in the guard digit, and the result is normalized (so the guard
// digit can come back) and truncated; underflow as for the other normalized operations.
Result halve(std::uint64_t a, unsigned digits, std::uint32_t pm) {
    Unpacked x = unpack(a, digits);
    std::uint64_t g = x.fraction << 3;  // digits + 1 hex digits: fraction / 2 with a guard digit
    if (g == 0) return Result{};        // a zero fraction gives a true zero
    int exponent = x.exponent;
    while ((g >> bits(digits)) == 0) {
        g <<= 4;
        --exponent;
    }
    return finish(x.negative, exponent, g >> 4, digits, pm);
}

}  // namespace simmon::s360::hfp
