// F, D and G floating-point instructions (ARM chapter 9 and 3.10), on the unpacked
// arithmetic of vax_float.hpp. A reserved operand (sign 1, exponent 0), floating overflow,
// divide by zero and (with PSL<FU>) underflow are faults on the CVAX: the instruction is
// backed out and the arithmetic exception taken with codes 8, 9, 10. Results set N and Z,
// clear V and C.
#include "machines/vax/cpu/handler_support.hpp"
#include "machines/vax/cpu/handler_table.hpp"
#include "machines/vax/cpu/vax_float.hpp"

namespace simmon::vax {
namespace {

using F = FloatFormat;

template <F Fmt>
constexpr unsigned kSize = traits(Fmt).size;

bool fault_for(VaxCpu& c, FloatStatus s) {
    switch (s) {
        case FloatStatus::ReservedOperand: return c.reserved_operand();
        case FloatStatus::Overflow: return c.set_fault(kVecArithmetic, 1, kFloatingOverflowFault);
        case FloatStatus::DivideByZero: return c.set_fault(kVecArithmetic, 1, kFloatingDivideByZeroFault);
        case FloatStatus::Underflow: return c.set_fault(kVecArithmetic, 1, kFloatingUnderflowFault);
        default: return true;
    }
}

// A result: an underflow is zero unless PSL<FU> enables its fault.
bool finish(VaxCpu& c, FloatStatus s, std::uint64_t& raw) {
    if (s == FloatStatus::Underflow && !(c.psl_ & kPslFU)) {
        raw = 0;
        return true;
    }
    if (s != FloatStatus::Ok) return fault_for(c, s);
    return true;
}

template <F Fmt>
bool get(VaxCpu& c, unsigned i, Unpacked& u) {
    if (!unpack(Fmt, op(c, i).value, u)) return c.reserved_operand();
    return true;
}

template <F Fmt>
void cc_float(VaxCpu& c, std::uint64_t raw, bool keep_c = false) {
    const std::uint64_t s = word_swap(raw, kSize<Fmt>);
    const bool neg = (s >> (kSize<Fmt> * 8 - 1)) & 1;
    c.cc_ = (keep_c ? (c.cc_ & kPslC) : 0) | (neg ? kPslN : 0) | (raw == 0 ? kPslZ : 0);
}

template <F Fmt>
bool put(VaxCpu& c, unsigned i, std::uint64_t raw) {
    VAX_TRY(c.store(op(c, i), kSize<Fmt>, raw));
    cc_float<Fmt>(c, raw);
    return true;
}

enum class Arith { Add, Sub, Mul, Div };

template <F Fmt, Arith A, bool Three>
bool arith(VaxCpu& c) {
    Unpacked a, b;
    VAX_TRY(get<Fmt>(c, 0, a));
    VAX_TRY(get<Fmt>(c, 1, b));
    std::uint64_t raw = 0;
    FloatStatus s;
    switch (A) {
        case Arith::Add: s = float_add(Fmt, a, b, raw); break;
        case Arith::Sub: {
            Unpacked na = a;
            na.sign = !a.sign;
            s = float_add(Fmt, b, na, raw);
            break;
        }
        case Arith::Mul: s = float_mul(Fmt, a, b, raw); break;
        default: s = float_div(Fmt, b, a, raw); break;
    }
    VAX_TRY(finish(c, s, raw));
    return put<Fmt>(c, Three ? 2 : 1, raw);
}

// MOVx src,dst: C unchanged
template <F Fmt>
bool movf(VaxCpu& c) {
    Unpacked a;
    VAX_TRY(get<Fmt>(c, 0, a));
    const std::uint64_t raw = a.zero ? 0 : op(c, 0).value;
    VAX_TRY(c.store(op(c, 1), kSize<Fmt>, raw));
    cc_float<Fmt>(c, raw, true);
    return true;
}

template <F Fmt>
bool mnegf(VaxCpu& c) {
    Unpacked a;
    VAX_TRY(get<Fmt>(c, 0, a));
    std::uint64_t raw = 0;
    if (!a.zero) raw = op(c, 0).value ^ 0x8000u;  // the sign is bit 15 of the first word
    return put<Fmt>(c, 1, raw);
}

template <F Fmt>
bool tstf(VaxCpu& c) {
    Unpacked a;
    VAX_TRY(get<Fmt>(c, 0, a));
    cc_float<Fmt>(c, a.zero ? 0 : op(c, 0).value);
    return true;
}

template <F Fmt>
bool cmpf(VaxCpu& c) {
    Unpacked a, b;
    VAX_TRY(get<Fmt>(c, 0, a));
    VAX_TRY(get<Fmt>(c, 1, b));
    const int r = float_compare(a, b);
    c.cc_ = (r < 0 ? kPslN : 0) | (r == 0 ? kPslZ : 0);
    return true;
}

// CVTxB/W/L (truncating) and CVTRxL (rounding)
template <F Fmt, unsigned N, bool Round>
bool cvt_to_int(VaxCpu& c) {
    Unpacked a;
    VAX_TRY(get<Fmt>(c, 0, a));
    bool overflow = false;
    const std::int64_t v = float_to_int(Fmt, a, Round, overflow);
    const std::uint32_t r = static_cast<std::uint32_t>(v) & kMask<N>;
    if (sx<N>(r) != v) overflow = true;
    VAX_TRY(c.store(op(c, 1), N, r));
    cc_nzvc<N>(c, r, overflow, false);
    overflow_trap(c);
    return true;
}

// CVTBx, CVTWx, CVTLx
template <F Fmt, unsigned N>
bool cvt_from_int(VaxCpu& c) {
    std::uint64_t raw = 0;
    FloatStatus s = float_from_int(Fmt, sx<N>(val(c, 0)), raw);
    VAX_TRY(finish(c, s, raw));
    return put<Fmt>(c, 1, raw);
}

// CVTFD, CVTDF, CVTFG, CVTGF
template <F From, F To>
bool cvt_float(VaxCpu& c) {
    Unpacked a;
    VAX_TRY(get<From>(c, 0, a));
    std::uint64_t raw = 0;
    VAX_TRY(finish(c, float_convert(From, To, a, raw), raw));
    return put<To>(c, 1, raw);
}

// ACBx limit.rx,add.rx,index.mx,displ.bw
template <F Fmt>
bool acbf(VaxCpu& c) {
    Unpacked limit, add, index;
    VAX_TRY(get<Fmt>(c, 0, limit));
    VAX_TRY(get<Fmt>(c, 1, add));
    VAX_TRY(get<Fmt>(c, 2, index));
    std::uint64_t raw = 0;
    VAX_TRY(finish(c, float_add(Fmt, index, add, raw), raw));
    VAX_TRY(c.store(op(c, 2), kSize<Fmt>, raw));
    cc_float<Fmt>(c, raw, true);
    Unpacked next;
    unpack(Fmt, raw, next);
    const int r = float_compare(next, limit);
    if ((!add.sign && r <= 0) || (add.sign && r >= 0)) c.r_[15] = op(c, 3).addr;
    return true;
}

// EMODx mulr.rx,mulrx.rb|rw,muld.rx,int.wl,fract.wx: the product of the extended
// multiplier and the multiplicand, split into its integer part and its fraction.
template <F Fmt>
bool emod(VaxCpu& c) {
    Unpacked a, b;
    VAX_TRY(get<Fmt>(c, 0, a));
    VAX_TRY(get<Fmt>(c, 2, b));
    const std::uint32_t ext = val(c, 1);
    if (!a.zero) {
        if (Fmt == F::F) a.frac |= std::uint64_t{ext & 0xFF} << 32;
        else if (Fmt == F::D) a.frac |= ext & 0xFF;
        else a.frac |= (ext >> 5) & 0x7FF;
    }
    std::int64_t integer = 0;
    bool overflow = false;
    std::uint64_t fract = 0;
    if (!a.zero && !b.zero) {
        u128 p = u128{a.frac} * b.frac;  // value = p / 2^128 * 2^e
        const std::int32_t e = a.exp + b.exp - 2 * bias(Fmt);
        u128 frac_part = p;
        if (e >= 128) {
            overflow = true;
            frac_part = 0;
        } else if (e > 0) {
            const u128 ip = p >> (128 - e);
            overflow = (ip >> 31) != 0;
            integer = static_cast<std::int64_t>(static_cast<std::uint64_t>(ip) & 0xFFFFFFFFull);
            frac_part = p << e;
        }
        const bool sign = a.sign != b.sign;
        if (sign) integer = -integer;
        const std::int32_t fe = e > 0 ? bias(Fmt) : bias(Fmt) + e;
        if (frac_part != 0) {
            const FloatStatus s = pack(Fmt, sign, fe, frac_part, fract);
            VAX_TRY(finish(c, s, fract));
        }
    }
    VAX_TRY(c.store(op(c, 3), 4, static_cast<std::uint32_t>(integer)));
    VAX_TRY(c.store(op(c, 4), kSize<Fmt>, fract));
    cc_float<Fmt>(c, fract);
    if (overflow) c.cc_ |= kPslV;
    overflow_trap(c);
    return true;
}

// POLYx arg.rx,degree.rw,tbladdr.ab: Horner's rule over degree+1 coefficients, highest
// first; the result in R0 (R0:R1), R1/R2 R4 R5 cleared, R3 past the table.
template <F Fmt>
bool poly(VaxCpu& c) {
    Unpacked arg;
    VAX_TRY(get<Fmt>(c, 0, arg));
    const std::uint32_t degree = val(c, 1) & 0xFFFF;
    if (degree > 31) return c.reserved_operand();
    std::uint32_t addr = op(c, 2).addr;
    std::uint64_t raw = 0;
    VAX_TRY(c.read_sized(addr, kSize<Fmt>, raw));
    addr += kSize<Fmt>;
    Unpacked r;
    if (!unpack(Fmt, raw, r)) return c.reserved_operand();
    for (std::uint32_t i = 0; i < degree; ++i) {
        std::uint64_t coef = 0;
        VAX_TRY(c.read_sized(addr, kSize<Fmt>, coef));
        addr += kSize<Fmt>;
        Unpacked k;
        if (!unpack(Fmt, coef, k)) return c.reserved_operand();
        std::uint64_t prod = 0;
        VAX_TRY(finish(c, float_mul(Fmt, r, arg, prod), prod));
        Unpacked p;
        unpack(Fmt, prod, p);
        VAX_TRY(finish(c, float_add(Fmt, p, k, raw), raw));
        unpack(Fmt, raw, r);
    }
    if (kSize<Fmt> == 4) {
        c.r_[0] = static_cast<std::uint32_t>(raw);
        c.r_[1] = 0;
        c.r_[2] = 0;
        c.r_[3] = addr;
    } else {
        c.r_[0] = static_cast<std::uint32_t>(raw);
        c.r_[1] = static_cast<std::uint32_t>(raw >> 32);
        c.r_[2] = 0;
        c.r_[3] = addr;
        c.r_[4] = 0;
        c.r_[5] = 0;
    }
    cc_float<Fmt>(c, raw);
    return true;
}

template <F Fmt>
void register_format(HandlerTable& t, unsigned base) {
    t[base + 0] = arith<Fmt, Arith::Add, false>;
    t[base + 1] = arith<Fmt, Arith::Add, true>;
    t[base + 2] = arith<Fmt, Arith::Sub, false>;
    t[base + 3] = arith<Fmt, Arith::Sub, true>;
    t[base + 4] = arith<Fmt, Arith::Mul, false>;
    t[base + 5] = arith<Fmt, Arith::Mul, true>;
    t[base + 6] = arith<Fmt, Arith::Div, false>;
    t[base + 7] = arith<Fmt, Arith::Div, true>;
    t[base + 8] = cvt_to_int<Fmt, 1, false>;
    t[base + 9] = cvt_to_int<Fmt, 2, false>;
    t[base + 10] = cvt_to_int<Fmt, 4, false>;
    t[base + 11] = cvt_to_int<Fmt, 4, true>;
    t[base + 12] = cvt_from_int<Fmt, 1>;
    t[base + 13] = cvt_from_int<Fmt, 2>;
    t[base + 14] = cvt_from_int<Fmt, 4>;
    t[base + 15] = acbf<Fmt>;
    t[base + 16] = movf<Fmt>;
    t[base + 17] = cmpf<Fmt>;
    t[base + 18] = mnegf<Fmt>;
    t[base + 19] = tstf<Fmt>;
    t[base + 20] = emod<Fmt>;
    t[base + 21] = poly<Fmt>;
}

}  // namespace

void register_float(HandlerTable& t) {
    register_format<F::F>(t, 0x40);
    register_format<F::D>(t, 0x60);
    register_format<F::G>(t, 256 + 0x40);
    t[0x56] = cvt_float<F::F, F::D>;
    t[0x76] = cvt_float<F::D, F::F>;
    t[256 + 0x99] = cvt_float<F::F, F::G>;
    t[256 + 0x33] = cvt_float<F::G, F::F>;
}

}  // namespace simmon::vax
