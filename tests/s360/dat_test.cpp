// The Model 67's dynamic address translation (FC67; reference section 11): LMC/STMC, the
// extended PSW, SSM switching translation on, page and segment translation exceptions
// with CR2 and the retry address, restart after the page is made valid, the look-aside
// purge on a CR0 load, LRA, TR across a page boundary, 32-bit addressing, reference and
// change bits through translation.
#include <catch2/catch.hpp>

#include "tests/s360/s360_test_support.hpp"

using namespace simmon::s360;
using namespace simmon::s360::test;

namespace {

constexpr std::uint32_t kSegmentTable = 0x3000;
constexpr std::uint32_t kPageTable = 0x3800;
constexpr std::uint32_t kControlWords = 0x800;  // CR0-CR6 for LMC 0,6
constexpr std::uint32_t kDatOnMask = 0x820;     // the byte SSM loads

void map_page(Rig& r, std::uint32_t page_table, unsigned page, int frame) {
    r.memory.write16_be(page_table + 2 * page, frame < 0 ? 0x0008 : static_cast<std::uint16_t>(frame << 4));
}

// 24-bit tables: segment 0 with pages 0-15 mapped to the same frames, except those the
// test changes; extended mode and translation on after the prologue.
void tables_24(Rig& r) {
    r.memory.write32_be(kControlWords + 0, 0x00000000 | kSegmentTable);  // CR0: 16 segments
    r.memory.write32_be(kControlWords + 24, 0x00800000);                // CR6: extended PSW
    r.memory.write8(kDatOnMask, 0x04);
    for (unsigned s = 0; s < 16; ++s) r.memory.write32_be(kSegmentTable + 4 * s, 0x00000001);  // invalid
    r.memory.write32_be(kSegmentTable, 0x0F000000 | kPageTable);  // segment 0: pages 0-15
    for (unsigned p = 0; p < 16; ++p) map_page(r, kPageTable, p, static_cast<int>(p));
}

// LMC 0,6 ; SSM (translation on) ; then `body` ; then LPSW X'100'.
const std::string kPrologue = rs(0xB8, 0, 6, kControlWords) + si(0x80, 0, kDatOnMask);

std::uint16_t ext_program_code(Rig& r) { return r.memory.read16_be(kExtProgramCode); }

}  // namespace

TEST_CASE("s360 DAT: LMC sets extended mode and SSM turns translation on; STMC stores the CRs") {
    Rig r(256 * 1024);
    tables_24(r);
    run_program(r, kPrologue + rs(0xB0, 0, 15, 0x900) + kEnd);
    CHECK(r.cpu.extended_mode());
    CHECK(r.cpu.instruction_address() == kDone);
    CHECK(r.cpu.stats_.instructions[0][1] == 2);  // STMC and LPSW ran translated
    CHECK(r.memory.read32_be(0x900) == kSegmentTable);
    CHECK(r.memory.read32_be(0x900 + 24) == 0x00800000u);
    CHECK(r.memory.read32_be(0x900 + 32) == 0x8C8C8C8Cu);  // CR8, a sensing register
}

TEST_CASE("s360 DAT: a page fault stores CR2 and a retryable old PSW; the instruction restarts") {
    Rig r(256 * 1024);
    tables_24(r);
    map_page(r, kPageTable, 5, -1);  // page 5 not in storage
    r.cpu.gr_[2] = 0x5008;
    r.memory.write32_be(0x20008, 0xFEEDFACE);
    CHECK(run_program(r, kPrologue + rx(0x58, 1, 0, 0, 2) + kEnd) == RunExit::DisabledWait);
    CHECK(ext_program_code(r) == kPageTranslation);
    CHECK(r.cpu.cr_[2] == 0x5008u);
    const std::uint64_t old = r.psw_at(kProgramOldPsw);
    CHECK(old == 0x040080000000100Cull);  // T bit, ILC 2, address after the L
    CHECK(r.cpu.stats_.page_exceptions == 1);
    // The supervisor brings the page in (frame X'20') and resumes at IA - 2*ILC.
    map_page(r, kPageTable, 5, 0x20);
    r.cpu.load_psw(old - 4);
    r.cpu.run(100);
    CHECK(r.cpu.gr_[1] == 0xFEEDFACEu);
    CHECK(r.cpu.instruction_address() == kDone);
}

