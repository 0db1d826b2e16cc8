// Instruction classes against the PoO's definitions and examples: character moves with
// overlap, TR/TRT, ED/EDMK fill and significance, packed decimal, CVB/CVD, shifts,
// hexadecimal floating point with unnormalized operands, guard digit, significance,
// underflow and overflow.
#include <catch2/catch.hpp>

#include "tests/s360/s360_test_support.hpp"

using namespace simmon::s360;
using namespace simmon::s360::test;

namespace {

std::string bytes(Rig& r, std::uint32_t a, unsigned n) {
    std::string s;
    for (unsigned i = 0; i < n; ++i) s += hx(r.memory.read8(a + i), 2);
    return s;
}
std::uint16_t program_code(Rig& r) { return static_cast<std::uint16_t>(r.psw_at(kProgramOldPsw) >> 32); }
// The program ends with BALR 15,0 before the LPSW, so R15 holds the CC it ended with.
const std::string kEndCc = rr(0x05, 15, 0) + kEnd;
unsigned cc_after(Rig& r) { return (r.cpu.gr_[15] >> 28) & 3; }

}  // namespace

TEST_CASE("s360 instructions: MVC propagates a byte through an overlap; MVN, MVZ, XC") {
    Rig r;
    r.put(0x800, "C1000000000000");
    run_program(r, ss(0xD2, 4, 0x801, 0x800) + kEndCc);  // MVC 1(5),0: the classic fill
    CHECK(bytes(r, 0x800, 7) == "C1C1C1C1C1C100");
    r.put(0x900, "F1F2F3C4C5C6");
    run_program(r, ss(0xD1, 2, 0x900, 0x903) + ss(0xD7, 0, 0x905, 0x905) + kEndCc);
    CHECK(bytes(r, 0x900, 6) == "F4F5F6C4C500");
    CHECK(cc_after(r) == 0);
}

TEST_CASE("s360 instructions: CLC, TR and TRT") {
    Rig r;
    r.put(0x800, "C1C2C3");
    r.put(0x810, "C1C2C4");
    run_program(r, ss(0xD5, 2, 0x800, 0x810) + kEndCc);
    CHECK(cc_after(r) == 1);
    // TR with a table that maps each byte to its complement.
    Rig t;
    for (unsigned i = 0; i < 256; ++i) t.memory.write8(0xA00 + i, static_cast<std::uint8_t>(~i));
    t.put(0x800, "00FF0F");
    run_program(t, ss(0xDC, 2, 0x800, 0xA00) + kEndCc);
    CHECK(bytes(t, 0x800, 3) == "FF00F0");
    // TRT stops at the first nonzero function byte: R1 its address, R2 the function byte.
    Rig u;
    u.memory.write8(0xA00 + 0x40, 0x00);
    u.memory.write8(0xA00 + 0x6B, 0x08);
    u.put(0x800, "40406B40");
    u.cpu.gr_[1] = 0xAA000000;
    u.cpu.gr_[2] = 0x12345600;
    run_program(u, ss(0xDD, 3, 0x800, 0xA00) + kEndCc);
    CHECK(cc_after(u) == 1);
    CHECK(u.cpu.gr_[1] == 0xAA000802u);
    CHECK(u.cpu.gr_[2] == 0x12345608u);
}

TEST_CASE("s360 instructions: ED fill, significance starter, message bytes and CC") {
    const std::string pattern = "402020202120" "4B" "2020";  // fill, digits, '.', digits
    struct Case {
        const char* source;
        const char* result;
        unsigned cc;
    } cases[] = {
        {"0001234C", "40404040F1F24BF3F4", 2},  // positive: significance by a nonzero digit
        {"0001234D", "40404040F1F24BF3F4", 1},  // minus sign leaves significance on: CC 1
        {"0000000C", "4040404040F04BF0F0", 0},  // zero: the starter turns significance on
    };
    for (const auto& c : cases) {
        Rig r;
        r.put(0x800, pattern);
        r.put(0x900, c.source);
        r.cpu.gr_[1] = 0xFF000000;
        run_program(r, ss(0xDF, 8, 0x800, 0x900) + kEndCc);  // EDMK
        INFO(c.source);
        CHECK(bytes(r, 0x800, 9) == c.result);
        CHECK(cc_after(r) == c.cc);
        // EDMK marks the first significant digit, but not one forced by the starter.
        CHECK(r.cpu.gr_[1] == (std::string(c.source) == "0000000C" ? 0xFF000000u : 0xFF000804u));
    }
    // An invalid digit is a data exception.
    Rig bad;
    bad.put(0x800, pattern);
    bad.put(0x900, "00A1234C");
    run_program(bad, ss(0xDE, 8, 0x800, 0x900) + kEndCc);
    CHECK(program_code(bad) == kData);
}

