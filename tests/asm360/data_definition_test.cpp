// DC and DS, table-driven (GC28-6514 "DC -- Define Constant"): every constant type with
// explicit and implied lengths, duplication, multiple values, truncation and padding,
// alignment, bit lengths, and floating point with exponents, exponent and scale modifiers
// and rounding.
#include <catch2/catch.hpp>

#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;

namespace {

struct Row {
    const char* operand;
    const char* bytes;
};

constexpr Row kConstants[] = {
    // Character: blank padding and truncation on the right, '' and && are one character.
    {"C'AB'", "C1C2"},
    {"CL4'A'", "C1404040"},
    {"CL2'ABC'", "C1C2"},
    {"C'A''B'", "C17DC2"},
    {"C'&&'", "50"},
    {"C'a1 '", "81F140"},
    {"2C'XY'", "E7E8E7E8"},
    {"3CL2'Z'", "E940E940E940"},
    // Hexadecimal and binary: zero padding and truncation on the left.
    {"X'1'", "01"},
    {"X'ABC'", "0ABC"},
    {"XL3'ABCDEF01'", "CDEF01"},
    {"XL2'1'", "0001"},
    {"X'1,FF,123'", "01FF0123"},
    {"2XL2'1,2'", "0001000200010002"},
    {"B'101'", "05"},
    {"B'111111111'", "01FF"},
    {"BL2'1'", "0001"},
    // Fixed point: two's complement, exponents and scale.
    {"F'1'", "00000001"},
    {"F'-2'", "FFFFFFFE"},
    {"F'2147483647'", "7FFFFFFF"},
    {"F'1,-1'", "00000001FFFFFFFF"},
    {"H'-1'", "FFFF"},
    {"H'32767'", "7FFF"},
    {"HL1'5'", "05"},
    {"FL3'-1'", "FFFFFF"},
    {"F'3E2'", "0000012C"},
    {"FE2'3'", "0000012C"},
    {"FS4'1.5'", "00000018"},
    {"HS8'0.5'", "0080"},
    {"FE-1'50'", "00000005"},
    // Floating point: excess-64 hex exponent, rounded at the last fraction digit.
    {"E'1'", "41100000"},
    {"E'-1'", "C1100000"},
    {"E'0'", "00000000"},
    {"E'100'", "42640000"},
    {"E'1E2'", "42640000"},
    {"EE2'1'", "42640000"},
    {"E'0.1'", "4019999A"},
    {"E'1E-1'", "4019999A"},
    {"E'-2.5E1'", "C2190000"},
    {"E'0.5'", "40800000"},
    {"E'16'", "42100000"},
    {"E'255'", "42FF0000"},
    {"ES1'1'", "42010000"},
    {"ES2'1'", "43001000"},
    {"D'1'", "4110000000000000"},
    {"D'0.1'", "401999999999999A"},
    {"D'-2.5'", "C128000000000000"},
    {"D'1E10'", "492540BE40000000"},
    {"DS2'0.1'", "420019999999999A"},
    // Decimal: packed with sign C/D, zoned with the sign in the last zone.
    {"P'123'", "123C"},
    {"P'-12'", "012D"},
    {"P'+1.25'", "125C"},
    {"PL3'5'", "00005C"},
    {"PL2'12345'", "345C"},
    {"P'1,-2'", "1C2D"},
    {"Z'123'", "F1F2C3"},
    {"Z'-12'", "F1D2"},
    {"ZL4'5'", "F0F0F0C5"},
    // Address constants (absolute here; relocatable ones are in the object deck tests).
    {"A(X'10')", "00000010"},
    {"A(1,2)", "0000000100000002"},
    {"AL2(1)", "0001"},
    {"AL1(255)", "FF"},
    {"AL3(C'A')", "0000C1"},
    {"Y(5)", "0005"},
    {"Y(-1)", "FFFF"},
    {"S(X'123'(5))", "5123"},
    {"S(4095)", "0FFF"},
    // Bit lengths: values packed left to right; the operand ends on a byte boundary.
    {"BL.4'1010,0101'", "A5"},
    {"FL.12'1,2'", "001002"},
    {"XL.4'F'", "F0"},
    {"CL.8'A'", "C1"},
    {"3BL.2'11'", "FC"},
};

}  // namespace

TEST_CASE("DC generates the bytes the manual gives", "[asm360][dc]") {
    for (const Row& row : kConstants) {
        std::string diags;
        std::string expected = row.bytes;
        std::string got = bytes_of(std::string("         DC    ") + row.operand + "\n", expected.size() / 2, &diags);
        INFO("DC " << row.operand << "\n" << diags);
        CHECK(diags.empty());
        CHECK(got == expected);
    }
}

TEST_CASE("DC and DS align to the type's boundary unless a length is given", "[asm360][dc]") {
    a::AssemblyResult r = assemble(
        "T        CSECT\n"
        "         DC    C'A'\n"
        "F        DC    F'1'\n"
        "         DC    C'B'\n"
        "H        DC    H'2'\n"
        "         DC    C'C'\n"
        "D        DC    D'1'\n"
        "         DC    C'D'\n"
        "FL       DC    FL4'3'\n"
        "         DS    0F\n"
        "A        DC    A(4)\n"
        "DSX      DS    3CL5\n"
        "DSY      DS    H\n"
        "DSZ      DS    0D\n"
        "LAST     DC    AL1(F-T,H-T,D-T,FL-T,A-T,DSX-T,DSY-T,DSZ-T)\n"
        "         END\n");
    INFO(messages(r));
    REQUIRE(r.return_code == 0);
    std::vector<std::uint8_t> img = image_of(r);
    CHECK(hex(img, 0, 8) == "C100000000000001");
    CHECK(hex(img, 8, 4) == "C2000002");
    CHECK(hex(img, 16, 8) == "4110000000000000");
    CHECK(hex(img, 24, 5) == "C400000003");
    // FL4 is unaligned (X'19'), A aligned at X'20', DSX at X'24' (15 bytes), DSY at X'34'.
    CHECK(hex(img, 0x38, 8) == "040A101920243438");
}