TEST_CASE("s360 DAT: an invalid segment and a segment beyond the table are segment exceptions") {
    Rig r(256 * 1024);
    tables_24(r);
    r.cpu.gr_[2] = 0x300000;  // segment 3: invalid entry
    run_program(r, kPrologue + rx(0x58, 1, 0, 0, 2) + kEnd);
    CHECK(ext_program_code(r) == kSegmentTranslation);
    CHECK(r.cpu.cr_[2] == 0x300000u);
    Rig p(256 * 1024);
    tables_24(p);
    p.cpu.gr_[2] = 0x300000;
    p.cpu.invalid_segment_is_segment_exception_ = false;  // the reference simulator's choice
    run_program(p, kPrologue + rx(0x58, 1, 0, 0, 2) + kEnd);
    CHECK(ext_program_code(p) == kPageTranslation);
    Rig l(256 * 1024);
    tables_24(l);
    l.memory.write32_be(kSegmentTable, 0x03000000 | kPageTable);  // only pages 0-3 exist
    l.cpu.gr_[2] = 0x5000;
    run_program(l, kPrologue + rx(0x58, 1, 0, 0, 2) + kEnd);
    CHECK(ext_program_code(l) == kPageTranslation);  // beyond the page table
}

TEST_CASE("s360 DAT: the look-aside keeps a translation until CR0 is loaded") {
    Rig r(256 * 1024);
    tables_24(r);
    map_page(r, kPageTable, 5, 0x20);
    r.memory.write32_be(0x20000, 0x11111111);
    r.memory.write32_be(0x21000, 0x22222222);
    r.cpu.gr_[2] = 0x5000;
    // L 1 ; remap page 5 (from real storage, untranslated: the table is in page 3)
    // ; L 3 (stale) ; LMC 0,0 ; L 4 (new frame).
    r.cpu.gr_[5] = kPageTable + 10;
    r.cpu.gr_[6] = 0x0210;
    const std::string body = rx(0x58, 1, 0, 0, 2) + rx(0x40, 6, 0, 0, 5) + rx(0x58, 3, 0, 0, 2) +
                             rs(0xB8, 0, 0, kControlWords) + rx(0x58, 4, 0, 0, 2);
    run_program(r, kPrologue + body + kEnd);
    CHECK(r.cpu.gr_[1] == 0x11111111u);
    CHECK(r.cpu.gr_[3] == 0x11111111u);
    CHECK(r.cpu.gr_[4] == 0x22222222u);
    CHECK(r.cpu.stats_.tlb_purges >= 2);
}

TEST_CASE("s360 DAT: TR across a page boundary is suppressed by a fault on the second page") {
    Rig r(256 * 1024);
    tables_24(r);
    map_page(r, kPageTable, 7, -1);
    for (unsigned i = 0; i < 256; ++i) r.memory.write8(0x2000 + i, static_cast<std::uint8_t>(i + 1));
    for (unsigned i = 0; i < 16; ++i) r.memory.write8(0x6FF8 + i, static_cast<std::uint8_t>(i));
    r.cpu.gr_[6] = 0x6000;
    r.cpu.gr_[7] = 0x2000;
    run_program(r, kPrologue + ss(0xDC, 15, 0xFF8, 0x000, 6, 7) + kEnd);
    CHECK(ext_program_code(r) == kPageTranslation);
    CHECK(r.cpu.cr_[2] == 0x7000u);
    CHECK(r.memory.read8(0x6FF8) == 0);  // the first page's bytes are unchanged
    CHECK(r.memory.read8(0x6FFF) == 7);
    map_page(r, kPageTable, 7, 7);
    r.cpu.load_psw(r.psw_at(kProgramOldPsw) - 6);
    r.cpu.run(100);
    CHECK(r.cpu.instruction_address() == kDone);
    for (unsigned i = 0; i < 16; ++i) CHECK(r.memory.read8(0x6FF8 + i) == i + 1);
}

