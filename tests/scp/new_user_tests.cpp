// What a new user coming from SIMH meets first (issue 8, "Defects found"): the messages
// and HELP texts must say what the commands do, typos get a suggestion, EXIT's status is
// never silently wrapped, and an error never echoes a huge pasted line in full.
#include <catch2/catch.hpp>

#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;
using namespace simmon::toy;

TEST_CASE("STEP stops with \"Step expired\", as HELP STEP and SIMH say", "[help]") {
    testing::Session s;
    s.poke(0, word(JMP, 0));
    REQUIRE(s.run("HELP STEP") == "");
    CHECK(s.take().find("\"Step expired\"") != std::string::npos);
    REQUIRE(s.run("STEP") == "");
    CHECK(s.take() == "\nStep expired, PC: 000000 (JMP 0)\n");
}

TEST_CASE("HELP of a device gives its ATTACH syntax; HELP DUMP promises no missing format", "[help]") {
    testing::Session s;
    REQUIRE(s.run("HELP PTR") == "");
    CHECK(s.take().find("  Attach: ATTACH [-r] [-n] [-q] PTR file\n") != std::string::npos);
    REQUIRE(s.run("HELP TTY") == "");
    CHECK(s.take().find("  Attach: nothing") != std::string::npos);
    REQUIRE(s.run("HELP DUMP") == "");
    const std::string dump = s.take();
    CHECK(dump.find("machine formats") == std::string::npos);
    CHECK(dump.find("DUMP -r file low high") != std::string::npos);
    CHECK(dump.find("absolute-loader tape") != std::string::npos);
}

TEST_CASE("a transposed command name gets a suggestion", "[help]") {
    testing::Session s;
    CHECK(s.run("shwo") == "Unknown command: SHWO; did you mean SHOW?");
    CHECK(s.run("EXMAINE") == "Unknown command: EXMAINE; did you mean EXAMINE?");
    CHECK(s.run("XYZZY") == "Unknown command: XYZZY (HELP lists the commands)");
}

TEST_CASE("EXIT with a status above 255 exits with 255, never a wrapped 0", "[script]") {
    testing::TempDir dir;
    for (const char* n : {"256", "512", "99999999999"}) {
        testing::Session s;
        INFO(n);
        CHECK(s.scp.run_batch(dir.file("exit.do", std::string("EXIT ") + n + "\n"), {}) == 255);
    }
    testing::Session s;
    CHECK(s.scp.run_batch(dir.file("exit.do", "EXIT 255\n"), {}) == 255);
}

TEST_CASE("an error quotes at most a bounded part of a huge input line", "[bad-input]") {
    testing::Session s;
    const std::string huge(100000, 'Q');
    const std::string unknown = s.run(huge);
    CHECK(unknown.size() < 500);
    CHECK(unknown.rfind("Unknown command: QQQ", 0) == 0);
    CHECK(unknown.find("characters left out") != std::string::npos);
    const std::string extra = s.run("DETACH PTR " + huge);
    CHECK(extra.size() < 500);
    CHECK(extra.rfind("Unexpected argument: QQQ", 0) == 0);
    // An ordinary error is untouched.
    CHECK(s.run("DETACH PTR x") == "Unexpected argument: x");
}
