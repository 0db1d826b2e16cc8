// Logical operations on registers and single bytes (PoO "Logical Operations"): AND, OR,
// exclusive OR, compare logical, test under mask, move immediate, test and set.
#include "machines/s360/cpu/handler_list.hpp"

namespace simmon::s360::ops {
namespace {

void compare_logical(S360Cpu& c, std::uint32_t a, std::uint32_t b) { c.cc_ = a == b ? 0 : a < b ? 1 : 2; }
// The SI read-modify-write forms: store access is checked before the byte is read.
template <typename Op>
void si_update(S360Cpu& c, std::uint32_t iw, Op op) {
    std::uint32_t ra = 0;
    if (!c.to_real(rs_addr(c, iw), true, ra)) return;
    const std::uint8_t v = op(c.mem_byte(ra), static_cast<std::uint8_t>(si_i2(iw)));
    c.set_mem_byte(ra, v);
    c.cc_ = v != 0;
}

}  // namespace

// 15 CLR Compare Logical [RR]
void clr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { compare_logical(c, c.gr_[rr_r1(iw)], c.gr_[rr_r2(iw)]); }
// 16 OR OR [RR]
void or_(S360Cpu& c, std::uint32_t iw, std::uint32_t) { c.cc_ = (c.gr_[rr_r1(iw)] |= c.gr_[rr_r2(iw)]) != 0; }

// 55 CL Compare Logical [RX]
void cl(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_word(c, iw, v)) compare_logical(c, c.gr_[rx_r1(iw)], v);
}
// 56 O OR [RX]
void o(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_word(c, iw, v)) c.cc_ = (c.gr_[rx_r1(iw)] |= v) != 0;
}
// 57 X Exclusive OR [RX]
void x(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (fetch_word(c, iw, v)) c.cc_ = (c.gr_[rx_r1(iw)] ^= v) != 0;
}

// 91 TM Test under Mask [SI]: CC 0 selected bits all zero (or mask zero), 1 mixed,
// 3 all ones.
void tm(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (!c.fetch8(rs_addr(c, iw), v)) return;
    const std::uint32_t mask = si_i2(iw);
    const std::uint32_t sel = v & mask;
    c.cc_ = sel == 0 ? 0 : sel == mask ? 3 : 1;
}
// 92 MVI Move Immediate [SI]
void mvi(S360Cpu& c, std::uint32_t iw, std::uint32_t) { c.store8(rs_addr(c, iw), si_i2(iw)); }
// 93 TS Test and Set [SI]: CC from the byte's leftmost bit, then the byte becomes all
// ones; fetch and store are one interlocked update (one CPU here, so trivially).
void ts(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t ra = 0;
    if (!c.to_real(rs_addr(c, iw), true, ra)) return;
    c.cc_ = c.mem_byte(ra) >> 7;
    c.set_mem_byte(ra, 0xFF);
}
// 94 NI AND Immediate [SI]
void ni(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    si_update(c, iw, [](std::uint8_t a, std::uint8_t b) { return static_cast<std::uint8_t>(a & b); });
}
// 95 CLI Compare Logical Immediate [SI]
void cli(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    std::uint32_t v = 0;
    if (c.fetch8(rs_addr(c, iw), v)) compare_logical(c, v, si_i2(iw));
}
// 96 OI OR Immediate [SI]
void oi(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    si_update(c, iw, [](std::uint8_t a, std::uint8_t b) { return static_cast<std::uint8_t>(a | b); });
}
// 97 XI Exclusive OR Immediate [SI]
void xi(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    si_update(c, iw, [](std::uint8_t a, std::uint8_t b) { return static_cast<std::uint8_t>(a ^ b); });
}

}  // namespace simmon::s360::ops
