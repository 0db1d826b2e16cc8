// The VAX CPU's instruction groups on small programs: bit fields, character strings,
// queues, F/D/G floating point, the emulation trap, trace and software interrupts.
#include <catch2/catch.hpp>

#include "machines/vax/cpu/vax_float.hpp"
#include "tests/vax/vax_test_support.hpp"

using namespace simmon;
using namespace simmon::vax;
using simmon::vax::test::Rig;

TEST_CASE("vax cpu: bit fields in registers and memory") {
    Rig t;
    t.cpu.r_[5] = 0x2AAAAAAA;
    t.cpu.r_[6] = 0;
    // EXTZV #1,#31,R5,R7; EXTV #3,#4,R5,R8; INSV #F,#4,#8,(R2); HALT
    t.cpu.r_[2] = 0x3000;
    t.memory.write32_le(0x3000, 0);
    t.put(0x2000, {0xEF, 0x01, 0x1F, 0x55, 0x57, 0xEE, 0x03, 0x04, 0x55, 0x58, 0xF0, 0x0F, 0x04, 0x08, 0x62, 0x00});
    t.run(0x2000);
    CHECK(t.cpu.r_[7] == 0x15555555);
    CHECK(t.cpu.r_[8] == 0x5);  // bits 3-6 of ...1010: 0101
    CHECK(t.memory.read32_le(0x3000) == 0xF0);
    // A size over 32 is a reserved operand: EXTZV #0,#33,R5,R7
    Rig u;
    u.put(0x2000, {0xEF, 0x00, 0x8F, 0x21, 0x55, 0x57});
    CHECK(u.run(0x2000) == Rig::halted_in(kVecReservedOperand));
}

TEST_CASE("vax cpu: MOVC3 with overlap, MOVC5 fill, LOCC and CMPC3") {
    Rig t;
    for (int i = 0; i < 8; ++i) t.memory.write8(0x3000 + i, static_cast<std::uint8_t>('a' + i));
    // MOVC3 #8,@#3000,@#3002 (overlapping forward); HALT
    t.put(0x2000, {0x28, 0x08, 0x9F, 0x00, 0x30, 0x00, 0x00, 0x9F, 0x02, 0x30, 0x00, 0x00, 0x00});
    t.run(0x2000);
    CHECK(t.memory.read8(0x3002) == 'a');
    CHECK(t.memory.read8(0x3009) == 'h');
    CHECK(t.cpu.r_[0] == 0);
    CHECK(t.cpu.r_[1] == 0x3008);
    CHECK(t.cpu.r_[3] == 0x300A);
    CHECK(t.cpu.cc_ == kPslZ);
    // MOVC5 #2,@#3000,#2A,#5,@#3100: two bytes, then three fill bytes; srclen < dstlen
    t.put(0x2100, {0x2C, 0x02, 0x9F, 0x00, 0x30, 0x00, 0x00, 0x8F, 0x2A, 0x05, 0x9F, 0x00, 0x31, 0x00, 0x00, 0x00});
    t.run(0x2100);
    CHECK(t.memory.read8(0x3101) == 'b');
    CHECK(t.memory.read8(0x3104) == 0x2A);
    CHECK(t.cpu.cc_ == (kPslN | kPslC));
    // LOCC #'c',#8,@#3100 ... the 'c' is not there; LOCC #2A finds the fill at 3102
    t.put(0x2200, {0x3A, 0x8F, 0x2A, 0x08, 0x9F, 0x00, 0x31, 0x00, 0x00, 0x00});
    t.run(0x2200);
    CHECK(t.cpu.r_[1] == 0x3102);
    CHECK(t.cpu.r_[0] == 6);
    // CMPC3 #3,@#3000,@#3100: "ab?" against "ab*": differ at the third byte
    t.put(0x2300, {0x29, 0x03, 0x9F, 0x00, 0x30, 0x00, 0x00, 0x9F, 0x00, 0x31, 0x00, 0x00, 0x00});
    t.run(0x2300);
    CHECK(t.cpu.r_[0] == 1);
    CHECK(t.cpu.r_[3] == 0x3102);
}

TEST_CASE("vax cpu: INSQUE and REMQUE, INSQHI and REMQHI") {
    Rig t;
    // An empty absolute queue at 3000 (header points at itself); insert 3100, remove it.
    t.memory.write32_le(0x3000, 0x3000);
    t.memory.write32_le(0x3004, 0x3000);
    // INSQUE @#3100,@#3000; REMQUE @#3100,R0; HALT
    t.put(0x2000, {0x0E, 0x9F, 0x00, 0x31, 0x00, 0x00, 0x9F, 0x00, 0x30, 0x00, 0x00, 0x00});
    t.run(0x2000);
    CHECK(t.cpu.cc_ & kPslZ);  // the first entry
    CHECK(t.memory.read32_le(0x3000) == 0x3100);
    CHECK(t.memory.read32_le(0x3104) == 0x3000);
    t.put(0x2100, {0x0F, 0x9F, 0x00, 0x31, 0x00, 0x00, 0x50, 0x00});
    t.run(0x2100);
    CHECK(t.cpu.r_[0] == 0x3100);
    CHECK(t.memory.read32_le(0x3000) == 0x3000);
    CHECK(t.cpu.cc_ & kPslZ);  // empty again
    // Self-relative: header 3200 (empty), entry 3300. INSQHI @#3300,@#3200; REMQHI @#3200,R1
    t.put(0x2200, {0x5C, 0x9F, 0x00, 0x33, 0x00, 0x00, 0x9F, 0x00, 0x32, 0x00, 0x00, 0x00});
    t.run(0x2200);
    CHECK(t.memory.read32_le(0x3200) == 0x100);
    CHECK(t.memory.read32_le(0x3300) == 0xFFFFFF00);
    t.put(0x2300, {0x5E, 0x9F, 0x00, 0x32, 0x00, 0x00, 0x51, 0x00});
    t.run(0x2300);
    CHECK(t.cpu.r_[1] == 0x3300);
    CHECK(t.memory.read32_le(0x3200) == 0);
    // A misaligned header is a reserved operand.
    t.put(0x2400, {0x5C, 0x9F, 0x00, 0x33, 0x00, 0x00, 0x9F, 0x04, 0x32, 0x00, 0x00});
    CHECK(t.run(0x2400) == Rig::halted_in(kVecReservedOperand));
}