TEST_CASE("a zero duplication factor aligns and reserves nothing", "[asm360][dc]") {
    CHECK(bytes_of("         DC    C'A'\n         DC    0F'7'\n         DC    C'B'\n", 5) == "C1000000C2");
}

TEST_CASE("DC errors", "[asm360][dc]") {
    std::string d;
    bytes_of("         DC    F'X'\n", 4, &d);
    CHECK(d.find("invalid fixed-point") != std::string::npos);
    bytes_of("         DC    H'40000'\n", 2, &d);
    CHECK(d.find("does not fit") != std::string::npos);
    bytes_of("         DC    X'G'\n", 1, &d);
    CHECK(d.find("hexadecimal digit") != std::string::npos);
    bytes_of("         DC    C'ABC\n", 1, &d);
    CHECK(d.find("unterminated") != std::string::npos);
    bytes_of("         DC    Q'1'\n", 1, &d);
    CHECK(d.find("constant type") != std::string::npos);
    bytes_of("         DC    FL9'1'\n", 1, &d);
    CHECK(d.find("length modifier") != std::string::npos);
    bytes_of("         DC    E'1E99'\n", 1, &d);
    CHECK(d.find("out of range") != std::string::npos);
    bytes_of("         DC    F\n", 1, &d);
    CHECK(d.find("no nominal value") != std::string::npos);
}

TEST_CASE("literals go to the pool at LTORG, doublewords first, each once", "[asm360][dc]") {
    a::AssemblyResult r = assemble(
        "T        CSECT\n"
        "         USING T,12\n"
        "         L     1,=F'1'\n"
        "         MVC   0(2,1),=C'AB'\n"
        "         LD    0,=D'1'\n"
        "         L     2,=F'1'\n"
        "         LTORG\n"
        "         L     3,=F'1'\n"
        "         END\n");
    INFO(messages(r));
    REQUIRE(r.return_code == 0);
    std::vector<std::uint8_t> img = image_of(r);
    // Code X'00'-X'13', pool at X'18': D'1', F'1', C'AB'; after LTORG, L at X'26', new pool X'30'.
    CHECK(hex(img, 0, 4) == "5810C020");
    CHECK(hex(img, 4, 6) == "D2011000C024");
    CHECK(hex(img, 10, 4) == "6800C018");
    CHECK(hex(img, 14, 4) == "5820C020");
    CHECK(hex(img, 0x18, 14) == "411000000000000000000001C1C2");
    CHECK(hex(img, 0x26, 4) == "5830C030");
    CHECK(hex(img, 0x30, 4) == "00000001");
}

TEST_CASE("literals without an LTORG go to the end of the first control section", "[asm360][dc]") {
    // GC28-6514 LTORG: the pool END makes belongs to the first control section, wherever
    // the assembly ends (here in another section, then in a DSECT).
    for (const char* last : {"", "D        DSECT\nF        DS    F\n"}) {
        a::AssemblyResult r = assemble(std::string("A        CSECT\n"
                                                   "         USING A,12\n"
                                                   "         L     1,=F'1'\n"
                                                   "B        CSECT\n"
                                                   "         USING B,11\n"
                                                   "         LR    1,1\n") +
                                       last + "         END\n");
        INFO(messages(r));
        REQUIRE(r.return_code == 0);
        // A: L at 0, the pool at 8 (F'1'), 12 bytes; B, placed after it at X'10', the LR.
        CHECK(r.listing.find("A         SD  0001 000000 00000C") != std::string::npos);
        std::vector<std::uint8_t> img = image_of(r);
        CHECK(hex(img, 0, 12) == "5810C00800000000" "00000001");
        CHECK(hex(img, 0x10, 2) == "1811");
    }
}

TEST_CASE("a literal's '*' is the location of the statement that uses it", "[asm360][dc]") {
    // GC28-6514, "Literals": the location counter in a literal is that of the instruction
    // the literal appears in, so two uses at different places are two literals; a literal
    // with a '*' only as multiplication or inside quotes is pooled once.
    a::AssemblyResult r = assemble("T        CSECT\n"
                                   "         USING T,12\n"
                                   "         L     1,=A(*)\n"
                                   "         L     2,=A(*+2)\n"
                                   "         L     3,=A(*)\n"
                                   "         L     4,=A(X*2)\n"
                                   "         L     5,=A(X*2)\n"
                                   "         MVC   0(1,1),=C'*'\n"
                                   "         MVC   0(1,1),=C'*'\n"
                                   "         LTORG\n"
                                   "X        EQU   3\n"
                                   "         END\n");
    INFO(messages(r));
    REQUIRE(r.return_code == 0);
    std::vector<std::uint8_t> img = image_of(r);
    CHECK(hex(img, 0, 20) == "5810C020" "5820C024" "5830C028" "5840C02C" "5850C02C");
    CHECK(hex(img, 20, 12) == "D2001000C030" "D2001000C030");
    // The pool at X'20': A(*) of 0, A(*+2) of 4, A(*) of 8, A(X*2), C'*'.
    CHECK(hex(img, 0x20, 17) == "00000000" "00000006" "00000008" "00000006" "5C");
}
