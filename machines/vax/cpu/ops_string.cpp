// Character-string instructions the CVAX runs itself (ARM 3.9): MOVC3, MOVC5, CMPC3,
// CMPC5, LOCC, SKPC, SCANC, SPANC. The others (MATCHC, MOVTC, MOVTUC, CRC) go to the
// emulation trap. Registers R0-R5 take the ARM's final values; an instruction that faults
// part-way is backed out and starts again from its operands (its registers are written only
// at the end), which the ARM allows for a processor that does not set FPD.
#include "machines/vax/cpu/handler_support.hpp"
#include "machines/vax/cpu/handler_table.hpp"

namespace simmon::vax {
namespace {

// Copies `len` bytes as if the source were read whole first (overlap either way).
bool move_bytes(VaxCpu& c, std::uint32_t src, std::uint32_t dst, std::uint32_t len) {
    std::uint32_t b = 0;
    if (dst > src && dst - src < len) {
        for (std::uint32_t i = len; i > 0; --i) {
            VAX_TRY(c.read8(src + i - 1, b));
            VAX_TRY(c.write8(dst + i - 1, b));
        }
    } else {
        for (std::uint32_t i = 0; i < len; ++i) {
            VAX_TRY(c.read8(src + i, b));
            VAX_TRY(c.write8(dst + i, b));
        }
    }
    return true;
}

// 28 MOVC3 len.rw,srcaddr.ab,dstaddr.ab
bool movc3(VaxCpu& c) {
    const std::uint32_t len = val(c, 0) & 0xFFFF, src = op(c, 1).addr, dst = op(c, 2).addr;
    VAX_TRY(move_bytes(c, src, dst, len));
    c.r_[0] = 0;
    c.r_[1] = src + len;
    c.r_[2] = 0;
    c.r_[3] = dst + len;
    c.r_[4] = 0;
    c.r_[5] = 0;
    c.cc_ = kPslZ;
    return true;
}

// 2C MOVC5 srclen.rw,srcaddr.ab,fill.rb,dstlen.rw,dstaddr.ab
bool movc5(VaxCpu& c) {
    const std::uint32_t srclen = val(c, 0) & 0xFFFF, src = op(c, 1).addr, fill = val(c, 2) & 0xFF;
    const std::uint32_t dstlen = val(c, 3) & 0xFFFF, dst = op(c, 4).addr;
    const std::uint32_t n = srclen < dstlen ? srclen : dstlen;
    VAX_TRY(move_bytes(c, src, dst, n));
    for (std::uint32_t i = n; i < dstlen; ++i) VAX_TRY(c.write8(dst + i, fill));
    c.r_[0] = srclen - n;
    c.r_[1] = src + n;
    c.r_[2] = 0;
    c.r_[3] = dst + dstlen;
    c.r_[4] = 0;
    c.r_[5] = 0;
    cc_cmp<2>(c, srclen, dstlen);  // as CMPW srclen,dstlen
    return true;
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
