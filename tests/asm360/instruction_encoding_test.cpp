// Every opcode of machines/s360/isa in every format encodes to the bytes the Principles of
// Operation gives for its format (GA22-6821 "Instruction Formats"): RR op|R1R2, RX
// op|R1X2|B2D2, RS op|R1R3|B2D2, SI op|I2|B1D1, SS op|L1L2 or L|B1D1|B2D2. The expected
// bytes are built here from the field layout, not by the assembler's code.
//
// The S/360 disassembler (machines/s360/disasm) is not on main yet, so there is no
// assemble-disassemble-reassemble round trip here: these tests are encode-only.
#include <catch2/catch.hpp>

#include "machines/s360/isa/opcode_table.hpp"
#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;
using simmon::s360::OperandKind;

namespace {

struct Case {
    std::string operands;
    std::vector<std::uint8_t> fields;  // bytes after the opcode
};

Case case_for(OperandKind k) {
    switch (k) {
    case OperandKind::RegReg: return {"1,2", {0x12}};
    case OperandKind::MaskReg: return {"7,14", {0x7E}};
    case OperandKind::Reg: return {"5", {0x50}};
    case OperandKind::Immediate8: return {"200", {200}};
    case OperandKind::FpRegFpReg: return {"2,4", {0x24}};
    case OperandKind::RegStorageX:
    case OperandKind::FpRegStorageX: return {"6,X'123'(4,5)", {0x64, 0x51, 0x23}};
    case OperandKind::MaskStorageX: return {"8,X'FFF'(0,15)", {0x80, 0xFF, 0xFF}};
    case OperandKind::RegRegStorage: return {"1,3,X'456'(7)", {0x13, 0x74, 0x56}};
    case OperandKind::RegShift: return {"6,X'789'(8)", {0x60, 0x87, 0x89}};
    case OperandKind::StorageImm: return {"X'ABC'(9),X'5A'", {0x5A, 0x9A, 0xBC}};
    case OperandKind::Storage: return {"X'DEF'(10)", {0x00, 0xAD, 0xEF}};
    case OperandKind::StorageLength: return {"X'123'(256,11),X'456'(12)", {0xFF, 0xB1, 0x23, 0xC4, 0x56}};
    case OperandKind::TwoLengths: return {"X'123'(16,11),X'456'(1,12)", {0xF0, 0xB1, 0x23, 0xC4, 0x56}};
    }
    return {};
}

}  // namespace

TEST_CASE("every opcode encodes to its format's bytes", "[asm360][encode]") {
    std::string source = "T        CSECT\n";
    std::vector<std::uint8_t> expected;
    int count = 0;
    for (const auto& row : simmon::s360::opcode_table()) {
        Case c = case_for(row.operands);
        source += "         " + std::string(row.mnemonic) + " " + c.operands + "\n";
        expected.push_back(row.opcode);
        expected.insert(expected.end(), c.fields.begin(), c.fields.end());
        REQUIRE(expected.size() % 2 == 0);
        ++count;
    }
    source += "         END\n";
    a::AssemblyResult r = assemble(source);
    // Odd registers where an even pair or a floating-point register is needed are warnings.
    for (const auto& d : r.diagnostics.all()) {
        INFO(d.format());
        CHECK(d.severity <= a::kWarning);
    }
    std::vector<std::uint8_t> image = image_of(r);
    REQUIRE(image.size() >= expected.size());
    image.resize(expected.size());
    CHECK(hex(image) == hex(expected));
    CHECK(count > 140);
}

TEST_CASE("extended branch mnemonics are BC and BCR with their masks", "[asm360][encode]") {
    std::string source = "T        CSECT\n";
    std::vector<std::uint8_t> expected;
    for (const auto& e : simmon::s360::extended_mnemonics()) {
        if (e.opcode == 0x07) {
            source += "         " + std::string(e.mnemonic) + " 9\n";
            expected.push_back(0x07);
            expected.push_back(static_cast<std::uint8_t>(e.mask << 4 | 9));
        } else {
            source += "         " + std::string(e.mnemonic) + " X'123'(4,5)\n";
            for (std::uint8_t b : {std::uint8_t{0x47}, static_cast<std::uint8_t>(e.mask << 4 | 4), std::uint8_t{0x51}, std::uint8_t{0x23}})
                expected.push_back(b);
        }
    }
    a::AssemblyResult r = assemble(source + "         END\n");
    INFO(messages(r));
    CHECK(r.return_code == 0);
    std::vector<std::uint8_t> image = image_of(r);
    image.resize(expected.size());
    CHECK(hex(image) == hex(expected));
}