TEST_CASE("s360 instructions: packed decimal AP, SP, ZAP, CP, MP, DP") {
    Rig r;
    r.put(0x800, "00123C");
    r.put(0x810, "999D");
    run_program(r, ss2(0xFA, 2, 1, 0x800, 0x810) + kEndCc);  // 123 + -999
    CHECK(bytes(r, 0x800, 3) == "00876D");
    CHECK(cc_after(r) == 1);
    Rig o;
    o.put(0x800, "999C");
    o.put(0x810, "1C");
    run_program(o, ss2(0xFA, 1, 0, 0x800, 0x810) + kEndCc, basic_psw(0, 0, 0, kProgram, 0, 4));
    CHECK(bytes(o, 0x800, 2) == "000C");
    CHECK(program_code(o) == kDecimalOverflow);
    Rig m;
    m.put(0x800, "0000123C");
    m.put(0x810, "5D");
    run_program(m, ss2(0xFC, 3, 0, 0x800, 0x810) + kEndCc);
    CHECK(bytes(m, 0x800, 4) == "0000615D");
    Rig d;
    d.put(0x800, "0000615D");
    d.put(0x810, "5C");
    run_program(d, ss2(0xFD, 3, 0, 0x800, 0x810) + kEndCc);
    CHECK(bytes(d, 0x800, 4) == "00123D0D");
    Rig dz;
    dz.put(0x800, "0000615D");
    dz.put(0x810, "0C");
    run_program(dz, ss2(0xFD, 3, 0, 0x800, 0x810) + kEndCc);
    CHECK(program_code(dz) == kDecimalDivide);
    CHECK(bytes(dz, 0x800, 4) == "0000615D");
    Rig z;
    z.put(0x800, "ABCDEF");
    z.put(0x810, "0D");
    run_program(z, ss2(0xF8, 2, 0, 0x800, 0x810) + ss2(0xF9, 2, 0, 0x800, 0x810) + kEndCc);
    CHECK(bytes(z, 0x800, 3) == "00000C");  // ZAP of -0 gives +0
    CHECK(cc_after(z) == 0);                // and +0 equals -0
    Rig bad;
    bad.put(0x800, "1A2C");
    bad.put(0x810, "1C");
    run_program(bad, ss2(0xFA, 1, 0, 0x800, 0x810) + kEndCc);
    CHECK(program_code(bad) == kData);
}

TEST_CASE("s360 instructions: PACK, UNPK, MVO") {
    Rig r;
    r.put(0x800, "F1F2F3F4C5");
    run_program(r, ss2(0xF2, 2, 4, 0x810, 0x800) + ss2(0xF3, 4, 2, 0x820, 0x810) + kEndCc);
    CHECK(bytes(r, 0x810, 3) == "12345C");
    CHECK(bytes(r, 0x820, 5) == "F1F2F3F4C5");
    Rig m;
    m.put(0x800, "7788990C");
    m.put(0x810, "123456");
    run_program(m, ss2(0xF1, 3, 2, 0x800, 0x810) + kEndCc);
    CHECK(bytes(m, 0x800, 4) == "0123456C");
}

TEST_CASE("s360 instructions: CVB with overflow, CVD") {
    Rig r;
    r.put(0x800, "000009999999999C");  // 9,999,999,999 does not fit in 32 bits
    run_program(r, rx(0x4F, 3, 0x800) + kEndCc);
    CHECK(program_code(r) == kFixedDivide);
    CHECK(r.cpu.gr_[3] == 0x540BE3FFu);
    Rig c;
    c.cpu.gr_[4] = static_cast<std::uint32_t>(-1234);
    run_program(c, rx(0x4E, 4, 0x800) + rx(0x4F, 5, 0x800) + kEndCc);
    CHECK(bytes(c, 0x800, 8) == "000000000001234D");
    CHECK(c.cpu.gr_[5] == static_cast<std::uint32_t>(-1234));
    Rig bad;
    run_program(bad, rx(0x4F, 3, 0x804) + kEndCc);
    CHECK(program_code(bad) == kSpecification);
}

TEST_CASE("s360 instructions: shifts") {
    Rig r;
    r.cpu.gr_[2] = 0x40000000;
    r.cpu.gr_[4] = 0x00000001;
    r.cpu.gr_[5] = 0x80000000;
    r.cpu.gr_[6] = 0x80000000;
    run_program(r, rs(0x8B, 2, 0, 1) + rr(0x05, 7, 0) + rs(0x8C, 4, 0, 4) + rs(0x8A, 6, 0, 40) + kEndCc);
    CHECK(r.cpu.gr_[2] == 0x00000000u);         // SLA: the 1 shifted into the sign position is lost
    CHECK(((r.cpu.gr_[7] >> 28) & 3) == 3);     // overflow
    CHECK(r.cpu.gr_[4] == 0x00000000u);         // SRDL 4
    CHECK(r.cpu.gr_[5] == 0x18000000u);
    CHECK(r.cpu.gr_[6] == 0xFFFFFFFFu);         // SRA 40 fills with the sign
    CHECK(cc_after(r) == 1);
}

