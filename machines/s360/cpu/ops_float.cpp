// Floating-point instructions (PoO "Floating-Point Arithmetic"): the long (64-bit) and
// short (left 32 bits of a register; the right half is left alone) forms, in RR and RX.
// The arithmetic is hfp.cpp's; here are the operands, the register rules (0, 2, 4, 6, else
// specification), alignment, and the order of storing the result and interrupting.
#include "machines/s360/cpu/handler_list.hpp"
#include "machines/s360/cpu/hfp.hpp"

namespace simmon::s360::ops {
namespace {

constexpr unsigned kShort = 6;
constexpr unsigned kLong = 14;

bool bad_fpr(unsigned r) { return (r & 9) != 0; }
std::uint64_t& fpr(S360Cpu& c, unsigned r) { return c.fpr_[r >> 1]; }
std::uint64_t short_of(std::uint64_t reg) { return reg >> 32; }
void set_short(S360Cpu& c, unsigned r, std::uint64_t image32) {
    fpr(c, r) = (image32 << 32) | (fpr(c, r) & 0xFFFFFFFFu);
}

// Operands of the RR forms; false after a specification exception.
bool rr_regs(S360Cpu& c, std::uint32_t iw, unsigned& r1, unsigned& r2) {
    r1 = rr_r1(iw);
    r2 = rr_r2(iw);
    if (bad_fpr(r1) || bad_fpr(r2)) return c.program_interrupt(kSpecification);
    return true;
}
// The RX forms' storage operand, as a register-image (short in the low 32 bits).
bool rx_operand(S360Cpu& c, std::uint32_t iw, unsigned digits, unsigned& r1, std::uint64_t& v) {
    r1 = rx_r1(iw);
    const std::uint32_t a = rx_addr(c, iw);
    if (bad_fpr(r1) || (a & (digits == kLong ? 7 : 3))) return c.program_interrupt(kSpecification);
    if (digits == kLong) return c.fetch64(a, v);
    std::uint32_t w;
    if (!c.fetch32(a, w)) return false;
    v = w;
    return true;
}
std::uint64_t reg_image(S360Cpu& c, unsigned r, unsigned digits) {
    return digits == kLong ? fpr(c, r) : short_of(fpr(c, r));
}
void store_result(S360Cpu& c, unsigned r1, unsigned digits, const hfp::Result& res, bool set_cc) {
    if (res.suppressed) {
        c.program_interrupt(res.exception);
        return;
    }
    if (digits == kLong)
        fpr(c, r1) = res.image;
    else
        set_short(c, r1, res.image);
    if (set_cc) c.cc_ = res.cc;
    if (res.exception) c.program_interrupt(res.exception);
}

void add_rr(S360Cpu& c, std::uint32_t iw, unsigned digits, bool subtract, bool normalize) {
    unsigned r1 = 0, r2 = 0;
    if (!rr_regs(c, iw, r1, r2)) return;
    store_result(c, r1, digits,
                 hfp::add(reg_image(c, r1, digits), reg_image(c, r2, digits), digits, subtract, normalize, c.pm_), true);
}
void add_rx(S360Cpu& c, std::uint32_t iw, unsigned digits, bool subtract, bool normalize) {
    unsigned r1 = 0;
    std::uint64_t v = 0;
    if (!rx_operand(c, iw, digits, r1, v)) return;
    store_result(c, r1, digits, hfp::add(reg_image(c, r1, digits), v, digits, subtract, normalize, c.pm_), true);
}
void mul_rr(S360Cpu& c, std::uint32_t iw, unsigned digits) {
    unsigned r1 = 0, r2 = 0;
    if (!rr_regs(c, iw, r1, r2)) return;
    store_result(c, r1, kLong, hfp::multiply(reg_image(c, r1, digits), reg_image(c, r2, digits), digits, c.pm_), false);
}
void mul_rx(S360Cpu& c, std::uint32_t iw, unsigned digits) {
    unsigned r1 = 0;
    std::uint64_t v = 0;
    if (!rx_operand(c, iw, digits, r1, v)) return;
    store_result(c, r1, kLong, hfp::multiply(reg_image(c, r1, digits), v, digits, c.pm_), false);
}
void div_rr(S360Cpu& c, std::uint32_t iw, unsigned digits) {
    unsigned r1 = 0, r2 = 0;
    if (!rr_regs(c, iw, r1, r2)) return;
    store_result(c, r1, digits, hfp::divide(reg_image(c, r1, digits), reg_image(c, r2, digits), digits, c.pm_), false);
}
void div_rx(S360Cpu& c, std::uint32_t iw, unsigned digits) {
    unsigned r1 = 0;
    std::uint64_t v = 0;
    if (!rx_operand(c, iw, digits, r1, v)) return;
    store_result(c, r1, digits, hfp::divide(reg_image(c, r1, digits), v, digits, c.pm_), false);
}
void compare_rr(S360Cpu& c, std::uint32_t iw, unsigned digits) {
    unsigned r1 = 0, r2 = 0;
    if (rr_regs(c, iw, r1, r2)) c.cc_ = hfp::compare(reg_image(c, r1, digits), reg_image(c, r2, digits), digits);
}
void compare_rx(S360Cpu& c, std::uint32_t iw, unsigned digits) {
    unsigned r1 = 0;
    std::uint64_t v = 0;
    if (rx_operand(c, iw, digits, r1, v)) c.cc_ = hfp::compare(reg_image(c, r1, digits), v, digits);
}

// LPxR, LNxR, LTxR, LCxR: sign operations, no normalization; CC from the fraction.
enum class SignOp { Positive, Negative, Test, Complement };
void load_signed(S360Cpu& c, std::uint32_t iw, unsigned digits, SignOp op) {
    unsigned r1 = 0, r2 = 0;
    if (!rr_regs(c, iw, r1, r2)) return;
    std::uint64_t v = reg_image(c, r2, digits);
    const std::uint64_t sign = digits == kLong ? 0x8000000000000000ull : 0x80000000ull;
    switch (op) {
        case SignOp::Positive: v &= ~sign; break;
        case SignOp::Negative: v |= sign; break;
        case SignOp::Test: break;
        case SignOp::Complement: v ^= sign; break;
    }
    if (digits == kLong)
        fpr(c, r1) = v;
    else
        set_short(c, r1, v);
    c.cc_ = hfp::cc_of(v, digits);
}

}  // namespace

// 20 LPDR Load Positive (Long) [RR]
void lpdr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { load_signed(c, iw, kLong, SignOp::Positive); }
// 21 LNDR Load Negative (Long) [RR]
void lndr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { load_signed(c, iw, kLong, SignOp::Negative); }
// 22 LTDR Load and Test (Long) [RR]
void ltdr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { load_signed(c, iw, kLong, SignOp::Test); }
// 23 LCDR Load Complement (Long) [RR]
void lcdr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { load_signed(c, iw, kLong, SignOp::Complement); }
// 24 HDR Halve (Long) [RR]
void hdr(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    unsigned r1 = 0, r2 = 0;
    if (rr_regs(c, iw, r1, r2)) store_result(c, r1, kLong, hfp::halve(fpr(c, r2), kLong, c.pm_), false);
}
// 28 LDR Load (Long) [RR]
void ldr(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    unsigned r1 = 0, r2 = 0;
    if (rr_regs(c, iw, r1, r2)) fpr(c, r1) = fpr(c, r2);
}
// 29 CDR Compare (Long) [RR]
void cdr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { compare_rr(c, iw, kLong); }
// 2A ADR Add Normalized (Long) [RR]
void adr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rr(c, iw, kLong, false, true); }
// 2B SDR Subtract Normalized (Long) [RR]
void sdr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rr(c, iw, kLong, true, true); }
// 2C MDR Multiply (Long) [RR]
void mdr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { mul_rr(c, iw, kLong); }
// 2D DDR Divide (Long) [RR]
void ddr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { div_rr(c, iw, kLong); }
// 2E AWR Add Unnormalized (Long) [RR]
void awr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rr(c, iw, kLong, false, false); }
// 2F SWR Subtract Unnormalized (Long) [RR]
void swr(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rr(c, iw, kLong, true, false); }
// 30 LPER Load Positive (Short) [RR]
void lper(S360Cpu& c, std::uint32_t iw, std::uint32_t) { load_signed(c, iw, kShort, SignOp::Positive); }
// 31 LNER Load Negative (Short) [RR]
void lner(S360Cpu& c, std::uint32_t iw, std::uint32_t) { load_signed(c, iw, kShort, SignOp::Negative); }
// 32 LTER Load and Test (Short) [RR]
void lter(S360Cpu& c, std::uint32_t iw, std::uint32_t) { load_signed(c, iw, kShort, SignOp::Test); }
// 33 LCER Load Complement (Short) [RR]
void lcer(S360Cpu& c, std::uint32_t iw, std::uint32_t) { load_signed(c, iw, kShort, SignOp::Complement); }
// 34 HER Halve (Short) [RR]
void her(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    unsigned r1 = 0, r2 = 0;
    if (rr_regs(c, iw, r1, r2)) store_result(c, r1, kShort, hfp::halve(short_of(fpr(c, r2)), kShort, c.pm_), false);
}
// 38 LER Load (Short) [RR]
void ler(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    unsigned r1 = 0, r2 = 0;
    if (rr_regs(c, iw, r1, r2)) set_short(c, r1, short_of(fpr(c, r2)));
}
// 39 CER Compare (Short) [RR]
void cer(S360Cpu& c, std::uint32_t iw, std::uint32_t) { compare_rr(c, iw, kShort); }
// 3A AER Add Normalized (Short) [RR]
void aer(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rr(c, iw, kShort, false, true); }
// 3B SER Subtract Normalized (Short) [RR]
void ser(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rr(c, iw, kShort, true, true); }
// 3C MER Multiply (Short operands, long result) [RR]
void mer(S360Cpu& c, std::uint32_t iw, std::uint32_t) { mul_rr(c, iw, kShort); }
// 3D DER Divide (Short) [RR]
void der(S360Cpu& c, std::uint32_t iw, std::uint32_t) { div_rr(c, iw, kShort); }
// 3E AUR Add Unnormalized (Short) [RR]
void aur(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rr(c, iw, kShort, false, false); }
// 3F SUR Subtract Unnormalized (Short) [RR]
void sur(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rr(c, iw, kShort, true, false); }

