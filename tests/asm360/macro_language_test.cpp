// The macro language (GC28-6514 "Macro Language", "Conditional Assembly"): one test per
// feature. Each program puts what the feature produced into storage with DC, so the test
// reads the result from the object deck.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;

namespace {

// Assembles `macros` + a CSECT with `body`; returns the section's bytes as hex.
std::string run(const std::string& macros, const std::string& body, std::size_t n, std::string* diags = nullptr,
                int* rc = nullptr, std::vector<std::string> libs = {}) {
    a::AssemblyResult r = assemble(macros + "T        CSECT\n" + body + "         END\n", std::move(libs));
    if (diags) *diags = messages(r);
    if (rc) *rc = r.return_code;
    return hex(image_of(r), 0, n);
}

}  // namespace

TEST_CASE("positional and keyword parameters, defaults, omitted operands", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "&L       PK    &A,&B,&K=7,&J=\n"
        "&L       DC    AL1(&A,&K)\n"
        "         DC    C'&B.X&J.Y'\n"
        "         MEND\n";
    std::string d;
    CHECK(run(m, "         PK    1,Q,K=2\n", 5, &d) == "0102D8E7E8");
    CHECK(d.empty());
    CHECK(run(m, "         PK    J=Z,3\n", 5, &d) == "0307E7E9E8");
    CHECK(d.empty());
}

TEST_CASE("the name field parameter labels the generated statement", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "&NAME    LBL\n"
        "&NAME    DC    H'5'\n"
        "         MEND\n";
    std::string d;
    CHECK(run(m, "HERE     LBL\n         DC    AL1(HERE-T+1)\n", 3, &d) == "000501");
    CHECK(d.empty());
}

TEST_CASE("sublists, N' and &SYSLIST", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "         SUB   &P,&Q\n"
        "         LCLA  &A,&B,&C\n"
        "&A       SETA  N'&P\n"
        "&B       SETA  N'&SYSLIST\n"
        "&C       SETA  N'&Q\n"
        "         DC    AL1(&A,&P(2),&B,&C)\n"
        "         DC    C'&SYSLIST(1,3)&SYSLIST(3)'\n"
        "         MEND\n";
    std::string d;
    CHECK(run(m, "         SUB   (1,2,A),,Z\n", 6, &d) == "030203" "00" "C1E9");
    CHECK(d.empty());
}

TEST_CASE("&SYSNDX makes labels unique across calls and levels", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "         INNER\n"
        "I&SYSNDX DC    C'&SYSNDX'\n"
        "         MEND\n"
        "         MACRO\n"
        "         OUTER\n"
        "O&SYSNDX DC    C'&SYSNDX'\n"
        "         INNER\n"
        "         MEND\n";
    std::string d;
    int rc = -1;
    CHECK(run(m, "         OUTER\n         OUTER\n         INNER\n", 20, &d, &rc) ==
          "F0F0F0F1F0F0F0F2F0F0F0F3F0F0F0F4F0F0F0F5");
    CHECK(rc == 0);
    CHECK(d.empty());
}

TEST_CASE("&SYSECT names the control section of the call", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "         SECT\n"
        "         DC    C'&SYSECT'\n"
        "         MEND\n";
    a::AssemblyResult r = assemble(m + "ABC      CSECT\n         SECT\nXY       CSECT\n         SECT\n         END\n");
    INFO(messages(r));
    std::vector<std::uint8_t> img = image_of(r);
    CHECK(hex(img, 0, 3) == "C1C2C3");
    CHECK(hex(img, 8, 2) == "E7E8");
}

