// The CPU's fast paths against the slow ones they stand for (s360-cpu-notes.md, "Speed
// decisions"): the 2K blocks remembered for instruction fetch, data fetch and store must
// be forgotten when a key or the PSW changes; packed decimal beyond the 64-bit fast range;
// CLC by memcmp.
#include <catch2/catch.hpp>

#include "tests/s360/s360_test_support.hpp"

using namespace simmon::s360;
using namespace simmon::s360::test;

namespace {
// BALR R5,0 after an instruction keeps its condition code (the final LPSW loads another).
const std::string kKeepCc = rr(0x05, 5, 0);
unsigned kept_cc(const Rig& r) { return (r.cpu.gr_[5] >> 28) & 3; }
std::uint16_t program_code(const Rig& r) { return static_cast<std::uint16_t>((r.psw_at(kProgramOldPsw) >> 32) & 0xFFFF); }
std::uint32_t program_address(const Rig& r) { return static_cast<std::uint32_t>(r.psw_at(kProgramOldPsw) & 0xFFFFFF); }
}  // namespace

TEST_CASE("s360 fast paths: a store after SSK takes the block's new key") {
    Rig r;
    r.cpu.set_storage_key(0x2000, 0x10);  // key 1: the PSW key may store
    r.cpu.gr_[1] = 0x12345678;
    r.cpu.gr_[2] = 0x2000;
    r.cpu.gr_[3] = 0x20;  // then key 2
    // ST R1,0(R2); SSK R3,R2; ST R1,4(R2)
    run_program(r, rx(0x50, 1, 0, 0, 2) + rr(0x08, 3, 2) + rx(0x50, 1, 4, 0, 2) + kEnd, basic_psw(0, 1, 0, kProgram));
    CHECK(r.memory.read32_be(0x2000) == 0x12345678u);
    CHECK(program_code(r) == kProtection);
    CHECK(program_address(r) == 0x100A);
    CHECK(r.memory.read32_be(0x2004) == 0u);
}

TEST_CASE("s360 fast paths: a fetch after SSK sets fetch protection is refused") {
    Rig r;
    r.put(0x2000, "CAFEF00D");
    r.cpu.set_storage_key(0x2000, 0x10);
    r.cpu.gr_[2] = 0x2000;
    r.cpu.gr_[3] = 0x28;  // key 2, fetch protected
    // L R1,0(R2); SSK R3,R2; L R4,0(R2)
    run_program(r, rx(0x58, 1, 0, 0, 2) + rr(0x08, 3, 2) + rx(0x58, 4, 0, 0, 2) + kEnd, basic_psw(0, 1, 0, kProgram));
    CHECK(r.cpu.gr_[1] == 0xCAFEF00Du);
    CHECK(program_code(r) == kProtection);
    CHECK(r.cpu.gr_[4] == 0u);
}

TEST_CASE("s360 fast paths: the next instruction's fetch sees SSK on its own block") {
    Rig r;
    r.cpu.gr_[2] = kProgram;
    r.cpu.gr_[3] = 0x28;  // the program's block: key 2, fetch protected
    // SSK R3,R2 with PSW key 1: the instruction after it cannot be fetched.
    run_program(r, rr(0x08, 3, 2) + rr(0x18, 4, 3) + kEnd, basic_psw(0, 1, 0, kProgram));
    CHECK(program_code(r) == kProtection);
    CHECK(program_address(r) == kProgram + 2);  // the instruction not fetched, ILC 0
    CHECK(((r.psw_at(kProgramOldPsw) >> 30) & 3) == 0);
    CHECK(r.cpu.gr_[4] == 0u);
}

TEST_CASE("s360 fast paths: a PSW key change is seen by the next access to a remembered block") {
    Rig r;
    r.cpu.set_storage_key(0x2000, 0x10);
    r.cpu.gr_[2] = 0x2000;
    r.memory.write64_be(0x300, basic_psw(0, 2, 0, kProgram + 8));  // key 2, on after LPSW
    // ST R1,0(R2) (key 1, allowed); LPSW X'300'; ST R1,0(R2) (key 2: protection)
    run_program(r, rx(0x50, 1, 0, 0, 2) + si(0x82, 0, 0x300) + rx(0x50, 1, 0, 0, 2) + kEnd, basic_psw(0, 1, 0, kProgram));
    CHECK(program_code(r) == kProtection);
    CHECK(program_address(r) == kProgram + 12);
}

TEST_CASE("s360 fast paths: AP and ZAP beyond 17 digits, overflow and the sign of zero") {
    Rig r;
    r.put(0x2000, "1234567890123456789012345678901C");  // 31 digits
    r.put(0x2010, "1111111111111111111111111111111C");
    r.put(0x2020, "9999999999999999999999999999999D");
    r.put(0x2030, "1C");
    r.put(0x2040, "00000000000000000000000000000000");
    r.cpu.gr_[2] = 0x2000;
    // AP 2000(16),2010(16); AP 2020(16),2030(1); ZAP 2040(16),2000(16)
    run_program(r, ss2(0xFA, 15, 15, 0x000, 0x010, 2, 2) + ss2(0xFA, 15, 0, 0x020, 0x030, 2, 2) +
                       ss2(0xF8, 15, 15, 0x040, 0x000, 2, 2) + kKeepCc + kEnd);
    CHECK(r.cpu.instruction_address() == kDone);
    CHECK(r.memory.read64_be(0x2000) == 0x2345679001234567ull);
    CHECK(r.memory.read64_be(0x2008) == 0x900123456790012Cull);
    CHECK(r.memory.read64_be(0x2020) == 0x9999999999999999ull);
    CHECK(r.memory.read64_be(0x2028) == 0x999999999999998Dull);
    CHECK(r.memory.read64_be(0x2040) == 0x2345679001234567ull);
    CHECK(r.memory.read64_be(0x2048) == 0x900123456790012Cull);
    CHECK(kept_cc(r) == 2);
    // 31 nines plus one overflows: zero kept with the sign, CC 3 (mask off: no interruption).
    Rig o;
    o.put(0x2000, "9999999999999999999999999999999C");
    o.put(0x2010, "1C");
    o.cpu.gr_[2] = 0x2000;
    run_program(o, ss2(0xFA, 15, 0, 0x000, 0x010, 2, 2) + kKeepCc + kEnd);
    CHECK(o.cpu.instruction_address() == kDone);
    CHECK(o.memory.read64_be(0x2000) == 0u);
    CHECK(o.memory.read64_be(0x2008) == 0x000000000000000Cull);
    CHECK(kept_cc(o) == 3);
}

TEST_CASE("s360 fast paths: CLC compares the bytes unsigned") {
    Rig r;
    r.put(0x2000, "00FF0102");
    r.put(0x2010, "00FE0102");
    r.cpu.gr_[2] = 0x2000;
    r.cpu.gr_[3] = 0x2000;
    run_program(r, ss(0xD5, 3, 0x000, 0x010, 2, 3) + kKeepCc + kEnd);
    CHECK(kept_cc(r) == 2);  // X'FF' > X'FE'
    r.cpu.gr_[2] = 0x2010;
    r.cpu.gr_[3] = 0x2000;
    run_program(r, ss(0xD5, 3, 0x000, 0x000, 2, 3) + kKeepCc + kEnd);
    CHECK(kept_cc(r) == 1);
    run_program(r, ss(0xD5, 3, 0x000, 0x000, 2, 2) + kKeepCc + kEnd);
    CHECK(kept_cc(r) == 0);
}
