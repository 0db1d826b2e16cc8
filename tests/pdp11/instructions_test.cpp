// Unit tests per instruction group: a few instructions in octal at 1000, a HALT, then
// the registers, PSW and memory. (The state corpus covers the base set exhaustively;
// these pin down the groups it does not reach and read as examples.)
#include <catch2/catch.hpp>

#include "tests/pdp11/pdp11_test_support.hpp"

using namespace simmon;
using namespace simmon::pdp11;
using test::TestMachine;

namespace {

// Runs `words` at 1000 with SP = 1000 and expects it to end at its final HALT.
void run_program(TestMachine& tm, std::initializer_list<std::uint16_t> words) {
    tm.program(01000, words);
    tm.cpu.set_reg(6, 01000);
    StopInfo stop = tm.run_from(01000);
    INFO(stop.message);
    REQUIRE(stop.code == StopCode::Halt);
    REQUIRE(tm.cpu.pc() == 01000 + 2 * words.size());
}

std::uint16_t cc(const TestMachine& tm) { return tm.cpu.psw() & 017; }

}  // namespace

TEST_CASE("MOV, MOVB and condition codes", "[pdp11][instructions]") {
    TestMachine tm;
    run_program(tm, {012700, 0100000,   // MOV #100000,R0
                     0112701, 0200,     // MOVB #200,R1: sign-extended
                     0});
    CHECK(tm.cpu.reg(0) == 0100000);
    CHECK(tm.cpu.reg(1) == 0177600);
    CHECK(cc(tm) == 010);  // N
}

TEST_CASE("ADD, SUB and CMP set V and C", "[pdp11][instructions]") {
    TestMachine tm;
    run_program(tm, {012700, 077777, 062700, 1, 0});  // MOV #77777,R0; ADD #1,R0
    CHECK(tm.cpu.reg(0) == 0100000);
    CHECK(cc(tm) == 012);  // N V
    run_program(tm, {012700, 1, 0162700, 2, 0});  // MOV #1,R0; SUB #2,R0
    CHECK(tm.cpu.reg(0) == 0177777);
    CHECK(cc(tm) == 011);  // N C
    run_program(tm, {022727, 1, 2, 0});  // CMP #1,#2
    CHECK(cc(tm) == 011);
}

TEST_CASE("addressing modes", "[pdp11][instructions]") {
    TestMachine tm;
    tm.poke(02000, 03000);
    tm.poke(03000, 04444);
    run_program(tm, {012701, 02000,  // MOV #2000,R1
                     017102, 0,      // MOV @0(R1),R2
                     013103,         // MOV @(R1)+,R3
                     0105721,        // TSTB (R1)+: bytes step R0-R5 by 1
                     0105726,        // TSTB (SP)+: SP steps by 2
                     0});
    CHECK(tm.cpu.reg(2) == 04444);
    CHECK(tm.cpu.reg(3) == 04444);
    CHECK(tm.cpu.reg(1) == 02003);
    CHECK(tm.cpu.reg(6) == 01002);
}

TEST_CASE("JSR, RTS, SOB and MARK", "[pdp11][instructions]") {
    TestMachine tm;
    tm.program(01100, {012700, 7, 0207});  // MOV #7,R0; RTS PC
    run_program(tm, {004737, 01100,  // JSR PC,@#1100
                     012702, 5,      // MOV #5,R2
                     005001,         // CLR R1
                     005201,         // INC R1
                     077202,         // SOB R2,.-2
                     0});
    CHECK(tm.cpu.reg(0) == 7);
    CHECK(tm.cpu.reg(1) == 5);
    CHECK(tm.cpu.reg(6) == 01000);
}

TEST_CASE("EIS: MUL, DIV, ASH, ASHC", "[pdp11][instructions]") {
    TestMachine tm;
    run_program(tm, {012700, 01000, 070027, 01000, 0});  // MUL #1000,R0: 512*512
    CHECK(tm.cpu.reg(0) == 4);
    CHECK(tm.cpu.reg(1) == 0);
    CHECK(cc(tm) == 1);  // C: does not fit in 16 bits
    run_program(tm, {005000, 012701, 0100, 071027, 7, 0});  // R0:R1 = 64; DIV #7,R0
    CHECK(tm.cpu.reg(0) == 9);
    CHECK(tm.cpu.reg(1) == 1);
    run_program(tm, {012700, 5, 012701, 6, 071027, 0, 0});  // DIV by zero
    CHECK(tm.cpu.reg(0) == 5);
    CHECK(tm.cpu.reg(1) == 6);
    CHECK((cc(tm) & 3) == 3);  // V C
    run_program(tm, {012700, 1, 072027, 017, 0});  // ASH #15,R0: sign changes
    CHECK(tm.cpu.reg(0) == 0100000);
    CHECK(cc(tm) == 012);
    run_program(tm, {012700, 0100000, 072027, 077, 0});  // ASH #-1,R0
    CHECK(tm.cpu.reg(0) == 0140000);
    run_program(tm, {005000, 012701, 1, 073027, 020, 0});  // ASHC #16,R0
    CHECK(tm.cpu.reg(0) == 1);
    CHECK(tm.cpu.reg(1) == 0);
}