TEST_CASE("vax float: F, D and G arithmetic and conversions") {
    Rig t;
    // CVTLF #3,R0; CVTLF #4,R1; MULF3 R0,R1,R2; DIVF3 R1,R2,R3 (12/4); CVTFL R3,R4;
    // CVTLD #-5,R6 (R6:R7); CVTDF R6,R8; ADDF3 R8,R2,R9 (12 + -5); HALT
    t.put(0x2000, {0x4E, 0x03, 0x50, 0x4E, 0x04, 0x51, 0x45, 0x50, 0x51, 0x52, 0x47, 0x51, 0x52, 0x53,
                   0x4A, 0x53, 0x54, 0x6E, 0x8F, 0xFB, 0xFF, 0xFF, 0xFF, 0x56, 0x76, 0x56, 0x58,
                   0x41, 0x58, 0x52, 0x59, 0x4A, 0x59, 0x5A, 0x00});
    t.run(0x2000);
    CHECK(t.cpu.r_[0] == 0x00004140);  // 3.0 = 0.11 (binary) x 2^2 in F_floating
    CHECK(t.cpu.r_[4] == 3);
    CHECK(t.cpu.r_[10] == 7);
    // Divide by zero is a fault (code 9) that leaves the destination alone.
    Rig u;
    u.cpu.r_[2] = 0x1234;
    u.put(0x2000, {0x47, 0x50, 0x51, 0x52});  // DIVF3 R0 (zero),R1,R2
    u.cpu.r_[0] = 0;
    u.cpu.r_[1] = 0x00004140;
    CHECK(u.run(0x2000) == Rig::halted_in(kVecArithmetic));
    CHECK(u.cpu.r_[2] == 0x1234);
    // A reserved operand: sign 1, exponent 0.
    Rig v;
    v.cpu.r_[0] = 0x8000;
    v.put(0x2000, {0x50, 0x50, 0x51});  // MOVF R0,R1
    CHECK(v.run(0x2000) == Rig::halted_in(kVecReservedOperand));
    // G: 1.0 + 1.0 = 2.0 (G 1.0 is 4010 0000 0000 0000 in word order)
    Unpacked one;
    REQUIRE(unpack(FloatFormat::G, 0x4010, one));
    std::uint64_t raw = 0;
    CHECK(float_add(FloatFormat::G, one, one, raw) == FloatStatus::Ok);
    CHECK(raw == 0x4020);
}

TEST_CASE("vax cpu: the emulation trap for packed decimal") {
    Rig t;
    t.cpu.r_[14] = 0x7000;
    t.cpu.set_psl(0);
    t.cpu.r_[14] = 0x7000;
    // CVTLP #5,#3,@#3000 at 2000: emulated; frame of 12 longwords on the same stack.
    t.put(0x2000, {0xF9, 0x05, 0x03, 0x9F, 0x00, 0x30, 0x00, 0x00});
    CHECK(t.run(0x2000) == Rig::halted_in(kVecEmulation));
    const std::uint32_t sp = t.cpu.r_[14];
    CHECK(sp == 0x7000 - 48);
    CHECK(t.memory.read32_le(sp) == 0xF9);
    CHECK(t.memory.read32_le(sp + 4) == 0x2000);
    CHECK(t.memory.read32_le(sp + 8) == 5);
    CHECK(t.memory.read32_le(sp + 12) == 3);
    CHECK(t.memory.read32_le(sp + 16) == 0x3000);
    CHECK(t.memory.read32_le(sp + 40) == 0x2008);
}

TEST_CASE("vax cpu: trace and software interrupts") {
    Rig t;
    t.cpu.set_psl(0);
    t.cpu.r_[14] = 0x7000;
    // BISPSW #10 (T); NOP; -> trace trap after the NOP, with the PC after it.
    t.put(0x2000, {0xB8, 0x10, 0x01, 0x01});
    CHECK(t.run(0x2000) == Rig::halted_in(kVecTrace));
    CHECK(t.memory.read32_le(t.cpu.r_[14]) == 0x2003);
    // MTPR #3,#14 (SIRR level 3) at IPL 0: the interrupt is taken through vector 8C.
    Rig u;
    u.cpu.set_psl(0);
    u.cpu.r_[14] = 0x7000;
    u.put(0x2000, {0xDA, 0x03, 0x14, 0x01});
    CHECK(u.run(0x2000) == Rig::halted_in(kVecSoftware + 3 * 4));
    CHECK(((u.cpu.psl() & kPslIpl) >> kPslIplShift) == 3);
}