TEST_CASE("hand-checked encodings from the Principles of Operation", "[asm360][encode]") {
    CHECK(bytes_of("         LR    1,2\n", 2) == "1812");
    CHECK(bytes_of("         BALR  14,15\n", 2) == "05EF");
    CHECK(bytes_of("         BR    14\n", 2) == "07FE");
    CHECK(bytes_of("         NOPR  0\n", 2) == "0700");
    CHECK(bytes_of("         SVC   X'FF'\n", 2) == "0AFF");
    CHECK(bytes_of("         L     3,4(5,6)\n", 4) == "58356004");
    CHECK(bytes_of("         ST    3,4(,6)\n", 4) == "50306004");
    CHECK(bytes_of("         LA    1,4095\n", 4) == "41100FFF");
    CHECK(bytes_of("         STM   14,12,12(13)\n", 4) == "90ECD00C");
    CHECK(bytes_of("         SRDA  2,32\n", 4) == "8E200020");
    CHECK(bytes_of("         MVI   0(1),C' '\n", 4) == "92401000");
    CHECK(bytes_of("         TM    X'10'(2),X'80'\n", 4) == "91802010");
    CHECK(bytes_of("         LPSW  X'28'\n", 4) == "82000028");
    CHECK(bytes_of("         SIO   X'00E'\n", 4) == "9C00000E");
    CHECK(bytes_of("         MVC   0(8,1),0(2)\n", 6) == "D20710002000");
    CHECK(bytes_of("         ZAP   0(4,1),8(2,3)\n", 6) == "F83110003008");
    CHECK(bytes_of("         PACK  0(8,1),0(1,2)\n", 6) == "F27010002000");
    CHECK(bytes_of("         CLC   0(0,1),0(2)\n", 6) == "D50010002000");
}

TEST_CASE("implicit addresses choose the base register as Assembler F does", "[asm360][encode][using]") {
    // Two registers cover the same address: the smaller displacement wins; with equal
    // displacements the higher-numbered register.
    std::string src =
        "T        CSECT\n"
        "         USING T,10\n"
        "         USING T+X'100',11\n"
        "         USING T,12\n"
        "         L     1,FIELD\n"
        "         L     1,LOW\n"
        "         DROP  11\n"
        "         L     1,FIELD\n"
        "         USING T,9,7\n"
        "         L     1,FAR\n"
        "LOW      DS    F\n"
        "         ORG   T+X'180'\n"
        "FIELD    DS    F\n"
        "         ORG   T+X'1010'\n"
        "FAR      DS    F\n"
        "         END\n";
    a::AssemblyResult r = assemble(src);
    INFO(messages(r));
    REQUIRE(r.return_code == 0);
    std::vector<std::uint8_t> image = image_of(r);
    CHECK(hex(image, 0, 16) == "5810B0805810C0105810C18058107010");
}

TEST_CASE("SS lengths default to the length attribute of the operand", "[asm360][encode]") {
    std::string src =
        "T        CSECT\n"
        "         USING T,12\n"
        "         MVC   A,B\n"
        "         MVC   A(3),B\n"
        "         AP    P,Q\n"
        "         CLC   A,=C'XY'\n"
        "A        DS    CL5\n"
        "B        DS    CL9\n"
        "P        DS    PL6\n"
        "Q        DS    PL2\n"
        "         END\n";
    a::AssemblyResult r = assemble(src);
    INFO(messages(r));
    REQUIRE(r.return_code == 0);
    std::vector<std::uint8_t> image = image_of(r);
    // A at X'18', B at X'1D', P at X'26', Q at X'2C', the literal at X'30'.
    CHECK(hex(image, 0, 24) == "D204C018C01DD202C018C01DFA51C026C02CD504C018C030");
}
