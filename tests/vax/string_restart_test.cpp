// MOVC3 and MOVC5 stopped by a fault part way keep their progress in R0-R5 with PSL<FPD>
// set; after the handler makes the page valid, REI resumes them where they stopped,
// without decoding the specifiers again, and they end with the ARM's registers.
#include <catch2/catch.hpp>

#include "tests/vax/vax_test_support.hpp"

using namespace simmon;
using namespace simmon::vax;
using simmon::vax::test::Rig;

namespace {

// S0 pages 0-15 map frames 0-15 (kernel write, valid); page 16 (80002000) is not valid
// yet and maps frame 16 when it becomes so.
void map_system(Rig& t) {
    for (std::uint32_t p = 0; p < 16; ++p) t.memory.write32_le(0x10000 + 4 * p, 0x80000000u | 2u << 27 | p);
    t.memory.write32_le(0x10000 + 4 * 16, 2u << 27 | 16);
    t.cpu.write_ipr(kIprSBR, 0x10000);
    t.cpu.write_ipr(kIprSLR, 17);
    for (std::uint32_t v = 0; v < 0x200; v += 4) t.memory.write32_le(0x400 + v, 0x80001000 + v * 4);
    t.cpu.set_stack_pointer(4, 0x80001E00);
    t.cpu.r_[14] = 0x80001E00;
    t.cpu.write_ipr(kIprMAPEN, 1);
}

}  // namespace

TEST_CASE("vax cpu: MOVC3 resumes after a translation-not-valid fault") {
    Rig t;
    map_system(t);
    for (std::uint32_t i = 0; i < 0x40; ++i) t.memory.write8(0x1C00 + i, static_cast<std::uint8_t>(i + 1));
    // MOVC3 #40,@#80001C00,@#80001FE0: 20 bytes fit in page 15, the rest go to page 16.
    t.put(0x1800, {0x28, 0x8F, 0x40, 0x00, 0x9F, 0x00, 0x1C, 0x00, 0x80, 0x9F, 0xE0, 0x1F, 0x00, 0x80, 0x00});
    CHECK(t.run(0x80001800) == 0x80001000 + kVecTranslationNotValid * 4 + 1);
    const std::uint32_t sp = t.cpu.r_[14];
    CHECK(t.memory.read32_le(0x1E00 - 12) == 0x80002000);    // the faulting address
    CHECK(t.memory.read32_le(0x1E00 - 8) == 0x80001800);     // the MOVC3's PC
    CHECK((t.memory.read32_le(0x1E00 - 4) & kPslFPD) != 0);  // first part done
    CHECK((t.cpu.r_[0] & 0xFFFF) == 0x20);                   // 20 bytes still to move
    CHECK(t.memory.read8(0x1FFF) == 0x20);                   // the first 20 are there
    // The handler: make page 16 valid, drop the fault parameters, REI.
    t.memory.write32_le(0x10000 + 4 * 16, 0x80000000u | 2u << 27 | 16);
    t.put(0x1000 + kVecTranslationNotValid * 4, {0xC0, 0x08, 0x5E, 0x02});  // ADDL2 #8,SP; REI
    t.cpu.write_ipr(kIprTBIA, 0);
    t.cpu.set_pc(0x80001000 + kVecTranslationNotValid * 4);
    t.cpu.r_[14] = sp;
    t.cpu.run(100);
    CHECK(t.cpu.pc() == 0x8000180F);  // past the HALT after the 14-byte MOVC3
    CHECK(t.memory.read8(0x2000) == 0x21);
    CHECK(t.memory.read8(0x201F) == 0x40);
    CHECK(t.cpu.r_[0] == 0);
    CHECK(t.cpu.r_[1] == 0x80001C40);
    CHECK(t.cpu.r_[2] == 0);
    CHECK(t.cpu.r_[3] == 0x80002020);
    CHECK(t.cpu.r_[4] == 0);
    CHECK(t.cpu.r_[5] == 0);
    CHECK((t.cpu.psl() & kPslFPD) == 0);
    CHECK(t.cpu.cc_ == kPslZ);
}

TEST_CASE("vax cpu: MOVC5 fills and overlapping moves come out as the ARM says") {
    Rig t;
    for (std::uint32_t i = 0; i < 8; ++i) t.memory.write8(0x3000 + i, static_cast<std::uint8_t>('a' + i));
    // MOVC5 #8,@#3000,#2A,#C,@#3002: overlapping from above, then four fill bytes.
    t.put(0x2000, {0x2C, 0x08, 0x9F, 0x00, 0x30, 0x00, 0x00, 0x8F, 0x2A, 0x0C, 0x9F, 0x02, 0x30, 0x00, 0x00, 0x00});
    t.run(0x2000);
    const char* want = "ababcdefgh****";
    for (std::uint32_t i = 0; i < 14; ++i) CHECK(t.memory.read8(0x3000 + i) == static_cast<std::uint8_t>(want[i]));
    CHECK(t.cpu.r_[0] == 0);
    CHECK(t.cpu.r_[1] == 0x3008);
    CHECK(t.cpu.r_[3] == 0x300E);
    CHECK(t.cpu.cc_ == (kPslN | kPslC));  // srclen < dstlen
}