TEST_CASE("s360 DAT: LRA gives the real address or the failing entry with CC 1 or 2") {
    Rig r(256 * 1024);
    tables_24(r);
    map_page(r, kPageTable, 5, 0x20);
    map_page(r, kPageTable, 6, -1);
    r.cpu.gr_[2] = 0x5123;
    r.cpu.gr_[3] = 0x6000;
    r.cpu.gr_[4] = 0x300000;
    const std::string body = rx(0xB1, 5, 0, 0, 2) + rr(0x05, 8, 0) + rx(0xB1, 6, 0, 0, 3) + rr(0x05, 9, 0) +
                             rx(0xB1, 7, 0, 0, 4) + rr(0x05, 10, 0);
    run_program(r, kPrologue + body + kEnd);
    CHECK(r.cpu.gr_[5] == 0x20123u);
    CHECK(r.cpu.gr_[6] == kPageTable + 12);
    CHECK(r.cpu.gr_[7] == kSegmentTable + 12);
    // BALR in extended mode still stores ILC, CC and mask in the link's first byte.
    CHECK(((r.cpu.gr_[8] >> 28) & 3) == 0);
    CHECK(((r.cpu.gr_[9] >> 28) & 3) == 2);
    CHECK(((r.cpu.gr_[10] >> 28) & 3) == 1);
}

TEST_CASE("s360 DAT: 32-bit addressing uses twelve bits of segment index") {
    Rig r(256 * 1024);
    constexpr std::uint32_t st = 0x4000, pt0 = 0x4800, pt1 = 0x4A00;
    r.memory.write32_be(kControlWords + 0, 0x10000000 | st);  // 17 x 16 segments
    r.memory.write32_be(kControlWords + 24, 0x00800000);
    r.memory.write8(kDatOnMask, 0x0C);  // 32-bit mode and translation
    for (unsigned s = 0; s < 272; ++s) r.memory.write32_be(st + 4 * s, 1);
    r.memory.write32_be(st, 0x0F000000 | pt0);
    for (unsigned p = 0; p < 16; ++p) map_page(r, pt0, p, static_cast<int>(p));
    r.memory.write32_be(st + 4 * 0x100, 0x00000000 | pt1);  // segment X'100': one page
    map_page(r, pt1, 0, 0x30);
    r.memory.write32_be(0x30010, 0x32323232);
    r.cpu.gr_[2] = 0x10000010;
    run_program(r, kPrologue + rx(0x58, 1, 0, 0, 2) + rx(0x41, 3, 0, 0, 2) + kEnd);
    CHECK(r.cpu.gr_[1] == 0x32323232u);
    CHECK(r.cpu.gr_[3] == 0x10000010u);  // LA keeps all 32 bits in 32-bit mode
    CHECK(r.cpu.instruction_address() == kDone);
}

TEST_CASE("s360 DAT: translated stores set reference and change of the real block") {
    Rig r(256 * 1024);
    tables_24(r);
    map_page(r, kPageTable, 5, 0x20);
    r.cpu.gr_[2] = 0x5800;
    r.cpu.gr_[3] = 0x20800;
    run_program(r, kPrologue + rx(0x50, 1, 0, 0, 2) + rr(0x09, 4, 3) + kEnd);
    CHECK((r.cpu.gr_[4] & 0xFF) == 0x06);  // extended mode: reference and change shown
    CHECK(r.cpu.storage_key(0x20000) == 0x00);
}
