// Character-string instructions the CVAX runs itself (ARM 3.9): MOVC3, MOVC5, CMPC3,
// CMPC5, LOCC, SKPC, SCANC, SPANC. The others (MATCHC, MOVTC, MOVTUC, CRC) go to the
// emulation trap. Registers R0-R5 take the ARM's final values; an instruction that faults
// part-way is backed out and starts again from its operands (its registers are written only
// at the end), which the ARM allows for a processor that does not set FPD.
#include <algorithm>
#include <cstring>

#include "machines/vax/cpu/handler_support.hpp"
#include "machines/vax/cpu/handler_table.hpp"

namespace simmon::vax {
namespace {

// Copies `len` bytes as if the source were read whole first (overlap either way), a page
// piece at a time through host memory, byte by byte where a page is I/O space.
bool move_bytes(VaxCpu& c, std::uint32_t src, std::uint32_t dst, std::uint32_t len) {
    const bool backward = dst > src && dst - src < len;
    std::uint32_t done = 0;
    while (done < len) {
        const std::uint32_t left = len - done;
        std::uint32_t s, d, n;
        if (!backward) {
            s = src + done;
            d = dst + done;
            n = std::min({left, 0x200 - (s & 0x1FF), 0x200 - (d & 0x1FF)});
        } else {
            const std::uint32_t s_end = src + left, d_end = dst + left;
            n = std::min({left, ((s_end - 1) & 0x1FF) + 1, ((d_end - 1) & 0x1FF) + 1});
            s = s_end - n;
            d = d_end - n;
        }
        std::uint8_t *ps = nullptr, *pd = nullptr;
        VAX_TRY(c.host_bytes(s, false, ps));
        VAX_TRY(c.host_bytes(d, true, pd));
        if (ps && pd) {
            std::memmove(pd, ps, n);
        } else {
            for (std::uint32_t k = 0; k < n; ++k) {
                const std::uint32_t i = backward ? n - 1 - k : k;
                std::uint32_t b = 0;
                VAX_TRY(c.read8(s + i, b));
                VAX_TRY(c.write8(d + i, b));
            }
        }
        done += n;
    }
    return true;
}

// Fills `len` bytes with `fill`.
bool fill_bytes(VaxCpu& c, std::uint32_t dst, std::uint32_t len, std::uint32_t fill) {
    std::uint32_t done = 0;
    while (done < len) {
        const std::uint32_t d = dst + done;
        const std::uint32_t n = std::min(len - done, 0x200 - (d & 0x1FF));
        std::uint8_t* pd = nullptr;
        VAX_TRY(c.host_bytes(d, true, pd));
        if (pd) std::memset(pd, static_cast<int>(fill), n);
        else
            for (std::uint32_t i = 0; i < n; ++i) VAX_TRY(c.write8(d + i, fill));
        done += n;
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
    VAX_TRY(fill_bytes(c, dst + n, dstlen - n, fill));
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
