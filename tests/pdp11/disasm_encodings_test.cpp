// Known encodings from the PDP-11 Processor Handbook, in both directions, and the
// assembler's error messages.
#include <catch2/catch.hpp>

#include <map>

#include "machines/pdp11/disasm/macro11.hpp"

using namespace simmon::pdp11;
using Words = std::vector<std::uint16_t>;

namespace {

Words asm_ok(std::string_view text, std::uint32_t addr = 01000) {
    Words out;
    auto s = assemble(text, addr, out);
    INFO(text << ": " << s.message());
    REQUIRE(s.is_ok());
    return out;
}

std::string asm_error(std::string_view text, std::uint32_t addr = 01000) {
    Words out;
    auto s = assemble(text, addr, out);
    return s ? std::string("(accepted)") : s.message();
}

std::string dis(const Words& words, std::uint32_t addr = 01000, int* bytes = nullptr) {
    std::map<std::uint32_t, std::uint16_t> mem;
    for (std::size_t i = 0; i < words.size(); ++i) mem[addr + 2 * static_cast<std::uint32_t>(i)] = words[i];
    int used = 0;
    std::string text = disassemble(
        [&](std::uint32_t a, std::uint16_t& w) {
            auto it = mem.find(a);
            if (it == mem.end()) return false;
            w = it->second;
            return true;
        },
        addr, used);
    if (bytes) *bytes = used;
    return text;
}

struct Known {
    const char* text;
    Words words;
    std::uint32_t addr = 01000;
};

}  // namespace

TEST_CASE("known encodings assemble and disassemble", "[pdp11][disasm]") {
    const Known cases[] = {
        {"MOV #1,R0", {012700, 000001}},
        {"BR 1000", {000777}},
        {"BR 1002", {000400}},
        {"BNE 776", {001376}},
        {"JSR PC,@#1000", {004737, 001000}},
        {"RTS PC", {000207}},
        {"SOB R0,1000", {077001}},
        {"SOB R3,776", {077302}},
        {"HALT", {000000}},
        {"NOP", {000240}},
        {"SEC!SEV", {000263}},
        {"CLC!CLV!CLZ", {000247}},
        {"SCC", {000277}},
        {"CCC", {000257}},
        {"CLR (R1)+", {005021}},
        {"CLRB @-(SP)", {0105056}},
        {"MOVB 4(R2),@10(R3)", {0116273, 000004, 000010}},
        {"MOV 1010,R1", {016701, 000004}},       // relative: 1010 - 1004
        {"MOV @1010,R1", {017701, 000004}},      // relative deferred
        {"MOV R1,1020", {010167, 000014}},       // relative destination: 1020 - 1004
        {"MOV #177777,@#177566", {012737, 0177777, 0177566}},
        {"JMP (R5)", {000115}},
        {"SWAB R3", {000303}},
        {"MUL #12,R2", {070227, 000012}},
        {"DIV R4,R0", {071004}},
        {"ASH #177776,R1", {072127, 0177776}},
        {"ASHC R5,R2", {073205}},
        {"XOR R1,(R2)", {074112}},
        {"FADD R3", {075003}},
        {"FDIV SP", {075036}},
        {"MARK 3", {006403}},
        {"SPL 7", {000237}},
        {"EMT 12", {0104012}},
        {"TRAP 377", {0104777}},
        {"MFPI SP", {006506}},
        {"MTPD (R0)", {0106610}},
        {"MTPS #340", {0106427, 000340}},
        {"MFPS R0", {0106700}},
        {"SXT -(R4)", {006744}},
        {"RTT", {000006}},
        {"SETD", {0170011}},
        {"LDFPS (R0)", {0170110}},
        {"CLRF AC0", {0170400}},
        {"TSTF @(R3)+", {0170533}},
        {"LDF (R0)+,AC1", {0172520}},
        {"ADDF AC4,AC0", {0172004}},
        {"STF AC1,-(SP)", {0174146}},
        {"STCFI AC0,R1", {0175401}},
        {"LDCIF #1000,AC2", {0177227, 001000}},
        {"LDEXP R3,AC3", {0176703}},
        {"STEXP AC2,@#2000", {0175237, 002000}},
        {"STCFD AC3,AC5", {0176305}},
        {"LDCDF 4(R1),AC0", {0177461, 000004}},
        {".WORD 76543", {076543}},
        {".WORD 7", {000007}},      // MFPT is not one of our models' instructions but has a row
        {".WORD 210", {000210}},    // reserved
        {".WORD 260", {000260}},    // a set-condition-code with no flags has no name
        {".WORD 170003", {0170003}},
    };
    for (const Known& k : cases) {
        INFO(k.text);
        int bytes = 0;
        if (std::string_view(k.text) != ".WORD 7") {
            CHECK(dis(k.words, k.addr, &bytes) == k.text);
            CHECK(bytes == 2 * static_cast<int>(k.words.size()));
        }
        CHECK(asm_ok(k.text, k.addr) == k.words);
    }
    CHECK(dis({000007}) == "MFPT");
}

