// Errors report file, line and column, one line each, and set the return code as
// Assembler F's severities do (4 warning, 8 error, 12 serious, 16 unrecoverable).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "tests/asm360/asm_test_support.hpp"

using namespace asm360_test;

namespace {

struct Expect {
    const char* source;
    const char* where;    // "line:column"
    const char* message;  // part of the message
    int rc;
};

const Expect kErrors[] = {
    {"T        CSECT\n         USING T,12\n         L     1,NOWHERE\n         END\n", "3:18", "undefined symbol", 8},
    {"T        CSECT\nA        DS    F\nA        DS    H\n         END\n", "3:1", "duplicate symbol 'A'", 8},
    {"T        CSECT\n         L     1,FAR\nFAR      DS    F\n         END\n", "2:18", "no base register", 8},
    {"T        CSECT\n         LR    1,16\n         END\n", "2:18", "out of range 0-15", 8},
    {"T        CSECT\n         MVI   0(1),256\n         END\n", "2:21", "out of range 0-255", 8},
    {"T        CSECT\n         LA    1,4096(0,2)\n         END\n", "2:18", "displacement out of range", 8},
    {"T        CSECT\n         LR    1\n         END\n", "2:16", "needs 2 operands", 8},
    {"T        CSECT\n         L     1,=F'1\n         END\n", "2:20", "unterminated", 8},
    {"T        CSECT\n         LA    1,(2+3\n         END\n", "2:22", "unbalanced parentheses", 8},
    {"T        CSECT\n         FROB  1\n         END\n", "2:10", "undefined operation code 'FROB'", 8},
    {"T        CSECT\n         COPY  NOSUCH\n         END\n", "2:16", "COPY member 'NOSUCH' not found", 12},
    {"         MACRO\n         M\n         M\n         MEND\nT        CSECT\n         M\n         END\n", "3:1",
     "nested more than 50 deep", 12},
    {"         MACRO\n         M\n         DC    F'1'\n", "1:1", "missing MEND", 12},
    {"T        CSECT\n         DC    F'1'(\n         END\n", "2:20", "after constant", 8},
    {"T        CSECT\n         DC    A(1*T)\n         END\n", "2:19", "multiplied", 8},
};

}  // namespace

TEST_CASE("each error names file, line and column and sets the return code", "[asm360][errors]") {
    for (const Expect& e : kErrors) {
        a::AssemblyResult r = assemble(e.source);
        std::string all = messages(r);
        INFO(e.source << "---\n" << all);
        CHECK(r.return_code == e.rc);
        std::string want = std::string("test.asm:") + e.where + ": ";
        bool found = false;
        for (const auto& d : r.diagnostics.all())
            if (d.format().rfind(want, 0) == 0 && d.message.find(e.message) != std::string::npos) found = true;
        CHECK(found);
        // One line each.
        for (const auto& d : r.diagnostics.all()) CHECK(d.format().find('\n') == std::string::npos);
    }
}

TEST_CASE("a clean program returns 0 and a warning 4", "[asm360][errors]") {
    CHECK(assemble("T        CSECT\n         LR    1,2\n         END\n").return_code == 0);
    a::AssemblyResult r = assemble("T        CSECT\n         MR    1,2\n         END\n");
    CHECK(r.return_code == 4);
}

#ifdef ASM360_BINARY
TEST_CASE("the asm360 command's exit status is the return code", "[asm360][errors]") {
    auto dir = std::filesystem::temp_directory_path() / "asm360_cli_test";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "ok.asm") << "T        CSECT\n         BR    14\n         END   T\n";
    std::ofstream(dir / "bad.asm") << "T        CSECT\n         L     1,X\n         END\n";
    std::string bin = ASM360_BINARY;
    auto run = [&](const std::string& args) {
        int s = std::system((bin + " " + args + " 2>" + (dir / "err.txt").string()).c_str());
        return WIFEXITED(s) ? WEXITSTATUS(s) : -1;
    };
    CHECK(run((dir / "ok.asm").string() + " -o " + (dir / "ok.obj").string() + " -l " + (dir / "ok.lst").string()) == 0);
    CHECK(std::filesystem::file_size(dir / "ok.obj") % 80 == 0);
    CHECK(run((dir / "bad.asm").string() + " -o " + (dir / "bad.obj").string()) == 8);
    std::ifstream err(dir / "err.txt");
    std::string line;
    std::getline(err, line);
    CHECK(line.find("bad.asm:2:18: error: undefined symbol") != std::string::npos);
    CHECK(run("--version") == 0);
    CHECK(run("--help") == 0);
    CHECK(run((dir / "missing.asm").string()) == 16);
    std::filesystem::remove_all(dir);
}
#endif
