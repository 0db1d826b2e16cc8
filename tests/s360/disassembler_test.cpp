// The disassembler and one-line assembler: every opcode of the table round-trips, and
// the syntax is IBM's.
#include <catch2/catch.hpp>

#include "machines/s360/disasm/disassembler.hpp"
#include "machines/s360/isa/opcode_table.hpp"

using namespace simmon::s360;

namespace {

std::string dis(std::vector<std::uint8_t> b) {
    int len = 0;
    std::string s = disassemble(b.data(), b.size(), len);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}
std::vector<std::uint8_t> as(std::string_view text) {
    std::vector<std::uint8_t> out;
    REQUIRE(assemble(text, out).is_ok());
    return out;
}

}  // namespace

TEST_CASE("s360 disassembler: IBM assembler syntax per format") {
    CHECK(dis({0x18, 0x12}) == "LR    1,2");
    CHECK(dis({0x58, 0x12, 0xC0, 0x08}) == "L     1,8(2,12)");
    CHECK(dis({0x58, 0x10, 0xC0, 0x08}) == "L     1,8(,12)");
    CHECK(dis({0x47, 0x80, 0xC0, 0x18}) == "BE    24(,12)");
    CHECK(dis({0x07, 0xFE}) == "BR    14");
    CHECK(dis({0x07, 0x3E}) == "BCR   3,14");
    CHECK(dis({0x0A, 0x0D}) == "SVC   13");
    CHECK(dis({0x90, 0xEC, 0xD0, 0x0C}) == "STM   14,12,12(13)");
    CHECK(dis({0x89, 0x10, 0x00, 0x04}) == "SLL   1,4");
    CHECK(dis({0x92, 0xC1, 0x10, 0x00}) == "MVI   0(1),X'C1'");
    CHECK(dis({0x9C, 0x00, 0x00, 0x0C}) == "SIO   12");
    CHECK(dis({0xD2, 0x07, 0x10, 0x00, 0x20, 0x10}) == "MVC   0(8,1),16(2)");
    CHECK(dis({0xFA, 0x21, 0x40, 0x00, 0x50, 0x08}) == "AP    0(3,4),8(2,5)");
    CHECK(dis({0x00, 0x00}) == "DC X'0000'");
    CHECK(dis({0xD2, 0x07, 0x10}) == "DC X'D207'");
}

TEST_CASE("s360 assembler: one line, machine and extended mnemonics") {
    CHECK(as("LR 1,2") == std::vector<std::uint8_t>{0x18, 0x12});
    CHECK(as("l 1,8(2,12)") == std::vector<std::uint8_t>{0x58, 0x12, 0xC0, 0x08});
    CHECK(as("L 1,8(,12)") == std::vector<std::uint8_t>{0x58, 0x10, 0xC0, 0x08});
    CHECK(as("BNE X'10'(12)") == std::vector<std::uint8_t>{0x47, 0x70, 0xC0, 0x10});
    CHECK(as("BR 14") == std::vector<std::uint8_t>{0x07, 0xFE});
    CHECK(as("MVC 0(256,1),16(2)") == std::vector<std::uint8_t>{0xD2, 0xFF, 0x10, 0x00, 0x20, 0x10});
    CHECK(as("PACK 0(8,1),0(5,2)") == std::vector<std::uint8_t>{0xF2, 0x74, 0x10, 0x00, 0x20, 0x00});
    CHECK(as("MVI 0(1),X'40'") == std::vector<std::uint8_t>{0x92, 0x40, 0x10, 0x00});
    std::vector<std::uint8_t> out;
    CHECK_FALSE(assemble("FOO 1,2", out).is_ok());
    CHECK_FALSE(assemble("LR 1,16", out).is_ok());
    CHECK_FALSE(assemble("MVC 0(257,1),0(2)", out).is_ok());
    CHECK_FALSE(assemble("L 1,4096", out).is_ok());
    CHECK_FALSE(assemble("LR 1,2,3", out).is_ok());
    CHECK_FALSE(assemble("MVC 0(1),0(2)", out).is_ok());
}

TEST_CASE("s360 disassembler: every opcode in the table round-trips through the assembler") {
    for (const OpcodeInfo& row : opcode_table()) {
        std::vector<std::uint8_t> b = {row.opcode, 0x23, 0x4A, 0xBC, 0x5D, 0xEF};
        b.resize(format_length(row.format));
        int len = 0;
        const std::string text = disassemble(b.data(), b.size(), len);
        INFO(text);
        CHECK(len == static_cast<int>(b.size()));
        std::vector<std::uint8_t> again;
        REQUIRE(assemble(text, again).is_ok());
        // Fields an operand kind ignores (SPM's R2, SI's I2 of SSM ...) assemble as zero.
        if (row.operands == OperandKind::Reg) b[1] &= 0xF0;
        if (row.operands == OperandKind::Storage) b[1] = 0;
        if (row.operands == OperandKind::RegShift) b[1] &= 0xF0;
        CHECK(again == b);
    }
}