TEST_CASE("LCL and GBL SET symbols, subscripts, SETA SETB SETC", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "         COUNT\n"
        "         GBLA  &N\n"
        "&N       SETA  &N+1\n"
        "         DC    AL1(&N)\n"
        "         MEND\n"
        "         MACRO\n"
        "         ARR\n"
        "         LCLA  &V(3)\n"
        "         LCLB  &B\n"
        "         LCLC  &C\n"
        "&V(1)    SETA  2\n"
        "&V(2)    SETA  &V(1)*5-(3/2)\n"
        "&V(3)    SETA  X'10'+B'11'+C'A'\n"
        "&B       SETB  (&V(2) EQ 9 AND NOT (&V(1) GT 2))\n"
        "&C       SETC  'AB'.'CD'\n"
        "         DC    AL1(&V(1),&V(2)),AL2(&V(3)),AL1(&B)\n"
        "         DC    C'&C'\n"
        "         MEND\n";
    std::string d;
    CHECK(run(m, "         COUNT\n         COUNT\n         ARR\n", 11, &d) == "0102" "020900D401" "C1C2C3C4");
    CHECK(d.empty());
}

TEST_CASE("SETC substrings and concatenation, K'", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "         STR   &S\n"
        "         LCLC  &T\n"
        "         LCLA  &K1,&K2\n"
        "&T       SETC  '&S'(2,3).'-'.'&S'(1,1)\n"
        "&K1      SETA  K'&T\n"
        "&K2      SETA  K'&S\n"
        "         DC    C'&T',AL1(&K1,&K2)\n"
        "         MEND\n";
    std::string d;
    CHECK(run(m, "         STR   ABCDEF\n", 7, &d) == "C2C3C460C10506");
    CHECK(d.empty());
}

TEST_CASE("AIF, AGO, ANOP, sequence symbols and loops", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "         LOOP  &N\n"
        "         LCLA  &I\n"
        "&I       SETA  1\n"
        ".TOP     AIF   (&I GT &N).DONE\n"
        "         DC    AL1(&I)\n"
        "&I       SETA  &I+1\n"
        "         AGO   .TOP\n"
        ".DONE    ANOP\n"
        "         AIF   ('&N' NE '3').END\n"
        "         DC    C'3'\n"
        ".END     MEND\n";
    std::string d;
    CHECK(run(m, "         LOOP  3\n         LOOP  2\n", 6, &d) == "010203F30102");
    CHECK(d.empty());
}

TEST_CASE("MEXIT ends the expansion; MNOTE reports with its severity", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "         EX    &E\n"
        "         DC    C'A'\n"
        "         AIF   ('&E' EQ '').OK\n"
        "         MNOTE 8,'bad &E'\n"
        "         MEXIT\n"
        ".OK      DC    C'B'\n"
        "         MNOTE *,'just a comment'\n"
        "         MEND\n";
    std::string d;
    int rc = 0;
    CHECK(run(m, "         EX\n", 2, &d, &rc) == "C1C2");
    CHECK(rc == 0);
    CHECK(run(m, "         EX    X\n         DC    C'C'\n", 2, &d, &rc) == "C1C3");
    CHECK(rc == 8);
    CHECK(d.find("MNOTE bad X") != std::string::npos);
}

TEST_CASE("type, length, integer and scale attributes, with lookahead", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "         ATTR  &S\n"
        "         DC    C'T'(&S)',AL1(L'&S)\n"
        "         MEND\n";
    // T' is written here through a SETC, as Assembler F allows T' only in SETC and AIF.
    std::string m2 =
        "         MACRO\n"
        "         TY    &S\n"
        "         LCLC  &T\n"
        "         LCLA  &L,&I,&SC\n"
        "&T       SETC  T'&S\n"
        "&L       SETA  L'&S\n"
        "&I       SETA  I'&S\n"
        "&SC      SETA  S'&S\n"
        "         DC    C'&T',AL1(&L,&I,&SC)\n"
        "         MEND\n";
    (void)m;
    std::string d;
    std::string body =
        "         TY    FW\n"      // defined later: lookahead
        "         TY    PK\n"
        "         TY    LAB\n"
        "         TY    12\n"
        "         TY\n"
        "FW       DC    FS4'1'\n"
        "PK       DC    PL3'1.25'\n"
        "LAB      LR    1,2\n";
    CHECK(run(m2, body, 20, &d) == "C6041B04" "D7030302" "C9020000" "D5010000" "D6010000");
    CHECK(d.empty());
}

