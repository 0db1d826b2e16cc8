// Bad input never crashes or hangs the assembler: random bytes, mutated programs, huge
// lines, unterminated strings, endless AGO loops and runaway recursion all end with
// diagnostics. A short, deterministic stand-in for the libFuzzer run (tests/asm360/fuzz),
// which uses the same entry point; the corpus in tests/asm360/fuzz_corpus seeds both.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;

namespace {

a::AssemblyResult fuzz_one(const std::string& text) {
    a::AssemblerOptions o;
    o.actr = 200;
    o.max_generated = 20000;
    o.listing = true;
    a::AssemblyResult r = a::assemble_source("fuzz.asm", text, o);
    // Whatever happened, the deck is whole cards and the linker can read what it can.
    REQUIRE(r.object.size() % 80 == 0);
    (void)a::link_decks({{"fuzz.obj", r.object}}, {});
    return r;
}

std::vector<std::string> corpus() {
    std::vector<std::string> out;
    std::filesystem::path dir = std::filesystem::path(SIMMON_SOURCE_DIR) / "tests/asm360/fuzz_corpus";
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        std::ifstream in(e.path(), std::ios::binary);
        out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return out;
}

}  // namespace

TEST_CASE("random bytes", "[asm360][robustness]") {
    std::mt19937 rng(360);
    for (int i = 0; i < 300; ++i) {
        std::string s(rng() % 2000, '\0');
        for (char& c : s) c = static_cast<char>(rng());
        fuzz_one(s);
    }
}

TEST_CASE("mutated programs from the corpus", "[asm360][robustness]") {
    std::vector<std::string> seeds = corpus();
    REQUIRE(seeds.size() >= 100);
    std::mt19937 rng(67);
    const std::string alphabet = " ,()'&=*+-/.0123456789ABCDEFLXTKNIS\n";
    for (int i = 0; i < 1500; ++i) {
        std::string s = seeds[rng() % seeds.size()];
        int edits = 1 + static_cast<int>(rng() % 8);
        for (int k = 0; k < edits && !s.empty(); ++k) {
            std::size_t at = rng() % s.size();
            switch (rng() % 4) {
            case 0: s[at] = alphabet[rng() % alphabet.size()]; break;
            case 1: s.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
            case 2: s.erase(at, 1 + rng() % 5); break;
            default: s.insert(at, s.substr(rng() % s.size(), rng() % 40)); break;
            }
        }
        fuzz_one(s);
    }
}

TEST_CASE("pathological inputs", "[asm360][robustness]") {
    // A 20 MB line, an unterminated string, deep parentheses, endless loops, recursion.
    std::string huge(20u << 20, 'A');
    a::AssemblyResult r = fuzz_one("T        CSECT\n         DC    C'" + huge + "\n         END\n");
    CHECK(r.return_code > 0);
    r = fuzz_one("T        CSECT\n         DC    C'unterminated\n         MVC   0(2,1),=C'AB\n         END\n");
    CHECK(r.return_code == 8);
    r = fuzz_one("T        CSECT\n         LA    1," + std::string(5000, '(') + "1" + std::string(5000, ')') + "\n         END\n");
    CHECK(r.return_code == 8);
    r = fuzz_one(".A       AGO   .A\n");
    CHECK(r.return_code == 12);
    r = fuzz_one("         MACRO\n         R\n         R\n         R\n         MEND\n         R\n         END\n");
    CHECK(r.return_code >= 12);
    r = fuzz_one("         MACRO\n         G\n.L       ANOP\n         DC    F'1'\n         AGO   .L\n         MEND\n"
                 "         G\n         END\n");
    CHECK(r.return_code >= 12);
    // A label that doubles at each level of recursion.
    r = fuzz_one("         MACRO\n&L       DBL\n&L&L     DBL\n         MEND\nAAAA     DBL\n         END\n");
    CHECK(r.return_code >= 8);
    r = fuzz_one(std::string(100000, '\n'));
    CHECK(r.return_code == 4);
    r = fuzz_one(std::string(3000, 'X') + "\n");
    CHECK(r.return_code > 0);
    r = fuzz_one("&A       SETA  " + std::string(3000, '(') + "\n         END\n");
    CHECK(r.return_code == 8);
    r = fuzz_one("T        CSECT\n         DS    16000000C\n         DS    16000000C\n         END\n");
    CHECK(r.return_code == 8);
    r = fuzz_one("         DC    999999999F'1'\n         END\n");
    CHECK(r.return_code == 8);
}

TEST_CASE("a blank continuation card after an operand list's comma and remarks", "[asm360][robustness]") {
    // Found by libFuzzer: the blank card's text is trimmed away, and the search for the
    // operands continued after ", " looked past the end of the statement (an exception,
    // so asm360 aborted).
    const std::string text =
        "         MACRO\n"
        "         M     &A,&B\n"
        "         MNOTE 0,'&A/&B'\n"
        "         MEND\n"
        "T        CSECT\n"
        "         M     1, REMARKS                                              X\n"
        "                \n"
        "         END\n";
    a::AssemblyResult r = fuzz_one(text);
    INFO(messages(r));
    CHECK(r.return_code == 0);
    CHECK(r.listing.find("MNOTE 0,1/") != std::string::npos);
    // The same found in other shapes: tabs to column 72, a substituted name field.
    fuzz_one(std::string("\t\t\0 E'1', \t\t\t\t\t\0TI C  '\n \n", 25));
    fuzz_one(std::string("&S SETC\n&S      CEC E'1.0','0.1',  DC\0\x1a\x01\0\0\0\0\0\0\x01\0\t\0\0\0\0\0\0\x0c\0\t\xff\xff\0\0HER)\nT", 68));
}
