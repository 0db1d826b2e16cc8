// Character (storage-to-storage) operations (PoO "Logical Operations" and "Decimal
// Arithmetic" for the moves that never check digits): MVC, MVN, MVZ, NC, OC, XC, CLC,
// TR, TRT, ED, EDMK, MVO, PACK, UNPK. Each operand is made addressable as a whole before
// any byte changes (prepare_operand), so a page fault suppresses the instruction and
// CP-67 can restart it. The PoO defines the moves byte by byte, left to right (right to
// left for MVO, PACK, UNPK), so overlapping operands propagate as they do on the machine.
#include <cstring>

#include "machines/s360/cpu/handler_list.hpp"

namespace simmon::s360::ops {
namespace {

using Operand = S360Cpu::Operand;

// op1 for store and op2 for fetch, L bytes each (one 8-bit length field).
bool prepare_pair(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2, bool store1, Operand& op1, Operand& op2) {
    const std::uint32_t len = ss_len(iw);
    return c.prepare_operand(ss_addr1(c, iw), len, store1, op1) && c.prepare_operand(ss_addr2(c, iw2), len, false, op2);
}

template <typename Combine>
void byte_by_byte(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2, bool set_cc, Combine combine) {
    Operand op1, op2;
    if (!prepare_pair(c, iw, iw2, true, op1, op2)) return;
    std::uint8_t any = 0;
    for (std::uint32_t i = 0; i < op1.length; ++i) {
        const std::uint32_t ra = op1.real(i);
        const auto v = static_cast<std::uint8_t>(combine(c.mem_byte(ra), c.mem_byte(op2.real(i))));
        c.set_mem_byte(ra, v);
        any |= v;
    }
    if (set_cc) c.cc_ = any != 0;
}

// The zone of an unpacked digit: F in EBCDIC mode, 5 in ASCII mode (PSW bit 12).
std::uint8_t zone(const S360Cpu& c) { return c.ascii_ ? 0x50 : 0xF0; }

}  // namespace

// D1 MVN Move Numerics [SS]
void mvn(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    byte_by_byte(c, iw, iw2, false, [](std::uint8_t a, std::uint8_t b) { return (a & 0xF0) | (b & 0x0F); });
}
// D2 MVC Move Characters [SS]
void mvc(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    Operand op1, op2;
    if (!prepare_pair(c, iw, iw2, true, op1, op2)) return;
    const std::uint32_t len = op1.length;
    // One contiguous piece each and no forward overlap: a host move is the same as the
    // byte-by-byte definition.
    if (op1.split >= len && op2.split >= len && (op1.ra0 <= op2.ra0 || op1.ra0 >= op2.ra0 + len)) {
        std::uint8_t* base = c.memory().data();
        std::memmove(base + op1.ra0, base + op2.ra0, len);
        c.memory().mark_dirty(op1.ra0, len);
        return;
    }
    for (std::uint32_t i = 0; i < len; ++i) c.set_mem_byte(op1.real(i), c.mem_byte(op2.real(i)));
}
// D3 MVZ Move Zones [SS]
void mvz(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    byte_by_byte(c, iw, iw2, false, [](std::uint8_t a, std::uint8_t b) { return (a & 0x0F) | (b & 0xF0); });
}
// D4 NC AND Characters [SS]
void nc(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    byte_by_byte(c, iw, iw2, true, [](std::uint8_t a, std::uint8_t b) { return a & b; });
}
// D5 CLC Compare Logical Characters [SS]
void clc(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    Operand op1, op2;
    if (!prepare_pair(c, iw, iw2, false, op1, op2)) return;
    if (op1.split >= op1.length && op2.split >= op2.length) {
        // Both contiguous: the host's compare of unsigned bytes is the PoO's.
        const std::uint8_t* base = c.memory().data();
        const int r = std::memcmp(base + op1.ra0, base + op2.ra0, op1.length);
        c.cc_ = r == 0 ? 0 : r < 0 ? 1 : 2;
        return;
    }
    for (std::uint32_t i = 0; i < op1.length; ++i) {
        const std::uint8_t a = c.mem_byte(op1.real(i)), b = c.mem_byte(op2.real(i));
        if (a != b) {
            c.cc_ = a < b ? 1 : 2;
            return;
        }
    }
    c.cc_ = 0;
}
// D6 OC OR Characters [SS]
void oc(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    byte_by_byte(c, iw, iw2, true, [](std::uint8_t a, std::uint8_t b) { return a | b; });
}
// D7 XC Exclusive OR Characters [SS]
void xc(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    byte_by_byte(c, iw, iw2, true, [](std::uint8_t a, std::uint8_t b) { return a ^ b; });
}

// DC TR Translate [SS]: each first-operand byte is replaced by the byte of the table
// (second operand) it indexes. Only the table bytes actually used are accessed; they are
// all checked before the first byte is replaced.
void tr(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    Operand op1;
    if (!c.prepare_operand(ss_addr1(c, iw), ss_len(iw), true, op1)) return;
    const std::uint32_t table = ss_addr2(c, iw2);
    std::uint32_t ra = 0;
    for (std::uint32_t i = 0; i < op1.length; ++i)
        if (!c.to_real((table + c.mem_byte(op1.real(i))) & c.amask_, false, ra, 0)) return;
    for (std::uint32_t i = 0; i < op1.length; ++i) {
        const std::uint32_t a1 = op1.real(i);
        if (!c.to_real((table + c.mem_byte(a1)) & c.amask_, false, ra)) return;
        c.set_mem_byte(a1, c.mem_byte(ra));
    }
}
// DD TRT Translate and Test [SS]: finds the first byte whose table entry is nonzero; R1
// gets its address (bits 8-31; all 32 in 32-bit mode), R2 bits 24-31 the function byte.
// CC 0 none found, 1 found before the last byte, 2 found at the last byte.
void trt(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    Operand op1;
    const std::uint32_t a1 = ss_addr1(c, iw);
    if (!c.prepare_operand(a1, ss_len(iw), false, op1)) return;
    const std::uint32_t table = ss_addr2(c, iw2);
    for (std::uint32_t i = 0; i < op1.length; ++i) {
        std::uint32_t f = 0;
        if (!c.fetch8((table + c.mem_byte(op1.real(i))) & c.amask_, f)) return;
        if (f != 0) {
            const std::uint32_t addr = (a1 + i) & c.amask_;
            c.gr_[1] = c.mode32_ ? addr : (c.gr_[1] & 0xFF000000u) | addr;
            c.gr_[2] = (c.gr_[2] & 0xFFFFFF00u) | f;
            c.cc_ = i + 1 == op1.length ? 2 : 1;
            return;
        }
    }
    c.cc_ = 0;
}

namespace {

// ED and EDMK (PoO "Edit"). The pattern's first byte is the fill character. X'20' digit
// selector, X'21' significance starter, X'22' field separator; any other pattern byte is
// a message byte, kept once significance is on and replaced by the fill before. Source
// digits are taken left digit first; after a left digit, a sign code in the right half
// ends the source byte, and a plus sign turns significance off. Runs twice: a dry run
// that stores nothing and raises the access exceptions of the source bytes it needs (so
// a page fault leaves the pattern unchanged), then the real one.
void edit(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2, bool mark) {
    Operand op1;
    if (!c.prepare_operand(ss_addr1(c, iw), ss_len(iw), true, op1)) return;
    const std::uint32_t a1 = ss_addr1(c, iw);
    const std::uint32_t a2 = ss_addr2(c, iw2);
    for (int pass = 0; pass < 2; ++pass) {
        const bool dry = pass == 0;
        const std::uint8_t fill = c.mem_byte(op1.real(0));
        bool significance = false, nonzero = false, right_pending = false;
        std::uint32_t src = a2, source_byte = 0;
        std::uint32_t mark_addr = 0;
        bool marked = false;
        for (std::uint32_t i = 0; i < op1.length; ++i) {
            const std::uint32_t ra = op1.real(i);
            const std::uint8_t p = c.mem_byte(ra);
            std::uint8_t out;
            if (p == 0x20 || p == 0x21) {
                std::uint32_t digit;
                if (right_pending) {
                    digit = source_byte & 0x0F;
                    right_pending = false;
                } else {
                    if (!c.fetch8(src, source_byte)) return;
                    src = (src + 1) & c.amask_;
                    digit = source_byte >> 4;
                    if (digit > 9) {
                        if (dry) break;
                        c.program_interrupt(kData);
                        return;
                    }
                    right_pending = true;
                }
                if (digit > 9) {
                    if (dry) break;
                    c.program_interrupt(kData);
                    return;
                }
                // The right half after a left digit: a sign ends the byte.
                bool plus = false;
                if (right_pending && (source_byte & 0x0F) > 9) {
                    const std::uint32_t sign = source_byte & 0x0F;
                    plus = !(sign == 0x0B || sign == 0x0D);
                    right_pending = false;
                }
                if (digit != 0) nonzero = true;
                if (significance || digit != 0) {
                    if (!significance && mark) {
                        mark_addr = (a1 + i) & c.amask_;
                        marked = true;
                    }
                    out = static_cast<std::uint8_t>(zone(c) | digit);
                    significance = true;
                } else {
                    out = fill;
                    if (p == 0x21) significance = true;
                }
                if (plus) significance = false;
            } else if (p == 0x22) {
                out = fill;
                significance = false;
                nonzero = false;
            } else {
                out = significance ? p : fill;
            }
            if (!dry) c.set_mem_byte(ra, out);
        }
        if (dry) continue;
        c.cc_ = !nonzero ? 0 : significance ? 1 : 2;
        if (marked) c.gr_[1] = c.mode32_ ? mark_addr : (c.gr_[1] & 0xFF000000u) | mark_addr;
    }
}

}  // namespace

// DE ED Edit [SS]
void ed(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) { edit(c, iw, iw2, false); }
// DF EDMK Edit and Mark [SS]: R1 bits 8-31 get the address of the first significant
// digit stored (unchanged when significance was started by X'21' or never).
void edmk(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) { edit(c, iw, iw2, true); }

// F1 MVO Move with Offset [SS, two lengths]: the second operand moves four bits left of
// the first operand's rightmost four bits, which stay; zeros fill on the left.
void mvo(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    Operand op1, op2;
    if (!c.prepare_operand(ss_addr1(c, iw), ss_len1(iw), true, op1) ||
        !c.prepare_operand(ss_addr2(c, iw2), ss_len2(iw), false, op2))
        return;
    int i1 = static_cast<int>(op1.length) - 1, i2 = static_cast<int>(op2.length) - 1;
    std::uint32_t v = c.mem_byte(op2.real(i2--));
    const std::uint32_t last = op1.real(i1);
    c.set_mem_byte(last, static_cast<std::uint8_t>((v << 4) | (c.mem_byte(last) & 0x0F)));
    std::uint32_t carry = v >> 4;
    for (--i1; i1 >= 0; --i1) {
        v = i2 >= 0 ? c.mem_byte(op2.real(i2--)) : 0;
        c.set_mem_byte(op1.real(i1), static_cast<std::uint8_t>((v << 4) | carry));
        carry = v >> 4;
    }
}
// F2 PACK Pack [SS, two lengths]: zoned to packed, right to left; the rightmost byte's
// halves swap (zone becomes the sign), then the digit halves of pairs of bytes combine.
void pack(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    Operand op1, op2;
    if (!c.prepare_operand(ss_addr1(c, iw), ss_len1(iw), true, op1) ||
        !c.prepare_operand(ss_addr2(c, iw2), ss_len2(iw), false, op2))
        return;
    int i1 = static_cast<int>(op1.length) - 1, i2 = static_cast<int>(op2.length) - 1;
    const std::uint32_t v = c.mem_byte(op2.real(i2--));
    c.set_mem_byte(op1.real(i1--), static_cast<std::uint8_t>((v << 4) | (v >> 4)));
    for (; i1 >= 0; --i1) {
        const std::uint32_t lo = i2 >= 0 ? c.mem_byte(op2.real(i2--)) & 0x0F : 0;
        const std::uint32_t hi = i2 >= 0 ? c.mem_byte(op2.real(i2--)) & 0x0F : 0;
        c.set_mem_byte(op1.real(i1), static_cast<std::uint8_t>(hi << 4 | lo));
    }
}
// F3 UNPK Unpack [SS, two lengths]: packed to zoned, right to left; the rightmost byte's
// halves swap, every other digit gets the zone (F, or 5 in ASCII mode).
void unpk(S360Cpu& c, std::uint32_t iw, std::uint32_t iw2) {
    Operand op1, op2;
    if (!c.prepare_operand(ss_addr1(c, iw), ss_len1(iw), true, op1) ||
        !c.prepare_operand(ss_addr2(c, iw2), ss_len2(iw), false, op2))
        return;
    const std::uint8_t z = zone(c);
    int i1 = static_cast<int>(op1.length) - 1, i2 = static_cast<int>(op2.length) - 1;
    std::uint32_t v = c.mem_byte(op2.real(i2--));
    c.set_mem_byte(op1.real(i1--), static_cast<std::uint8_t>((v << 4) | (v >> 4)));
    while (i1 >= 0) {
        v = i2 >= 0 ? c.mem_byte(op2.real(i2--)) : 0;
        c.set_mem_byte(op1.real(i1--), static_cast<std::uint8_t>(z | (v & 0x0F)));
        if (i1 < 0) break;
        c.set_mem_byte(op1.real(i1--), static_cast<std::uint8_t>(z | (v >> 4)));
    }
}

}  // namespace simmon::s360::ops