TEST_CASE("inner macro calls and a recursive macro", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "         FACT  &N,&ACC\n"
        "         LCLA  &M,&P\n"
        "         AIF   (&N GT 1).MORE\n"
        "         DC    F'&ACC'\n"
        "         MEXIT\n"
        ".MORE    ANOP\n"
        "&M       SETA  &N-1\n"
        "&P       SETA  &ACC*&N\n"
        "         FACT  &M,&P\n"
        "         MEND\n";
    std::string d;
    CHECK(run(m, "         FACT  5,1\n         FACT  10,1\n", 8, &d) == "00000078" "00375F00");
    CHECK(d.empty());
}

TEST_CASE("macros and COPY members come from library folders", "[asm360][macro]") {
    auto dir = std::filesystem::temp_directory_path() / "asm360_maclib_test";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "LIBMAC") << "         MACRO\n         LIBMAC &X\n         DC    AL1(&X)\n         COPY  CPY\n         MEND\n";
    std::ofstream(dir / "cpy.mac") << "         DC    C'C'\n";
    std::string d;
    int rc = -1;
    CHECK(run("", "         LIBMAC 7\n         COPY  CPY\n", 3, &d, &rc, {dir.string()}) == "07C3C3");
    CHECK(rc == 0);
    CHECK(d.empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("conditional assembly in open code", "[asm360][macro]") {
    std::string d;
    std::string body =
        "         LCLA  &I\n"
        ".L       AIF   (&I EQ 3).E\n"
        "&I       SETA  &I+1\n"
        "         DC    AL1(&I)\n"
        "         AGO   .L\n"
        ".E       ANOP\n";
    CHECK(run("", body, 3, &d) == "010203");
    CHECK(d.empty());
}

TEST_CASE("ACTR stops a runaway loop and nesting is limited", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "         FOREVR\n"
        ".A       AGO   .A\n"
        "         MEND\n"
        "         MACRO\n"
        "         DEEP\n"
        "         DEEP\n"
        "         MEND\n";
    std::string d;
    int rc = 0;
    run(m, "         FOREVR\n", 1, &d, &rc);
    CHECK(rc == 12);
    CHECK(d.find("ACTR") != std::string::npos);
    run(m, "         DEEP\n", 1, &d, &rc);
    CHECK(rc == 12);
    CHECK(d.find("nested more than") != std::string::npos);
    run("", ".X       AGO   .X\n", 1, &d, &rc);
    CHECK(rc == 12);
}

TEST_CASE("a continued macro call with remarks on each card", "[asm360][macro]") {
    std::string m =
        "         MACRO\n"
        "         CONT  &A,&B,&C\n"
        "         DC    AL1(&A,&B,&C)\n"
        "         MEND\n";
    std::string body =
        "         CONT  1,       first                                          X\n"
        "               2,       second                                         X\n"
        "               3\n";
    std::string d;
    CHECK(run(m, body, 3, &d) == "010203");
    CHECK(d.empty());
}

TEST_CASE("a continued macro call in open code keeps its operands when substitution moves its text", "[asm360][macro]") {
    // The operands continue after ", " on the next card; substituting &L (shorter or longer
    // than its name) must not lose the continued operand.
    for (const char* value : {"X", "LONGNAME"}) {
        a::AssemblyResult r = assemble(std::string("&L       SETC  '") + value + "'\n"
                                       "         MACRO\n"
                                       "&N       M     &A,&B\n"
                                       "         MNOTE 0,'&N:&A/&B'\n"
                                       "         MEND\n"
                                       "T        CSECT\n"
                                       "&L       M     1,                   REMARK                             X\n"
                                       "               2\n"
                                       "         END\n");
        INFO(messages(r));
        CHECK(r.listing.find(std::string("MNOTE 0,") + value + ":1/2") != std::string::npos);
    }
}
