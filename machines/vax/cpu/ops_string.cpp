// Character-string instructions the CVAX runs itself (ARM 3.9): MOVC3, MOVC5, CMPC3,
// CMPC5, LOCC, SKPC, SCANC, SPANC. The others (MATCHC, MOVTC, MOVTUC, CRC) go to the
// emulation trap. Registers R0-R5 take the ARM's final values; an instruction that faults
// part-way is backed out and starts again from its operands (its registers are written only
// at the end), which the ARM allows for a processor that does not set FPD.
#include <algorithm>
#include <cstring>

#include "machines/vax/cpu/handler_support.hpp"
#include "machines/vax/cpu/operands_decode.hpp"
#include "machines/vax/cpu/handler_table.hpp"

namespace simmon::vax {
namespace {

// MOVC3 and MOVC5 keep their progress in R0-R5 with PSL<FPD> set, so that a fault part
// way through (an invalid page in the destination) restarts where it stopped, without
// decoding the specifiers again (ARM 3.9.1 and 5.3). The intermediate registers are the
// implementation's own; ours:
//   R0<15:0>  destination bytes still to do       R1  source address
//   R2<7:0>   fill byte, <15:8> instruction length, <16> backward, <17> MOVC5
//   R3        destination address                 R4<15:0> dstlen, <31:16> srclen
// Forward, the bytes go in address order; backward (the destination overlaps the source
// from above), the fill first and then the move, from the top down.
constexpr std::uint32_t kBackward = 1u << 16, kFive = 1u << 17;

bool movc_run(VaxCpu& c) {
    for (;;) {
        const std::uint32_t left = c.r_[0] & 0xFFFF;
        if (left == 0) break;
        const std::uint32_t src = c.r_[1], dst = c.r_[3], fill = c.r_[2] & 0xFF;
        const std::uint32_t dstlen = c.r_[4] & 0xFFFF, srclen = c.r_[4] >> 16;
        const std::uint32_t n = srclen < dstlen ? srclen : dstlen;
        const bool backward = c.r_[2] & kBackward;
        // The run of bytes of one kind (moved or filled) next in order, within one page
        // of the source and one of the destination.
        std::uint32_t first, count;
        if (!backward) {
            first = dstlen - left;
            count = first < n ? n - first : left;
            count = std::min({count, 0x200 - ((dst + first) & 0x1FF), first < n ? 0x200 - ((src + first) & 0x1FF) : 0x200u});
        } else {
            const std::uint32_t top = left;  // indexes [0, top) remain
            const std::uint32_t low = top > n ? n : 0;
            count = std::min({top - low, ((dst + top - 1) & 0x1FF) + 1, top > n ? 0x200u : ((src + top - 1) & 0x1FF) + 1});
            first = top - count;
        }
        std::uint8_t *ps = nullptr, *pd = nullptr;
        // The source is read before the destination is written (the order of the faults).
        if (first < n) VAX_TRY(c.host_bytes(src + first, false, ps));
        VAX_TRY(c.host_bytes(dst + first, true, pd));
        if (pd && (first >= n || ps)) {
            if (first < n) std::memmove(pd, ps, count);
            else std::memset(pd, static_cast<int>(fill), count);
        } else {
            for (std::uint32_t k = 0; k < count; ++k) {
                const std::uint32_t i = backward ? first + count - 1 - k : first + k;
                std::uint32_t b = fill;
                if (i < n) VAX_TRY(c.read8(src + i, b));
                VAX_TRY(c.write8(dst + i, b));
            }
        }
        c.r_[0] = (c.r_[0] & ~0xFFFFu) | (left - count);
    }
    // Done: the ARM's final registers and condition codes.
    const std::uint32_t dstlen = c.r_[4] & 0xFFFF, srclen = c.r_[4] >> 16;
    const std::uint32_t n = srclen < dstlen ? srclen : dstlen;
    const bool five = c.r_[2] & kFive;
    c.r_[15] = c.pc0_ + ((c.r_[2] >> 8) & 0xFF);
    c.r_[0] = srclen - n;
    c.r_[1] += n;
    c.r_[2] = 0;
    c.r_[3] += dstlen;
    c.r_[4] = 0;
    c.r_[5] = 0;
    c.psl_ &= ~kPslFPD;
    if (five) cc_cmp<2>(c, srclen, dstlen);  // as CMPW srclen,dstlen
    else c.cc_ = kPslZ;
    return true;
}

bool movc_start(VaxCpu& c, std::uint32_t srclen, std::uint32_t src, std::uint32_t fill, std::uint32_t dstlen,
                std::uint32_t dst, bool five) {
    const std::uint32_t n = srclen < dstlen ? srclen : dstlen;
    // Short strings within one page each: checked, then moved at once (nothing changes
    // before both pages are known good, so a fault restarts the instruction as usual).
    if ((n == 0 || (src >> 9) == ((src + n - 1) >> 9)) && (dstlen == 0 || (dst >> 9) == ((dst + dstlen - 1) >> 9))) {
        std::uint8_t *ps = nullptr, *pd = nullptr;
        if (n) VAX_TRY(c.host_bytes(src, false, ps));
        if (dstlen) VAX_TRY(c.host_bytes(dst, true, pd));
        if ((ps || !n) && (pd || !dstlen)) {
            if (n) std::memmove(pd, ps, n);
            if (dstlen > n) std::memset(pd + n, static_cast<int>(fill), dstlen - n);
            c.r_[0] = srclen - n;
            c.r_[1] = src + n;
            c.r_[2] = 0;
            c.r_[3] = dst + dstlen;
            c.r_[4] = 0;
            c.r_[5] = 0;
            if (five) cc_cmp<2>(c, srclen, dstlen);
            else c.cc_ = kPslZ;
            return true;
        }
    }
    const bool backward = dst > src && dst - src < n;
    c.r_[0] = dstlen;
    c.r_[1] = src;
    c.r_[2] = fill | ((c.r_[15] - c.pc0_) & 0xFF) << 8 | (backward ? kBackward : 0) | (five ? kFive : 0);
    c.r_[3] = dst;
    c.r_[4] = dstlen | srclen << 16;
    c.r_[5] = 0;
    c.psl_ |= kPslFPD;
    c.commit_registers();  // the specifiers' side effects stay: a restart does not decode them again
    return movc_run(c);
}

// 28 MOVC3 len.rw,srcaddr.ab,dstaddr.ab
bool movc3(VaxCpu& c) {
    if (c.psl_ & kPslFPD) return movc_run(c);  // the loop decoded nothing
    const std::uint32_t len = val(c, 0) & 0xFFFF;
    return movc_start(c, len, op(c, 1).addr, 0, len, op(c, 2).addr, false);
}

// 2C MOVC5 srclen.rw,srcaddr.ab,fill.rb,dstlen.rw,dstaddr.ab
bool movc5(VaxCpu& c) {
    if (c.psl_ & kPslFPD) return movc_run(c);  // the loop decoded nothing
    return movc_start(c, val(c, 0) & 0xFFFF, op(c, 1).addr, val(c, 2) & 0xFF, val(c, 3) & 0xFFFF, op(c, 4).addr, true);
}

// 29 CMPC3 len.rw,src1addr.ab,src2addr.ab
bool cmpc3(VaxCpu& c) {
    const std::uint32_t len = val(c, 0) & 0xFFFF, s1 = op(c, 1).addr, s2 = op(c, 2).addr;
    std::uint32_t i = 0, a = 0, b = 0;
    for (; i < len; ++i) {
        VAX_TRY(c.read8(s1 + i, a));
        VAX_TRY(c.read8(s2 + i, b));
        if (a != b) break;
    }
    if (i == len) a = b = 0;
    cc_cmp<1>(c, a, b);
    c.r_[0] = len - i;
    c.r_[1] = s1 + i;
    c.r_[2] = len - i;
    c.r_[3] = s2 + i;
    return true;
}

// 2D CMPC5 src1len.rw,src1addr.ab,fill.rb,src2len.rw,src2addr.ab
bool cmpc5(VaxCpu& c) {
    std::uint32_t l1 = val(c, 0) & 0xFFFF, s1 = op(c, 1).addr;
    const std::uint32_t fill = val(c, 2) & 0xFF;
    std::uint32_t l2 = val(c, 3) & 0xFFFF, s2 = op(c, 4).addr;
    std::uint32_t a = 0, b = 0;
    while (l1 || l2) {
        a = fill;
        b = fill;
        if (l1) VAX_TRY(c.read8(s1, a));
        if (l2) VAX_TRY(c.read8(s2, b));
        if (a != b) break;
        if (l1) --l1, ++s1;
        if (l2) --l2, ++s2;
    }
    if (!l1 && !l2) a = b = 0;
    cc_cmp<1>(c, a, b);
    c.r_[0] = l1;
    c.r_[1] = s1;
    c.r_[2] = l2;
    c.r_[3] = s2;
    return true;
}

// 3A LOCC char.rb,len.rw,addr.ab; 3B SKPC
template <bool Locate>
bool locc(VaxCpu& c) {
    const std::uint32_t ch = val(c, 0) & 0xFF, addr = op(c, 2).addr;
    std::uint32_t len = val(c, 1) & 0xFFFF, i = 0, b = 0;
    for (; i < len; ++i) {
        VAX_TRY(c.read8(addr + i, b));
        if ((b == ch) == Locate) break;
    }
    c.r_[0] = len - i;
    c.r_[1] = addr + i;
    c.cc_ = c.r_[0] == 0 ? kPslZ : 0;
    return true;
}

// 2A SCANC, 2B SPANC len.rw,addr.ab,tbladdr.ab,mask.rb
template <bool Scan>
bool scanc(VaxCpu& c) {
    const std::uint32_t len = val(c, 0) & 0xFFFF, addr = op(c, 1).addr, table = op(c, 2).addr;
    const std::uint32_t mask = val(c, 3) & 0xFF;
    std::uint32_t i = 0, b = 0, t = 0;
    for (; i < len; ++i) {
        VAX_TRY(c.read8(addr + i, b));
        VAX_TRY(c.read8(table + b, t));
        if (((t & mask) != 0) == Scan) break;
    }
    c.r_[0] = len - i;
    c.r_[1] = addr + i;
    c.r_[2] = 0;
    c.r_[3] = table;
    c.cc_ = c.r_[0] == 0 ? kPslZ : 0;
    return true;
}

}  // namespace

void register_string(HandlerTable& t) {
    // MOVC3 and MOVC5 decode their own specifiers (not when resuming with FPD set).
    t[0x28] = movc3;
    t[0x2C] = movc5;
    t[0x29] = cmpc3;
    t[0x2D] = cmpc5;
    t[0x3A] = locc<true>;
    t[0x3B] = locc<false>;
    t[0x2A] = scanc<true>;
    t[0x2B] = scanc<false>;
}

}  // namespace simmon::vax
