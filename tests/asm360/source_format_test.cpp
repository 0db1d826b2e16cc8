// The statement format (GC28-6514 "Coding Conventions"): fields, continuation in column 72
// with the text resumed in column 16, comments, ICTL, lower case, and host-file details
// (tabs, CR LF line ends, lines past column 80).
#include <catch2/catch.hpp>

#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;

namespace {

std::string letters(std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s.push_back(static_cast<char>('A' + i % 10));
    return s;
}

// `text` padded with blanks to column `column` - 1, then `c` in column `column`.
std::string card(std::string text, std::size_t column, char c) {
    text.resize(column - 1, ' ');
    text.push_back(c);
    return text + "\n";
}

}  // namespace

TEST_CASE("continuation cards, comments and remarks", "[asm360][source]") {
    std::string src = "* a comment card\n"
                      ".* an internal macro comment\n"
                      "T        CSECT                  remarks after the operation\n" +
                      card("         DC    C'" + letters(54), 72, 'X') +
                      "               RSTUVWXYZ'\n"
                      "         LR    1,2              remarks\n"
                      "\n"
                      "         END\n";
    a::AssemblyResult r = assemble(src);
    INFO(messages(r));
    CHECK(r.return_code == 0);
    // 54 characters on the first card (columns 18-71), 9 from column 16 of the next.
    CHECK(hex(image_of(r), 52, 14) == "C3C4D9E2E3E4E5E6E7E8E9001812");
}

TEST_CASE("lower case, tabs, CR LF and long lines", "[asm360][source]") {
    a::AssemblyResult r = assemble("t\tcsect\r\n\tlr\t1,2\r\n\tdc\tc'ab'\r\n\tend\r\n");
    INFO(messages(r));
    CHECK(r.return_code == 0);
    CHECK(hex(image_of(r), 0, 4) == "18128182");
    r = assemble("T        CSECT\n         LR    1,2" + std::string(70, ' ') + "XYZ\n         END\n");
    CHECK(r.return_code == 4);
    CHECK(messages(r).find("test.asm:2:81: warning: text past column 80") != std::string::npos);
}

TEST_CASE("ICTL moves the begin, end and continue columns", "[asm360][source]") {
    // Statements in columns 2-60, continuation flag in column 61, continued in column 20.
    std::string src = "         ICTL  2,60,20\n"
                      "XT        CSECT\n" +
                      card("          DC    C'" + letters(42), 61, '*') +
                      std::string(19, ' ') + "DEF'\n"
                      "          END\n";
    a::AssemblyResult r = assemble(src);
    INFO(messages(r));
    CHECK(r.return_code == 0);
    CHECK(hex(image_of(r), 40, 5) == "C1C2C4C5C6");
}

TEST_CASE("a continued statement at the end of the file is an error", "[asm360][source]") {
    a::AssemblyResult r = assemble("T        CSECT\n" + card("         LR    1,2", 72, 'X'));
    CHECK(r.return_code == 8);
    CHECK(messages(r).find("no card follows") != std::string::npos);
}