// 60 STD Store (Long) [RX]
void std_(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r1 = rx_r1(iw);
    const std::uint32_t a = rx_addr(c, iw);
    if (bad_fpr(r1) || (a & 7)) {
        c.program_interrupt(kSpecification);
        return;
    }
    c.store64(a, fpr(c, r1));
}
// 68 LD Load (Long) [RX]
void ld(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    unsigned r1 = 0;
    std::uint64_t v = 0;
    if (rx_operand(c, iw, kLong, r1, v)) fpr(c, r1) = v;
}
// 69 CD Compare (Long) [RX]
void cd(S360Cpu& c, std::uint32_t iw, std::uint32_t) { compare_rx(c, iw, kLong); }
// 6A AD Add Normalized (Long) [RX]
void ad(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rx(c, iw, kLong, false, true); }
// 6B SD Subtract Normalized (Long) [RX]
void sd(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rx(c, iw, kLong, true, true); }
// 6C MD Multiply (Long) [RX]
void md(S360Cpu& c, std::uint32_t iw, std::uint32_t) { mul_rx(c, iw, kLong); }
// 6D DD Divide (Long) [RX]
void dd(S360Cpu& c, std::uint32_t iw, std::uint32_t) { div_rx(c, iw, kLong); }
// 6E AW Add Unnormalized (Long) [RX]
void aw(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rx(c, iw, kLong, false, false); }
// 6F SW Subtract Unnormalized (Long) [RX]
void sw(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rx(c, iw, kLong, true, false); }
// 70 STE Store (Short) [RX]
void ste(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    const unsigned r1 = rx_r1(iw);
    const std::uint32_t a = rx_addr(c, iw);
    if (bad_fpr(r1) || (a & 3)) {
        c.program_interrupt(kSpecification);
        return;
    }
    c.store32(a, static_cast<std::uint32_t>(short_of(fpr(c, r1))));
}
// 78 LE Load (Short) [RX]
void le(S360Cpu& c, std::uint32_t iw, std::uint32_t) {
    unsigned r1 = 0;
    std::uint64_t v = 0;
    if (rx_operand(c, iw, kShort, r1, v)) set_short(c, r1, v);
}
// 79 CE Compare (Short) [RX]
void ce(S360Cpu& c, std::uint32_t iw, std::uint32_t) { compare_rx(c, iw, kShort); }
// 7A AE Add Normalized (Short) [RX]
void ae(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rx(c, iw, kShort, false, true); }
// 7B SE Subtract Normalized (Short) [RX]
void se(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rx(c, iw, kShort, true, true); }
// 7C ME Multiply (Short operands, long result) [RX]
void me(S360Cpu& c, std::uint32_t iw, std::uint32_t) { mul_rx(c, iw, kShort); }
// 7D DE Divide (Short) [RX]
void de(S360Cpu& c, std::uint32_t iw, std::uint32_t) { div_rx(c, iw, kShort); }
// 7E AU Add Unnormalized (Short) [RX]
void au(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rx(c, iw, kShort, false, false); }
// 7F SU Subtract Unnormalized (Short) [RX]
void su(S360Cpu& c, std::uint32_t iw, std::uint32_t) { add_rx(c, iw, kShort, true, false); }

}  // namespace simmon::s360::ops
