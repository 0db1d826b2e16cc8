#include <catch2/catch.hpp>

#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;
using namespace simmon::toy;

namespace {
// 0: LDI 3; 2: DEC; 4: JNZ 2; 6: HALT
void load_countdown(testing::Session& s) {
    s.poke(0, word(LDI, 3));
    s.poke(2, word(DEC));
    s.poke(4, word(JNZ, 2));
    s.poke(6, word(HALT));
}
// 0: LDI 'H'; OUT; LDI 'I'; OUT; HALT
void load_hello(testing::Session& s) {
    s.poke(0, word(LDI, 'H'));
    s.poke(2, word(OUT));
    s.poke(4, word(LDI, 'I'));
    s.poke(6, word(OUT));
    s.poke(010, word(HALT));
}
}  // namespace

TEST_CASE("RUN prints console output and the SIMH-style HALT message", "[run]") {
    testing::Session s;
    load_hello(s);
    REQUIRE(s.run("RUN 0") == "");
    CHECK(s.take() == "HI\nHALT instruction, PC: 000012 (HALT)\n");
    REQUIRE(s.run("EX PC") == "");
    CHECK(s.take() == "PC:\t0012\n");
}

TEST_CASE("STEP and GO", "[run]") {
    testing::Session s;
    load_countdown(s);
    REQUIRE(s.run("GO 0") == "");
    CHECK(s.take() == "\nHALT instruction, PC: 000010 (HALT)\n");
    REQUIRE(s.run("D PC 0") == "");
    REQUIRE(s.run("STEP") == "");
    CHECK(s.take() == "\nStep expired, PC: 000002 (DEC)\n");
    REQUIRE(s.run("S 2") == "");
    s.take();
    REQUIRE(s.run("EX A") == "");
    CHECK(s.take() == "A:\t000002\n");
    CHECK(s.run("STEP 0") == "STEP count must be at least 1");
}

TEST_CASE("breakpoints with pass count and actions (semicolon form)", "[break]") {
    testing::Session s;
    load_countdown(s);
    REQUIRE(s.run("BREAK 2;1;EXAMINE A") == "");
    REQUIRE(s.run("SHOW BREAK") == "");
    CHECK(s.take() == "2:\texecute, pass 1 (hits 0); EXAMINE A\n");
    REQUIRE(s.run("RUN 0") == "");
    // The first hit passes; the second stops with A already decremented once.
    CHECK(s.take() == "\nBreakpoint, PC: 000002 (DEC)\nA:\t000002\n");
    REQUIRE(s.run("CONTINUE") == "");
    CHECK(s.take() == "\nBreakpoint, PC: 000002 (DEC)\nA:\t000001\n");
    REQUIRE(s.run("NOBREAK 2") == "");
    REQUIRE(s.run("C") == "");
    CHECK(s.take() == "\nHALT instruction, PC: 000010 (HALT)\n");
    CHECK(s.run("NOBREAK 2") == "No breakpoint at 2");
}

TEST_CASE("breakpoints in SIMH bracket form with CONTINUE actions", "[break]") {
    testing::Session s;
    load_countdown(s);
    REQUIRE(s.run("BREAK 4[1] EXAMINE A;CONTINUE") == "");
    REQUIRE(s.run("RUN 0") == "");
    // Hit 1 passes (A=2 at the JNZ), hits 2 and 3 stop and continue; then the HALT.
    CHECK(s.take() ==
          "\nBreakpoint, PC: 000004 (JNZ 2)\nA:\t000001\n"
          "\nBreakpoint, PC: 000004 (JNZ 2)\nA:\t000000\n"
          "\nHALT instruction, PC: 000010 (HALT)\n");
}

TEST_CASE("temporary breakpoints and watchpoints", "[break]") {
    testing::Session s;
    s.poke(0, word(LDI, 7));
    s.poke(2, word(STA, 0100));
    s.poke(4, word(LDA, 0100));
    s.poke(6, word(HALT));
    REQUIRE(s.run("BREAK -n 2") == "");
    REQUIRE(s.run("RUN 0") == "");
    CHECK(s.take() == "\nBreakpoint, PC: 000002 (STA 100)\n");
    REQUIRE(s.run("SHOW BREAK") == "");
    CHECK(s.take() == "No breakpoints\n");
    REQUIRE(s.run("BREAK -w 100") == "");
    REQUIRE(s.run("CONTINUE") == "");
    CHECK(s.take() == "\nWrite watchpoint, address: 000100, PC: 000004 (LDA 100)\n");
    REQUIRE(s.run("NOBREAK -w ALL") == "");
    REQUIRE(s.run("BREAK -r 100-102") == "");
    REQUIRE(s.run("CONTINUE") == "");
    CHECK(s.take() == "\nRead watchpoint, address: 000100, PC: 000006 (HALT)\n");
}

TEST_CASE("unimplemented instructions fail loudly", "[run]") {
    testing::Session s;
    s.poke(0, 0170000);
    CHECK(s.run("RUN 0") == "Simulation failed: Unimplemented instruction 170000, PC: 000002");
}

TEST_CASE("RUNLIMIT stops a run and is used up", "[run]") {
    testing::Session s;
    s.poke(0, word(JMP, 0));
    REQUIRE(s.run("SET RUNLIMIT 1000") == "");
    REQUIRE(s.run("SHOW RUNLIMIT") == "");
    CHECK(s.take() == "Run limit: 1000 instructions left\n");
    REQUIRE(s.run("RUN 0") == "");
    CHECK(s.take() == "\nRun limit reached, PC: 000000 (JMP 0)\n");
    CHECK(s.scp.machine().cpu().instructions_executed() == 1000);
    REQUIRE(s.run("GO") == "");
    CHECK(s.scp.machine().cpu().instructions_executed() == 1000);
    REQUIRE(s.run("SET NORUNLIMIT") == "");
    REQUIRE(s.run("STEP 5") == "");
    CHECK(s.scp.machine().cpu().instructions_executed() == 1005);
}

TEST_CASE("SHOW CPU STATS and HISTORY", "[show]") {
    testing::Session s;
    load_countdown(s);
    REQUIRE(s.run("SET CPU HISTORY=4") == "");
    REQUIRE(s.run("RUN 0") == "");
    s.take();
    REQUIRE(s.run("SHOW CPU HISTORY=2") == "");
    CHECK(s.take() == "000004  070002  JNZ\n000006  000000  HALT\n");
    REQUIRE(s.run("SHOW CPU STATS") == "");
    const std::string stats = s.take();
    CHECK(stats.find("Instructions executed: 8\n") != std::string::npos);
    CHECK(stats.find("Guest MIPS:") != std::string::npos);
    CHECK(stats.find("Host CPU seconds:") != std::string::npos);
}
