// FP11 floating-point instructions (170000-177777), PDP-11/45 and 11/70 processor
// handbooks, chapter "Floating point processor". Format: 17 op(4) AC(2) fsrc/fdst(6).
// Operand mode 0 names AC0-AC5 (6 and 7 are an opcode error); autoincrement and
// autodecrement step by the operand's length, except the immediate mode (one word).
// Exceptions set FEC, FEA (the instruction's address) and FER and trap through 244
// after the instruction unless FID is set; overflow and underflow store the wrapped
// result when their interrupt is enabled and 0 otherwise.
#include "machines/pdp11/cpu/operands.hpp"

namespace simmon::pdp11 {

namespace {

constexpr std::uint64_t kTopHalf = 0xFFFFFFFF00000000ull;

std::uint64_t precision(std::uint64_t raw, bool dbl) { return dbl ? raw : raw & kTopHalf; }
std::uint64_t negate(std::uint64_t raw) { return fp_is_zero(raw) ? 0 : raw ^ (std::uint64_t{1} << 63); }

}  // namespace

// 17xxxx FP11 floating point
void Pdp11Cpu::op_fp11(Pdp11Cpu& c, std::uint16_t ir) { c.fp_execute(ir); }

// Groups 1-9, 12 and 15 (ir bits 11:8) take a floating operand, where mode 0 names an
// accumulator: AC6 and AC7 do not exist, an opcode error before the instruction does
// anything (the handbooks' "FSRC/FDST = AC6, AC7": FEC 2).
namespace {
constexpr bool takes_float_operand(unsigned group) {
    return (group >= 1 && group <= 9) || group == 12 || group == 15;
}
}  // namespace

bool Pdp11Cpu::fp_exception(int code) {
    std::uint16_t f = fp_.fps;
    bool enabled = code == fec::kOpcode || code == fec::kDivideByZero ||
                   (code == fec::kUndefined && (f & fps::kFIUV)) || (code == fec::kUnderflow && (f & fps::kFIU)) ||
                   (code == fec::kOverflow && (f & fps::kFIV)) || (code == fec::kConversion && (f & fps::kFIC));
    if (!enabled) return false;
    fp_.fec = static_cast<std::uint16_t>(code);
    fp_.fea = inst_pc_;
    fp_.fps |= fps::kFER;
    if (!(f & fps::kFID)) request(kReqFpuTrap);
    return true;
}

void Pdp11Cpu::fp_set_cc(std::uint64_t raw, bool overflow, bool carry) {
    std::uint16_t cc = 0;
    if (fp_is_zero(raw)) cc |= fps::kFZ;
    else if (fp_is_negative(raw)) cc |= fps::kFN;
    if (overflow) cc |= fps::kFV;
    if (carry) cc |= fps::kFC;
    fp_.fps = static_cast<std::uint16_t>((fp_.fps & ~017u) | cc);
}

void Pdp11Cpu::fp_store_result(int ac, FpResult r) {
    if (r.overflow && !fp_exception(fec::kOverflow)) r.raw = 0;
    if (r.underflow && !fp_exception(fec::kUnderflow)) r.raw = 0;
    fp_.ac[ac] = r.raw;
    fp_set_cc(r.raw, r.overflow);
}

std::uint32_t Pdp11Cpu::fp_operand_address(unsigned spec, int bytes) {
    unsigned reg = spec & 7, mode = spec >> 3;
    if (reg != 7 && mode == 2) {
        std::uint16_t a = r_[reg];
        r_[reg] = static_cast<std::uint16_t>(a + bytes);
        record_autoinc(reg, bytes);
        return a | kDspace;
    }
    if (reg != 7 && mode == 4) {
        std::uint16_t a = static_cast<std::uint16_t>(r_[reg] - bytes);
        r_[reg] = a;
        record_autoinc(reg, -bytes);
        if (reg == 6) stack_check(a);
        return a | kDspace;
    }
    return ea_word(spec);
}

std::uint64_t Pdp11Cpu::fp_read_at(std::uint32_t ea, bool dbl, bool immediate) {
    std::uint64_t v = static_cast<std::uint64_t>(read_word(ea)) << 48;
    if (immediate) return v;
    v |= static_cast<std::uint64_t>(read_word((ea & kDspace) | ((ea + 2) & 0177777))) << 32;
    if (dbl) {
        v |= static_cast<std::uint64_t>(read_word((ea & kDspace) | ((ea + 4) & 0177777))) << 16;
        v |= read_word((ea & kDspace) | ((ea + 6) & 0177777));
    }
    return v;
}

void Pdp11Cpu::fp_write_at(std::uint32_t ea, bool dbl, std::uint64_t raw) {
    int words = dbl ? 4 : 2;
    for (int i = 0; i < words; ++i)
        write_word((ea & kDspace) | ((ea + 2 * i) & 0177777), static_cast<std::uint16_t>(raw >> (48 - 16 * i)));
}

std::uint64_t Pdp11Cpu::fp_read(unsigned spec, bool dbl) {
    std::uint64_t v;
    if (spec < 8) {
        v = precision(fp_.ac[spec], dbl);  // AC0-AC5: fp_execute refused AC6 and AC7
    } else {
        v = fp_read_at(fp_operand_address(spec, dbl ? 8 : 4), dbl, spec == 027);
    }
    if (fp_is_undefined(v)) fp_exception(fec::kUndefined);
    return v;
}

void Pdp11Cpu::fp_write(unsigned spec, bool dbl, std::uint64_t raw) {
    if (spec < 8) {
        fp_.ac[spec] = precision(raw, dbl);  // AC0-AC5: fp_execute refused AC6 and AC7
        return;
    }
    fp_write_at(fp_operand_address(spec, dbl ? 8 : 4), dbl, raw);
}

// Integer operands: 16 bits, or 32 (FL) with the high word first. A register or an
// immediate supplies only the high word of a long.
std::int64_t Pdp11Cpu::fp_read_integer(unsigned spec, bool longint) {
    if (!longint) return static_cast<std::int16_t>(src_word(spec));
    if (spec < 8) return static_cast<std::int32_t>(static_cast<std::uint32_t>(r_[spec]) << 16);
    std::uint32_t ea = fp_operand_address(spec, 4);
    std::uint32_t hi = read_word(ea);
    std::uint32_t lo = spec == 027 ? 0 : read_word((ea & kDspace) | ((ea + 2) & 0177777));
    return static_cast<std::int32_t>((hi << 16) | lo);
}

void Pdp11Cpu::fp_write_integer(unsigned spec, bool longint, std::int64_t v) {
    auto u = static_cast<std::uint32_t>(v);
    if (!longint) {
        dst_write_word(spec, static_cast<std::uint16_t>(u));
        return;
    }
    if (spec < 8) {
        r_[spec] = static_cast<std::uint16_t>(u >> 16);
        return;
    }
    std::uint32_t ea = fp_operand_address(spec, 4);
    write_word(ea, static_cast<std::uint16_t>(u >> 16));
    write_word((ea & kDspace) | ((ea + 2) & 0177777), static_cast<std::uint16_t>(u));
}

void Pdp11Cpu::fp_execute(std::uint16_t ir) {
    Fp11State& f = fp_;
    const bool dbl = f.fps & fps::kFD;
    const bool chop = f.fps & fps::kFT;
    const bool longint = f.fps & fps::kFL;
    const unsigned ac = (ir >> 6) & 3;
    const unsigned spec = ir & 077;
    const std::uint64_t acv = precision(f.ac[ac], dbl);
    const unsigned group = (ir >> 8) & 017;
    if ((spec == 6 || spec == 7) && takes_float_operand(group)) {
        fp_exception(fec::kOpcode);
        return;
    }

    switch (group) {
        case 0:
            switch (ac) {
                case 0:
                    switch (spec) {
                        case 0:  // 170000 CFCC Copy floating condition codes
                            cc_ = static_cast<std::uint8_t>(f.fps & 017);
                            return;
                        case 1: f.fps &= static_cast<std::uint16_t>(~fps::kFD); return;  // 170001 SETF
                        case 2: f.fps &= static_cast<std::uint16_t>(~fps::kFL); return;  // 170002 SETI
                        case 011: f.fps |= fps::kFD; return;                              // 170011 SETD
                        case 012: f.fps |= fps::kFL; return;                              // 170012 SETL
                        default: fp_exception(fec::kOpcode); return;
                    }
                case 1:  // 1701SS LDFPS Load FP status
                    f.fps = src_word(spec) & fps::kMask;
                    return;
                case 2:  // 1702DD STFPS Store FP status
                    dst_write_word(spec, f.fps);
                    return;
                default:  // 1703DD STST Store FP exception code and address
                    if (spec < 8) {
                        r_[spec] = f.fec;
                    } else {
                        std::uint32_t ea = fp_operand_address(spec, 4);
                        write_word(ea, f.fec);
                        if (spec != 027) write_word((ea & kDspace) | ((ea + 2) & 0177777), f.fea);
                    }
                    return;
            }
        case 1: {  // 1704-1707 CLRF TSTF ABSF NEGF on fdst
            if (ac == 0) {  // CLRF
                fp_write(spec, dbl, 0);
                fp_set_cc(0);
                return;
            }
            if (ac == 1) {  // TSTF
                fp_set_cc(fp_read(spec, dbl));
                return;
            }
            std::uint64_t v;
            std::uint32_t ea = 0;
            if (spec < 8) {
                v = fp_read(spec, dbl);
            } else {
                ea = fp_operand_address(spec, dbl ? 8 : 4);
                v = fp_read_at(ea, dbl, spec == 027);
                if (fp_is_undefined(v)) fp_exception(fec::kUndefined);
            }
            if (fp_is_zero(v)) v = 0;
            else if (ac == 2) v &= ~(std::uint64_t{1} << 63);  // ABSF
            else v ^= std::uint64_t{1} << 63;                   // NEGF
            if (spec < 8) fp_write(spec, dbl, v);
            else fp_write_at(ea, dbl, v);
            fp_set_cc(v);
            return;
        }
        case 2:  // 171(AC)SS MULF
            fp_store_result(ac, fp_mul(acv, fp_read(spec, dbl), dbl, chop));
            return;
        case 3: {  // 1714 MODF: integer part to AC|1, fraction to AC
            FpModResult m = fp_mod(acv, fp_read(spec, dbl), dbl, chop);
            fp_store_result(ac | 1, m.integer);
            fp_store_result(ac, m.fraction);
            return;
        }
        case 4:  // 1720 ADDF
            fp_store_result(ac, fp_add(acv, fp_read(spec, dbl), dbl, chop));
            return;
        case 5: {  // 1724 LDF
            std::uint64_t v = fp_read(spec, dbl);
            f.ac[ac] = v;
            fp_set_cc(v);
            return;
        }
        case 6:  // 1730 SUBF
            fp_store_result(ac, fp_add(acv, negate(fp_read(spec, dbl)), dbl, chop));
            return;
        case 7: {  // 1734 CMPF: condition codes of src - AC
            std::uint64_t s = fp_read(spec, dbl);
            int c = fp_compare(s, acv);
            f.fps = static_cast<std::uint16_t>((f.fps & ~017u) | (c < 0 ? fps::kFN : 0) | (c == 0 ? fps::kFZ : 0));
            return;
        }
        case 8:  // 1740 STF
            fp_write(spec, dbl, acv);
            return;
        case 9: {  // 1744 DIVF
            std::uint64_t s = fp_read(spec, dbl);
            if (fp_is_zero(s)) {
                fp_exception(fec::kDivideByZero);
                return;
            }
            fp_store_result(ac, fp_div(acv, s, dbl, chop));
            return;
        }
        case 10: {  // 1750 STEXP Store exponent (true exponent, signed)
            int e = static_cast<int>((acv >> 55) & 0377) - 128;
            auto w = static_cast<std::uint16_t>(e);
            std::uint16_t cc = static_cast<std::uint16_t>((e < 0 ? fps::kFN : 0) | (e == 0 ? fps::kFZ : 0));
            f.fps = static_cast<std::uint16_t>((f.fps & ~017u) | cc);
            cc_ = static_cast<std::uint8_t>(cc);
            dst_write_word(spec, w);
            return;
        }
        case 11: {  // 1754 STCFI/STCFL/STCDI/STCDL Store converted to integer (chopped)
            std::int64_t v;
            bool ok = fp_to_integer(acv, longint ? 32 : 16, v);
            if (!ok) v = 0;
            std::uint16_t cc = static_cast<std::uint16_t>((v < 0 ? fps::kFN : 0) | (v == 0 ? fps::kFZ : 0) | (ok ? 0 : fps::kFC));
            f.fps = static_cast<std::uint16_t>((f.fps & ~017u) | cc);
            cc_ = static_cast<std::uint8_t>(cc);
            if (!ok) fp_exception(fec::kConversion);
            fp_write_integer(spec, longint, v);
            return;
        }
        case 12: {  // 1760 STCFD/STCDF Store converted to the other precision
            FpResult r = fp_round(acv, !dbl, chop);
            if (r.overflow && !fp_exception(fec::kOverflow)) r.raw = 0;
            fp_write(spec, !dbl, r.raw);
            fp_set_cc(r.raw, r.overflow);
            return;
        }
        case 13: {  // 1764 LDEXP Load exponent
            int e = static_cast<std::int16_t>(src_word(spec)) + 128;
            FpResult r;
            r.raw = (acv & ~(std::uint64_t{0377} << 55)) | (static_cast<std::uint64_t>(e & 0377) << 55);
            r.overflow = e > 0377;
            r.underflow = e < 1;
            if (e == 0) r.raw = 0;  // exponent 0 is zero
            fp_store_result(ac, r);
            return;
        }
        case 14:  // 1770 LDCIF/LDCID/LDCLF/LDCLD Load and convert from integer
            fp_store_result(ac, fp_from_integer(fp_read_integer(spec, longint), dbl, chop));
            return;
        default: {  // 1774 LDCDF/LDCFD Load and convert from the other precision
            std::uint64_t v = fp_read(spec, !dbl);
            FpResult r = fp_round(v, dbl, chop);
            fp_store_result(ac, r);
            return;
        }
    }
}

}  // namespace simmon::pdp11
