// Integer and logical instructions (ARM 3.4): add, subtract, multiply, divide, the
// logical operations, moves, converts between integer sizes, shifts and rotates, extended
// multiply and divide, the address instructions and INDEX.
#include "machines/vax/cpu/handler_support.hpp"
#include "machines/vax/cpu/handler_table.hpp"

namespace simmon::vax {
namespace {

// 80/A0/C0 ADDx2 add.rx,sum.mx  -  81/A1/C1 ADDx3 add1.rx,add2.rx,sum.wx
template <unsigned N, bool Three>
bool add(VaxCpu& c) {
    const std::uint32_t r = add_cc<N>(c, val(c, 0), val(c, 1));
    VAX_TRY(c.store(op(c, Three ? 2 : 1), N, r));
    overflow_trap(c);
    return true;
}

// 82/A2/C2 SUBx2 sub.rx,dif.mx  -  83/A3/C3 SUBx3 sub.rx,min.rx,dif.wx
template <unsigned N, bool Three>
bool sub(VaxCpu& c) {
    const std::uint32_t r = sub_cc<N>(c, val(c, 0), val(c, 1));
    VAX_TRY(c.store(op(c, Three ? 2 : 1), N, r));
    overflow_trap(c);
    return true;
}

// 84/A4/C4 MULx2, 85/A5/C5 MULx3
template <unsigned N, bool Three>
bool mul(VaxCpu& c) {
    const std::int64_t p = std::int64_t{sx<N>(val(c, 0))} * sx<N>(val(c, 1));
    const std::uint32_t r = static_cast<std::uint32_t>(p) & kMask<N>;
    cc_nzvc<N>(c, r, p != sx<N>(r), false);
    VAX_TRY(c.store(op(c, Three ? 2 : 1), N, r));
    overflow_trap(c);
    return true;
}

// 86/A6/C6 DIVx2 divr.rx,quo.mx  -  87/A7/C7 DIVx3 divr.rx,divd.rx,quo.wx
template <unsigned N, bool Three>
bool div(VaxCpu& c) {
    const std::int32_t divr = sx<N>(val(c, 0)), divd = sx<N>(val(c, 1));
    std::uint32_t r;
    bool v = false;
    if (divr == 0) {
        r = static_cast<std::uint32_t>(divd);  // quotient is the dividend (ARM DIV notes)
        v = true;
    } else if (divr == -1 && static_cast<std::uint32_t>(divd) == (kSign<N> | (N == 4 ? 0 : ~kMask<N>))) {
        r = static_cast<std::uint32_t>(divd);
        v = true;
    } else {
        r = static_cast<std::uint32_t>(divd / divr);
    }
    r &= kMask<N>;
    cc_nzvc<N>(c, r, v, false);
    VAX_TRY(c.store(op(c, Three ? 2 : 1), N, r));
    if (divr == 0) c.arithmetic_trap(kIntegerDivideByZero);
    else overflow_trap(c);
    return true;
}

enum class Logic { Bis, Bic, Xor };
// 88 BISx2, 8A BICx2, 8C XORx2 (and the 3-operand forms): mask.rx,dst.mx or src.rx,dst.wx
template <unsigned N, Logic L, bool Three>
bool logic(VaxCpu& c) {
    const std::uint32_t m = val(c, 0), s = val(c, 1);
    const std::uint32_t r = L == Logic::Bis ? (s | m) : L == Logic::Bic ? (s & ~m) : (s ^ m);
    cc_nz<N>(c, r);
    VAX_TRY(c.store(op(c, Three ? 2 : 1), N, r & kMask<N>));
    return true;
}

// 8E/AE/CE MNEGx src.rx,dst.wx
template <unsigned N>
bool mneg(VaxCpu& c) {
    const std::uint32_t r = sub_cc<N>(c, val(c, 0), 0);
    VAX_TRY(c.store(op(c, 1), N, r));
    overflow_trap(c);
    return true;
}

// 90/B0/D0 MOVx src.rx,dst.wx
template <unsigned N>
bool mov(VaxCpu& c) {
    cc_nz<N>(c, val(c, 0));
    VAX_TRY(c.store(op(c, 1), N, val(c, 0)));
    return true;
}

// 91/B1/D1 CMPx src1.rx,src2.rx
template <unsigned N>
bool cmp(VaxCpu& c) {
    cc_cmp<N>(c, val(c, 0), val(c, 1));
    return true;
}

// 92/B2/D2 MCOMx
template <unsigned N>
bool mcom(VaxCpu& c) {
    const std::uint32_t r = ~val(c, 0) & kMask<N>;
    cc_nz<N>(c, r);
    VAX_TRY(c.store(op(c, 1), N, r));
    return true;
}

// 93/B3/D3 BITx mask.rx,src.rx
template <unsigned N>
bool bit(VaxCpu& c) {
    cc_nz<N>(c, val(c, 0) & val(c, 1));
    return true;
}

// 94/B4/D4 CLRx dst.wx, 7C CLRQ
template <unsigned N>
bool clr(VaxCpu& c) {
    c.cc_ = (c.cc_ & kPslC) | kPslZ;
    VAX_TRY(c.store(op(c, 0), N, 0));
    return true;
}

// 95/B5/D5 TSTx src.rx
template <unsigned N>
bool tst(VaxCpu& c) {
    cc_nz<N>(c, val(c, 0));
    c.cc_ &= ~kPslC;
    return true;
}

// 96/B6/D6 INCx sum.mx, 97/B7/D7 DECx dif.mx
template <unsigned N, bool Inc>
bool incdec(VaxCpu& c) {
    const std::uint32_t r = Inc ? add_cc<N>(c, 1, val(c, 0)) : sub_cc<N>(c, 1, val(c, 0));
    VAX_TRY(c.store(op(c, 0), N, r));
    overflow_trap(c);
    return true;
}

// CVTxy between integer sizes: sign-extending widens; narrowing sets V when the value
// does not fit (ARM CVT).
template <unsigned From, unsigned To>
bool cvt(VaxCpu& c) {
    const std::int32_t v = sx<From>(val(c, 0));
    const std::uint32_t r = static_cast<std::uint32_t>(v) & kMask<To>;
    cc_nzvc<To>(c, r, sx<To>(r) != v, false);
    VAX_TRY(c.store(op(c, 1), To, r));
    overflow_trap(c);
    return true;
}

// 9A MOVZBL, 9B MOVZBW, 3C MOVZWL
template <unsigned From, unsigned To>
bool movz(VaxCpu& c) {
    const std::uint32_t r = val(c, 0) & kMask<From>;
    c.cc_ = (c.cc_ & kPslC) | (r == 0 ? kPslZ : 0);
    VAX_TRY(c.store(op(c, 1), To, r));
    return true;
}

// D8 ADWC add.rl,sum.ml
bool adwc(VaxCpu& c) {
    const std::uint32_t a = val(c, 0), b = val(c, 1), carry = c.cc_ & kPslC;
    const std::uint64_t wide = std::uint64_t{a} + b + carry;
    const std::uint32_t r = static_cast<std::uint32_t>(wide);
    cc_nzvc<4>(c, r, ((~(a ^ b) & (a ^ r)) & 0x80000000u) != 0, wide >> 32);
    VAX_TRY(c.store(op(c, 1), 4, r));
    overflow_trap(c);
    return true;
}

// D9 SBWC sub.rl,dif.ml
bool sbwc(VaxCpu& c) {
    const std::uint32_t sub = val(c, 0), min = val(c, 1), borrow = c.cc_ & kPslC;
    const std::uint32_t r = min - sub - borrow;
    const bool carry = std::uint64_t{sub} + borrow > min;
    cc_nzvc<4>(c, r, (((min ^ sub) & (min ^ r)) & 0x80000000u) != 0, carry);
    VAX_TRY(c.store(op(c, 1), 4, r));
    overflow_trap(c);
    return true;
}

// 78 ASHL cnt.rb,src.rl,dst.wl
bool ashl(VaxCpu& c) {
    const std::int32_t cnt = sx<1>(val(c, 0));
    const std::int32_t src = static_cast<std::int32_t>(val(c, 1));
    std::int32_t r;
    bool v = false;
    if (cnt >= 0) {
        if (cnt > 31) {
            r = 0;
            v = src != 0;
        } else {
            r = static_cast<std::int32_t>(static_cast<std::uint32_t>(src) << cnt);
            v = (r >> cnt) != src;
        }
    } else {
        r = cnt < -31 ? (src < 0 ? -1 : 0) : src >> -cnt;
    }
    cc_nzvc<4>(c, static_cast<std::uint32_t>(r), v, false);
    VAX_TRY(c.store(op(c, 2), 4, static_cast<std::uint32_t>(r)));
    overflow_trap(c);
    return true;
}

// 79 ASHQ cnt.rb,src.rq,dst.wq
bool ashq(VaxCpu& c) {
    const std::int32_t cnt = sx<1>(val(c, 0));
    const std::int64_t src = static_cast<std::int64_t>(op(c, 1).value);
    std::int64_t r;
    bool v = false;
    if (cnt >= 0) {
        if (cnt > 63) {
            r = 0;
            v = src != 0;
        } else {
            r = static_cast<std::int64_t>(static_cast<std::uint64_t>(src) << cnt);
            v = (r >> cnt) != src;
        }
    } else {
        r = cnt < -63 ? (src < 0 ? -1 : 0) : src >> -cnt;
    }
    c.cc_ = (r < 0 ? kPslN : 0) | (r == 0 ? kPslZ : 0) | (v ? kPslV : 0);
    VAX_TRY(c.store(op(c, 2), 8, static_cast<std::uint64_t>(r)));
    overflow_trap(c);
    return true;
}

// 9C ROTL cnt.rb,src.rl,dst.wl
bool rotl(VaxCpu& c) {
    const unsigned n = val(c, 0) & 31;
    const std::uint32_t s = val(c, 1);
    const std::uint32_t r = n ? (s << n) | (s >> (32 - n)) : s;
    cc_nz<4>(c, r);
    VAX_TRY(c.store(op(c, 2), 4, r));
    return true;
}

// 7A EMUL mulr.rl,muld.rl,add.rl,prod.wq
bool emul(VaxCpu& c) {
    const std::int64_t p = std::int64_t{static_cast<std::int32_t>(val(c, 0))} * static_cast<std::int32_t>(val(c, 1)) +
                           static_cast<std::int32_t>(val(c, 2));
    c.cc_ = (p < 0 ? kPslN : 0) | (p == 0 ? kPslZ : 0);
    VAX_TRY(c.store(op(c, 3), 8, static_cast<std::uint64_t>(p)));
    return true;
}

// 7B EDIV divr.rl,divd.rq,quo.wl,rem.wl
bool ediv(VaxCpu& c) {
    const std::int64_t divr = static_cast<std::int32_t>(val(c, 0));
    const std::int64_t divd = static_cast<std::int64_t>(op(c, 1).value);
    std::int64_t q = 0, r = 0;
    bool v = false;
    if (divr == 0) {
        q = static_cast<std::int32_t>(divd);
        r = 0;
        v = true;
    } else if (divd == INT64_MIN && divr == -1) {
        q = static_cast<std::int32_t>(divd);
        v = true;
    } else {
        q = divd / divr;
        r = divd % divr;
        if (q > INT32_MAX || q < INT32_MIN) {
            // Overflow: the quotient is the dividend's low half and the remainder 0 (the
            // CVAX leaves the operands as the ARM allows).
            q = static_cast<std::int32_t>(divd);
            r = 0;
            v = true;
        }
    }
    const std::uint32_t qq = static_cast<std::uint32_t>(q);
    cc_nzvc<4>(c, qq, v, false);
    VAX_TRY(c.store(op(c, 2), 4, qq));
    VAX_TRY(c.store(op(c, 3), 4, static_cast<std::uint32_t>(r)));
    if (divr == 0) c.arithmetic_trap(kIntegerDivideByZero);
    else overflow_trap(c);
    return true;
}

// 7D MOVQ src.rq,dst.wq
bool movq(VaxCpu& c) {
    const std::uint64_t v = op(c, 0).value;
    c.cc_ = (c.cc_ & kPslC) | ((v >> 63) ? kPslN : 0) | (v == 0 ? kPslZ : 0);
    VAX_TRY(c.store(op(c, 1), 8, v));
    return true;
}

// 9E MOVAB, 3E MOVAW, DE MOVAL, 7E MOVAQ: src.ax,dst.wl
bool mova(VaxCpu& c) {
    const std::uint32_t a = op(c, 0).addr;
    cc_nz<4>(c, a);
    VAX_TRY(c.store(op(c, 1), 4, a));
    return true;
}

// 9F PUSHAB, 3F PUSHAW, DF PUSHAL, 7F PUSHAQ: src.ax
bool pusha(VaxCpu& c) {
    const std::uint32_t a = op(c, 0).addr;
    VAX_TRY(c.push(a));
    cc_nz<4>(c, a);
    return true;
}

// DD PUSHL src.rl
bool pushl(VaxCpu& c) {
    const std::uint32_t v = val(c, 0);
    VAX_TRY(c.push(v));
    cc_nz<4>(c, v);
    return true;
}

// 58 ADAWI add.rw,sum.mw: the sum must be an aligned word (reserved operand otherwise).
bool adawi(VaxCpu& c) {
    const Operand& s = op(c, 1);
    if (s.reg < 0 && (s.addr & 1)) return c.reserved_operand();
    const std::uint32_t r = add_cc<2>(c, val(c, 0), val(c, 1));
    VAX_TRY(c.store(s, 2, r));
    overflow_trap(c);
    return true;
}

// 0A INDEX subscript.rl,low.rl,high.rl,size.rl,indexin.rl,indexout.wl
bool index(VaxCpu& c) {
    const std::int32_t sub = static_cast<std::int32_t>(val(c, 0));
    const std::int32_t low = static_cast<std::int32_t>(val(c, 1)), high = static_cast<std::int32_t>(val(c, 2));
    const std::uint32_t r = (val(c, 4) + static_cast<std::uint32_t>(sub)) * val(c, 3);
    c.cc_ = (static_cast<std::int32_t>(r) < 0 ? kPslN : 0) | (r == 0 ? kPslZ : 0);
    VAX_TRY(c.store(op(c, 5), 4, r));
    if (sub < low || sub > high) c.arithmetic_trap(7);  // subscript range trap
    return true;
}

template <unsigned N>
void register_sized(HandlerTable& t, unsigned base) {
    t[base + 0] = add<N, false>;
    t[base + 1] = add<N, true>;
    t[base + 2] = sub<N, false>;
    t[base + 3] = sub<N, true>;
    t[base + 4] = mul<N, false>;
    t[base + 5] = mul<N, true>;
    t[base + 6] = div<N, false>;
    t[base + 7] = div<N, true>;
    t[base + 8] = logic<N, Logic::Bis, false>;
    t[base + 9] = logic<N, Logic::Bis, true>;
    t[base + 10] = logic<N, Logic::Bic, false>;
    t[base + 11] = logic<N, Logic::Bic, true>;
    t[base + 12] = logic<N, Logic::Xor, false>;
    t[base + 13] = logic<N, Logic::Xor, true>;
    t[base + 14] = mneg<N>;
    t[base + 16] = mov<N>;
    t[base + 17] = cmp<N>;
    t[base + 18] = mcom<N>;
    t[base + 19] = bit<N>;
    t[base + 20] = clr<N>;
    t[base + 21] = tst<N>;
    t[base + 22] = incdec<N, true>;
    t[base + 23] = incdec<N, false>;
}

}  // namespace

void register_integer(HandlerTable& t) {
    register_sized<1>(t, 0x80);
    register_sized<2>(t, 0xA0);
    register_sized<4>(t, 0xC0);
    t[0x98] = cvt<1, 4>;
    t[0x99] = cvt<1, 2>;
    t[0x32] = cvt<2, 4>;
    t[0x33] = cvt<2, 1>;
    t[0xF6] = cvt<4, 1>;
    t[0xF7] = cvt<4, 2>;
    t[0x9A] = movz<1, 4>;
    t[0x9B] = movz<1, 2>;
    t[0x3C] = movz<2, 4>;
    t[0xD8] = adwc;
    t[0xD9] = sbwc;
    t[0x78] = ashl;
    t[0x79] = ashq;
    t[0x9C] = rotl;
    t[0x7A] = emul;
    t[0x7B] = ediv;
    t[0x7C] = clr<8>;
    t[0x7D] = movq;
    t[0x9E] = t[0x3E] = t[0xDE] = t[0x7E] = mova;
    t[0x9F] = t[0x3F] = t[0xDF] = t[0x7F] = pusha;
    t[0xDD] = pushl;
    t[0x58] = adawi;
    t[0x0A] = index;
}

}  // namespace simmon::vax
