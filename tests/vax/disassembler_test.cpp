// The VAX disassembler: every specifier mode in VAX MACRO syntax, branch targets as
// addresses, two-byte opcodes, and what it does with bytes that are not an instruction.
#include <catch2/catch.hpp>

#include <vector>

#include "machines/vax/disasm/disassembler.hpp"

using namespace simmon::vax;

namespace {
std::string dis(std::vector<std::uint8_t> b, std::uint32_t pc = 0x1000, int* len = nullptr) {
    int n = 0;
    std::string s = disassemble(b.data(), b.size(), pc, n);
    if (len) *len = n;
    return s;
}
}  // namespace

TEST_CASE("vax disassembler: specifier modes") {
    int len = 0;
    CHECK(dis({0xD0, 0x8F, 0x78, 0x56, 0x34, 0x12, 0x50}, 0x1000, &len) == "MOVL I^#12345678,R0");
    CHECK(len == 7);
    CHECK(dis({0xC0, 0x03, 0xAD, 0xFC}) == "ADDL2 S^#3,B^-4(FP)");
    CHECK(dis({0x9E, 0x9F, 0x00, 0x10, 0x00, 0x80, 0x8E}) == "MOVAB @#80001000,(SP)+");
    CHECK(dis({0xD0, 0x61, 0x72}) == "MOVL (R1),-(R2)");
    CHECK(dis({0xD0, 0x93, 0xC4, 0x10, 0x00}) == "MOVL @(R3)+,W^10(R4)");
    CHECK(dis({0xD0, 0x45, 0x63, 0x50}) == "MOVL (R3)[R5],R0");
    CHECK(dis({0xD0, 0xEF, 0x10, 0x00, 0x00, 0x00, 0x50}, 0x2000) == "MOVL L^2016,R0");
    CHECK(dis({0xD0, 0xBF, 0x02, 0x50}, 0x2000) == "MOVL @B^2005,R0");
}

TEST_CASE("vax disassembler: branches, two-byte opcodes, no operands") {
    CHECK(dis({0x11, 0xFE}, 0x1000) == "BRB 1000");
    CHECK(dis({0x31, 0x00, 0x01}, 0x1000) == "BRW 1103");
    CHECK(dis({0xE0, 0x01, 0x50, 0x02}, 0x1000) == "BBS S^#1,R0,1006");
    CHECK(dis({0xFD, 0x50, 0x50, 0x51}) == "MOVG R0,R1");
    CHECK(dis({0x00}) == "HALT");
    CHECK(dis({0x02}) == "REI");
}

TEST_CASE("vax disassembler: not an instruction") {
    int len = 0;
    CHECK(dis({0x57, 0x00}, 0, &len) == ".BYTE 57");
    CHECK(len == 1);
    CHECK(dis({0xD0, 0x8F, 0x01}, 0, &len) == ".BYTE D0");  // immediate runs past the end
    CHECK(dis({0xFD}) == ".BYTE FD");
    CHECK(dis({}, 0, &len) == "(no memory there)");
}
