// The program assembler behind simmon-pdp11-asm: labels, forward references, local
// labels, data directives, error lines, and its absolute-loader output.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "machines/pdp11/disasm/assembler_program.hpp"
#include "machines/pdp11/disasm/macro11.hpp"
#include "machines/pdp11/loaders/absolute_tape.hpp"

using namespace simmon::pdp11;
using Bytes = std::vector<std::uint8_t>;

namespace {

AssembledProgram assemble_ok(std::string_view source) {
    AssembledProgram program;
    auto s = assemble_program(source, "test.mac", program);
    INFO(s.message());
    REQUIRE(s.is_ok());
    return program;
}

std::string assemble_error(std::string_view source) {
    AssembledProgram program;
    auto s = assemble_program(source, "test.mac", program);
    return s ? std::string("(accepted)") : s.message();
}

std::uint16_t word_at(const ProgramSegment& segment, std::uint16_t address) {
    const std::size_t i = address - segment.address;
    return static_cast<std::uint16_t>(segment.bytes.at(i) | (segment.bytes.at(i + 1) << 8));
}

}  // namespace

TEST_CASE("labels, forward references and local labels", "[pdp11][asm]") {
    const auto program = assemble_ok(R"(
        .TITLE  TEST
XBUF    = 177566
        . = 1000
START:  MOV     #MSG,R1         ; forward reference
1$:     MOVB    (R1)+,@#XBUF
        BNE     1$
        JSR     PC,SUB
        BR      DONE
SUB:    CLR     R0
1$:     INC     R0              ; a second 1$, in SUB's block
        SOB     R1,1$
        RTS     PC
DONE:   HALT
MSG:    .ASCIZ  /HI/<15><12>
        .EVEN
TABLE:  .WORD   START, DONE-START, 1, -1
        .BYTE   1, 377
        .BLKW   2
LAST:   .WORD   .
        .END    START
)");
    REQUIRE(program.segments.size() == 2);  // .BLKW leaves a gap
    const ProgramSegment& code = program.segments[0];
    CHECK(code.address == 01000);
    CHECK(word_at(code, 01000) == 012701);
    CHECK(word_at(code, 01002) == 01032);   // MSG
    CHECK(word_at(code, 01004) == 0112137); // MOVB (R1)+,@#XBUF
    CHECK(word_at(code, 01006) == 0177566);
    CHECK(word_at(code, 01010) == 001375);  // BNE 1004
    CHECK(word_at(code, 01012) == 004767);  // JSR PC,SUB
    CHECK(word_at(code, 01014) == 000002);  // SUB at 1020, PC 1016
    CHECK(word_at(code, 01016) == 000404);  // BR DONE (1030)
    CHECK(word_at(code, 01022) == 005200);  // 1$ in SUB at 1022
    CHECK(word_at(code, 01024) == 077102);  // SOB R1,1022
    CHECK(word_at(code, 01030) == 000000);  // HALT
    CHECK(code.bytes[01032 - 01000] == 'H');
    CHECK(code.bytes[01035 - 01000] == 012);
    CHECK(code.bytes[01036 - 01000] == 0);
    CHECK(word_at(code, 01040) == 01000);   // TABLE: START
    CHECK(word_at(code, 01042) == 030);     // DONE-START
    CHECK(word_at(code, 01046) == 0177777);
    CHECK(code.bytes[01051 - 01000] == 0377);
    CHECK(code.address + code.bytes.size() == 01052);
    CHECK(program.segments[1].address == 01056);
    CHECK(word_at(program.segments[1], 01056) == 01056);  // .WORD .
    REQUIRE(program.start.has_value());
    CHECK(*program.start == 01000);
    CHECK(program.listing.find("001000  012701 001032") != std::string::npos);
}

TEST_CASE("the program's tape loads back to the same bytes", "[pdp11][asm]") {
    const auto program = assemble_ok(". = 2000\nGO: MOV #1,R0\n HALT\n .END GO\n");
    const Bytes tape = absolute_tape_image(program);
    AbsoluteTape parsed;
    REQUIRE(parse_absolute_tape(tape, parsed).is_ok());
    REQUIRE(parsed.blocks.size() == 1);
    CHECK(parsed.blocks[0].address == 02000);
    CHECK(parsed.blocks[0].data == Bytes{0300, 025, 1, 0, 0, 0});
    CHECK(parsed.start() == std::optional<std::uint16_t>(02000));

    const auto no_start = assemble_ok(".=1000\nHALT\n.END\n");
    REQUIRE(parse_absolute_tape(absolute_tape_image(no_start), parsed).is_ok());
    CHECK_FALSE(parsed.start().has_value());
}

TEST_CASE("program errors name the file and line", "[pdp11][asm]") {
    CHECK(assemble_error(".=1000\n  FOO R0\n") == "test.mac:2: unknown mnemonic FOO");
    CHECK(assemble_error(".=1000\nA: HALT\nA: HALT\n") == "test.mac:3: label A is defined twice");
    CHECK(assemble_error(".=1000\n BR FAR\n .BLKW 200\nFAR: HALT\n") == "test.mac:2: branch target 1402 out of range");
    CHECK(assemble_error(".=1000\n MOV #NOWHERE,R0\n") == "test.mac:2: undefined symbol NOWHERE");
    CHECK(assemble_error(".=1000\n .BYTE 1\n .WORD 2\n") == "test.mac:3: odd address 1001 for a word");
    CHECK(assemble_error(".=1000\n .ASCII /abc\n") == "test.mac:2: string has no closing /");
    CHECK(assemble_error(".MACRO X\n") == "test.mac:1: .MACRO: macros are not supported");
    CHECK(assemble_error(". = LATER\nLATER: HALT\n") ==
          "test.mac:1: the location counter needs a value known in the first pass");
}

TEST_CASE("register symbols and expressions", "[pdp11][asm]") {
    const auto program = assemble_ok(R"(
AC1 = %1
N = 5*2+1
        . = 1000
        LDF     (R0)+,AC1
        MOV     #N,R2
        MOV     #<N+1>/2,R3
        MOV     #^B101,R4
        MOV     #"AB,R5
)");
    const ProgramSegment& code = program.segments.at(0);
    CHECK(word_at(code, 01000) == 0172520);
    CHECK(word_at(code, 01004) == 013);
    CHECK(word_at(code, 01010) == 6);
    CHECK(word_at(code, 01014) == 5);
    CHECK(word_at(code, 01020) == 0x4241);
}

TEST_CASE("the kit's hello.mac assembles and disassembles", "[pdp11][asm]") {
    std::ifstream in(std::string(SIMMON_SOURCE_DIR) + "/software-kits/pdp11/hello.mac");
    REQUIRE(in);
    const std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto program = assemble_ok(source);
    REQUIRE(program.start == std::optional<std::uint16_t>(01000));
    const ProgramSegment& code = program.segments.at(0);
    CHECK(code.address == 01000);
    const WordReader read = [&](std::uint32_t a, std::uint16_t& w) {
        if (a < code.address || a + 1 >= code.address + code.bytes.size()) return false;
        w = word_at(code, static_cast<std::uint16_t>(a));
        return true;
    };
    int bytes = 0;
    CHECK(disassemble(read, 01000, bytes) == "BR 1006");
    CHECK(disassemble(read, 01002, bytes) == "HALT");
    CHECK(disassemble(read, 01006, bytes) == "MOV #1000,SP");
}
