// Control instructions (ARM 3.5): branches, jumps and subroutines, loop instructions,
// CASE, the procedure calls CALLG/CALLS and RET, PUSHR/POPR, the PSW instructions, NOP,
// BPT and XFC.
#include <bit>

#include "machines/vax/cpu/handler_support.hpp"
#include "machines/vax/cpu/handler_table.hpp"

namespace simmon::vax {
namespace {

// Set bits of a register mask (12 bits), without a library call.
unsigned bit_count12(std::uint32_t x) {
    x = x - ((x >> 1) & 0x555);
    x = (x & 0x333) + ((x >> 2) & 0x333);
    x = (x + (x >> 4)) & 0xF0F;
    return (x & 0xF) + ((x >> 8) & 0xF);
}

bool taken(std::uint32_t cc, unsigned opcode) {
    const bool n = cc & kPslN, z = cc & kPslZ, v = cc & kPslV, c = cc & kPslC;
    switch (opcode) {
        case 0x12: return !z;        // BNEQ
        case 0x13: return z;         // BEQL
        case 0x14: return !(n || z); // BGTR
        case 0x15: return n || z;    // BLEQ
        case 0x18: return !n;        // BGEQ
        case 0x19: return n;         // BLSS
        case 0x1A: return !(c || z); // BGTRU
        case 0x1B: return c || z;    // BLEQU
        case 0x1C: return !v;        // BVC
        case 0x1D: return v;         // BVS
        case 0x1E: return !c;        // BGEQU (BCC)
        default: return c;           // 1F BLSSU (BCS)
    }
}

// 12-1F Bcond displ.bb
template <unsigned Opcode>
bool bcond(VaxCpu& c) {
    if (taken(c.cc_, Opcode)) c.r_[15] = op(c, 0).addr;
    return true;
}

// 11 BRB, 31 BRW displ; 17 JMP dst.ab
bool br(VaxCpu& c) {
    c.r_[15] = op(c, 0).addr;
    return true;
}

// 10 BSBB, 30 BSBW displ; 16 JSB dst.ab
bool bsb(VaxCpu& c) {
    VAX_TRY(c.push(c.r_[15]));
    c.r_[15] = op(c, 0).addr;
    return true;
}

// 05 RSB
bool rsb(VaxCpu& c) {
    std::uint32_t pc = 0;
    VAX_TRY(c.pop(pc));
    c.r_[15] = pc;
    return true;
}

// E8 BLBS src.rl,displ.bb; E9 BLBC
template <bool Set>
bool blb(VaxCpu& c) {
    if ((val(c, 0) & 1) == Set) c.r_[15] = op(c, 1).addr;
    return true;
}

// 9D ACBB, 3D ACBW, F1 ACBL limit.rx,add.rx,index.mx,displ.bw
template <unsigned N>
bool acb(VaxCpu& c) {
    const std::uint32_t carry = c.cc_ & kPslC;
    const std::uint32_t r = add_cc<N>(c, val(c, 1), val(c, 2));
    c.cc_ = (c.cc_ & ~kPslC) | carry;
    VAX_TRY(c.store(op(c, 2), N, r));
    const std::int32_t add = sx<N>(val(c, 1)), idx = sx<N>(r), limit = sx<N>(val(c, 0));
    if ((add >= 0 && idx <= limit) || (add < 0 && idx >= limit)) c.r_[15] = op(c, 3).addr;
    overflow_trap(c);
    return true;
}

// F2 AOBLSS limit.rl,index.ml,displ.bb; F3 AOBLEQ
template <bool Equal>
bool aob(VaxCpu& c) {
    const std::uint32_t carry = c.cc_ & kPslC;
    const std::uint32_t r = add_cc<4>(c, 1, val(c, 1));
    c.cc_ = (c.cc_ & ~kPslC) | carry;
    VAX_TRY(c.store(op(c, 1), 4, r));
    const std::int32_t idx = static_cast<std::int32_t>(r), limit = static_cast<std::int32_t>(val(c, 0));
    if (Equal ? idx <= limit : idx < limit) c.r_[15] = op(c, 2).addr;
    overflow_trap(c);
    return true;
}

// F4 SOBGEQ index.ml,displ.bb; F5 SOBGTR
template <bool Greater>
bool sob(VaxCpu& c) {
    const std::uint32_t carry = c.cc_ & kPslC;
    const std::uint32_t r = sub_cc<4>(c, 1, val(c, 0));
    c.cc_ = (c.cc_ & ~kPslC) | carry;
    VAX_TRY(c.store(op(c, 0), 4, r));
    const std::int32_t idx = static_cast<std::int32_t>(r);
    if (Greater ? idx > 0 : idx >= 0) c.r_[15] = op(c, 1).addr;
    overflow_trap(c);
    return true;
}

// 8F CASEB, AF CASEW, CF CASEL selector.rx,base.rx,limit.rx, then limit+1 word displacements
template <unsigned N>
bool casex(VaxCpu& c) {
    const std::uint32_t tmp = (val(c, 0) - val(c, 1)) & kMask<N>;
    const std::uint32_t limit = val(c, 2) & kMask<N>;
    cc_cmp<N>(c, tmp, limit);
    if (tmp <= limit) {
        std::uint32_t d = 0;
        VAX_TRY(c.read16(c.r_[15] + 2 * tmp, d));
        c.r_[15] += static_cast<std::uint32_t>(sx<2>(d));
    } else {
        c.r_[15] += 2 * (limit + 1);
    }
    return true;
}

// FA CALLG arglist.ab,dst.ab; FB CALLS numarg.rl,dst.ab (ARM 3.6 "Procedure call").
// The frame, from the new FP up: condition handler (0); SPA, S, mask and PSW; AP; FP; PC;
// the registers of the mask, R0 lowest; then (CALLS) the argument count.
template <bool Stack>
bool call(VaxCpu& c) {
    const std::uint32_t dst = op(c, 1).addr;
    std::uint32_t mask = 0;
    VAX_TRY(c.read16(dst, mask));
    if (mask & 0x3000) return c.reserved_operand();
    const std::uint32_t saved = mask & 0xFFF;
    const unsigned nregs = bit_count12(saved);
    const std::uint32_t top = c.r_[14];
    const std::uint32_t after = Stack ? top - 4 : top;  // below the argument count
    const std::uint32_t spa = after & 3;
    const std::uint32_t bottom = (after & ~3u) - 4 * (nregs + 5);
    const std::uint32_t new_ap = Stack ? after : op(c, 0).addr;
    const std::uint32_t psw = (c.psl_ & 0xFFE0u);  // condition codes cleared, T cleared
    const std::uint32_t frame1 = spa << 30 | (Stack ? 1u << 29 : 0) | saved << 16 | psw;
    std::uint8_t* p = nullptr;
    // The whole frame in one page: written straight into memory after one check.
    if ((bottom >> 9) == ((top - 1) >> 9)) VAX_TRY(c.host_bytes(bottom, true, p));
    if (p) {
        detail::store32(p, 0);
        detail::store32(p + 4, frame1);
        detail::store32(p + 8, c.r_[12]);
        detail::store32(p + 12, c.r_[13]);
        detail::store32(p + 16, c.r_[15]);
        std::uint8_t* q = p + 20;
        for (std::uint32_t m = saved; m != 0; m &= m - 1, q += 4)  // the mask's registers, R0 lowest
            detail::store32(q, c.r_[std::countr_zero(m)]);
        if (Stack) detail::store32(p + (after - bottom), val(c, 0));
        c.r_[14] = bottom;
    } else {
        c.log_register(14);
        if (Stack) VAX_TRY(c.push(val(c, 0)));
        c.r_[14] &= ~3u;
        for (int r = 11; r >= 0; --r)
            if (saved & (1u << r)) VAX_TRY(c.push(c.r_[static_cast<unsigned>(r)]));
        VAX_TRY(c.push(c.r_[15]));
        VAX_TRY(c.push(c.r_[13]));
        VAX_TRY(c.push(c.r_[12]));
        VAX_TRY(c.push(frame1));
        VAX_TRY(c.push(0));
    }
    c.cc_ = 0;
    c.r_[13] = c.r_[14];
    c.r_[12] = new_ap;
    c.psl_ = (c.psl_ & ~(kPslIV | kPslDV | kPslFU)) | ((mask & 0x4000) ? kPslIV : 0) | ((mask & 0x8000) ? kPslDV : 0);
    c.r_[15] = dst + 2;
    return true;
}

// 04 RET
bool ret(VaxCpu& c) {
    std::uint32_t sp = c.r_[13] + 4;
    std::uint32_t tmp = 0, ap = 0, fp = 0, pc = 0;
    VAX_TRY(c.read32(sp, tmp));
    if (tmp & 0xFF00) return c.reserved_operand();
    const std::uint32_t saved = (tmp >> 16) & 0xFFF;
    const unsigned nregs = bit_count12(saved);
    std::uint32_t regs[12];
    std::uint8_t* p = nullptr;
    const std::uint32_t end = sp + 16 + 4 * nregs;  // past the saved registers
    if ((sp >> 9) == ((end - 1) >> 9)) VAX_TRY(c.host_bytes(sp, false, p));
    if (p) {
        ap = detail::load32(p + 4);
        fp = detail::load32(p + 8);
        pc = detail::load32(p + 12);
        const std::uint8_t* q = p + 16;
        for (std::uint32_t m = saved; m != 0; m &= m - 1, q += 4) regs[std::countr_zero(m)] = detail::load32(q);
        sp = end;
    } else {
        VAX_TRY(c.read32(sp + 4, ap));
        VAX_TRY(c.read32(sp + 8, fp));
        VAX_TRY(c.read32(sp + 12, pc));
        sp += 16;
        for (unsigned r = 0; r < 12; ++r)
            if (saved & (1u << r)) {
                VAX_TRY(c.read32(sp, regs[r]));
                sp += 4;
            }
    }
    sp += tmp >> 30;
    if (tmp & (1u << 29)) {
        std::uint32_t n = 0;
        VAX_TRY(c.read8(sp, n));
        sp += 4 + 4 * n;
    }
    for (std::uint32_t m = saved; m != 0; m &= m - 1) c.r_[std::countr_zero(m)] = regs[std::countr_zero(m)];
    c.r_[12] = ap;
    c.r_[13] = fp;
    c.r_[14] = sp;
    c.r_[15] = pc;
    c.psl_ = (c.psl_ & 0xFFFF0000u) | (tmp & 0xFFF0u);  // T too: CALL saved it clear
    c.cc_ = tmp & 0xF;
    if (c.psl_ & kPslT) c.attention_ = true;  // trace from the next instruction on
    return true;
}

// BB PUSHR mask.rw: R14 down to R0 by the mask (bit 15, PC, ignored)
bool pushr(VaxCpu& c) {
    const std::uint32_t mask = val(c, 0) & 0x7FFF;
    std::uint32_t sp = c.r_[14];
    for (int r = 14; r >= 0; --r)
        if (mask & (1u << r)) {
            sp -= 4;
            VAX_TRY(c.write32(sp, c.r_[static_cast<unsigned>(r)]));
        }
    c.r_[14] = sp;
    return true;
}

// BA POPR mask.rw: R0 up to R14
bool popr(VaxCpu& c) {
    const std::uint32_t mask = val(c, 0) & 0x7FFF;
    std::uint32_t sp = c.r_[14];
    std::uint32_t regs[15];
    for (unsigned r = 0; r < 15; ++r)
        if (mask & (1u << r)) {
            VAX_TRY(c.read32(sp, regs[r]));
            sp += 4;
        }
    c.r_[14] = sp;
    for (unsigned r = 0; r < 15; ++r)
        if (mask & (1u << r)) c.r_[r] = regs[r];
    return true;
}

// B8 BISPSW mask.rw, B9 BICPSW mask.rw: PSW<15:8> of the mask must be zero
template <bool Set>
bool bxpsw(VaxCpu& c) {
    const std::uint32_t m = val(c, 0) & 0xFFFF;
    if (m & 0xFF00) return c.reserved_operand();
    const std::uint32_t psl = Set ? (c.psl() | m) : (c.psl() & ~m);
    c.psl_ = psl & ~0xFu;
    c.cc_ = psl & 0xF;
    if (c.psl_ & kPslT) c.attention_ = true;
    return true;
}

// DC MOVPSL dst.wl
bool movpsl(VaxCpu& c) {
    VAX_TRY(c.store(op(c, 0), 4, c.psl()));
    return true;
}

// 01 NOP
bool nop(VaxCpu&) { return true; }

// 03 BPT: a fault, the saved PC is the BPT's own (ARM 5.4.3)
bool bpt(VaxCpu& c) {
    c.take_exception(kVecBreakpoint, nullptr, 0, c.pc0_);
    return true;
}

// FC XFC: the customer-reserved instruction fault (ARM 5.4.3)
bool xfc(VaxCpu& c) {
    c.take_exception(kVecCustomerReserved, nullptr, 0, c.pc0_);
    return true;
}

}  // namespace

void register_control(HandlerTable& t) {
    t[0x12] = bcond<0x12>;
    t[0x13] = bcond<0x13>;
    t[0x14] = bcond<0x14>;
    t[0x15] = bcond<0x15>;
    t[0x18] = bcond<0x18>;
    t[0x19] = bcond<0x19>;
    t[0x1A] = bcond<0x1A>;
    t[0x1B] = bcond<0x1B>;
    t[0x1C] = bcond<0x1C>;
    t[0x1D] = bcond<0x1D>;
    t[0x1E] = bcond<0x1E>;
    t[0x1F] = bcond<0x1F>;
    t[0x11] = t[0x31] = t[0x17] = br;
    t[0x10] = t[0x30] = t[0x16] = bsb;
    t[0x05] = rsb;
    t[0xE8] = blb<true>;
    t[0xE9] = blb<false>;
    t[0x9D] = acb<1>;
    t[0x3D] = acb<2>;
    t[0xF1] = acb<4>;
    t[0xF2] = aob<false>;
    t[0xF3] = aob<true>;
    t[0xF4] = sob<false>;
    t[0xF5] = sob<true>;
    t[0x8F] = casex<1>;
    t[0xAF] = casex<2>;
    t[0xCF] = casex<4>;
    t[0xFA] = call<false>;
    t[0xFB] = call<true>;
    t[0x04] = ret;
    t[0xBB] = pushr;
    t[0xBA] = popr;
    t[0xB8] = bxpsw<true>;
    t[0xB9] = bxpsw<false>;
    t[0xDC] = movpsl;
    t[0x01] = nop;
    t[0x03] = bpt;
    t[0xFC] = xfc;
}

}  // namespace simmon::vax
