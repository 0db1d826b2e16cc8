// The listing: Assembler F's columns (location, object code, ADDR1, ADDR2, statement
// number, source), '+' before generated statements, PRINT NOGEN, diagnostics after their
// statement, the literal pool after LTORG, the ESD, RLD and cross-reference.
#include <catch2/catch.hpp>

#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;

TEST_CASE("the listing has Assembler F's columns and sections", "[asm360][listing]") {
    a::AssemblyResult r = assemble(
        "         MACRO\n"
        "         TWO\n"
        "         LR    1,2\n"
        "         MEND\n"
        "T        CSECT\n"
        "         USING *,12\n"
        "         L     1,=F'7'\n"
        "         MVC   A,B\n"
        "         TWO\n"
        "         PRINT NOGEN\n"
        "         TWO\n"
        "         L     1,NOSUCH\n"
        "A        DC    A(A)\n"
        "B        DS    F\n"
        "         END\n");
    const std::string& l = r.listing;
    INFO(l);
    CHECK(l.find("  LOC  OBJECT CODE      ADDR1 ADDR2  STMT   SOURCE STATEMENT") != std::string::npos);
    CHECK(l.find("000000 5810 C020              00020     7           L     1,=F'7'") != std::string::npos);
    CHECK(l.find("000004 D203 C014 C018   00014 00018     8           MVC   A,B") != std::string::npos);
    CHECK(l.find("    10 +         LR    1,2") != std::string::npos);
    CHECK(l.find("         LR    1,2\n") != std::string::npos);
    CHECK(l.find("*** ERROR 8: undefined symbol in 'NOSUCH'") != std::string::npos);
    CHECK(l.find("000014 00000014") != std::string::npos);
    CHECK(l.find("=F'7'\n") != std::string::npos);
    CHECK(l.find("000020 00000007") != std::string::npos);
    CHECK(l.find("EXTERNAL SYMBOL DICTIONARY") != std::string::npos);
    CHECK(l.find("T         SD  0001 000000 000024") != std::string::npos);
    CHECK(l.find("RELOCATION DICTIONARY") != std::string::npos);
    CHECK(l.find(" 0001    0001     0C   000014") != std::string::npos);
    CHECK(l.find("CROSS-REFERENCE") != std::string::npos);
    CHECK(l.find("NOSUCH   ***** UNDEFINED *****  14") != std::string::npos);
    CHECK(l.find("1 STATEMENTS FLAGGED IN THIS ASSEMBLY") != std::string::npos);
    // PRINT NOGEN: the second expansion is not listed.
    CHECK(l.find("    13 +") == std::string::npos);
}

TEST_CASE("PRINT DATA lists every byte of a constant, eight a line; NODATA the first eight", "[asm360][listing]") {
    a::AssemblyResult r = assemble(
        "T        CSECT\n"
        "         USING T,12\n"
        "         DC    CL20'ABCDEFGHIJKLMNOPQRST'\n"
        "         PRINT DATA\n"
        "         DC    CL20'ABCDEFGHIJKLMNOPQRST'\n"
        "         DC    C'A',F'1'\n"
        "         DC    3F'7'\n"
        "         MVC   0(10,1),=XL10'0102030405060708090A'\n"
        "         LTORG\n"
        "         PRINT NODATA\n"
        "         DC    CL12'ABCDEFGHIJKL'\n"
        "         END\n");
    const std::string& l = r.listing;
    INFO(l);
    REQUIRE(r.return_code == 0);
    // NODATA (the default): the first eight bytes only.
    CHECK(l.find("000000 C1C2C3C4C5C6C7C8                 3 ") != std::string::npos);
    CHECK(l.find("000008 C9D1D2D3D4D5D6D7") == std::string::npos);
    // DATA: the rest on lines of their own, each with the location of its first byte.
    CHECK(l.find("000014 C1C2C3C4C5C6C7C8                 5           DC    CL20'ABCDEFGHIJKLMNOPQRST'\n"
                 "00001C C9D1D2D3D4D5D6D7\n"
                 "000024 D8D9E2E3\n") != std::string::npos);
    // The bytes an operand's alignment skipped are zeros in the listing.
    CHECK(l.find("000028 C100000000000001                 6 ") != std::string::npos);
    CHECK(l.find("000030 0000000700000007                 7           DC    3F'7'\n"
                 "000038 00000007\n") != std::string::npos);
    // A literal in the pool, in full.
    CHECK(l.find("000048 0102030405060708                   =XL10'0102030405060708090A'\n"
                 "000050 090A\n") != std::string::npos);
    // NODATA again.
    CHECK(l.find("000052 C1C2C3C4C5C6C7C8                11           DC    CL12'ABCDEFGHIJKL'\n"
                 "                                       12           END") != std::string::npos);
}
