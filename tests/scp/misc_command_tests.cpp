#include <catch2/catch.hpp>

#include "scp_fixture.hpp"

using namespace simmon;
using namespace simmon::scp;
using namespace simmon::toy;

TEST_CASE("ECHOF decodes escapes, -n omits the newline", "[script]") {
    testing::Session s;
    REQUIRE(s.run("ECHOF \"a\\tb\\101\"") == "");
    CHECK(s.take() == "a\tbA\n");
    REQUIRE(s.run("ECHOF -n \"x\"") == "");
    CHECK(s.take() == "x");
    CHECK(s.run("ECHOF \"bad \\q\"") == "Unknown escape \\q in string");
}

TEST_CASE("IF -f tests for a file", "[script]") {
    testing::TempDir dir;
    const std::string f = dir.file("present.txt", "x");
    testing::Session s;
    REQUIRE(s.run("IF -f " + f + " ECHO present") == "");
    REQUIRE(s.run("IF -f " + dir.name("absent") + " ECHO absent") == "");
    REQUIRE(s.run("IF NOT -f " + dir.name("absent") + " ECHO really absent") == "");
    CHECK(s.take() == "present\nreally absent\n");
    CHECK(s.run("IF \"a\" ~ \"b\" ECHO x").rfind("Unknown comparison ~", 0) == 0);
    CHECK(s.run("IF 1") == "IF needs a command after the condition");
}

TEST_CASE("EXPECT -p stays armed, -c forgets earlier output", "[expect]") {
    testing::Session s;
    // 0: LDI 'x'; OUT; JMP 0
    s.poke(0, word(LDI, 'x'));
    s.poke(2, word(OUT));
    s.poke(4, word(JMP, 0));
    REQUIRE(s.run("EXPECT -p \"xx\"") == "");
    REQUIRE(s.run("RUN 0") == "");
    CHECK(s.take() == "xx");
    REQUIRE(s.run("CONTINUE") == "");
    CHECK(s.take() == "xx");  // the rule matched again on fresh output
    REQUIRE(s.run("SHOW EXPECT") == "");
    CHECK(s.take() == "EXPECT -p \"xx\"\n");
    REQUIRE(s.run("NOEXPECT \"xx\"") == "");
    CHECK(s.run("NOEXPECT \"xx\"") == "No EXPECT rule for \"xx\"");
}

TEST_CASE("SEND and EXPECT argument errors", "[expect]") {
    testing::Session s;
    CHECK(s.run("SEND hello") == "SEND takes a quoted string: SEND \"text\\r\"");
    CHECK(s.run("SEND WHEN=5 \"x\"") == "Unknown SEND option WHEN (AFTER=n, DELAY=n)");
    CHECK(s.run("EXPECT [x] \"a\"") == "Invalid EXPECT count [x] (use [n], n >= 1)");
    REQUIRE(s.run("SEND -t AFTER=10,DELAY=20 \"ab\"") == "");
    REQUIRE(s.run("SHOW SEND") == "");
    CHECK(s.take() == "SEND DELAY=20 \"ab\" (next character in 10 us)\n");
}

TEST_CASE("SET DEBUG sends device debug lines to a file", "[set]") {
    testing::TempDir dir;
    testing::Session s;
    s.poke(0, word(WAIT));
    s.poke(2, word(HALT));
    REQUIRE(s.run("SET DEBUG " + dir.name("debug.log")) == "");
    REQUIRE(s.run("SET TTY DEBUG=IN") == "");
    REQUIRE(s.run("SEND \"Q\"") == "");
    REQUIRE(s.run("SET RUNLIMIT 100000") == "");
    REQUIRE(s.run("RUN 0") == "");
    REQUIRE(s.run("SHOW DEBUG") == "");
    CHECK(s.take().find("Debug output to " + dir.name("debug.log") + "\n  TTY: IN\n") != std::string::npos);
    REQUIRE(s.run("SET NODEBUG") == "");
    std::ifstream in(dir.name("debug.log"));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(text.find("in 121") != std::string::npos);
}

TEST_CASE("RESET and RUN reset devices", "[run]") {
    testing::Session s;
    REQUIRE(s.run("D TTY READY 1") == "");
    REQUIRE(s.run("RESET TTY") == "");
    REQUIRE(s.run("EX TTY READY") == "");
    CHECK(s.take() == "READY:\t0\n");
    CHECK(s.run("RESET NOPE") == "Unknown device: NOPE (SHOW DEVICES lists them)");
}

TEST_CASE("SHOW CONSOLE items", "[show]") {
    testing::Session s;
    REQUIRE(s.run("SHOW CONSOLE WRU") == "");
    CHECK(s.take() == "WRU=005 (^E)\n");
    CHECK(s.run("SHOW CONSOLE FOO") == "Unknown console option: FOO (WRU, BRK, SPEED, TELNET, LOG, RECORD, REPLAY)");
}