TEST_CASE("XOR, SXT, SWAB", "[pdp11][instructions]") {
    TestMachine tm;
    run_program(tm, {012700, 0177400, 012701, 0377, 074001,  // XOR R0,R1
                     000270, 006702,                          // SEN; SXT R2
                     012703, 0100001, 000303,                 // SWAB R3
                     0});
    CHECK(tm.cpu.reg(1) == 0177777);
    CHECK(tm.cpu.reg(2) == 0177777);
    CHECK(tm.cpu.reg(3) == 0400 + 0200);
    CHECK(cc(tm) == 010);  // N from the new low byte, V and C clear
}

TEST_CASE("every branch against every condition code", "[pdp11][instructions]") {
    struct Branch {
        std::uint16_t op;
        bool (*taken)(bool n, bool z, bool v, bool c);
    };
    const Branch branches[] = {
        {0000400, [](bool, bool, bool, bool) { return true; }},
        {0001000, [](bool, bool z, bool, bool) { return !z; }},
        {0001400, [](bool, bool z, bool, bool) { return z; }},
        {0002000, [](bool n, bool, bool v, bool) { return n == v; }},
        {0002400, [](bool n, bool, bool v, bool) { return n != v; }},
        {0003000, [](bool n, bool z, bool v, bool) { return !z && n == v; }},
        {0003400, [](bool n, bool z, bool v, bool) { return z || n != v; }},
        {0100000, [](bool n, bool, bool, bool) { return !n; }},
        {0100400, [](bool n, bool, bool, bool) { return n; }},
        {0101000, [](bool, bool z, bool, bool c) { return !c && !z; }},
        {0101400, [](bool, bool z, bool, bool c) { return c || z; }},
        {0102000, [](bool, bool, bool v, bool) { return !v; }},
        {0102400, [](bool, bool, bool v, bool) { return v; }},
        {0103000, [](bool, bool, bool, bool c) { return !c; }},
        {0103400, [](bool, bool, bool, bool c) { return c; }},
    };
    TestMachine tm;
    for (const Branch& b : branches) {
        for (std::uint16_t codes = 0; codes < 16; ++codes) {
            // CLR R0; CCC; SEx codes; Bxx .+4; INC R0; HALT
            run_program(tm, {005000, 0257, static_cast<std::uint16_t>(0260 | codes),
                             static_cast<std::uint16_t>(b.op | 1), 005200, 0});
            bool expect = b.taken(codes & 8, codes & 4, codes & 2, codes & 1);
            INFO("branch " << std::oct << b.op << " codes " << codes);
            CHECK((tm.cpu.reg(0) == 0) == expect);
        }
    }
}

TEST_CASE("MFPS and MTPS on the 11/34", "[pdp11][instructions]") {
    TestMachine tm(CpuModelId::Pdp11_34);
    run_program(tm, {0106427, 0377,  // MTPS #377: T is not loaded
                     0106700,        // MFPS R0
                     0});
    CHECK(tm.cpu.reg(0) == 0177757);  // PSW 357 (no T), sign-extended
    CHECK(tm.cpu.psw() == 0351);      // MFPS then set N, cleared V, kept C
}

TEST_CASE("SPL exists on the 11/70 and is reserved on the 11/40", "[pdp11][instructions]") {
    TestMachine t70(CpuModelId::Pdp11_70);
    run_program(t70, {000235, 0});  // SPL 5
    CHECK(t70.cpu.psw() == 0240);
    TestMachine t40(CpuModelId::Pdp11_40);
    t40.program(01000, {000235});
    t40.cpu.set_reg(6, 01000);
    t40.run_from(01000);
    CHECK(t40.cpu.pc() == 014);  // trapped through 10 to its HALT
}