TEST_CASE("s360 HFP: unnormalized operands, guard digit, normalized and unnormalized add") {
    Rig r;
    r.cpu.fpr_[0] = 0x4101000000000000ull;  // unnormalized 1/16
    r.cpu.fpr_[1] = 0x4010000000000000ull;  // normalized 1/16 (FPR2)
    run_program(r, rr(0x3A, 0, 2) + kEndCc);  // AER
    CHECK((r.cpu.fpr_[0] >> 32) == 0x40200000u);
    CHECK(cc_after(r) == 2);
    Rig u;
    u.cpu.fpr_[0] = 0x4101000000000000ull;
    u.cpu.fpr_[1] = 0x4010000000000000ull;
    run_program(u, rr(0x3E, 0, 2) + kEndCc);  // AUR: no normalization
    CHECK((u.cpu.fpr_[0] >> 32) == 0x41020000u);
    // The guard digit: 1.0 - 0.000001 (hex) keeps the digit shifted out.
    Rig g;
    g.cpu.fpr_[0] = 0x4110000000000000ull;
    g.cpu.fpr_[1] = 0x3B10000000000000ull;  // 16^-6
    run_program(g, rr(0x3B, 0, 2) + kEndCc);  // SER
    CHECK((g.cpu.fpr_[0] >> 32) == 0x40FFFFFFu);
    // MER multiplies short operands into a long result; unnormalized operands are
    // prenormalized first.
    Rig m;
    m.cpu.fpr_[0] = 0x4201000000000000ull;  // 1.0, unnormalized
    m.cpu.fpr_[1] = 0x4130000000000000ull;  // 3.0
    run_program(m, rr(0x3C, 0, 2) + kEndCc);
    CHECK(m.cpu.fpr_[0] == 0x4130000000000000ull);
}

TEST_CASE("s360 HFP: significance, underflow and overflow under the program mask") {
    Rig s;
    s.cpu.fpr_[0] = 0x4110000000000000ull;
    s.cpu.fpr_[1] = 0xC110000000000000ull;
    run_program(s, rr(0x3A, 0, 2) + kEndCc);
    CHECK((s.cpu.fpr_[0] >> 32) == 0u);  // true zero
    INFO("old PSW " << hx(s.psw_at(kProgramOldPsw), 16));
    CHECK(s.cpu.instruction_address() == kDone);
    Rig sm;
    sm.cpu.fpr_[0] = 0x4110000000000000ull;
    sm.cpu.fpr_[1] = 0xC110000000000000ull;
    run_program(sm, rr(0x3A, 0, 2) + kEndCc, basic_psw(0, 0, 0, kProgram, 0, 1));
    CHECK(program_code(sm) == kSignificance);
    CHECK((sm.cpu.fpr_[0] >> 32) == 0x41000000u);
    Rig u;
    u.cpu.fpr_[0] = 0x0110000000000000ull;
    u.cpu.fpr_[1] = 0x0110000000000000ull;
    run_program(u, rr(0x3C, 0, 2) + kEndCc);
    CHECK(u.cpu.fpr_[0] == 0);
    Rig um;
    um.cpu.fpr_[0] = 0x0110000000000000ull;
    um.cpu.fpr_[1] = 0x0110000000000000ull;
    run_program(um, rr(0x3C, 0, 2) + kEndCc, basic_psw(0, 0, 0, kProgram, 0, 2));
    CHECK(program_code(um) == kExponentUnderflow);
    // 1/16 * 16^-63 squared is 1/256 * 16^-126: normalized 0x10 * 16^-127, characteristic
    // -63 wrapped to 65.
    CHECK(um.cpu.fpr_[0] == 0x4110000000000000ull);
    Rig o;
    o.cpu.fpr_[0] = 0x7FF0000000000000ull;
    o.cpu.fpr_[1] = 0x7FF0000000000000ull;
    run_program(o, rr(0x3A, 0, 2) + kEndCc);
    CHECK(program_code(o) == kExponentOverflow);
    CHECK((o.cpu.fpr_[0] >> 32) == 0x001E0000u);  // characteristic 128 too small
    Rig d;
    d.cpu.fpr_[0] = 0x4110000000000000ull;
    run_program(d, rr(0x3D, 0, 2) + kEndCc);  // divide by zero
    CHECK(program_code(d) == kFloatingDivide);
    CHECK(d.cpu.fpr_[0] == 0x4110000000000000ull);
    Rig bad;
    run_program(bad, rr(0x28, 1, 2) + kEndCc);
    CHECK(program_code(bad) == kSpecification);
}

TEST_CASE("s360 HFP: halve normalizes, keeping the bit shifted out") {
    Rig r;
    r.cpu.fpr_[1] = 0x4110000000000001ull;
    run_program(r, rr(0x24, 0, 2) + kEndCc);
    CHECK(r.cpu.fpr_[0] == 0x4080000000000008ull);
}