TEST_CASE("the assembler accepts MACRO-11 spellings", "[pdp11][disasm]") {
    CHECK(asm_ok("mov #1, r0") == Words{012700, 1});
    CHECK(asm_ok("MOV #10.,R0") == Words{012700, 10});
    CHECK(asm_ok("MOV #^D16,R0") == Words{012700, 16});
    CHECK(asm_ok("MOV #-1,%3") == Words{012703, 0177777});
    CHECK(asm_ok("MOV #'A,R0") == Words{012700, 0101});
    CHECK(asm_ok("MOV #<2+3>*2,R0") == Words{012700, 012});
    CHECK(asm_ok("MOV @R1,R2") == Words{011102});
    CHECK(asm_ok("MOV @(R1),R2") == Words{017102, 0});
    CHECK(asm_ok("MOV -2(R5),R0") == Words{016500, 0177776});
    CHECK(asm_ok("MOV (SP)+,PC") == Words{012607});
    CHECK(asm_ok("BR .") == Words{000777});
    CHECK(asm_ok("BR .+4") == Words{000401});
    CHECK(asm_ok("BHIS 1000") == Words{0103377});
    CHECK(asm_ok("BLO 1000") == Words{0103777});
    CHECK(asm_ok("SEC|SEZ") == Words{000265});
    CHECK(asm_ok("EMT") == Words{0104000});
    CHECK(asm_ok("LDD #1,F2") == Words{0172627, 1});
    CHECK(asm_ok("STCDL FR1,R0") == Words{0175500});
}

TEST_CASE("the assembler's errors are one clear line", "[pdp11][disasm]") {
    CHECK(asm_error("FOO R0") == "unknown mnemonic FOO");
    CHECK(asm_error("BR 2000") == "branch target 2000 out of range");
    CHECK(asm_error("BR 1001") == "odd branch target 1001");
    CHECK(asm_error("MOV R0,R1", 01001) == "odd address 1001");
    CHECK(asm_error("SOB R0,1004") == "SOB target 1004 out of range (backward 0-176 bytes)");
    CHECK(asm_error("MOV R0") == "MOV: missing operand");
    CHECK(asm_error("CLR R0,R1") == "CLR: too many operands");
    CHECK(asm_error("HALT R0") == "HALT takes no operands");
    CHECK(asm_error("MOV #9,R0") == "bad digit 9 in octal number 9");
    CHECK(asm_error("MOV #200000,R0") == "#200000: value 200000 does not fit in a word");
    CHECK(asm_error("MOV FOO,R0") == "undefined symbol FOO");
    CHECK(asm_error("JSR 5,SUB") == "5 is not a register");
    CHECK(asm_error("SPL 10") == "SPL takes 0-7, not 10");
    CHECK(asm_error("SEC!CLV") == "SEC!CLV: cannot set and clear condition codes in one instruction");
    CHECK(asm_error("LDF R0,AC4") == "AC4: only AC0-AC3 can be named here");
    CHECK(asm_error("") == "nothing to assemble");
    CHECK(asm_error("MOV (1000),R0") == "1000 is not a register");
    CHECK(asm_error("jsr r5, sub") == "undefined symbol SUB");
}
